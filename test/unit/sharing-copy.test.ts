// content/links.yaml and content/scenario-pack.yaml are checked at build like every content file:
// a sentence that lost or gained a placeholder, a series the model does not report (or one it
// reports left out), a unit the pack does not know, each named with its file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { loadLinkCopy } from '../../scripts/content/links.ts';
import { EMBED_ID_MAX } from '../../src/links/definitions.ts';
import type { Notice } from '../../src/lib/notice.ts';
import { readOptions } from '../../src/links/read.ts';
import { content, ledger } from '../support/content.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** The problems loadContent reports with one content file edited, as "file:line: message". */
function problemsWith(name: string, edit: (yaml: string) => string): string[] {
  dir = mkdtempSync(join(tmpdir(), 'backfill-sharing-copy-'));
  const root = join(dir, 'content');
  cpSync('content', root, { recursive: true });
  const file = join(root, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const result = loadContent(root, dir, {});
  return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
}
const lineOf = (yaml: string, text: string) => yaml.slice(0, yaml.indexOf(text)).split('\n').length;

describe('content/links.yaml', () => {
  it('is what the site reads, and Node readers load the same words', () => {
    expect(loadLinkCopy('content')).toEqual(content.links);
  });

  it('names a notice that lost its placeholder, at its line', () => {
    let line = 0;
    const problems = problemsWith('links.yaml', (y) => {
      const out = y.replace("notWhole: '{value} is not", "notWhole: '{valu} is not");
      line = lineOf(out, 'notWhole:');
      return out;
    });
    expect(problems).toEqual([
      `content/links.yaml:${line}: numbers.notWhole: must use exactly the placeholders {value}, {seed}`,
    ]);
  });

  it('writes numbers from their constants: the embed id’s longest length', () => {
    const context = { page: 'embed', ledger, charts: ['unmet'], copy: content.links } as const;
    const read = (id: string) => {
      const notices: Notice[] = [];
      const { id: value } = readOptions(['id'], new Map([['id', [id]]]), context, notices);
      return { value, notices };
    };
    expect(read('x'.repeat(EMBED_ID_MAX))).toEqual({
      value: 'x'.repeat(EMBED_ID_MAX),
      notices: [],
    });
    const { value, notices } = read('x'.repeat(EMBED_ID_MAX + 1));
    expect(value).toBeNull();
    expect(notices[0]!.message).toContain(`at most ${EMBED_ID_MAX} of them`);
  });
});

describe('content/scenario-pack.yaml', () => {
  it('refuses a series the model does not report, and asks for one it does', () => {
    const problems = problemsWith('scenario-pack.yaml', (y) =>
      y.replace('  japanStock:\n', '  japanStocks:\n'),
    );
    expect(problems.join('\n')).toMatch(/content\/scenario-pack\.yaml:\d+: series\.japanStocks/);
    expect(problems.join('\n')).toMatch(/series\.japanStock: /);
  });

  it('refuses a unit the pack does not know, at its line', () => {
    let line = 0;
    const problems = problemsWith('scenario-pack.yaml', (y) => {
      const out = y.replace('    unit: share\n', '    unit: percent\n');
      line = lineOf(out, 'unit: percent');
      return out;
    });
    expect(problems).toEqual([
      `content/scenario-pack.yaml:${line}: series.engagedShare.unit: must be interceptors, ballistic missiles, share`,
    ]);
  });
});
