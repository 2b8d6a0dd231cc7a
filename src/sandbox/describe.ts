// Plain-English sentences about a model result, for the sandbox's live region, its screen
// summary and text alternatives to the charts. Numbers are read off the result. The sentences
// come from content/sandbox/strings.yaml, passed in as `strings` (templates with named slots and
// plural forms, so a writer or translator edits words, not code). No HTML. See also
// describe-difference.ts, describe-events.ts, describe-goal.ts.
import { formatCount, formatPercent, formatWithUnit } from '../lib/format.ts';
import { firstExportMonth, type RunSeries } from '../../workers/stockpile/model.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { describeEvents } from './describe-events.ts';
import { EMPTY, daysOfDefence, endMonth, month, sum } from './describe-common.ts';
import { fill, type SandboxStrings } from './strings.ts';

// --- what the sentences are about --------------------------------------------------------------

/**
 * Extra interceptors reaching Ukraine over the horizon because of Japan's exports (the central
 * run minus its no-export baseline).
 */
export function addedInterceptors(result: ScenarioResult): number {
  return result.difference.central.extraDelivered[result.scenario.horizon - 1] ?? 0;
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

const upOrDown = (now: number, before: number, strings: SandboxStrings) =>
  now > before ? strings.change.up : strings.change.down;

// --- sentences ----------------------------------------------------------------------------------

/**
 * What Japan's exports change for Ukraine by the end of the horizon, in the central run: how
 * many more interceptors reach it, and whether it fired them (at how many more ballistic
 * missiles) or still holds them. Never claims a stock the chart shows at zero.
 */
export function describeHeadline(result: ScenarioResult, strings: SandboxStrings): string {
  const { inputs, scenario } = result;
  const words = strings.headline;
  const end = endMonth(scenario);
  const first = firstExportMonth(inputs);
  const exported = sum(scenario.flows.japanToUs);

  if (inputs.japanExportPerYear === 0) return fill(words.noExports, { end });
  if (first >= scenario.horizon) return fill(words.afterHorizon, { month: month(first), end });
  if (exported === 0) {
    return fill(inputs.mhiOutputPerYear === 0 ? words.nothingToExport : words.atFloor, { end });
  }
  const extra = addedInterceptors(result);
  if (Math.round(extra) === 0) {
    const freed = sum(scenario.flows.backfillToUsPool);
    if (inputs.backfillShare === 0 && Math.round(exported) > 0) {
      return fill(words.noBackfill, { end, exported });
    }
    if (Math.round(freed) > 0) return fill(words.staysInPool, { end, freed });
    return fill(words.tooLittle, { end });
  }
  const engaged = result.difference.central.extraEngaged[scenario.horizon - 1]!;
  const fired = engaged * inputs.interceptorsPerTarget;
  const kept = extra - fired;
  const days = daysOfDefence(extra, scenario.demand.demandInterceptors[0]!, strings);
  if (Math.round(kept) === 0) return fill(words.allFired, { end, extra, engaged, days });
  if (Math.round(fired) === 0) return fill(words.allKept, { end, extra, days });
  return fill(words.someKept, {
    end,
    extra,
    engaged,
    fired: formatCount(fired),
    kept: formatCount(kept),
    days,
  });
}

/** When Ukraine's ready interceptors first run out, with and without Japan's exports. */
export function describeRunOut(result: ScenarioResult, strings: SandboxStrings): string {
  const { scenario, baseline } = result;
  const words = strings.runOut;
  const end = endMonth(scenario);
  const withExports = runOutMonth(scenario);
  const without = runOutMonth(baseline);
  if (withExports === null && without === null) return fill(words.bothLast, { end });
  if (withExports === null) return fill(words.lastWith, { end, without: month(without!) });
  // Without exports Ukraine never holds more (a tested property), so it runs out no later.
  const withoutMonth = without ?? withExports;
  if (withExports === withoutMonth) return fill(words.same, { with: month(withExports) });
  return fill(words.differs, { with: month(withExports), without: month(withoutMonth) });
}

/** The share of reachable launches Ukraine could not engage, with and without Japan's exports. */
export function describeUnmet(result: ScenarioResult, strings: SandboxStrings): string {
  const { scenario, baseline } = result;
  const words = strings.unmet;
  const span = { start: month(0), end: endMonth(scenario) };
  const withExports = unmetShare(scenario);
  const without = unmetShare(baseline);
  if (withExports === 0 && without === 0) return fill(words.none, span);
  if (withExports === 0)
    return fill(words.noneWith, { ...span, without: formatPercent(without, strings.percent) });
  if (formatPercent(withExports, strings.percent) === formatPercent(without, strings.percent))
    return fill(words.same, { ...span, share: formatPercent(withExports, strings.percent) });
  return fill(words.differs, {
    ...span,
    with: formatPercent(withExports, strings.percent),
    without: formatPercent(without, strings.percent),
  });
}

/** The 90% range of Ukraine's stock at the end of the horizon, across the Monte Carlo runs. */
export function describeRange(result: ScenarioResult, strings: SandboxStrings): string {
  const { scenario, bands, runs } = result;
  const band = bands.scenario.ukraineStock;
  const H = scenario.horizon;
  const shown = (x: number | undefined) => Math.round(x ?? 0) || 0;
  const low = shown(band.p05[H]);
  const high = shown(band.p95[H]);
  const at = { runs: formatCount(runs), end: endMonth(scenario) };
  if (low === high) return fill(strings.range.one, { ...at, count: low });
  return fill(strings.range.between, {
    ...at,
    low: formatCount(low),
    high: formatCount(high),
    median: formatCount(shown(band.p50[H])),
  });
}

/** Japan's exports as set; null where the headline already says why there are none. */
function describeJapan(result: ScenarioResult, strings: SandboxStrings): string | null {
  const { inputs, scenario } = result;
  const words = strings.summary;
  const first = firstExportMonth(inputs);
  const exported = sum(scenario.flows.japanToUs);
  if (inputs.japanExportPerYear === 0 || exported === 0 || first >= scenario.horizon) return null;
  const backfill =
    inputs.backfillShare === 100
      ? words.backfillAll
      : inputs.backfillShare === 0
        ? words.backfillNone
        : fill(words.backfillShare, {
            share: formatPercent(inputs.backfillShare / 100, strings.percent),
          });
  return fill(words.japan, { perYear: inputs.japanExportPerYear, month: month(first), backfill });
}

function describeDemand(result: ScenarioResult, strings: SandboxStrings): string {
  const { inputs, scenario } = result;
  const words = strings.summary;
  const cap = inputs.usTransferCapPerMonth;
  const others = inputs.otherDonorsPerMonth;
  return fill(words.demand, {
    launches: inputs.ballisticLaunchesPerMonth,
    reach: formatPercent(inputs.engagementShare / 100, strings.percent),
    perTarget: formatWithUnit(inputs.interceptorsPerTarget, words.perTargetUnit),
    wanted: scenario.demand.demandInterceptors[0]!,
    us: cap === 0 ? words.usNothing : fill(words.usAtMost, { cap }),
    others:
      others === 0 ? words.othersNothing : fill(words.othersSend, { count: formatCount(others) }),
  });
}

/**
 * A screen summary of the sandbox's current state: setting, then outcome, then every limit that
 * binds in the central run, in month order.
 */
export function describeSummary(result: ScenarioResult, strings: SandboxStrings): string {
  const { scenario } = result;
  return [
    fill(strings.summary.follows, { start: month(0), end: endMonth(scenario) }),
    describeJapan(result, strings),
    describeDemand(result, strings),
    describeHeadline(result, strings),
    describeRunOut(result, strings),
    describeUnmet(result, strings),
    ...describeEvents(result, strings),
  ]
    .filter((sentence) => sentence !== null)
    .join(' ');
}

// --- after a slider move ------------------------------------------------------------------------

function changeInAdded(
  before: ScenarioResult,
  after: ScenarioResult,
  strings: SandboxStrings,
): string | null {
  const was = Math.round(addedInterceptors(before)) || 0;
  const now = Math.round(addedInterceptors(after)) || 0;
  if (was === now) return null;
  const end = endMonth(after.scenario);
  const wasEnd = endMonth(before.scenario);
  const direction = upOrDown(now, was, strings);
  const from = wasEnd === end ? formatCount(was) : fill(strings.change.wasBy, { was, end: wasEnd });
  return fill(strings.change.delivered, { end, now, direction, was: from });
}

/** A share of missiles engaged lower by this much shows as a different whole percentage. */
const SHOWN_SHARE = 0.005;

/**
 * After a higher export rate: the first month in which Ukraine now holds fewer ready
 * interceptors (by at least one, as shown) or engages a smaller share of the missiles within
 * reach (by at least half a percentage point) than before, or null. Cumulative deliveries never
 * fall when the rate rises, but a higher rate spends Japan's surplus sooner, so a later month
 * can.
 */
export function firstMonthWithFewer(before: ScenarioResult, after: ScenarioResult): number | null {
  if (after.inputs.japanExportPerYear <= before.inputs.japanExportPerYear) return null;
  const was = before.scenario;
  const now = after.scenario;
  const H = Math.min(was.horizon, now.horizon);
  for (let t = 0; t < H; t++) {
    const fewer = now.stocks.ukraineStock[t + 1]! < was.stocks.ukraineStock[t + 1]! - EMPTY;
    const less = now.demand.engagedShare[t]! < was.demand.engagedShare[t]! - SHOWN_SHARE;
    if (fewer || less) return t;
  }
  return null;
}

function changeInRunOut(
  before: ScenarioResult,
  after: ScenarioResult,
  strings: SandboxStrings,
): string | null {
  const words = strings.change;
  const was = runOutMonth(before.scenario);
  const now = runOutMonth(after.scenario);
  if (was === now) return null;
  if (now === null)
    return fill(words.runOutLasts, { end: endMonth(after.scenario), was: month(was!) });
  if (was === null)
    return fill(words.runOutNow, { now: month(now), end: endMonth(before.scenario) });
  return fill(words.runOutMoved, { now: month(now), was: month(was) });
}

function changeInUnmet(
  before: ScenarioResult,
  after: ScenarioResult,
  strings: SandboxStrings,
): string | null {
  const was = unmetShare(before.scenario);
  const now = unmetShare(after.scenario);
  if (formatPercent(was, strings.percent) === formatPercent(now, strings.percent)) return null;
  return fill(strings.change.unmet, {
    now: formatPercent(now, strings.percent),
    direction: upOrDown(now, was, strings),
    was: formatPercent(was, strings.percent),
  });
}

function changeInFinalStock(
  before: ScenarioResult,
  after: ScenarioResult,
  strings: SandboxStrings,
): string | null {
  const was = finalStock(before.scenario);
  const now = finalStock(after.scenario);
  if (was === now) return null;
  const end = endMonth(after.scenario);
  const wasEnd = endMonth(before.scenario);
  const from =
    wasEnd === end ? formatCount(was) : fill(strings.change.wasAtEnd, { was, end: wasEnd });
  return fill(strings.change.finalStock, {
    end,
    now,
    direction: upOrDown(now, was, strings),
    was: from,
  });
}

/**
 * One sentence after a slider move: the new setting, then the first of these that changed in the
 * central run: how many more US interceptors Japan's exports free for Ukraine, when Ukraine runs out,
 * the share of launches it cannot engage, its stock at the end. After a higher export rate that
 * leaves Ukraine fewer ready interceptors in some month, a second sentence says so.
 */
export function describeChange(
  before: ScenarioResult,
  after: ScenarioResult,
  changed: ParameterSpec,
  strings: SandboxStrings,
): string {
  const fewer = firstMonthWithFewer(before, after);
  const crossing =
    fewer === null ? '' : ` ${fill(strings.change.crossing, { month: month(fewer) })}`;
  const consequence =
    changeInAdded(before, after, strings) ??
    changeInRunOut(before, after, strings) ??
    changeInUnmet(before, after, strings) ??
    changeInFinalStock(before, after, strings) ??
    (crossing
      ? fill(strings.change.sameTotal, { end: endMonth(after.scenario) })
      : strings.change.nothing);
  const setting = fill(strings.change.setting, {
    label: changed.label,
    value: formatWithUnit(after.inputs[changed.id], changed.unit),
    consequence,
  });
  return `${setting}${crossing}`;
}

// --- the US pool and Japan's stock, for their charts ----------------------------------------------

/**
 * How a stock with a floor moves over the horizon, e.g. "The US pool starts at 100
 * interceptors, reaches its floor of 50 in April 2024 and ends December 2026 at 50."
 */
export function describeStockPath(
  run: RunSeries,
  stock: 'usPool' | 'japanStock',
  floor: number,
  strings: SandboxStrings,
): string {
  const words = strings.stockPath;
  const series = run.stocks[stock];
  const start = series[0]!;
  const values = {
    name: words[stock],
    start,
    floor: formatCount(floor),
    end: endMonth(run),
    last: formatCount(series[run.horizon]!),
  };
  if (start < floor - EMPTY) return fill(words.belowFloor, values);
  for (let t = 0; t < run.horizon; t++) {
    if (series[t + 1]! <= floor + EMPTY)
      return fill(words.reachesFloor, { ...values, month: month(t) });
  }
  return fill(words.neverFloor, values);
}
