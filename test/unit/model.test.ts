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
import { type ParameterId, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { orderedPair, specOf, valuesArbitrary } from './ledger-arbitrary.ts';
import { FC_RUNS, firstFailure, holds } from './property.ts';
import { WORKED } from './worked-scenario.ts';

const ledger = loadLedger('content');
const worked = { ...WORKED };
const anyValues = valuesArbitrary(ledger);
const TOLERANCE = 1e-9;

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const allSeries = (run: RunSeries) => [
  ...Object.values(run.stocks),
  ...Object.values(run.flows),
  ...Object.values(run.demand),
];

/** Interceptors reaching Ukraine in month t: from the US pool, other donors and (never) Japan. */
const reaching = (run: RunSeries, t: number) =>
  run.flows.usToUkraine[t]! + run.flows.otherDonorsToUkraine[t]! + run.flows.japanToUkraine[t]!;

/** Cumulative sums of a monthly quantity, t = 0..H−1. */
function cumulative(run: RunSeries, monthly: (run: RunSeries, t: number) => number): number[] {
  let total = 0;
  return Array.from({ length: run.horizon }, (_, t) => (total += monthly(run, t)));
}

describe('one run at the ledger worked', () => {
  const run = runModel(worked);

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
    // Ukraine: 60 + 30 + 20 − 50 × 40% × 2 = 70; 20 missiles within reach, all engaged.
    expect(run.demand.reachableLaunches[0]).toBe(20);
    expect(run.demand.demandInterceptors[0]).toBe(40);
    expect(run.stocks.ukraineStock[1]).toBe(70);
    expect(run.demand.engagedShare[0]).toBe(1);
    // Japan: MHI adds 2.5 a month and nothing is exported yet.
    expect(run.stocks.japanStock[1]).toBe(302.5);
  });

  it('works a short month out by hand: May 2025, when Ukraine runs out', () => {
    // The pool sits at its floor from March 2024 and passes on what comes in: 620 / 12 × 30% =
    // 15.5 a month in 2025. With 20 from other donors Ukraine receives 35.5 against 40 wanted.
    const t = 16;
    expect(run.flows.usToUkraine[t]).toBeCloseTo(15.5, 9);
    expect(run.stocks.ukraineStock[t + 1]).toBe(0);
    const fired = run.stocks.ukraineStock[t]! + 35.5;
    expect(run.flows.ukraineFired[t]).toBeCloseTo(fired, 9);
    expect(run.demand.engagedShare[t]).toBeCloseTo(fired / 40, 12);
    // From June 2025 it fires what arrives: 35.5 of 40, so 17.75 of 20 missiles are engaged.
    expect(run.demand.engagedLaunches[t + 1]).toBeCloseTo(17.75, 9);
    expect(run.demand.engagedShare[t + 1]).toBeCloseTo(0.8875, 12);
  });

  it('starts exports in November 2025, 23 months after the December 2023 decision', () => {
    expect(firstExportMonth(worked)).toBe(22);
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

describe('Japan exports from new output and from its stock above its floor', () => {
  // MHI builds nothing; Japan holds 300 against a floor of 280, so it has 20 to spare. At 60 a
  // year (5 a month) from June 2024 (lag 6) it sends 5, 5, 5, 5, then nothing: its floor.
  const values: ParameterValues = {
    ...worked,
    mhiOutputPerYear: 0,
    japanStockStart: 300,
    japanFloor: 280,
    japanExportPerYear: 60,
    exportLagMonths: 6,
  };
  const run = runModel(values);

  it('works the exports out by hand', () => {
    const exported = [...run.flows.japanToUs.slice(0, 12)];
    expect(exported).toEqual([0, 0, 0, 0, 0, 5, 5, 5, 5, 0, 0, 0]);
    expect(run.stocks.japanStock[9]).toBe(280);
    expect(run.stocks.japanStock[36]).toBe(280);
  });

  it('sends at most what MHI builds once at the floor, and the set rate before it', () => {
    const atFloor = runModel({ ...values, mhiOutputPerYear: 30 });
    // MHI builds 2.5 a month: Japan holds 312.5 in June 2024, when exports start. Sending 5 a
    // month, it falls by 2.5 a month and ends June 2025 (month 17) at its floor of 280; from
    // then on it sends the 2.5 MHI builds.
    expect(atFloor.stocks.japanStock[5]).toBe(312.5);
    expect(atFloor.stocks.japanStock[18]).toBe(280);
    expect([...atFloor.flows.japanToUs.slice(4, 21)]).toEqual([
      0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 2.5, 2.5, 2.5,
    ]);
    expect(atFloor.stocks.japanStock[36]).toBe(280);
  });

  it('moves Japan’s exports at every step of the slider, past what MHI builds (no dead zone)', () => {
    // Over the default horizon Japan never reaches its floor, even at 60 a year, so each step
    // sends more to the US, and more reaches Ukraine.
    const spec = specOf(ledger, 'japanExportPerYear');
    const totals = Array.from({ length: spec.max - spec.min + 1 }, (_, k) => {
      const r = runModel({ ...worked, japanExportPerYear: spec.min + k });
      return [sum(r.flows.japanToUs), sum(r.flows.usToUkraine)] as const;
    });
    const flat = totals.findIndex(
      ([exported, delivered], k) =>
        k > 0 && !(exported > totals[k - 1]![0] && delivered > totals[k - 1]![1]),
    );
    expect(flat).toBe(-1);
  });
});

describe('model properties over random valid inputs', () => {
  it('never produces NaN, Infinity or a negative stock', () => {
    holds(anyValues, (values) => {
      const run = runModel(values);
      if (!allSeries(run).every((series) => series.every(Number.isFinite))) return 'not finite';
      for (const name of STOCK_NAMES) {
        if (run.stocks[name].some((x) => x < 0)) return `${name} below zero`;
      }
      return null;
    });
  });

  it('conserves every stock exactly: next = current + inflows − outflows', () => {
    holds(anyValues, (values) => {
      const { stocks: s, flows: f } = runModel(values);
      return firstFailure(
        values.horizonMonths,
        (t) =>
          s.japanStock[t + 1] === s.japanStock[t]! + f.mhiToJapan[t]! - f.japanToUs[t]! &&
          s.usPool[t + 1] ===
            s.usPool[t]! + f.usProductionToPool[t]! + f.backfillToUsPool[t]! - f.usToUkraine[t]! &&
          s.ukraineStock[t + 1] ===
            s.ukraineStock[t]! +
              f.usToUkraine[t]! +
              f.otherDonorsToUkraine[t]! +
              f.japanToUkraine[t]! -
              f.ukraineFired[t]!,
        (t) => `a stock does not add up in month ${t}`,
      );
    });
  });

  it('accounts for every missile within reach: engaged + unmet, and the engaged share', () => {
    holds(anyValues, (values) => {
      const { demand: d } = runModel(values);
      const reachable = (values.ballisticLaunchesPerMonth * values.engagementShare) / 100;
      return firstFailure(
        values.horizonMonths,
        (t) =>
          d.reachableLaunches[t] === reachable &&
          Math.abs(d.engagedLaunches[t]! + d.unmetLaunches[t]! - reachable) < TOLERANCE &&
          d.unmetLaunches[t]! >= 0 &&
          Math.abs(d.engagedShare[t]! - d.engagedLaunches[t]! / reachable) < TOLERANCE &&
          d.engagedShare[t]! <= 1,
        (t) => `month ${t} does not add up`,
      );
    });
  });

  it('starts exports exactly at the lag', () => {
    holds(anyValues, (values) => {
      const { flows, stocks } = runModel(values);
      const first = values.exportLagMonths - 1;
      const H = values.horizonMonths;
      for (let t = 0; t < Math.min(first, H); t++) {
        if (flows.japanToUs[t] !== 0) return `exports in month ${t}, before the lag`;
      }
      const room = first < H ? stocks.japanStock[first]! + values.mhiOutputPerYear / 12 : 0;
      if (values.japanExportPerYear > 0 && room - values.japanFloor > TOLERANCE) {
        if (!(flows.japanToUs[first]! > 0)) return 'no exports when the lag ends';
      }
      return null;
    });
  });

  it('keeps every flow within its limits: the set rate, the floors, the cap, what Ukraine holds', () => {
    holds(anyValues, (values) => {
      const { flows, stocks } = runModel(values);
      return firstFailure(
        values.horizonMonths,
        (t) =>
          (flows.japanToUs[t] === 0 ||
            stocks.japanStock[t + 1]! >= values.japanFloor - TOLERANCE) &&
          (flows.usToUkraine[t] === 0 || stocks.usPool[t + 1]! >= values.usPoolFloor - TOLERANCE) &&
          flows.japanToUs[t]! <= values.japanExportPerYear / 12 + TOLERANCE &&
          flows.usToUkraine[t]! <= values.usTransferCapPerMonth &&
          flows.ukraineFired[t]! <=
            stocks.ukraineStock[t]! + flows.usToUkraine[t]! + flows.otherDonorsToUkraine[t]!,
        (t) => `a limit is broken in month ${t}`,
      );
    });
  });
});

// The property that holds of the real system: more of a lever never means fewer interceptors
// reaching Ukraine, or fewer ballistic missiles engaged, counted from the start. (Month by month
// it can: see the counterexample below.) Every lever "What would it take?" solves for is here.
const LEVERS = [
  'japanExportPerYear',
  'mhiOutputPerYear',
  'usProductionFrom2026',
  'usShareForUkraine',
] as const satisfies readonly ParameterId[];

describe('cumulative interceptors reaching Ukraine and missiles engaged never fall as a lever rises', () => {
  for (const lever of LEVERS) {
    it(`for ${lever}`, () => {
      holds(
        fc.tuple(anyValues, orderedPair(specOf(ledger, lever))),
        ([values, [less, more]]) => {
          const a = runModel({ ...values, [lever]: less });
          const b = runModel({ ...values, [lever]: more });
          const deliveredA = cumulative(a, reaching);
          const deliveredB = cumulative(b, reaching);
          const engagedA = cumulative(a, (r, t) => r.demand.engagedLaunches[t]!);
          const engagedB = cumulative(b, (r, t) => r.demand.engagedLaunches[t]!);
          return firstFailure(
            a.horizon,
            (t) =>
              deliveredB[t]! >= deliveredA[t]! - TOLERANCE &&
              engagedB[t]! >= engagedA[t]! - TOLERANCE,
            (t) => `fewer by month ${t} at ${more} than at ${less}`,
          );
        },
        FC_RUNS * 4,
      );
    });
  }

  it('holds, month by month, against the no-export baseline itself', () => {
    // Against zero exports every month is at least as good: the pool holds no less and passes
    // on no less, so Ukraine receives, holds and engages no less (content/model.md, "Checks").
    holds(
      anyValues,
      (values) => {
        const s = runModel(values);
        const b = runModel({ ...values, japanExportPerYear: 0 });
        return firstFailure(
          s.horizon,
          (t) =>
            s.stocks.usPool[t + 1]! >= b.stocks.usPool[t + 1]! - TOLERANCE &&
            s.stocks.ukraineStock[t + 1]! >= b.stocks.ukraineStock[t + 1]! - TOLERANCE &&
            s.flows.usToUkraine[t]! >= b.flows.usToUkraine[t]! - TOLERANCE &&
            s.demand.engagedLaunches[t]! >= b.demand.engagedLaunches[t]! - TOLERANCE,
          (t) => `worse than the baseline in month ${t}`,
        );
      },
      FC_RUNS * 2,
    );
  });

  it('need not hold month by month between two export rates (why the old property went)', () => {
    // MHI builds nothing; at 37 a year Japan spends its 100 spare interceptors sooner than at 28,
    // then sends nothing while 28 a year still sends 2.3 a month. From then on Ukraine holds
    // fewer interceptors with the higher rate, though it has received more in total.
    const values: ParameterValues = {
      ...worked,
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
    // 100 spare at 37 / 12 a month: gone after 32.4 months, against 42.9 at 28 a year.
    expect(b.flows.japanToUs[37]).toBeCloseTo(100 - (37 / 12) * 32, 9);
    expect(b.flows.japanToUs[38]).toBe(0);
    expect(a.flows.japanToUs[38]).toBeCloseTo(28 / 12, 12);
    const fewer = [...b.stocks.ukraineStock].findIndex((x, t) => x < a.stocks.ukraineStock[t]!);
    expect(fewer).toBeGreaterThan(0);
    const deliveredA = cumulative(a, reaching);
    const deliveredB = cumulative(b, reaching);
    expect(deliveredB.every((x, t) => x >= deliveredA[t]!)).toBe(true);
  });
});

describe('what the attack and coverage do', () => {
  for (const id of [
    'ballisticLaunchesPerMonth',
    'interceptorsPerTarget',
    'engagementShare',
  ] as const) {
    it(`never leaves Ukraine with more interceptors in any month when ${id} is higher`, () => {
      holds(fc.tuple(anyValues, orderedPair(specOf(ledger, id))), ([values, [less, more]]) => {
        const a = runModel({ ...values, [id]: less }).stocks.ukraineStock;
        const b = runModel({ ...values, [id]: more }).stocks.ukraineStock;
        return firstFailure(
          a.length,
          (t) => b[t]! <= a[t]! + TOLERANCE,
          (t) => `more in month ${t}`,
        );
      });
    });
  }
});
