// What the sandbox's headline charts plot, read off one model result (the model computes them:
// workers/stockpile/simulate.ts). Kept in one place so the charts, their tables and the tests
// read the same series.
import type { Band } from '../charts/series.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';

export interface HeadlineMeasures {
  /** Extra interceptors reaching Ukraine because of Japan's exports, running total to the end of month t. */
  extraDelivered: Float64Array;
  extraDeliveredBand: Band;
  /** Extra ballistic missiles Ukraine engages because of Japan's exports, running total. */
  extraEngaged: Float64Array;
  extraEngagedBand: Band;
  /** Share (0..1) of the ballistic missiles within Patriot's reach that Ukraine engages in month t. */
  engagedShare: Float64Array;
  engagedShareBand: Band;
  engagedShareWithout: Float64Array;
}

export function headlineMeasures(result: ScenarioResult): HeadlineMeasures {
  const { difference, scenario, baseline, bands } = result;
  return {
    extraDelivered: difference.central.extraDelivered,
    extraDeliveredBand: difference.bands.extraDelivered,
    extraEngaged: difference.central.extraEngaged,
    extraEngagedBand: difference.bands.extraEngaged,
    engagedShare: scenario.demand.engagedShare,
    engagedShareBand: bands.scenario.engagedShare,
    engagedShareWithout: baseline.demand.engagedShare,
  };
}
