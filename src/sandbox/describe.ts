// Plain-English sentences about a model result, for the sandbox's live region, its screen
// summary and text alternatives to the charts. Numbers are read off the result; every sentence
// template is in this file. No HTML.
import { countOf, formatCount, formatMonth, formatPercent, formatWithUnit } from '../lib/format.ts';
import { firstExportMonth, monthKey, type RunSeries } from '../../workers/stockpile/model.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';

/** Average days in a month, to turn a monthly rate of fire into days. */
const DAYS_PER_MONTH = 30.44;
/** A stock under half an interceptor shows as 0: that is when it has run out. */
const EMPTY = 0.5;

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const month = (t: number) => formatMonth(monthKey(t));

// --- what the sentences are about --------------------------------------------------------------

/** The last month modelled, e.g. "December 2026". */
function endMonth(run: RunSeries): string {
  return month(run.horizon - 1);
}

/** Extra interceptors delivered to Ukraine over the horizon because of Japan's exports. */
export function addedInterceptors(result: ScenarioResult): number {
  return sum(result.scenario.flows.usToUkraine) - sum(result.baseline.flows.usToUkraine);
}

/** The month (index) in which Ukraine's ready stock first runs out, or null if it never does. */
export function runOutMonth(run: RunSeries): number | null {
  const stock = run.stocks.ukraineStock;
  for (let t = 0; t < run.horizon; t++) if (stock[t + 1]! < EMPTY) return t;
  return null;
}

/** Share of the launches Patriot could reach that Ukraine lacked the interceptors to engage. */
export function unmetShare(run: RunSeries): number {
  const unmet = sum(run.demand.unmetLaunches);
  const reachable = unmet + sum(run.demand.engagedLaunches);
  return reachable > 0 ? unmet / reachable : 0;
}

/** Ukraine's ready interceptors at the end of the last month, rounded as shown. */
function finalStock(run: RunSeries): number {
  return Math.round(run.stocks.ukraineStock[run.horizon]!) || 0;
}

const upOrDown = (now: number, before: number) => (now > before ? 'up' : 'down');

// --- sentences ----------------------------------------------------------------------------------

function daysOfDefence(added: number, wantedPerMonth: number): string {
  const days = Math.round((added / wantedPerMonth) * DAYS_PER_MONTH);
  if (days < 1) return 'less than a day of defence at this rate of attack';
  if (days === 1) return 'about a day of defence at this rate of attack';
  return `about ${formatCount(days)} days of defence at this rate of attack`;
}

/** What Japan's exports add to Ukraine's stock by the end of the horizon. */
export function describeHeadline(result: ScenarioResult): string {
  const { inputs, scenario } = result;
  const end = endMonth(scenario);
  const first = firstExportMonth(inputs);
  const exported = sum(scenario.flows.japanToUs);
  const added = addedInterceptors(result);
  const by = `By ${end} Japan's exports have added`;

  if (inputs.japanExportPerYear === 0) {
    return `With no exports from Japan, nothing is added to Ukraine's stock by ${end}.`;
  }
  if (first >= scenario.horizon) {
    return `Japan's first export would leave in ${month(first)}, after the model ends in ${end}, so nothing is added to Ukraine's stock.`;
  }
  if (exported === 0 && inputs.mhiOutputPerYear === 0) {
    return `Mitsubishi Heavy Industries builds nothing, so Japan has nothing to export and nothing is added to Ukraine's stock by ${end}.`;
  }
  if (exported === 0) {
    return `Japan's stock never rises above its reserve floor, so it exports nothing and nothing is added to Ukraine's stock by ${end}.`;
  }
  if (Math.round(added) === 0 && inputs.backfillShare === 0) {
    return `${by} no interceptors to Ukraine's stock: none of them frees a US interceptor for Ukraine.`;
  }
  const freed = sum(scenario.flows.backfillToUsPool);
  if (Math.round(added) === 0 && Math.round(freed) > 0) {
    return `${by} no interceptors to Ukraine's stock: the US interceptors they free stay in the US pool.`;
  }
  if (Math.round(added) === 0) {
    return `${by} no interceptors to Ukraine's stock.`;
  }
  const wanted = scenario.demand.demandInterceptors[0]!;
  return `${by} ${countOf(added, 'interceptor', 'interceptors')} to Ukraine's stock: ${daysOfDefence(added, wanted)}.`;
}

