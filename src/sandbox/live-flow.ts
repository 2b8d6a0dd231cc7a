// The live stock-flow diagram's numbers for one month of one model run: each arrow's flow, each
// stock's level, and the scale that turns flows into arrow widths. Read straight off the run the
// charts draw (no second model), so the diagram, its data table and the charts always agree.
import type { TableData } from '../lib/table-data.ts';
import { formatMonth } from '../lib/format.ts';
import {
  LIVE_EDGES,
  LIVE_STOCKS,
  type LiveEdgeId,
  type LiveStockId,
} from '../graphics/flow/live-layout.ts';
import {
  monthKey,
  type FlowName,
  type RunSeries,
  type StockName,
} from '../../workers/stockpile/model.ts';

/** The run's flow each arrow draws. */
export const EDGE_FLOW: Record<LiveEdgeId, FlowName> = {
  mhiToJapan: 'mhiToJapan',
  japanToUs: 'japanToUs',
  lmToUs: 'usProductionToPool',
  usToUkraine: 'usToUkraine',
  donorsToUkraine: 'otherDonorsToUkraine',
  ukraineFired: 'ukraineFired',
  japanToUkraine: 'japanToUkraine',
};

/** The run's stock each stock box holds. */
export const BOX_STOCK: Record<LiveStockId, StockName> = {
  japanStock: 'japanStock',
  usPool: 'usPool',
  ukraine: 'ukraineStock',
};

export interface LiveFlowMonth {
  /** Month index t (0 = the run's first month). */
  month: number;
  /** Interceptors moved along each arrow during month t. */
  flows: Record<LiveEdgeId, number>;
  /** Interceptors in each stock at the end of month t. */
  stocks: Record<LiveStockId, number>;
}

/** The diagram's numbers for month t of a run (t is clamped into the run). */
export function liveFlowAt(run: RunSeries, t: number): LiveFlowMonth {
  const month = Math.max(0, Math.min(run.horizon - 1, Math.round(t)));
  const flows = {} as Record<LiveEdgeId, number>;
  for (const edge of LIVE_EDGES) flows[edge] = run.flows[EDGE_FLOW[edge]][month]!;
  const stocks = {} as Record<LiveStockId, number>;
  for (const box of LIVE_STOCKS) stocks[box] = run.stocks[BOX_STOCK[box]][month + 1]!;
  return { month, flows, stocks };
}

/** The largest monthly flow on any arrow over the whole run: the widest arrow. */
export function largestFlow(run: RunSeries): number {
  let most = 0;
  for (const edge of LIVE_EDGES)
    for (const v of run.flows[EDGE_FLOW[edge]]) most = Math.max(most, v);
  return most;
}

/** The largest level of each stock over the run: a full box. */
export function largestStocks(run: RunSeries): Record<LiveStockId, number> {
  const out = {} as Record<LiveStockId, number>;
  for (const box of LIVE_STOCKS) out[box] = Math.max(0, ...run.stocks[BOX_STOCK[box]]);
  return out;
}

/**
 * An arrow's width for a flow: proportional to it, the run's largest flow drawing `widest`
 * pixels. A flow of nothing has no width (the route is drawn as a hairline).
 */
export function arrowWidth(flow: number, largest: number, widest: number): number {
  if (!(flow > 0) || !(largest > 0)) return 0;
  return (flow / largest) * widest;
}

/** The month by month numbers behind the diagram: every arrow's flow and every stock's level. */
export function liveFlowTable(
  run: RunSeries,
  caption: string,
  names: { edges: Record<LiveEdgeId, string>; stocks: Record<LiveStockId, string> },
): TableData {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    caption,
    columns: [
      'Month',
      ...LIVE_EDGES.map((e) => `${names.edges[e]} (during the month)`),
      ...LIVE_STOCKS.map((s) => `${names.stocks[s]} (end of month)`),
    ],
    rows: Array.from({ length: run.horizon }, (_, t) => {
      const at = liveFlowAt(run, t);
      return [
        formatMonth(monthKey(t)),
        ...LIVE_EDGES.map((e) => round(at.flows[e])),
        ...LIVE_STOCKS.map((s) => round(at.stocks[s])),
      ];
    }),
  };
}
