// The words beside the chart of what Japan's exports change (the scenario minus its no-export
// baseline), and beside the chart of the share of ballistic missiles Ukraine engages. Sentences
// from content/sandbox/strings.yaml; figures from the central run and the paired bands.
import { formatCount, formatNumber, formatPercent, formatWithUnit } from '../lib/format.ts';
import { engagedShareOverHorizon } from '../../workers/stockpile/goal-seek.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { daysOf, daysOfDefence, endMonth, month } from './describe-common.ts';
import { fill, type SandboxStrings } from './strings.ts';

/** What Japan's exports change by the end of the horizon, in the central run. */
export interface DifferenceFigures {
  /** Months modelled (H). */
  months: number;
  /** Extra interceptors reaching Ukraine by the end of month H−1. */
  extraDelivered: number;
  /** Extra ballistic missiles engaged by then. */
  extraEngaged: number;
  /** Days of Ukraine's wanted fire the extra interceptors buy (demandInterceptors a month). */
  daysOfDefence: number;
  /** Interceptors Ukraine wants over the horizon: demandInterceptors × H. */
  need: number;
  /** extraDelivered ÷ need. */
  shareOfNeed: number;
  /** Mitsubishi Heavy Industries' yearly output as reported: the ledger's mhiOutputPerYear default. */
  mhiReportedPerYear: number;
  /** extraDelivered ÷ mhiReportedPerYear (0 when that is 0). */
  timesMhiOutput: number;
}

/** The figures the words beside the difference chart use. */
export function differenceFigures(
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
): DifferenceFigures {
  const H = result.scenario.horizon;
  const { extraDelivered, extraEngaged } = result.difference.central;
  const extra = extraDelivered[H - 1] ?? 0;
  const wanted = result.scenario.demand.demandInterceptors[0] ?? 0;
  const need = wanted * H;
  const mhi = ledger.find((p) => p.id === 'mhiOutputPerYear')?.default ?? 0;
  return {
    months: H,
    extraDelivered: extra,
    extraEngaged: extraEngaged[H - 1] ?? 0,
    daysOfDefence: daysOf(extra, wanted),
    need,
    shareOfNeed: need > 0 ? extra / need : 0,
    mhiReportedPerYear: mhi,
    timesMhiOutput: mhi > 0 ? extra / mhi : 0,
  };
}

/**
 * "By December 2026 Japan's exports free 12 extra US interceptors for Ukraine: about 9 days of defence
 * at this rate of attack, 1% of the 1,440 interceptors it would fire at ballistic missiles over these 36 months, and 0.4
 * times the yearly output Mitsubishi Heavy Industries reported (30 interceptors a year)." Null
 * when no extra interceptor reaches Ukraine (the headline says why).
 */
export function describeDifference(
  result: ScenarioResult,
  strings: SandboxStrings,
  ledger: readonly ParameterSpec[],
): string | null {
  const f = differenceFigures(result, ledger);
  if (Math.round(f.extraDelivered) === 0) return null;
  const wanted = result.scenario.demand.demandInterceptors[0]!;
  const mhiSpec = ledger.find((p) => p.id === 'mhiOutputPerYear');
  return fill(strings.difference.scale, {
    end: endMonth(result.scenario),
    extra: f.extraDelivered,
    days: daysOfDefence(f.extraDelivered, wanted, strings),
    share: formatPercent(f.shareOfNeed, strings.percent),
    need: f.need,
    months: formatCount(f.months),
    times: formatNumber(f.timesMhiOutput),
    mhi: formatWithUnit(f.mhiReportedPerYear, mhiSpec?.unit ?? 'interceptors a year'),
  });
}

/** The 90% range of the extra interceptors reaching Ukraine by the end, across the runs. */
export function describeDifferenceRange(result: ScenarioResult, strings: SandboxStrings): string {
  const H = result.scenario.horizon;
  const band = result.difference.bands.extraDelivered;
  const shown = (x: number | undefined) => Math.round(x ?? 0) || 0;
  const [low, median, high] = [
    shown(band.p05[H - 1]),
    shown(band.p50[H - 1]),
    shown(band.p95[H - 1]),
  ];
  const end = endMonth(result.scenario);
  const runs = formatCount(result.runs);
  if (low === high) return fill(strings.difference.rangeOne, { runs, end, extra: low });
  return fill(strings.difference.range, {
    runs,
    end,
    low: formatCount(low),
    high: formatCount(high),
    median: formatCount(median),
  });
}

/** The share of ballistic missiles within reach Ukraine engages over the horizon, with and without. */
export function describeEngagedShare(result: ScenarioResult, strings: SandboxStrings): string {
  const { scenario, baseline, inputs } = result;
  const withExports = formatPercent(engagedShareOverHorizon(scenario, inputs), strings.percent);
  const without = formatPercent(
    engagedShareOverHorizon(baseline, { ...inputs, japanExportPerYear: 0 }),
    strings.percent,
  );
  const span = { start: month(0), end: endMonth(scenario), with: withExports };
  return withExports === without
    ? fill(strings.engagedShare.same, span)
    : fill(strings.engagedShare.differs, { ...span, without });
}
