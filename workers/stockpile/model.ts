// The stockpile-flow model: one deterministic monthly run. Pure: no DOM, no randomness, and no
// model numbers. Every number comes from the ledger values passed in; content/model.md states
// the same equations in words.
import type { ParameterValues } from './parameters.ts';

// Structural constants only.
export const MONTHS_PER_YEAR = 12;
export const PERCENT = 100;
/** Month 0 is January of this year. The export lag counts from December of the year before. */
export const START_YEAR = 2024;

export const STOCK_NAMES = ['japanStock', 'usPool', 'ukraineStock'] as const;
export const FLOW_NAMES = [
  'mhiToJapan',
  'japanToUs',
  'usProductionToPool',
  'backfillToUsPool',
  'usToUkraine',
  'otherDonorsToUkraine',
  'ukraineFired',
  'japanToUkraine',
] as const;
export const DEMAND_NAMES = [
  'launches',
  'reachableLaunches',
  'demandInterceptors',
  'engagedLaunches',
  'unmetLaunches',
  'engagedShare',
] as const;

export type StockName = (typeof STOCK_NAMES)[number];
export type FlowName = (typeof FLOW_NAMES)[number];
export type DemandName = (typeof DEMAND_NAMES)[number];

export interface RunSeries {
  /** Months modelled (H). */
  horizon: number;
  /** 'YYYY-MM' of each month t = 0..H−1 (the month a flow happens in). */
  months: string[];
  /** Interceptors at the start of month t, t = 0..H (index H is the end of the last month). */
  stocks: Record<StockName, Float64Array>;
  /** Interceptors moved during month t, t = 0..H−1. */
  flows: Record<FlowName, Float64Array>;
  /**
   * Per month t = 0..H−1: ballistic missiles launched, within Patriot's reach
   * (reachableLaunches = launches × engagementShare / 100), engaged and not engaged for lack of
   * interceptors (engagedLaunches + unmetLaunches = reachableLaunches); interceptors wanted
   * (demandInterceptors); and engagedShare = engagedLaunches / reachableLaunches (0..1; 1 when
   * nothing is within reach).
   */
  demand: Record<DemandName, Float64Array>;
}

