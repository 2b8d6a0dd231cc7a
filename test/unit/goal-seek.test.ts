import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledger } from '../support/content.ts';
import {
  GOAL_SEEK_LEVERS,
  engagedShareOverHorizon,
  goalSeek,
  type GoalSeekLever,
} from '../../workers/stockpile/goal-seek.ts';
import { runModel } from '../../workers/stockpile/model.ts';
import { drawInto, uncertainDraws } from '../../workers/stockpile/monte-carlo.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { createRandom } from '../../workers/stockpile/random.ts';
import { clampValues } from '../../workers/stockpile/simulate.ts';
import { valuesArbitrary } from './ledger-arbitrary.ts';
import { heavyRuns, holds } from './property.ts';
import { WORKED } from './worked-scenario.ts';

const worked = { ...WORKED };
const specOf = (lever: GoalSeekLever) => ledger.find((p) => p.id === lever)!;

const share = (values: ParameterValues) => engagedShareOverHorizon(runModel(values), values);

/**
 * The answer by brute force: every step of the lever, in the central run and in every Monte
 * Carlo run (the draws replayed from the seed), no bisection.
 */
function bruteForce(
  values: ParameterValues,
  goal: number,
  lever: GoalSeekLever,
  seed: number,
  runs: number,
) {
  const spec = specOf(lever);
  const steps = Math.round((spec.max - spec.min) / spec.step);
  const at = (k: number) => Math.round((spec.min + k * spec.step) * 1e9) / 1e9;
  const inputs = clampValues(ledger, values);
  const random = createRandom(seed);
  const draws = uncertainDraws(ledger, inputs);
  const drawn = Array.from({ length: runs }, () => {
    const v = { ...inputs };
    drawInto(random, draws, v);
    return v;
  });
  let central: number | null = null;
  let half: number | null = null;
  let nineTenths: number | null = null;
  for (let k = 0; k <= steps; k++) {
    const value = at(k);
    if (central === null && share({ ...inputs, [lever]: value }) >= goal - 1e-12) central = value;
    const reached = drawn.filter((v) => share({ ...v, [lever]: value }) >= goal - 1e-12).length;
    if (half === null && reached >= runs * 0.5) half = value;
    if (nineTenths === null && reached >= runs * 0.9) nineTenths = value;
  }
  return { central, half, nineTenths };
}

describe('goal seek', () => {
  it('agrees with a brute-force search over every step, for every lever', () => {
    holds(
      fc.tuple(
        valuesArbitrary(ledger),
        fc.constantFrom(...GOAL_SEEK_LEVERS),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
      ),
      ([values, lever, goal, seed]) => {
        const runs = 20;
        const answer = goalSeek(ledger, values, { kind: 'engagedShare', share: goal }, lever, {
          seed,
          runs,
        });
        const expected = bruteForce(values, goal, lever, seed, runs);
        const got = { central: answer.central, half: answer.half, nineTenths: answer.nineTenths };
        return JSON.stringify(got) === JSON.stringify(expected)
          ? null
          : `got ${JSON.stringify(got)}, brute force ${JSON.stringify(expected)}`;
      },
      heavyRuns(5),
    );
  });

  it('works the default scenario out: the goal met at once, never, and in between', () => {
    const seek = (goal: number, lever: GoalSeekLever = 'japanExportPerYear') =>
      goalSeek(ledger, worked, { kind: 'engagedShare', share: goal }, lever, { runs: 40 });
    // Without exports Ukraine engages all 20 missiles within reach a month until it runs out in
    // May 2025 (18.75 that month), then the 17.75 a month that 35.5 interceptors buy: 676 of the
    // 720 within reach over 36 months (93.9%). The default 10 a year adds 70 / 12 = 5.8.
    expect(share({ ...worked, japanExportPerYear: 0 })).toBeCloseTo(676 / 720, 12);
    expect(seek(0.9).central).toBe(0);
    expect(seek(0.9).currentShare).toBeCloseTo((676 + 70 / 12) / 720, 12);
    // Each export a year from November 2025 (14 months) adds 14 / 12 interceptors, 7 / 12
    // missiles engaged. 95% of 720 is 684, 8 more than without exports: 14 a year (8.17 more)
    // is enough, 13 (7.58) is not.
    expect(seek(0.95).central).toBe(14);
    expect(seek(1).central).toBeNull();
    const answer = seek(1);
    expect([answer.half, answer.nineTenths]).toEqual([null, null]);
    expect([answer.min, answer.max, answer.step]).toEqual([0, 60, 1]);
    // The most the lever reaches: the share of a run with the lever at its highest setting.
    expect(answer.shareAtMax).toBe(share({ ...worked, japanExportPerYear: 60 }));
    expect(answer.shareAtMax).toBeLessThan(1);
  });

  it('says, for every other lever, where it alone reaches the goal in the central run', () => {
    holds(
      fc.tuple(
        valuesArbitrary(ledger),
        fc.constantFrom(...GOAL_SEEK_LEVERS),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
      ),
      ([values, lever, goal]) => {
        const ask = (id: GoalSeekLever) =>
          goalSeek(ledger, values, { kind: 'engagedShare', share: goal }, id, { runs: 1 });
        const got = ask(lever).otherLevers;
        const expected = GOAL_SEEK_LEVERS.filter((id) => id !== lever).map((id) => ({
          lever: id,
          central: ask(id).central,
        }));
        return JSON.stringify(got) === JSON.stringify(expected)
          ? null
          : `got ${JSON.stringify(got)}, each lever asked alone ${JSON.stringify(expected)}`;
      },
      heavyRuns(5),
    );
  });

  it('answers on the lever’s own steps, and clamps a goal share to 0..1', () => {
    const answer = goalSeek(
      ledger,
      worked,
      { kind: 'engagedShare', share: 0.97 },
      'usProductionFrom2026',
      { runs: 30 },
    );
    for (const x of [answer.central, answer.half, answer.nineTenths]) {
      if (x !== null) expect((x - 500) % 10).toBe(0);
    }
    const low = goalSeek(ledger, worked, { kind: 'engagedShare', share: -3 }, 'mhiOutputPerYear');
    expect(low.goal.share).toBe(0);
    expect([low.central, low.half, low.nineTenths]).toEqual([0, 0, 0]);
  });

  it('refuses an unknown lever or a malformed goal with a message', () => {
    const bad = (goal: unknown, lever: unknown) => () =>
      goalSeek(ledger, worked, goal as never, lever as never);
    expect(bad({ kind: 'engagedShare', share: 0.9 }, 'horizonMonths')).toThrow(/unknown lever/);
    expect(bad({ kind: 'other', share: 0.9 }, 'mhiOutputPerYear')).toThrow(/goal must be/);
    expect(bad({ kind: 'engagedShare', share: Number.NaN }, 'mhiOutputPerYear')).toThrow(
      /share must be a number/,
    );
  });
});
