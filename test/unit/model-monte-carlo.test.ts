import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../scripts/content/load.ts';
import { firstExportMonth } from '../../workers/stockpile/model.ts';
import {
  BAND_NAMES,
  DEFAULT_RUNS,
  quantileOfSorted,
  runMonteCarlo,
  uncertainDraws,
  type Bands,
} from '../../workers/stockpile/monte-carlo.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { summarise } from '../../workers/stockpile/quantiles.ts';
import { createRandom, triangular } from '../../workers/stockpile/random.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { valuesArbitrary } from './ledger-arbitrary.ts';
import { heavyRuns, holds } from './property.ts';
import { WORKED } from './worked-scenario.ts';

const ledger = loadLedger('content');
const worked = { ...WORKED };
const TOLERANCE = 1e-9;

/** Per-month columns of a value read off every run, then the five bands by a plain sort. */
function plainBands(columns: number[][]): number[][] {
  return columns.map((column) => {
    const sorted = [...column].sort((a, b) => a - b);
    return [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => quantileOfSorted(sorted, p));
  });
}

const bandAt = (bands: Bands, t: number) => BAND_NAMES.map((b) => bands[b][t]!);

describe('random draws', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws a triangular distribution peaked at the value', () => {
    expect(triangular(0, 5, 10, 15)).toBe(5);
    expect(triangular(0.5, 5, 10, 15)).toBe(10);
    expect(triangular(1, 5, 10, 15)).toBe(15);
    expect(triangular(0.3, 0, 0, 0)).toBe(0);
    const random = createRandom(1);
    const draws = Array.from({ length: 20000 }, () => triangular(random(), 5, 10, 15));
    const mean = draws.reduce((x, y) => x + y, 0) / draws.length;
    expect(mean).toBeCloseTo(10, 1);
    expect(draws.filter((x) => x > 7.5 && x < 12.5).length / draws.length).toBeCloseTo(0.75, 1);
  });

  it('varies only ledger values with a spread, within their slider range', () => {
    const varied = uncertainDraws(ledger, worked).map((d) => d.id);
    expect(varied).toEqual(ledger.filter((p) => p.spread > 0).map((p) => p.id));
    const seen: ParameterValues[] = [];
    runMonteCarlo(ledger, worked, {
      seed: 3,
      runs: 200,
      inspect: (_s, _b, drawn) => seen.push({ ...drawn }),
    });
    const outside = seen.flatMap((drawn) =>
      ledger.filter(
        (p) =>
          (p.spread === 0 && drawn[p.id] !== worked[p.id]) ||
          drawn[p.id] < p.min ||
          drawn[p.id] > p.max,
      ),
    );
    expect(outside).toEqual([]);
    const exports = seen.map((d) => d.japanExportPerYear);
    expect(Math.min(...exports)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...exports)).toBeLessThanOrEqual(15);
    expect(new Set(exports).size).toBe(200);
  });
});

