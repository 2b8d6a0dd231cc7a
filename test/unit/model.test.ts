import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../scripts/content/load.ts';
import {
  DEMAND_NAMES,
  FLOW_NAMES,
  STOCK_NAMES,
  firstExportMonth,
  monthKey,
  runModel,
  type RunSeries,
} from '../../workers/stockpile/model.ts';
import {
  BAND_NAMES,
  DEFAULT_RUNS,
  runMonteCarlo,
  uncertainDraws,
} from '../../workers/stockpile/monte-carlo.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { createRandom, triangular } from '../../workers/stockpile/random.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { orderedPair, specOf, valuesArbitrary } from './ledger-arbitrary.ts';

const ledger = loadLedger('content');
const defaults = defaultValues(ledger);
const anyValues = valuesArbitrary(ledger);
const TOLERANCE = 1e-9;
const PROPERTY_RUNS = { numRuns: 400 };

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const allSeries = (run: RunSeries) => [
  ...Object.values(run.stocks),
  ...Object.values(run.flows),
  ...Object.values(run.demand),
];

describe('one run at the ledger defaults', () => {
  const run = runModel(defaults);

  it('has a stock at the start of every month and one past the end, and a flow for each month', () => {
    expect(run.horizon).toBe(36);
    for (const name of STOCK_NAMES) expect(run.stocks[name]).toHaveLength(37);
    for (const name of FLOW_NAMES) expect(run.flows[name]).toHaveLength(36);
    for (const name of DEMAND_NAMES) expect(run.demand[name]).toHaveLength(36);
    expect(run.months[0]).toBe('2024-01');
    expect(run.months[35]).toBe('2026-12');
    expect(monthKey(22)).toBe('2025-11');
  });

  it('works the first month out by hand', () => {
    // Pool: 100 + 500 / 12 × 30% = 112.5; 30 go to Ukraine (the cap), leaving 82.5.
    expect(run.flows.usProductionToPool[0]).toBeCloseTo(12.5, 12);
    expect(run.flows.usToUkraine[0]).toBe(30);
    expect(run.stocks.usPool[1]).toBeCloseTo(82.5, 12);
    // Ukraine: 60 + 30 + 20 − 50 × 40% × 2 = 70.
    expect(run.demand.demandInterceptors[0]).toBe(40);
    expect(run.stocks.ukraineStock[1]).toBe(70);
    // Japan: MHI adds 2.5 a month and nothing is exported yet.
    expect(run.stocks.japanStock[1]).toBe(302.5);
  });

  it('starts exports in November 2025, 23 months after the December 2023 decision', () => {
    expect(firstExportMonth(defaults)).toBe(22);
    expect(run.flows.japanToUs[21]).toBe(0);
    expect(run.flows.japanToUs[22]).toBeCloseTo(10 / 12, 12);
    expect(run.months[22]).toBe('2025-11');
  });

  it('passes every exported interceptor through to the pool at the default backfill share', () => {
    expect(sum(run.flows.backfillToUsPool)).toBeCloseTo(sum(run.flows.japanToUs), 12);
    expect(sum(run.flows.japanToUs)).toBeCloseTo((14 * 10) / 12, 9);
  });

  it('has no Japan → Ukraine flow', () => {
    expect(run.flows.japanToUkraine.every((x) => x === 0)).toBe(true);
  });
});

