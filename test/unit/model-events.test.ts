import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../scripts/content/load.ts';
import {
  LIMIT_EVENT_KINDS,
  limitEvents,
  steadyExportRate,
  type LimitEvent,
} from '../../workers/stockpile/events.ts';
import { firstExportMonth, runModel } from '../../workers/stockpile/model.ts';
import { type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { valuesArbitrary } from './ledger-arbitrary.ts';
import { holds } from './property.ts';
import { WORKED } from './worked-scenario.ts';

const ledger = loadLedger('content');
const worked = { ...WORKED };
const exportSpec = ledger.find((p) => p.id === 'japanExportPerYear')!;
const eventsOf = (values: ParameterValues) => limitEvents(values, runModel(values), exportSpec);
const kinds = (events: LimitEvent[]) => events.map((e) => `${e.kind} ${e.month}`);

describe('the limits that bind, worked by hand', () => {
  it('in the default scenario', () => {
    // Pool: 100 + 12.5 − 30 = 82.5, then 65, both above the floor of 50: the cap holds in
    // January and February 2024. In March only 27.5 is above the floor: from then on the pool
    // sits at its floor. Ukraine runs out in May 2025 (month 16); exports start in November 2025.
    expect(eventsOf(worked)).toEqual([
      { kind: 'transferCap', month: 0, months: 2, cap: 30 },
      { kind: 'usPoolFloor', month: 2, months: 34, floor: 50, cap: 30, usPool: 65 },
      {
        kind: 'ukraineShort',
        month: 16,
        months: 20,
        unmetLaunches: expect.closeTo(38.1667, 3),
        reachableLaunches: 20,
      },
      { kind: 'exportsBegin', month: 22, perMonth: 10 / 12 },
    ]);
  });

  it('when Japan reaches its floor and then sends what MHI builds', () => {
    // 300 held, 2.5 a month built, 5 sent from June 2024: at the floor of 280 from July 2025.
    const values = {
      ...worked,
      japanExportPerYear: 60,
      exportLagMonths: 6,
    };
    const floor = eventsOf(values).filter((e) => e.kind === 'japanFloor');
    expect(floor).toEqual([
      {
        kind: 'japanFloor',
        month: 18,
        months: 18,
        perMonth: 5,
        mhiPerMonth: 2.5,
        floor: 280,
        japanStock: 280,
      },
    ]);
  });

  it('when Japan starts below its floor', () => {
    // 100 held against a floor of 280, 2.5 a month built: still below it at the end of 2026, so
    // Japan sends nothing from the first export month on.
    const values = { ...worked, japanStockStart: 100, exportLagMonths: 6 };
    const run = runModel(values);
    expect([...run.flows.japanToUs].every((x) => x === 0)).toBe(true);
    const floor = eventsOf(values).find((e) => e.kind === 'japanFloor');
    expect(floor).toMatchObject({ month: 5, months: 31, japanStock: 112.5, floor: 280 });
  });

  it('when the US sends nothing, or its pool starts below the floor', () => {
    expect(kinds(eventsOf({ ...worked, usTransferCapPerMonth: 0 })).slice(0, 1)).toEqual([
      'transferCap 0',
    ]);
    const below = eventsOf({ ...worked, usPoolStart: 0 });
    expect(below[0]).toEqual({
      kind: 'usPoolFloor',
      month: 0,
      months: 36,
      floor: 50,
      cap: 30,
      usPool: 0,
    });
  });

  it('when a high rate spends Japan’s surplus sooner than a steadier one', () => {
    // MHI builds nothing and Japan has 100 to spare; exports run from June 2024 (month 5) to
    // June 2027 (month 41), 37 months. 32 a year sends 98.7 and never reaches the floor; 33 a
    // year would need 101.75. So 32 is the steadiest rate, and 37 a year runs dry in month 37.
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
      japanExportPerYear: 37,
    };
    expect(steadyExportRate(values, exportSpec)).toBe(32);
    expect(steadyExportRate({ ...values, japanExportPerYear: 32 }, exportSpec)).toBeNull();
    const mine = runModel(values).stocks.ukraineStock;
    const steady = runModel({ ...values, japanExportPerYear: 32 }).stocks.ukraineStock;
    const first = [...mine].findIndex((x, i) => x < steady[i]! - 0.5) - 1;
    expect(first).toBeGreaterThan(37);
    const cross = eventsOf(values).filter((e) => e.kind === 'stocksCross');
    expect(cross).toEqual([
      {
        kind: 'stocksCross',
        month: first,
        months: 42 - first,
        stock: 'ukraineStock',
        withExports: mine[first + 1],
        atSteadyRate: steady[first + 1],
        steadyRatePerYear: 32,
      },
    ]);
  });
});

