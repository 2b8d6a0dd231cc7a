// The limits that bind in a run, as events a describer can put into words ("From March 2026
// Japan is at its floor, so it can send only what MHI builds: 2.5 a month"). Read off the run's
// own series after it is computed, so the model's loop stays as it is.
import { allocateRun, firstExportMonth, runInto, type RunSeries } from './model.ts';
import type { ParameterSpec, ParameterValues } from './parameters.ts';

export const LIMIT_EVENT_KINDS = [
  'exportsBegin',
  'japanFloor',
  'transferCap',
  'usPoolFloor',
  'ukraineShort',
  'stocksCross',
] as const;
export type LimitEventKind = (typeof LIMIT_EVENT_KINDS)[number];

/** The stocks whose crossing is reported. */
export const CROSSING_STOCKS = ['ukraineStock', 'usPool'] as const;
export type CrossingStock = (typeof CROSSING_STOCKS)[number];

/**
 * A limit that binds in a run. `month` is the index t of the first month it binds; `months` how
 * many months in a row it binds (it binds to the end of the run when month + months = horizon).
 * Counts are interceptors, rates interceptors a month, unless named otherwise.
 */
export type LimitEvent =
  /** The export lag ends: Japan's first exports leave, at `perMonth` (the set rate). */
  | { kind: 'exportsBegin'; month: number; perMonth: number }
  /**
   * Japan cannot export the set rate `perMonth` without ending below its `floor`: at the floor
   * it sends what MHI builds (`mhiPerMonth`); `japanStock` is its stock at the start of `month`
   * (below the floor when Japan starts short and builds back up).
   */
  | {
      kind: 'japanFloor';
      month: number;
      months: number;
      perMonth: number;
      mhiPerMonth: number;
      floor: number;
      japanStock: number;
    }
  /** US → Ukraine held at the monthly cap while the pool holds more. */
  | { kind: 'transferCap'; month: number; months: number; cap: number }
  /**
   * The US pool at (or below) its floor: it sends Ukraine less than the cap; `usPool` is the
   * pool at the start of `month` (below the floor when it starts short and fills back up).
   */
  | {
      kind: 'usPoolFloor';
      month: number;
      months: number;
      floor: number;
      cap: number;
      usPool: number;
    }
  /**
   * Ukraine cannot engage every ballistic missile within reach; `unmetLaunches` is the total it
   * could not engage over these months, of `reachableLaunches` a month.
   */
  | {
      kind: 'ukraineShort';
      month: number;
      months: number;
      unmetLaunches: number;
      reachableLaunches: number;
    }
  /**
   * A stock (`stock`) ends the month lower than it would if Japan had exported a steadier
   * `steadyRatePerYear`, the highest rate on the slider's steps that Japan could keep up to the
   * end of the run without reaching its floor: a high rate spends Japan's surplus sooner.
   * `withExports` and `atSteadyRate` are the two stocks at the end of `month`. (Against the
   * no-export baseline no stock of the US or Ukraine can cross: see content/model.md.)
   */
  | {
      kind: 'stocksCross';
      month: number;
      months: number;
      stock: CrossingStock;
      withExports: number;
      atSteadyRate: number;
      steadyRatePerYear: number;
    };

/** Below this a difference is float noise. */
const EPS = 1e-9;
/** A stock counts as lower only when the difference shows once rounded to whole interceptors. */
const SHOWN = 0.5;

/** Runs of consecutive months where `binds(t)` holds: [first month, length]. */
function episodes(horizon: number, binds: (t: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let t = 0; t <= horizon; t++) {
    const on = t < horizon && binds(t);
    if (on && start < 0) start = t;
    if (!on && start >= 0) {
      out.push([start, t - start]);
      start = -1;
    }
  }
  return out;
}

/** Months in which Japan exports less than the set rate, because of its floor. */
function japanFloorBinds(run: RunSeries, values: ParameterValues): (t: number) => boolean {
  const rate = values.japanExportPerYear / 12;
  const first = firstExportMonth(values);
  return (t) => rate > 0 && t >= first && run.flows.japanToUs[t]! < rate - EPS * (1 + rate);
}

/**
 * The highest export rate on the slider's steps below the set one at which Japan never reaches
 * its floor in the run, or null if the set rate never reaches it either. Bisection: a higher rate
 * reaches the floor no later.
 */
