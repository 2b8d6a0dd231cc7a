// The columns of the scenario download: every stock, flow and demand series the model reports,
// named mechanically from the model's own names (ukraineStock → ukraine_stock), with the unit and
// the meaning content/model.md gives them (a test keeps the two in step).
import {
  DEMAND_NAMES,
  FLOW_NAMES,
  STOCK_NAMES,
  type DemandName,
  type FlowName,
  type StockName,
} from '../../workers/stockpile/model.ts';
import type { DifferenceName } from '../../workers/stockpile/monte-carlo.ts';

export type SeriesName = StockName | FlowName | DemandName;

export interface SeriesInfo {
  unit: 'interceptors' | 'ballistic missiles' | 'share';
  /** For flows: where the interceptors go, as "from → to". */
  route?: string;
  description: string;
}

export const SERIES_INFO: Record<SeriesName, SeriesInfo> = {
  japanStock: {
    unit: 'interceptors',
    description: "Interceptors held by Japan's Self-Defense Forces.",
  },
  usPool: {
    unit: 'interceptors',
    description:
      'US interceptors that could be sent to Ukraine: not needed by US forces or allies.',
  },
  ukraineStock: { unit: 'interceptors', description: "Ukraine's ready interceptors." },
  mhiToJapan: {
    unit: 'interceptors',
    route: 'Mitsubishi Heavy Industries → Japan',
    description: 'New licence-built interceptors.',
  },
  japanToUs: {
    unit: 'interceptors',
    route: 'Japan → United States',
    description: "Japan's exports.",
  },
  usProductionToPool: {
    unit: 'interceptors',
    route: 'US production → US pool',
    description: 'The part of new US output that could go to Ukraine.',
  },
  backfillToUsPool: {
    unit: 'interceptors',
    route: 'United States → US pool',
    description: "US interceptors freed for Ukraine by Japan's exports.",
  },
  usToUkraine: { unit: 'interceptors', route: 'US pool → Ukraine', description: 'US transfers.' },
  otherDonorsToUkraine: {
    unit: 'interceptors',
    route: 'Other donors → Ukraine',
    description: 'Interceptors from everyone else.',
  },
  ukraineFired: {
    unit: 'interceptors',
    route: 'Ukraine → fired',
    description: 'Interceptors fired at ballistic missiles.',
  },
  japanToUkraine: {
    unit: 'interceptors',
    route: 'Japan → Ukraine',
    description:
      "Always zero: Japan's rules let these interceptors go only to the United States, which may not pass them on without Japan's consent. Kept so the missing arrow shows.",
  },
  launches: { unit: 'ballistic missiles', description: 'Russian ballistic missiles launched.' },
  reachableLaunches: {
    unit: 'ballistic missiles',
    description: "Missiles within Patriot's reach.",
  },
  demandInterceptors: {
    unit: 'interceptors',
    description: 'Interceptors Ukraine would fire if it had them.',
  },
  engagedLaunches: {
    unit: 'ballistic missiles',
    description: "Missiles within Patriot's reach that Ukraine engaged.",
  },
  unmetLaunches: {
    unit: 'ballistic missiles',
    description: 'Missiles within reach it could not engage for lack of interceptors.',
  },
  engagedShare: {
    unit: 'share',
    description:
      'Engaged missiles as a share of those within reach, from 0 to 1 (1 when none is within reach).',
  },
};

/**
 * What Japan's exports change: the scenario minus its no-export baseline, summed from January
 * 2024 to the end of each month (workers/stockpile/simulate.ts, differenceOf). Their bands are
 * quantiles of the difference within each Monte Carlo run, not differences of two quantiles.
 */
export const DIFFERENCE_INFO: Record<DifferenceName, SeriesInfo> = {
  extraDelivered: {
    unit: 'interceptors',
    description:
      "Extra interceptors the US sends Ukraine because of Japan's exports: us_to_ukraine minus baseline_us_to_ukraine, summed to the end of the month.",
  },
  extraEngaged: {
    unit: 'ballistic missiles',
    description:
      "Extra ballistic missiles Ukraine engages because of Japan's exports: engaged_launches minus baseline_engaged_launches, summed to the end of the month.",
  },
};

/** camelCase → snake_case: 'usToUkraine' → 'us_to_ukraine'. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const SERIES_ORDER: readonly SeriesName[] = [...STOCK_NAMES, ...FLOW_NAMES, ...DEMAND_NAMES];
