// The columns of the scenario download: every stock, flow and demand series the model reports,
// named mechanically from the model's own names (ukraineStock → ukraine_stock). Their units and
// meanings are content (content/scenario-pack.yaml series), as content/model.md gives them (a
// test keeps the two in step).
import {
  DEMAND_NAMES,
  FLOW_NAMES,
  STOCK_NAMES,
  type DemandName,
  type FlowName,
  type StockName,
} from '../../workers/stockpile/model.ts';

export type SeriesName = StockName | FlowName | DemandName;

/** The units of the series (content/scenario-pack.yaml gives each series one). */
export const SERIES_UNITS = ['interceptors', 'ballistic missiles', 'share'] as const;
export type SeriesUnit = (typeof SERIES_UNITS)[number];

/** camelCase → snake_case: 'usToUkraine' → 'us_to_ukraine'. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const SERIES_ORDER: readonly SeriesName[] = [...STOCK_NAMES, ...FLOW_NAMES, ...DEMAND_NAMES];