describe('events over random valid inputs', () => {
  it('are in month order, inside the horizon, and mean what they say in every month they cover', () => {
    holds(valuesArbitrary(ledger), (values) => {
      const run = runModel(values);
      const events = limitEvents(values, run, exportSpec);
      const H = run.horizon;
      const { flows, stocks, demand } = run;
      const rate = values.japanExportPerYear / 12;
      const tol = 1e-9;
      let last = -1;
      for (const e of events) {
        if (!LIMIT_EVENT_KINDS.includes(e.kind)) return `unknown kind ${e.kind}`;
        if (e.month < last) return 'out of order';
        last = e.month;
        const months = 'months' in e ? e.months : 1;
        if (e.month < 0 || months < 1 || e.month + months > H) return `${e.kind} outside the run`;
        for (let t = e.month; t < e.month + months; t++) {
          const holdsThen =
            e.kind === 'exportsBegin'
              ? t === firstExportMonth(values) && rate > 0
              : e.kind === 'japanFloor'
                ? flows.japanToUs[t]! < rate - tol
                : e.kind === 'transferCap'
                  ? flows.usToUkraine[t] === values.usTransferCapPerMonth &&
                    stocks.usPool[t + 1]! > values.usPoolFloor
                  : e.kind === 'usPoolFloor'
                    ? flows.usToUkraine[t]! < values.usTransferCapPerMonth &&
                      stocks.usPool[t + 1]! <= values.usPoolFloor + tol
                    : e.kind === 'ukraineShort'
                      ? demand.engagedShare[t]! < 1
                      : true;
          if (!holdsThen) return `${e.kind} does not hold in month ${t}`;
        }
      }
      // A month short of interceptors is always in an event.
      const short = new Set(
        events
          .filter((e) => e.kind === 'ukraineShort')
          .flatMap((e) => Array.from({ length: e.months }, (_, i) => e.month + i)),
      );
      for (let t = 0; t < H; t++) {
        if (demand.engagedShare[t]! < 1 - 1e-6 && !short.has(t)) return `month ${t} short, unsaid`;
      }
      return null;
    });
  });

  it('name the steadiest rate: the highest on the slider that never reaches the floor', () => {
    holds(
      valuesArbitrary(ledger).filter((v) => v.japanExportPerYear > 0),
      (values) => {
        const steady = steadyExportRate(values, exportSpec);
        const reaches = (perYear: number) => {
          const v = { ...values, japanExportPerYear: perYear };
          const run = runModel(v);
          const first = firstExportMonth(v);
          return [...run.flows.japanToUs].some((x, t) => t >= first && x < perYear / 12 - 1e-9);
        };
        if (!reaches(values.japanExportPerYear)) {
          return steady === null ? null : 'a steadier rate where none is needed';
        }
        // Brute force: every step below the set rate.
        let best: number | null = null;
        for (let r = 0; r < values.japanExportPerYear; r++) if (!reaches(r)) best = r;
        return steady === best ? null : `steadiest ${steady}, brute force ${best}`;
      },
    );
  });
});
