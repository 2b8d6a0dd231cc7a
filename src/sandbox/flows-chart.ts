// The live stock-flow diagram as a sandbox chart: the scenario's central run, its words (box and
// arrow names, the month in a sentence, from content/sandbox/page.yaml) and its data table (every
// arrow and stock, month by month).
import type { SandboxChartCopy } from '../lib/content-types.ts';
import { formatMonth, formatNumber } from '../lib/format.ts';
import { fill } from './strings.ts';
import {
  LIVE_EDGES,
  LIVE_NODES,
  LIVE_STOCKS,
  type LiveEdgeId,
  type LiveStockId,
} from '../graphics/flow/live-layout.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import type { FlowsChartView } from './charts.ts';
import { liveFlowAt, liveFlowTable } from './live-flow.ts';

/** The diagram's labels: its boxes, its arrows (for the table), and its phrases. */
export const FLOWS_LABELS = [
  ...LIVE_NODES,
  ...LIVE_EDGES,
  'notAllowed',
  'rule',
  'perMonth',
  'month',
];

/** The sentence for a month names every flow and stock by these placeholders. */
const MONTH_PLACEHOLDERS = [
  'month',
  'built',
  'toUs',
  'production',
  'toUkraine',
  'donors',
  'fired',
  'japan',
  'pool',
  'ukraine',
] as const;

export const FLOWS_LABEL_PLACEHOLDERS: Record<string, readonly string[]> = {
  perMonth: ['n'],
  month: MONTH_PLACEHOLDERS,
};

export function flowsChart(result: ScenarioResult, copy: SandboxChartCopy): FlowsChartView {
  const run = result.scenario;
  const labels = copy.labels;
  const begins = result.events.find((e) => e.kind === 'exportsBegin');
  const start = begins ? begins.month : run.horizon - 1;
  const n = (v: number) => formatNumber(Math.round(v * 10) / 10);
  const describeMonth = (t: number) => {
    const at = liveFlowAt(run, t);
    const f = at.flows;
    return fill(labels.month!, {
      month: formatMonth(monthKey(at.month)),
      built: n(f.mhiToJapan),
      toUs: n(f.japanToUs),
      production: n(f.lmToUs),
      toUkraine: n(f.usToUkraine),
      donors: n(f.donorsToUkraine),
      fired: n(f.ukraineFired),
      japan: n(at.stocks.japanStock),
      pool: n(at.stocks.usPool),
      ukraine: n(at.stocks.ukraine),
    });
  };
  const edges = Object.fromEntries(LIVE_EDGES.map((e) => [e, labels[e]!])) as Record<
    LiveEdgeId,
    string
  >;
  const stocks = Object.fromEntries(LIVE_STOCKS.map((s) => [s, labels[s]!])) as Record<
    LiveStockId,
    string
  >;
  const caption = describeMonth(start);
  return {
    kind: 'flows',
    id: 'live-flow',
    title: copy.title,
    caption,
    description: `${caption} ${copy.about}`,
    run,
    start,
    labels,
    describeMonth,
    table: () => liveFlowTable(run, copy.title, { edges, stocks }),
  };
}