export function steadyExportRate(
  values: ParameterValues,
  spec: ParameterSpec,
  scratch: RunSeries = allocateRun(Math.round(values.horizonMonths)),
): number | null {
  const binds = (perYear: number) => {
    const candidate = { ...values, japanExportPerYear: perYear };
    runInto(candidate, scratch);
    const at = japanFloorBinds(scratch, candidate);
    for (let t = 0; t < scratch.horizon; t++) if (at(t)) return true;
    return false;
  };
  if (!binds(values.japanExportPerYear)) return null;
  const valueAt = (k: number) => Math.round((spec.min + k * spec.step) * 1e9) / 1e9;
  // lo never binds (the slider's minimum, no exports); hi binds.
  let lo = 0;
  let hi = Math.round((values.japanExportPerYear - spec.min) / spec.step);
  if (binds(valueAt(lo))) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (binds(valueAt(mid))) hi = mid;
    else lo = mid;
  }
  return valueAt(lo);
}

/**
 * The limits that bind in the central scenario run, in month order (ties in the order of
 * LIMIT_EVENT_KINDS). `exportSpec` is the ledger entry of japanExportPerYear (its steps).
 */
export function limitEvents(
  values: ParameterValues,
  scenario: RunSeries,
  exportSpec: ParameterSpec,
): LimitEvent[] {
  const H = scenario.horizon;
  const { flows, stocks, demand } = scenario;
  const events: LimitEvent[] = [];
  const first = firstExportMonth(values);
  const perMonth = values.japanExportPerYear / 12;
  if (perMonth > 0 && first < H) events.push({ kind: 'exportsBegin', month: first, perMonth });

  for (const [month, months] of episodes(H, japanFloorBinds(scenario, values))) {
    events.push({
      kind: 'japanFloor',
      month,
      months,
      perMonth,
      mhiPerMonth: values.mhiOutputPerYear / 12,
      floor: values.japanFloor,
      japanStock: stocks.japanStock[month]!,
    });
  }

  const cap = values.usTransferCapPerMonth;
  const floor = values.usPoolFloor;
  // After a transfer the pool is above its floor only if the cap held the transfer back.
  const capBinds = (t: number) => stocks.usPool[t + 1]! > floor + EPS * (1 + floor);
  for (const [month, months] of episodes(H, capBinds)) {
    events.push({ kind: 'transferCap', month, months, cap });
  }
  const poolBinds = (t: number) => !capBinds(t) && flows.usToUkraine[t]! < cap - EPS * (1 + cap);
  for (const [month, months] of episodes(H, poolBinds)) {
    events.push({ kind: 'usPoolFloor', month, months, floor, cap, usPool: stocks.usPool[month]! });
  }

  const reachable = (values.ballisticLaunchesPerMonth * values.engagementShare) / 100;
  const short = (t: number) => demand.unmetLaunches[t]! > EPS * (1 + reachable);
  for (const [month, months] of episodes(H, short)) {
    let unmet = 0;
    for (let t = month; t < month + months; t++) unmet += demand.unmetLaunches[t]!;
    events.push({
      kind: 'ukraineShort',
      month,
      months,
      unmetLaunches: unmet,
      reachableLaunches: reachable,
    });
  }

  const steady = steadyExportRate(values, exportSpec);
  if (steady !== null && steady > 0) {
    const other = allocateRun(H);
    runInto({ ...values, japanExportPerYear: steady }, other);
    for (const stock of CROSSING_STOCKS) {
      const mine = stocks[stock];
      const theirs = other.stocks[stock];
      const lower = (t: number) => mine[t + 1]! < theirs[t + 1]! - SHOWN;
      for (const [month, months] of episodes(H, lower)) {
        events.push({
          kind: 'stocksCross',
          month,
          months,
          stock,
          withExports: mine[month + 1]!,
          atSteadyRate: theirs[month + 1]!,
          steadyRatePerYear: steady,
        });
      }
    }
  }

  const rank = (e: LimitEvent) => LIMIT_EVENT_KINDS.indexOf(e.kind);
  // Array.prototype.sort is stable: events of one kind keep their month order.
  return events.sort((a, b) => a.month - b.month || rank(a) - rank(b));
}

/** The numeric fields of each kind of event besides `month` (for checking results). */
export const LIMIT_EVENT_FIELDS = {
  exportsBegin: ['perMonth'],
  japanFloor: ['months', 'perMonth', 'mhiPerMonth', 'floor', 'japanStock'],
  transferCap: ['months', 'cap'],
  usPoolFloor: ['months', 'floor', 'cap', 'usPool'],
  ukraineShort: ['months', 'unmetLaunches', 'reachableLaunches'],
  stocksCross: ['months', 'withExports', 'atSteadyRate', 'steadyRatePerYear'],
} as const satisfies {
  [K in LimitEventKind]: readonly Exclude<
    keyof Extract<LimitEvent, { kind: K }>,
    'kind' | 'month' | 'stock'
  >[];
};