describe('a full scenario with its baseline and bands', () => {
  const result = simulate(ledger, worked);

  it('runs 500 draws by default and clamps its inputs to the ledger', () => {
    expect(DEFAULT_RUNS).toBe(500);
    expect(result.runs).toBe(500);
    const wild = simulate(
      ledger,
      { ...worked, japanExportPerYear: 999, horizonMonths: 13 },
      { runs: 20 },
    );
    expect(wild.inputs.japanExportPerYear).toBe(60);
    expect(wild.inputs.horizonMonths).toBe(12);
    expect(wild.scenario.horizon).toBe(12);
    expect(wild.difference.central.extraDelivered).toHaveLength(12);
  });

  it('gives the same output for the same seed and different bands for another', () => {
    expect(simulate(ledger, worked)).toEqual(result);
    const other = simulate(ledger, worked, { seed: 2 });
    expect(other.bands).not.toEqual(result.bands);
    expect(other.difference.bands).not.toEqual(result.difference.bands);
    expect(other.scenario).toEqual(result.scenario);
    expect(other.events).toEqual(result.events);
  });

  it('runs the baseline with no Japanese exports on the same draws', () => {
    const problems: string[] = [];
    let draws = 0;
    runMonteCarlo(ledger, result.inputs, {
      seed: 1,
      runs: 100,
      inspect: (scenario, baseline, drawn) => {
        draws++;
        if (!baseline.flows.japanToUs.every((x) => x === 0)) problems.push('baseline exports');
        if (!scenario.flows.japanToUkraine.every((x) => x === 0)) problems.push('Japan → Ukraine');
        // Same draws: everything up to the first export is identical.
        const first = firstExportMonth(drawn);
        for (let t = 0; t <= first; t++) {
          if (baseline.stocks.ukraineStock[t] !== scenario.stocks.ukraineStock[t]) {
            problems.push(`different draws before the first export (month ${t})`);
          }
        }
      },
    });
    expect(draws).toBe(100);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('has ordered bands of the right length for every summarised series', () => {
    const lengths: Record<string, number> = { unmetLaunches: 36, engagedShare: 36 };
    const groups = {
      ...Object.fromEntries(Object.entries(result.bands.scenario).map(([k, v]) => [k, v])),
      ...Object.fromEntries(
        Object.entries(result.bands.baseline).map(([k, v]) => [`baseline ${k}`, v]),
      ),
      ...Object.fromEntries(
        Object.entries(result.difference.bands).map(([k, v]) => [`difference ${k}`, v]),
      ),
    };
    expect(Object.keys(result.bands.scenario)).toEqual([
      'japanStock',
      'usPool',
      'ukraineStock',
      'unmetLaunches',
      'engagedShare',
    ]);
    expect(Object.keys(result.bands.baseline)).toEqual([
      'ukraineStock',
      'unmetLaunches',
      'engagedShare',
    ]);
    expect(Object.keys(result.difference.bands)).toEqual(['extraDelivered', 'extraEngaged']);
    const wrong: string[] = [];
    for (const [name, bands] of Object.entries(groups)) {
      const series = name.split(' ').at(-1)!;
      const length = name.startsWith('difference') ? 36 : (lengths[series] ?? 37);
      for (const level of BAND_NAMES) if (bands[level].length !== length) wrong.push(name);
      for (let t = 0; t < length; t++) {
        const at = bandAt(bands, t);
        if (at.some((x, q) => q > 0 && x < at[q - 1]!)) wrong.push(`${name} month ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('computes quantiles that match a plain sort of the same draws', () => {
    const runs = 101;
    const pool: number[][] = Array.from({ length: 37 }, () => []);
    const share: number[][] = Array.from({ length: 36 }, () => []);
    const { bands } = runMonteCarlo(ledger, worked, {
      seed: 9,
      runs,
      inspect: (scenario, baseline) => {
        scenario.stocks.usPool.forEach((x, t) => pool[t]!.push(x));
        baseline.demand.engagedShare.forEach((x, t) => share[t]!.push(x));
      },
    });
    // With 101 runs each level falls exactly on an order statistic.
    const got = (b: Bands, n: number) => Array.from({ length: n }, (_, t) => bandAt(b, t));
    expect(got(bands.scenario.usPool, 37)).toEqual(plainBands(pool));
    expect(got(bands.baseline.engagedShare, 36)).toEqual(plainBands(share));
  });

  it('summarises any run-major matrix exactly as a plain sort would: ties, jumps, any order', () => {
    holds(
      fc
        .record({
          runs: fc.integer({ min: 1, max: 60 }),
          length: fc.integer({ min: 1, max: 30 }),
        })
        .chain(({ runs, length }) =>
          fc.record({
            runs: fc.constant(runs),
            length: fc.constant(length),
            values: fc.array(
              fc.oneof(fc.constantFrom(0, 1, 5), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
              {
                minLength: runs * length,
                maxLength: runs * length,
              },
            ),
          }),
        ),
      ({ runs, length, values }) => {
        const matrix = Float64Array.from(values);
        const bands = summarise(matrix, length, runs);
        const columns = Array.from({ length }, (_, t) =>
          Array.from({ length: runs }, (_, r) => matrix[r * length + t]!),
        );
        const expected = plainBands(columns);
        for (let t = 0; t < length; t++) {
          if (bandAt(bands, t).some((x, q) => x !== expected[t]![q])) return `month ${t} differs`;
        }
        return null;
      },
    );
  });

  it('keeps bands ordered for random inputs and seeds', () => {
    holds(
      fc.tuple(valuesArbitrary(ledger), fc.integer()),
      ([values, seed]) => {
        const r = simulate(ledger, values, { seed, runs: 60 });
        const all = [
          ...Object.values(r.bands.scenario),
          ...Object.values(r.bands.baseline),
          ...Object.values(r.difference.bands),
        ];
        for (const bands of all) {
          for (let t = 0; t < bands.p05.length; t++) {
            const at = bandAt(bands, t);
            if (at.some((x, q) => q > 0 && !(x >= at[q - 1]!))) return `unordered in month ${t}`;
          }
        }
        return null;
      },
      heavyRuns(10),
    );
  });
});

describe('what Japan’s exports change: the paired difference', () => {
  it('takes the difference within each run, then its quantiles (not a difference of quantiles)', () => {
    const runs = 101;
    const values = { ...worked, horizonMonths: 60, japanExportPerYear: 40 };
    const delivered: number[][] = Array.from({ length: 60 }, () => []);
    const engaged: number[][] = Array.from({ length: 60 }, () => []);
    const [withExports, without] = [[] as number[], [] as number[]];
    const { difference } = runMonteCarlo(ledger, values, {
      seed: 4,
      runs,
      inspect: (s, b) => {
        let [sd, bd, se, be] = [0, 0, 0, 0];
        for (let t = 0; t < 60; t++) {
          sd += s.flows.usToUkraine[t]!;
          bd += b.flows.usToUkraine[t]!;
          se += s.demand.engagedLaunches[t]!;
          be += b.demand.engagedLaunches[t]!;
          delivered[t]!.push(sd - bd);
          engaged[t]!.push(se - be);
        }
        withExports.push(sd);
        without.push(bd);
      },
    });
    const got = (b: Bands) => Array.from({ length: 60 }, (_, t) => bandAt(b, t));
    expect(got(difference.extraDelivered)).toEqual(plainBands(delivered));
    expect(got(difference.extraEngaged)).toEqual(plainBands(engaged));
    // Not what subtracting the baseline's quantiles from the scenario's gives: the runs that
    // deliver least with exports are not the runs that deliver least without.
    const q05 = (xs: number[]) =>
      quantileOfSorted(
        [...xs].sort((a, b) => a - b),
        0.05,
      );
    const unpaired = q05(withExports) - q05(without);
    expect(Math.abs(unpaired - difference.extraDelivered.p05[59]!)).toBeGreaterThan(1);
  });

  it('is never negative, and adds up: extra delivered = extra in stock + extra fired', () => {
    holds(
      valuesArbitrary(ledger),
      (values) => {
        const r = simulate(ledger, values, { runs: 20 });
        const H = r.scenario.horizon;
        const { extraDelivered, extraEngaged } = r.difference.central;
        const perTarget = r.inputs.interceptorsPerTarget;
        for (let t = 0; t < H; t++) {
          const kept =
            r.scenario.stocks.ukraineStock[t + 1]! - r.baseline.stocks.ukraineStock[t + 1]!;
          if (Math.abs(extraDelivered[t]! - kept - perTarget * extraEngaged[t]!) > 1e-6) {
            return `does not add up in month ${t}`;
          }
          if (extraDelivered[t]! < -TOLERANCE || extraEngaged[t]! < -TOLERANCE) {
            return `negative in month ${t}`;
          }
          if (r.difference.bands.extraDelivered.p05[t]! < -TOLERANCE) return `band below 0 at ${t}`;
        }
        return null;
      },
      heavyRuns(4),
    );
  });

  it('works the default scenario out by hand', () => {
    const r = simulate(ledger, worked);
    const { extraDelivered, extraEngaged } = r.difference.central;
    // Exports of 10 / 12 a month from November 2025 (month 22) pass through the pool, which is at
    // its floor, to Ukraine, which is out of interceptors and fires them at once, 2 a missile.
    expect(extraDelivered[21]).toBe(0);
    expect(extraDelivered[22]).toBeCloseTo(10 / 12, 9);
    expect(extraDelivered[35]).toBeCloseTo((14 * 10) / 12, 9);
    expect(extraEngaged[35]).toBeCloseTo((14 * 10) / 12 / 2, 9);
  });
});