/** When Ukraine's ready interceptors first run out, with and without Japan's exports. */
export function describeRunOut(result: ScenarioResult): string {
  const { scenario, baseline } = result;
  const end = endMonth(scenario);
  const withExports = runOutMonth(scenario);
  const without = runOutMonth(baseline);
  const subject = "Ukraine's ready interceptors";

  if (withExports === null && without === null) {
    return `${subject} last to the end of ${end} in the model's central run, with or without Japan's exports.`;
  }
  if (withExports === null) {
    return `${subject} last to the end of ${end} in the model's central run; without Japan's exports, they run out in ${month(without!)}.`;
  }
  // Without exports Ukraine never holds more (a tested property), so it runs out no later.
  const withoutMonth = without ?? withExports;
  const also = withExports === withoutMonth ? 'also ' : '';
  return `${subject} run out in ${month(withExports)}, in the model's central run; without Japan's exports, ${also}${month(withoutMonth)}.`;
}

/** The share of reachable launches Ukraine could not engage, with and without Japan's exports. */
export function describeUnmet(result: ScenarioResult): string {
  const { scenario, baseline } = result;
  const span = `From ${month(0)} to ${endMonth(scenario)}, Ukraine`;
  const withExports = unmetShare(scenario);
  const without = unmetShare(baseline);
  const reach = "the ballistic missiles within Patriot's reach";

  if (withExports === 0 && without === 0) {
    return `${span} has the interceptors to engage every ballistic missile within Patriot's reach, with or without Japan's exports.`;
  }
  if (withExports === 0) {
    return `${span} has the interceptors to engage every ballistic missile within Patriot's reach; without Japan's exports, it could not engage ${formatPercent(without)} of them.`;
  }
  if (formatPercent(withExports) === formatPercent(without)) {
    return `${span} lacks the interceptors to engage ${formatPercent(withExports)} of ${reach}, with or without Japan's exports.`;
  }
  return `${span} lacks the interceptors to engage ${formatPercent(withExports)} of ${reach}; without Japan's exports, ${formatPercent(without)}.`;
}

/** The 90% range of Ukraine's stock at the end of the horizon, across the Monte Carlo runs. */
export function describeRange(result: ScenarioResult): string {
  const { scenario, bands, runs } = result;
  const band = bands.scenario.ukraineStock;
  const H = scenario.horizon;
  const shown = (x: number | undefined) => Math.round(x ?? 0) || 0;
  const low = shown(band.p05[H]);
  const middle = shown(band.p50[H]);
  const high = shown(band.p95[H]);
  const start = `In 90% of the model's ${formatCount(runs)} runs, Ukraine ends ${endMonth(scenario)} with`;
  if (low === high) {
    return `${start} ${countOf(low, 'ready interceptor', 'ready interceptors')}.`;
  }
  return `${start} between ${formatCount(low)} and ${formatCount(high)} ready interceptors (median ${formatCount(middle)}).`;
}

/** Japan's exports as set; null where the headline already says why there are none. */
function describeJapan(result: ScenarioResult): string | null {
  const { inputs, scenario } = result;
  const first = firstExportMonth(inputs);
  const none = inputs.japanExportPerYear === 0 || inputs.mhiOutputPerYear === 0;
  if (none || first >= scenario.horizon) return null;
  const perYear = Math.min(inputs.japanExportPerYear, inputs.mhiOutputPerYear);
  const capped =
    inputs.japanExportPerYear > inputs.mhiOutputPerYear
      ? ', all that Mitsubishi Heavy Industries builds'
      : '';
  const backfill =
    inputs.backfillShare === 100
      ? 'each one frees a US interceptor for Ukraine'
      : inputs.backfillShare === 0
        ? 'none of them frees a US interceptor for Ukraine'
        : `${formatPercent(inputs.backfillShare / 100)} of them free a US interceptor for Ukraine`;
  return `Japan sends the United States ${countOf(perYear, 'interceptor', 'interceptors')} a year from ${month(first)}${capped}; ${backfill}.`;
}

function describeDemand(result: ScenarioResult): string {
  const { inputs, scenario } = result;
  const launches = countOf(
    inputs.ballisticLaunchesPerMonth,
    'ballistic missile',
    'ballistic missiles',
  );
  const perTarget = formatWithUnit(inputs.interceptorsPerTarget, 'interceptors');
  const wanted = countOf(scenario.demand.demandInterceptors[0]!, 'interceptor', 'interceptors');
  const reach = formatPercent(inputs.engagementShare / 100);
  const us =
    inputs.usTransferCapPerMonth === 0
      ? 'The US sends Ukraine nothing from its pool'
      : `The US sends Ukraine at most ${countOf(inputs.usTransferCapPerMonth, 'interceptor', 'interceptors')} a month from its pool`;
  const others =
    inputs.otherDonorsPerMonth === 0
      ? 'other donors send nothing'
      : `other donors ${formatCount(inputs.otherDonorsPerMonth)} a month`;
  return `Russia fires ${launches} a month; Patriot can reach ${reach} of them and Ukraine fires ${perTarget} at each, so it wants ${wanted} a month. ${us}, and ${others}.`;
}

