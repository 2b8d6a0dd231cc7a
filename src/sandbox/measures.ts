// What the sandbox's headline charts plot, read off one model result: what Japan's exports change
// (running totals of the scenario minus its no-export baseline) and the monthly share of the
// ballistic missiles within Patriot's reach that Ukraine engages.
import type { Band } from '../charts/series.ts';
import { PERCENT, type RunSeries } from '../../workers/stockpile/model.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';

/** Running total of a - b over months t = 0..H−1 (the total to the end of month t). */
function runningDifference(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  let total = 0;
  for (let t = 0; t < a.length; t++) {
    total += a[t]! - b[t]!;
    out[t] = total;
  }
  return out;
}

/** Extra interceptors reaching Ukraine because of Japan's exports, running total, central runs. */
export function extraDelivered(result: ScenarioResult): Float64Array {
  return runningDifference(result.scenario.flows.usToUkraine, result.baseline.flows.usToUkraine);
}

/** Extra ballistic missiles Ukraine engages because of Japan's exports, running total, central runs. */
export function extraEngaged(result: ScenarioResult): Float64Array {
  return runningDifference(
    result.scenario.demand.engagedLaunches,
    result.baseline.demand.engagedLaunches,
  );
}

/**
 * The share (0..1) of the ballistic missiles within Patriot's reach that Ukraine engages, month
 * by month; 1 in a month with nothing in reach.
 */
export function engagedShare(run: RunSeries, engagementSharePercent: number): Float64Array {
  const out = new Float64Array(run.horizon);
  for (let t = 0; t < run.horizon; t++) {
    const reachable = (run.demand.launches[t]! * engagementSharePercent) / PERCENT;
    out[t] = reachable > 0 ? Math.min(1, run.demand.engagedLaunches[t]! / reachable) : 1;
  }
  return out;
}

/** The Monte Carlo bands of the headline measures, when the result carries them. */
export interface MeasureBands {
  extraDelivered?: Band;
  extraEngaged?: Band;
  engagedShare?: Band;
  engagedShareWithout?: Band;
}

export function measureBands(_result: ScenarioResult): MeasureBands {
  return {};
}