describe('model properties over random valid inputs', () => {
  it('never produces NaN, Infinity or a negative stock', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const run = runModel(values);
        const finite = allSeries(run).every((series) => series.every(Number.isFinite));
        const negative = STOCK_NAMES.flatMap((name) => [...run.stocks[name]].filter((x) => x < 0));
        expect(finite).toBe(true);
        expect(negative).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('conserves every stock exactly: next = current + inflows − outflows', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const { stocks: s, flows: f } = runModel(values);
        for (let t = 0; t < values.horizonMonths; t++) {
          expect(s.japanStock[t + 1]).toBe(s.japanStock[t]! + f.mhiToJapan[t]! - f.japanToUs[t]!);
          expect(s.usPool[t + 1]).toBe(
            s.usPool[t]! + f.usProductionToPool[t]! + f.backfillToUsPool[t]! - f.usToUkraine[t]!,
          );
          expect(s.ukraineStock[t + 1]).toBe(
            s.ukraineStock[t]! +
              f.usToUkraine[t]! +
              f.otherDonorsToUkraine[t]! +
              f.japanToUkraine[t]! -
              f.ukraineFired[t]!,
          );
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('accounts for every engageable launch: engaged + unmet', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const { demand: d } = runModel(values);
        const engageable = (values.ballisticLaunchesPerMonth * values.engagementShare) / 100;
        for (let t = 0; t < values.horizonMonths; t++) {
          expect(d.engagedLaunches[t]! + d.unmetLaunches[t]!).toBeCloseTo(engageable, 9);
          expect(d.unmetLaunches[t]).toBeGreaterThanOrEqual(0);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('never leaves Ukraine with fewer interceptors in any month when Japan exports more', () => {
    fc.assert(
      fc.property(
        anyValues,
        orderedPair(specOf(ledger, 'japanExportPerYear')),
        (values, [less, more]) => {
          const a = runModel({ ...values, japanExportPerYear: less }).stocks.ukraineStock;
          const b = runModel({ ...values, japanExportPerYear: more }).stocks.ukraineStock;
          for (let t = 0; t < a.length; t++) expect(b[t]).toBeGreaterThanOrEqual(a[t]! - TOLERANCE);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('holds on the counterexample that broke the first design (Japan exhausting its surplus early)', () => {
    // Found by the property above when Japan could export from its stock at any rate: at 37 a
    // year Japan reached its floor sooner than at 28 a year and then exported less each month,
    // so by the horizon Ukraine held fewer interceptors with the higher export rate.
    const values: ParameterValues = {
      ...defaults,
      ballisticLaunchesPerMonth: 35,
      interceptorsPerTarget: 2.5,
      usProduction2024: 0,
      usProduction2025: 0,
      usProductionFrom2026: 500,
      usShareForUkraine: 2,
      mhiOutputPerYear: 0,
      exportLagMonths: 6,
      japanStockStart: 100,
      japanFloor: 0,
      usPoolStart: 0,
      usPoolFloor: 0,
      ukraineStockStart: 0,
      usTransferCapPerMonth: 5,
      engagementShare: 25,
      backfillShare: 45,
      otherDonorsPerMonth: 20,
      horizonMonths: 42,
    };
    const a = runModel({ ...values, japanExportPerYear: 28 });
    const b = runModel({ ...values, japanExportPerYear: 37 });
    for (let t = 0; t <= 42; t++) {
      expect(b.stocks.ukraineStock[t]).toBeGreaterThanOrEqual(a.stocks.ukraineStock[t]!);
    }
    // With MHI building nothing, Japan exports nothing: it never runs its own stock down.
    expect(sum(b.flows.japanToUs)).toBe(0);
  });

  for (const id of [
    'ballisticLaunchesPerMonth',
    'interceptorsPerTarget',
    'engagementShare',
  ] as const) {
    it(`never leaves Ukraine with more interceptors in any month when ${id} is higher`, () => {
      fc.assert(
        fc.property(anyValues, orderedPair(specOf(ledger, id)), (values, [less, more]) => {
          const a = runModel({ ...values, [id]: less }).stocks.ukraineStock;
          const b = runModel({ ...values, [id]: more }).stocks.ukraineStock;
          for (let t = 0; t < a.length; t++) expect(b[t]).toBeLessThanOrEqual(a[t]! + TOLERANCE);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('starts exports exactly at the lag', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const { flows, stocks } = runModel(values);
        const first = values.exportLagMonths - 1;
        for (let t = 0; t < Math.min(first, values.horizonMonths); t++) {
          expect(flows.japanToUs[t]).toBe(0);
        }
        const mhi = values.mhiOutputPerYear / 12;
        const room =
          first < values.horizonMonths ? stocks.japanStock[first]! + mhi - values.japanFloor : 0;
        if (values.japanExportPerYear > 0 && mhi > 0 && room > 0) {
          expect(flows.japanToUs[first]).toBeGreaterThan(0);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('never takes Japan below its floor by exporting, nor the US pool below its floor by transferring', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const { flows, stocks } = runModel(values);
        for (let t = 0; t < values.horizonMonths; t++) {
          if (flows.japanToUs[t]! > 0) {
            expect(stocks.japanStock[t + 1]).toBeGreaterThanOrEqual(values.japanFloor - TOLERANCE);
          }
          if (flows.usToUkraine[t]! > 0) {
            expect(stocks.usPool[t + 1]).toBeGreaterThanOrEqual(values.usPoolFloor - TOLERANCE);
          }
          expect(flows.japanToUs[t]).toBeLessThanOrEqual(flows.mhiToJapan[t]!);
          expect(flows.usToUkraine[t]).toBeLessThanOrEqual(values.usTransferCapPerMonth);
          expect(flows.ukraineFired[t]).toBeLessThanOrEqual(
            stocks.ukraineStock[t]! + flows.usToUkraine[t]! + flows.otherDonorsToUkraine[t]!,
          );
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

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
    const varied = uncertainDraws(ledger, defaults).map((d) => d.id);
    expect(varied).toEqual(ledger.filter((p) => p.spread > 0).map((p) => p.id));
    const seen: ParameterValues[] = [];
    runMonteCarlo(ledger, defaults, {
      seed: 3,
      runs: 200,
      inspect: (_s, _b, drawn) => seen.push({ ...drawn }),
    });
    for (const drawn of seen) {
      for (const p of ledger) {
        if (p.spread === 0) expect(drawn[p.id]).toBe(defaults[p.id]);
        expect(drawn[p.id]).toBeGreaterThanOrEqual(p.min);
        expect(drawn[p.id]).toBeLessThanOrEqual(p.max);
      }
    }
    const exports = seen.map((d) => d.japanExportPerYear);
    expect(Math.min(...exports)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...exports)).toBeLessThanOrEqual(15);
    expect(new Set(exports).size).toBe(200);
  });
});

describe('a full scenario with its baseline and bands', () => {
  const result = simulate(ledger, defaults);

  it('runs 500 draws by default and clamps its inputs to the ledger', () => {
    expect(DEFAULT_RUNS).toBe(500);
    expect(result.runs).toBe(500);
    const wild = simulate(
      ledger,
      { ...defaults, japanExportPerYear: 999, horizonMonths: 13 },
      { runs: 20 },
    );
    expect(wild.inputs.japanExportPerYear).toBe(60);
    expect(wild.inputs.horizonMonths).toBe(12);
    expect(wild.scenario.horizon).toBe(12);
  });

  it('gives the same output for the same seed and different bands for another', () => {
    expect(simulate(ledger, defaults)).toEqual(result);
    const other = simulate(ledger, defaults, { seed: 2 });
    expect(other.bands).not.toEqual(result.bands);
    expect(other.scenario).toEqual(result.scenario);
  });

  it('runs the baseline with no Japanese exports on the same draws', () => {
    expect(result.baseline.flows.japanToUs.every((x) => x === 0)).toBe(true);
    const scenarioDraws: ParameterValues[] = [];
    runMonteCarlo(ledger, result.inputs, {
      seed: 1,
      runs: 100,
      inspect: (scenario, baseline, drawn) => {
        scenarioDraws.push({ ...drawn });
        expect(baseline.flows.japanToUs.every((x) => x === 0)).toBe(true);
        expect(scenario.flows.japanToUkraine.every((x) => x === 0)).toBe(true);
        expect(baseline.flows.japanToUkraine.every((x) => x === 0)).toBe(true);
        // Same draws: everything before the first export is identical.
        const first = firstExportMonth(drawn);
        for (let t = 0; t <= first; t++) {
          expect(baseline.stocks.ukraineStock[t]).toBe(scenario.stocks.ukraineStock[t]);
        }
        for (let t = 0; t < scenario.stocks.ukraineStock.length; t++) {
          expect(scenario.stocks.ukraineStock[t]).toBeGreaterThanOrEqual(
            baseline.stocks.ukraineStock[t]! - TOLERANCE,
          );
        }
      },
    });
    expect(scenarioDraws).toHaveLength(100);
  });

  it('has ordered bands of the right length for every summarised series', () => {
    const check = (bands: Record<string, Record<string, Float64Array>>) => {
      for (const [name, b] of Object.entries(bands)) {
        const length = name === 'unmetLaunches' ? 36 : 37;
        for (const level of BAND_NAMES) expect(b[level]).toHaveLength(length);
        for (let t = 0; t < length; t++) {
          for (let q = 1; q < BAND_NAMES.length; q++) {
            expect(b[BAND_NAMES[q]!]![t]).toBeGreaterThanOrEqual(b[BAND_NAMES[q - 1]!]![t]!);
          }
        }
      }
    };
    expect(Object.keys(result.bands.scenario)).toEqual([
      'japanStock',
      'usPool',
      'ukraineStock',
      'unmetLaunches',
    ]);
    expect(Object.keys(result.bands.baseline)).toEqual(['ukraineStock', 'unmetLaunches']);
    check(result.bands.scenario);
    check(result.bands.baseline);
  });

  it('computes quantiles that match a plain sort of the same draws', () => {
    const runs = 101;
    const columns: number[][] = Array.from({ length: 37 }, () => []);
    const { bands } = runMonteCarlo(ledger, defaults, {
      seed: 9,
      runs,
      inspect: (scenario) => scenario.stocks.usPool.forEach((x, t) => columns[t]!.push(x)),
    });
    columns.forEach((column, t) => {
      const sorted = [...column].sort((a, b) => a - b);
      // With 101 runs each level falls exactly on an order statistic.
      expect(bands.scenario.usPool.p05[t]).toBe(sorted[5]);
      expect(bands.scenario.usPool.p25[t]).toBe(sorted[25]);
      expect(bands.scenario.usPool.p50[t]).toBe(sorted[50]);
      expect(bands.scenario.usPool.p75[t]).toBe(sorted[75]);
      expect(bands.scenario.usPool.p95[t]).toBe(sorted[95]);
    });
  });

  it('keeps bands ordered for random inputs and seeds', () => {
    fc.assert(
      fc.property(anyValues, fc.integer(), (values, seed) => {
        const { bands } = simulate(ledger, values, { seed, runs: 60 });
        for (const group of [bands.scenario, bands.baseline]) {
          for (const b of Object.values(group)) {
            for (let t = 0; t < b.p05.length; t++) {
              expect(b.p05[t]! <= b.p25[t]! && b.p25[t]! <= b.p50[t]!).toBe(true);
              expect(b.p50[t]! <= b.p75[t]! && b.p75[t]! <= b.p95[t]!).toBe(true);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