/** 'YYYY-MM' for month t (t = 0 is January 2024). */
export function monthKey(t: number): string {
  const year = START_YEAR + Math.floor(t / MONTHS_PER_YEAR);
  const month = (t % MONTHS_PER_YEAR) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Whole months modelled; the ledger keeps the horizon on whole-month steps. */
export function horizonOf(values: ParameterValues): number {
  return Math.max(0, Math.round(values.horizonMonths));
}

/** The first month in which the export rate applies: the lag counts from December 2023. */
export function firstExportMonth(values: ParameterValues): number {
  return Math.max(0, Math.ceil(values.exportLagMonths) - 1);
}

function table<N extends string>(names: readonly N[], length: number): Record<N, Float64Array> {
  const out = {} as Record<N, Float64Array>;
  for (const name of names) out[name] = new Float64Array(length);
  return out;
}

/** Buffers for a run of `horizon` months, to be filled by runInto (reusable across runs). */
export function allocateRun(horizon: number): RunSeries {
  return {
    horizon,
    months: Array.from({ length: horizon }, (_, t) => monthKey(t)),
    stocks: table(STOCK_NAMES, horizon + 1),
    flows: table(FLOW_NAMES, horizon),
    demand: table(DEMAND_NAMES, horizon),
  };
}

/**
 * Run the model into preallocated buffers (horizon taken from `out`). Each next stock is
 * computed as current + inflows − outflows from the very flows stored, so conservation holds
 * exactly. With `allSeries` false only what the Monte Carlo needs is written: the stocks,
 * usToUkraine, engagedLaunches, unmetLaunches and engagedShare (skipping the rest saves a third
 * of its time).
 */
export function runInto(v: ParameterValues, out: RunSeries, allSeries = true): void {
  const H = out.horizon;
  // Every array in a local: this loop runs a thousand times per Monte Carlo set.
  const { japanStock, usPool, ukraineStock } = out.stocks;
  const { mhiToJapan, japanToUs, usProductionToPool, backfillToUsPool } = out.flows;
  const { usToUkraine, otherDonorsToUkraine, ukraineFired, japanToUkraine: noFlow } = out.flows;
  const { launches: launchSeries, reachableLaunches, demandInterceptors } = out.demand;
  const { engagedLaunches, unmetLaunches, engagedShare } = out.demand;

  const mhi = v.mhiOutputPerYear / MONTHS_PER_YEAR;
  const exportRate = v.japanExportPerYear / MONTHS_PER_YEAR;
  const lag = v.exportLagMonths;
  const japanFloor = v.japanFloor;
  const poolShare = v.usShareForUkraine / PERCENT;
  const allocation2024 = (v.usProduction2024 / MONTHS_PER_YEAR) * poolShare;
  const allocation2025 = (v.usProduction2025 / MONTHS_PER_YEAR) * poolShare;
  const allocationLater = (v.usProductionFrom2026 / MONTHS_PER_YEAR) * poolShare;
  const backfill = v.backfillShare / PERCENT;
  const cap = v.usTransferCapPerMonth;
  const poolFloor = v.usPoolFloor;
  const donors = v.otherDonorsPerMonth;
  const launches = v.ballisticLaunchesPerMonth;
  const perTarget = v.interceptorsPerTarget;
  const reachable = (launches * v.engagementShare) / PERCENT;
  const wanted = reachable * perTarget;
  // There is no Japan → Ukraine flow: Japan's rules forbid it. Kept as a series so it shows.
  const japanToUkraine = 0;

  let J = v.japanStockStart;
  let P = v.usPoolStart;
  let U = v.ukraineStockStart;
  japanStock[0] = J;
  usPool[0] = P;
  ukraineStock[0] = U;

  for (let t = 0; t < H; t++) {
    // Japan: MHI builds; once the lag has passed, Japan exports the set rate to the US, from new
    // output and from its stock above its floor (the first real shipment came from stock), but
    // never so much that it ends the month below its floor.
    const rate = t + 1 >= lag ? exportRate : 0;
    const exported = Math.min(rate, Math.max(0, J + mhi - japanFloor));
    J = J + mhi - exported;

    // US pool: its share of new US output, plus the US interceptors Japan's exports free up;
    // transfers to Ukraine up to the monthly cap, never below the pool's floor.
    const year = (t / MONTHS_PER_YEAR) | 0;
    const allocation = year === 0 ? allocation2024 : year === 1 ? allocation2025 : allocationLater;
    const backfilled = exported * backfill;
    const transfer = Math.min(cap, Math.max(0, P + allocation + backfilled - poolFloor));
    P = P + allocation + backfilled - transfer;

    // Ukraine fires what it wants, never more than it holds.
    const fired = Math.min(U + transfer + donors + japanToUkraine, wanted);
    U = U + transfer + donors + japanToUkraine - fired;

    if (allSeries) {
      mhiToJapan[t] = mhi;
      japanToUs[t] = exported;
      usProductionToPool[t] = allocation;
      backfillToUsPool[t] = backfilled;
      otherDonorsToUkraine[t] = donors;
      ukraineFired[t] = fired;
      noFlow[t] = japanToUkraine;
      launchSeries[t] = launches;
      reachableLaunches[t] = reachable;
      demandInterceptors[t] = wanted;
    }
    usToUkraine[t] = transfer;
    engagedLaunches[t] = fired / perTarget;
    // Equal to reachable − engaged launches, but exactly 0 when demand is met.
    unmetLaunches[t] = (wanted - fired) / perTarget;
    engagedShare[t] = wanted > 0 ? fired / wanted : 1;
    japanStock[t + 1] = J;
    usPool[t + 1] = P;
    ukraineStock[t + 1] = U;
  }
}

/** One deterministic run at the given values. */
export function runModel(values: ParameterValues): RunSeries {
  const out = allocateRun(horizonOf(values));
  runInto(values, out);
  return out;
}
