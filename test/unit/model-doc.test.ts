import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LIMIT_EVENT_KINDS } from '../../workers/stockpile/events.ts';
import { GOAL_SEEK_LEVERS } from '../../workers/stockpile/goal-seek.ts';
import { ledger } from '../support/content.ts';
import { writeModelNumbers } from '../../scripts/content/model-numbers.ts';
import { DEMAND_NAMES, FLOW_NAMES, STOCK_NAMES, runModel } from '../../workers/stockpile/model.ts';
import { DIFFERENCE_NAMES } from '../../workers/stockpile/monte-carlo.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';

// content/model.md must describe the model the code runs: every input it reads, and exactly the
// stocks, flows and series it reports.
// As the build reads it: with the model's start month and run count written in.
const doc = writeModelNumbers(readFileSync('content/model.md', 'utf8'), ['startMonth', 'runs']);
const sourceIds = new Set(
  (parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id),
);

const FENCED = /```text\n([\s\S]*?)```/g;
const prose = doc.replace(FENCED, '');
/** Names in `inline code` in the prose, and camelCase names in the fenced equations. */
const inlineNames = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
const equationNames = [...doc.matchAll(FENCED)].flatMap(
  (m) => m[1]!.match(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g) ?? [],
);

/** The first-column names of the Markdown table whose header row starts with `| heading`. */
function tableNames(heading: string): string[] {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${heading}\\s*\\|`).test(line));
  expect(start, `a table headed "${heading}"`).toBeGreaterThanOrEqual(0);
  const names: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const name = /^\|\s*`([^`]+)`/.exec(line)?.[1];
    if (name) names.push(name);
  }
  return names;
}

/** Which ledger values a run actually reads. */
function idsReadByModel(): string[] {
  const read = new Set<string>();
  const values = new Proxy(defaultValues(ledger), {
    get(target, key: string) {
      read.add(key);
      return target[key as keyof ParameterValues];
    },
  });
  runModel(values);
  return [...read];
}

describe('How the model works (content/model.md)', () => {
  it('names every ledger value the model reads', () => {
    const used = idsReadByModel();
    expect(used.sort()).toEqual(ledger.map((p) => p.id).sort());
    const documented = new Set([...inlineNames, ...equationNames]);
    expect(used.filter((id) => !documented.has(id))).toEqual([]);
  });

  it('documents exactly the stocks, flows and series the code reports', () => {
    expect(tableNames('Stock').sort()).toEqual([...STOCK_NAMES].sort());
    expect(tableNames('Flow').sort()).toEqual([...FLOW_NAMES].sort());
    expect(tableNames('Series').sort()).toEqual([...DEMAND_NAMES].sort());
    expect(tableNames('Difference').sort()).toEqual([...DIFFERENCE_NAMES].sort());
    expect(tableNames('Event')).toEqual([...LIMIT_EVENT_KINDS]);
  });

  it('names every lever "What would it take?" solves for', () => {
    const section = prose.slice(prose.indexOf('## What would it take?'));
    const named = [...section.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
    expect(GOAL_SEEK_LEVERS.filter((lever) => !named.includes(lever))).toEqual([]);
  });

  it('uses no name the code does not know', () => {
    const known = new Set<string>([
      ...ledger.map((p) => p.id),
      ...STOCK_NAMES,
      ...FLOW_NAMES,
      ...DEMAND_NAMES,
      ...DIFFERENCE_NAMES,
      ...LIMIT_EVENT_KINDS,
      'spread',
    ]);
    expect(equationNames.length).toBeGreaterThan(20);
    const unknown = [...inlineNames, ...equationNames].filter(
      (name) => /^[a-z][A-Za-z0-9]*$/.test(name) && !known.has(name),
    );
    expect(unknown).toEqual([]);
  });

  it('cites only sources in content/sources.yaml', () => {
    const cited = [...doc.matchAll(/\[@([^\]\s;,]+)\]/g)].map((m) => m[1]!);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
  });
});
