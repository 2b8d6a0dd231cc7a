// Issue 13, item 15: the README explains every short link key (je, bl, …), and its table cannot
// drift from the ledger (content/parameters.yaml), which the model page's ledger table shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const ledger = result.content.parameters;

/** The rows of the README's link-keys table: [key, setting]. */
function readmeKeys(): [string, string][] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- link-keys:');
  expect(start, 'the link-keys table in README.md').toBeGreaterThan(0);
  const rows: [string, string][] = [];
  for (const line of readme.slice(start).split('\n').slice(1)) {
    if (!line.trim()) {
      if (rows.length) break;
      continue;
    }
    const match = /^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|$/.exec(line);
    if (match) rows.push([match[1]!, match[2]!]);
    else if (!/^\|[\s\w|-]+\|$/.test(line)) break;
  }
  return rows;
}

describe('the README’s link keys', () => {
  it('lists every key of the ledger, in its order, with its setting', () => {
    expect(readmeKeys()).toEqual(ledger.map((p) => [p.short, p.label]));
  });
});
