import { describe, expect, it } from 'vitest';
import { ledger } from '../support/content.ts';
import { goalSeek } from '../../workers/stockpile/goal-seek.ts';
import { clampValues, simulate } from '../../workers/stockpile/simulate.ts';
import { goalSeekResultProblem, scenarioResultProblem } from '../../workers/stockpile/validate.ts';
import { WORKED } from './worked-scenario.ts';

const values = { ...WORKED, japanExportPerYear: 60, horizonMonths: 120 };
const RUNS = 30;
const valid = simulate(ledger, values, { seed: 5, runs: RUNS });
const expected = { inputs: clampValues(ledger, values), seed: 5, runs: RUNS };

type Tree = Record<string, unknown>;

/** Every path in the result to a Float64Array, and to an object key. */
function paths(node: unknown, at: string[] = []): { arrays: string[][]; keys: string[][] } {
  const out = { arrays: [] as string[][], keys: [] as string[][] };
  if (node instanceof Float64Array) out.arrays.push(at);
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      out.keys.push([...at, key]);
      const inner = paths(child, [...at, key]);
      out.arrays.push(...inner.arrays);
      out.keys.push(...inner.keys);
    }
  }
  return out;
}

function mutated(path: string[], change: (parent: Tree, key: string) => void): unknown {
  const copy = structuredClone(valid) as unknown as Tree;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Tree;
  change(parent, path.at(-1)!);
  return copy;
}

describe('checking a scenario result from the worker', () => {
  it('accepts what simulate() returns, and only for the request it answers', () => {
    expect(valid.events.map((e) => e.kind)).toContain('japanFloor');
    expect(scenarioResultProblem(valid, ledger, expected)).toBeNull();
    expect(scenarioResultProblem(structuredClone(valid), ledger, expected)).toBeNull();
    expect(scenarioResultProblem(valid, ledger, { ...expected, seed: 6 })).toMatch(/seed/);
    const other = { ...expected, inputs: { ...expected.inputs, japanExportPerYear: 59 } };
    expect(scenarioResultProblem(valid, ledger, other)).toMatch(/japanExportPerYear/);
  });

  it('finds every broken series: too short, not finite, or not a Float64Array', () => {
    const { arrays } = paths(valid);
    expect(arrays.length).toBeGreaterThan(60);
    const missed: string[] = [];
    for (const path of arrays) {
      const changes: [string, (p: Tree, k: string) => void][] = [
        ['short', (p, k) => (p[k] = (p[k] as Float64Array).slice(1))],
        ['NaN', (p, k) => ((p[k] as Float64Array)[0] = Number.NaN)],
        ['Infinity', (p, k) => ((p[k] as Float64Array)[1] = Number.POSITIVE_INFINITY)],
        ['plain array', (p, k) => (p[k] = [...(p[k] as Float64Array)])],
      ];
      for (const [what, change] of changes) {
        if (scenarioResultProblem(mutated(path, change), ledger, expected) === null) {
          missed.push(`${path.join('.')} ${what}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds every missing part, and bad events', () => {
    const { keys } = paths(valid);
    const missed = keys
      .filter((path) => !(path[0] === 'events' && path.length > 3))
      .filter((path) => {
        const broken = mutated(path, (p, k) => delete p[k]);
        // Deleting an event from the list leaves a valid (shorter) list.
        const isWholeEvent = path[0] === 'events' && path.length === 2;
        return !isWholeEvent && scenarioResultProblem(broken, ledger, expected) === null;
      })
      .map((path) => path.join('.'));
    expect(missed).toEqual([]);
    const withEvents = (events: unknown) => ({ ...valid, events });
    for (const bad of [
      [{ kind: 'surprise', month: 1 }],
      [{ ...valid.events[0], month: 120 }],
      [{ ...valid.events[0], month: 1.5 }],
      [{ ...valid.events[1], months: 500 }],
      [
        {
          kind: 'stocksCross',
          month: 1,
          months: 1,
          stock: 'japanStock',
          withExports: 1,
          atSteadyRate: 2,
          steadyRatePerYear: 3,
        },
      ],
      'none',
    ]) {
      expect(
        scenarioResultProblem(withEvents(bad), ledger, expected),
        JSON.stringify(bad),
      ).not.toBeNull();
    }
    for (const bad of [null, undefined, 42, 'result', [], { inputs: {} }]) {
      expect(scenarioResultProblem(bad, ledger, expected)).not.toBeNull();
    }
  });
});

describe('checking a goal-seek answer from the worker', () => {
  const goal = { kind: 'engagedShare', share: 0.95 } as const;
  const answer = goalSeek(ledger, values, goal, 'usProductionFrom2026', { seed: 5, runs: RUNS });
  const asked = { goal, lever: 'usProductionFrom2026', seed: 5, runs: RUNS } as const;

  it('accepts what goalSeek() returns for the question asked', () => {
    expect(goalSeekResultProblem(answer, ledger, asked)).toBeNull();
    expect(
      goalSeekResultProblem(answer, ledger, { ...asked, lever: 'mhiOutputPerYear' }),
    ).not.toBeNull();
  });

  it('refuses values off the slider, wrong slider ranges and odd shares', () => {
    for (const bad of [
      { ...answer, central: 505 },
      { ...answer, half: 2010 },
      { ...answer, nineTenths: Number.NaN },
      { ...answer, central: '600' },
      { ...answer, max: 3000 },
      { ...answer, currentShare: 1.5 },
      { ...answer, shareAtMax: -0.1 },
      { ...answer, otherLevers: answer.otherLevers.slice(1) },
      { ...answer, otherLevers: [...answer.otherLevers].reverse() },
      { ...answer, otherLevers: answer.otherLevers.map((o) => ({ ...o, central: 0.5 })) },
      { ...answer, otherLevers: 'japan' },
      { ...answer, goal: { kind: 'engagedShare', share: 0.9 } },
      null,
    ]) {
      expect(goalSeekResultProblem(bad, ledger, asked), JSON.stringify(bad)).not.toBeNull();
    }
  });
});