/** A short screen summary of the sandbox's current state: setting, then outcome. */
export function describeSummary(result: ScenarioResult): string {
  const { scenario } = result;
  return [
    `The model follows Patriot interceptors month by month from ${month(0)} to ${endMonth(scenario)}.`,
    describeJapan(result),
    describeDemand(result),
    describeHeadline(result),
    describeRunOut(result),
    describeUnmet(result),
  ]
    .filter((sentence) => sentence !== null)
    .join(' ');
}

// --- after a slider move ------------------------------------------------------------------------

function changeInAdded(before: ScenarioResult, after: ScenarioResult): string | null {
  const was = Math.round(addedInterceptors(before)) || 0;
  const now = Math.round(addedInterceptors(after)) || 0;
  if (was === now) return null;
  const end = endMonth(after.scenario);
  const wasEnd = endMonth(before.scenario);
  const from = `${formatCount(was)}${wasEnd === end ? '' : ` by ${wasEnd}`}`;
  return `Japan's exports now add ${countOf(now, 'interceptor', 'interceptors')} to Ukraine's stock by ${end}, ${upOrDown(now, was)} from ${from}.`;
}

function changeInRunOut(before: ScenarioResult, after: ScenarioResult): string | null {
  const was = runOutMonth(before.scenario);
  const now = runOutMonth(after.scenario);
  const subject = "Ukraine's ready interceptors now";
  if (was === now) return null;
  if (now === null) {
    return `${subject} last to the end of ${endMonth(after.scenario)} instead of running out in ${month(was!)}.`;
  }
  if (was === null) {
    return `${subject} run out in ${month(now)} instead of lasting to the end of ${endMonth(before.scenario)}.`;
  }
  return `${subject} run out in ${month(now)} instead of ${month(was)}.`;
}

function changeInUnmet(before: ScenarioResult, after: ScenarioResult): string | null {
  const was = unmetShare(before.scenario);
  const now = unmetShare(after.scenario);
  if (formatPercent(was) === formatPercent(now)) return null;
  return `Ukraine now lacks the interceptors to engage ${formatPercent(now)} of the ballistic missiles within Patriot's reach, ${upOrDown(now, was)} from ${formatPercent(was)}.`;
}

function changeInFinalStock(before: ScenarioResult, after: ScenarioResult): string | null {
  const was = finalStock(before.scenario);
  const now = finalStock(after.scenario);
  if (was === now) return null;
  const end = endMonth(after.scenario);
  const wasEnd = endMonth(before.scenario);
  const from = `${formatCount(was)}${wasEnd === end ? '' : ` at the end of ${wasEnd}`}`;
  return `Ukraine now ends ${end} with ${countOf(now, 'ready interceptor', 'ready interceptors')}, ${upOrDown(now, was)} from ${from}.`;
}

/**
 * One sentence after a slider move: the new setting, then the first of these that changed in the
 * central run: what Japan's exports add, when Ukraine runs out, the share of launches it cannot
 * engage, its stock at the end.
 */
export function describeChange(
  before: ScenarioResult,
  after: ScenarioResult,
  changed: ParameterSpec,
): string {
  const setting = `${changed.label} set to ${formatWithUnit(after.inputs[changed.id], changed.unit)}`;
  const consequence =
    changeInAdded(before, after) ??
    changeInRunOut(before, after) ??
    changeInUnmet(before, after) ??
    changeInFinalStock(before, after) ??
    "nothing changes for Ukraine in the model's central run.";
  return `${setting}: ${consequence}`;
}

// --- the US pool and Japan's stock, for their charts ----------------------------------------------

/**
 * How a stock with a floor moves over the horizon, e.g. "The US pool starts at 100
 * interceptors, reaches its floor of 50 in April 2024 and ends December 2026 at 50."
 */
export function describeStockPath(
  run: RunSeries,
  stock: 'usPool' | 'japanStock',
  name: string,
  floor: number,
): string {
  const series = run.stocks[stock];
  const start = series[0]!;
  const end = series[run.horizon]!;
  const ends = `ends ${endMonth(run)} at ${formatCount(end)}`;
  const opening = `${name} starts at ${countOf(start, 'interceptor', 'interceptors')}`;
  const floorText = `its floor of ${formatCount(floor)}`;
  if (start < floor - EMPTY) return `${opening}, below ${floorText}, and ${ends}.`;
  let reached: number | null = null;
  for (let t = 0; t < run.horizon; t++) {
    if (series[t + 1]! <= floor + EMPTY) {
      reached = t;
      break;
    }
  }
  if (reached === null) return `${opening} and ${ends}, never down to ${floorText}.`;
  return `${opening}, reaches ${floorText} in ${month(reached)} and ${ends}.`;
}
