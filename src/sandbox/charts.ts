// The sandbox's charts, defined once: what each plots from a model result, its words (titles,
// axes and line labels from content/sandbox/page.yaml; sentences from the describers) and its data
// table. The same definitions feed the sandbox, its data tables and downloads, the worksheet and
// the embeds.
import type { TimeChartSpec, TimePanel, TimeSeries } from '../charts/time-chart.ts';
import type { TableData } from '../lib/table-data.ts';
import type { SandboxChartCopy, SandboxCopy } from '../lib/content-types.ts';
import { formatMonth } from '../lib/format.ts';
import { fill, type SandboxStrings } from './strings.ts';
import { monthKey, type RunSeries } from '../../workers/stockpile/model.ts';
import type { Band } from '../charts/series.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import {
  describeHeadline,
  describeRange,
  describeRunOut,
  describeStockPath,
  describeUnmet,
  runOutMonth,
} from './describe.ts';
import {
  describeDifference,
  describeDifferenceRange,
  describeEngagedShare,
} from './describe-difference.ts';
import type { SandboxChartId } from './chart-ids.ts';
import { liveFlowHeight } from '../graphics/flow/live-layout.ts';
import { FLOWS_LABELS, FLOWS_LABEL_PLACEHOLDERS, flowsChart } from './flows-chart.ts';
import { headlineMeasures } from './measures.ts';

export { SANDBOX_CHART_IDS, type SandboxChartId } from './chart-ids.ts';

interface ChartViewBase {
  id: SandboxChartId;
  title: string;
  caption: string;
  /** The text equivalent of the picture, in full sentences. */
  description: string;
  /** Built on demand: only an open data table (or a download) needs it. */
  table: () => TableData;
}

/** A chart of lines over time: panels of lines and bands on one time axis. */
export interface TimeChartView extends ChartViewBase {
  kind: 'time';
  spec: TimeChartSpec;
}

/** The live stock-flow diagram of the run, one month at a time (flows-chart.ts). */
export interface FlowsChartView extends ChartViewBase {
  kind: 'flows';
  run: RunSeries;
  /** The month shown first: when Japan's exports begin, or the last month. */
  start: number;
  /** Box names, arrow names and the diagram's short phrases, from content. */
  labels: Record<string, string>;
  /** The month in words: the diagram's caption and text equivalent while that month is shown. */
  describeMonth: (t: number) => string;
}

export type SandboxChartView = TimeChartView | FlowsChartView;

/** The words each chart needs from content/sandbox/page.yaml (the build checks they are there). */
export const CHART_COPY_KEYS: Record<SandboxChartId, { axes: string[]; labels: string[] }> = {
  difference: { axes: ['difference'], labels: ['delivered', 'engaged'] },
  ukraine: { axes: ['share', 'stock'], labels: ['with', 'without', 'same', 'runsOut'] },
  'us-pool': { axes: ['stock'], labels: ['stock'] },
  japan: { axes: ['stock'], labels: ['stock'] },
  unmet: { axes: ['unmet'], labels: ['with', 'without', 'same'] },
  'live-flow': { axes: [], labels: FLOWS_LABELS },
};

/** Placeholders a chart label may use, by label key (labels not listed take none). */
export const CHART_LABEL_PLACEHOLDERS: Record<string, readonly string[]> = {
  runsOut: ['month'],
  ...FLOWS_LABEL_PLACEHOLDERS,
};

const round = (v: number) => Math.round(v * 10) / 10;
const percent = (v: number) => Math.round(v * 1000) / 10;

type Column = [name: string, values: ArrayLike<number>, format?: (v: number) => number];

/** The table columns for a line's shaded ranges: the 50% band, then the 90% band. */
function rangeColumns(band: Band, prefix = '', format = round): Column[] {
  return [
    [`${prefix}50% range, low`, band.p25, format],
    [`${prefix}50% range, high`, band.p75, format],
    [`${prefix}90% range, low`, band.p05, format],
    [`${prefix}90% range, high`, band.p95, format],
  ];
}

/**
 * A data table, one row per point: `at` says where point i falls ('start' of month i, 'during'
 * month i, or the 'end' of month i), which the first column names.
 */
function table(caption: string, months: number, at: 'start' | 'during' | 'end', columns: Column[]) {
  const points = at === 'start' ? months + 1 : months;
  const note = { start: 'start of month', during: 'during the month', end: 'end of month' }[at];
  return {
    caption,
    columns: [`Month (${note})`, ...columns.map(([name]) => name)],
    rows: Array.from({ length: points }, (_, i) => [
      formatMonth(monthKey(i)),
      // A monthly value has no point at the end of the last month: its cell stays empty.
      ...columns.map(([, values, format = round]) => (i < values.length ? format(values[i]!) : '')),
    ]),
  } satisfies TableData;
}

/** A scenario line and its dashed no-export twin, labelled from the chart's copy. */
function withAndWithout(
  copy: SandboxChartCopy,
  colour: TimeSeries['colour'],
  offset: number,
  scenario: ArrayLike<number>,
  baseline: ArrayLike<number>,
  band?: Band,
): TimeSeries[] {
  return [
    {
      key: 'baseline',
      label: copy.labels.without!,
      values: baseline,
      offset,
      style: 'dashed',
      colour: 'muted',
      twinOf: 'scenario',
      sameLabel: copy.labels.same,
    },
    {
      key: 'scenario',
      label: copy.labels.with!,
      values: scenario,
      offset,
      style: 'solid',
      colour,
      band,
    },
  ];
}

/** The words a chart needs: the sandbox's page copy and the describers' sentences. */
export interface ChartWords {
  /** content/sandbox/page.yaml */
  copy: SandboxCopy;
  /** content/sandbox/strings.yaml */
  strings: SandboxStrings;
}

export function sandboxChart(
  id: SandboxChartId,
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
  words: ChartWords,
): SandboxChartView {
  const { scenario, baseline, bands, inputs } = result;
  const { strings } = words;
  const copy = words.copy.charts[id]!;
  const months = scenario.months;
  const H = scenario.horizon;
  const title = copy.title;
  const floorLabel = (pid: 'japanFloor' | 'usPoolFloor') =>
    ledger.find((p) => p.id === pid)?.label ?? 'Floor';
  if (id === 'live-flow') return flowsChart(result, copy);
  const view = (
    caption: string,
    description: string,
    panels: TimePanel[],
    columns: () => TableData,
  ): TimeChartView => ({
    kind: 'time',
    id,
    title,
    caption,
    description: `${description} ${copy.about}`,
    spec: { months, panels },
    table: columns,
  });

  switch (id) {
    case 'difference': {
      const m = headlineMeasures(result);
      const delivered = m.extraDelivered;
      const engaged = m.extraEngaged;
      const headline = describeHeadline(result, strings);
      // The text equivalent: the change at scale (or why there is none), then its range.
      const scale = describeDifference(result, strings, ledger) ?? headline;
      return view(
        headline,
        `${scale} ${describeDifferenceRange(result, strings)}`,
        [
          {
            key: 'difference',
            yLabel: copy.axes.difference!,
            format: 'count',
            series: [
              {
                key: 'engaged',
                label: copy.labels.engaged!,
                values: engaged,
                offset: 1,
                style: 'solid',
                colour: 'engaged',
                band: m.extraEngagedBand,
              },
              {
                key: 'delivered',
                label: copy.labels.delivered!,
                values: delivered,
                offset: 1,
                style: 'solid',
                colour: 'ukraine',
                band: m.extraDeliveredBand,
              },
            ],
          },
        ],
        () =>
          table(title, H, 'end', [
            [copy.labels.delivered!, delivered],
            ...rangeColumns(m.extraDeliveredBand, `${copy.labels.delivered}: `),
            [copy.labels.engaged!, engaged],
            ...rangeColumns(m.extraEngagedBand, `${copy.labels.engaged}: `),
          ]),
      );
    }
    case 'ukraine': {
      const m = headlineMeasures(result);
      const shareWith = m.engagedShare;
      const shareWithout = m.engagedShareWithout;
      const out = runOutMonth(scenario);
      const stockBand = bands.scenario.ukraineStock;
      return view(
        describeEngagedShare(result, strings),
        `${describeEngagedShare(result, strings)} ${describeRunOut(result)} ${describeRange(result)}`,
        [
          {
            key: 'share',
            yLabel: copy.axes.share!,
            format: 'percent',
            yMax: 1,
            series: withAndWithout(
              copy,
              'ukraine',
              0.5,
              shareWith,
              shareWithout,
              m.engagedShareBand,
            ),
          },
          {
            key: 'stock',
            yLabel: copy.axes.stock!,
            format: 'count',
            weight: 0.8,
            series: withAndWithout(
              copy,
              'ukraine',
              0,
              scenario.stocks.ukraineStock,
              baseline.stocks.ukraineStock,
              stockBand,
            ),
            marker:
              out === null
                ? undefined
                : {
                    at: out + 1,
                    label: fill(copy.labels.runsOut!, {
                      month: formatMonth(scenario.months[out]!),
                    }),
                  },
          },
        ],
        () => ({
          ...table(title, H, 'start', [
            [`${copy.axes.share} during the month (%), ${copy.labels.with}`, shareWith, percent],
            [
              `${copy.axes.share} during the month (%), ${copy.labels.without}`,
              shareWithout,
              percent,
            ],
            ...rangeColumns(
              m.engagedShareBand,
              `${copy.axes.share} (%), ${copy.labels.with}: `,
              percent,
            ),
            [`${copy.axes.stock}, ${copy.labels.with}`, scenario.stocks.ukraineStock],
            [`${copy.axes.stock}, ${copy.labels.without}`, baseline.stocks.ukraineStock],
            ...rangeColumns(stockBand, `${copy.axes.stock}: `),
          ]),
        }),
      );
    }
    case 'us-pool':
    case 'japan': {
      const stock = id === 'us-pool' ? 'usPool' : 'japanStock';
      const floorId = id === 'us-pool' ? 'usPoolFloor' : 'japanFloor';
      const name = id === 'us-pool' ? 'The US pool' : "Japan's stock";
      const band = bands.scenario[stock];
      const path = describeStockPath(scenario, stock, name, inputs[floorId]);
      return view(
        path,
        path,
        [
          {
            key: 'stock',
            yLabel: copy.axes.stock!,
            format: 'count',
            series: [
              {
                key: 'scenario',
                label: copy.labels.stock!,
                values: scenario.stocks[stock],
                offset: 0,
                style: 'solid',
                colour: id === 'us-pool' ? 'us' : 'japan',
                band,
              },
            ],
            floor: { value: inputs[floorId], label: floorLabel(floorId) },
          },
        ],
        () =>
          table(title, H, 'start', [
            [copy.labels.stock!, scenario.stocks[stock]],
            ...rangeColumns(band),
          ]),
      );
    }
    case 'unmet': {
      const band = bands.scenario.unmetLaunches;
      const sentence = describeUnmet(result);
      return view(
        sentence,
        sentence,
        [
          {
            key: 'unmet',
            yLabel: copy.axes.unmet!,
            format: 'count',
            series: withAndWithout(
              copy,
              'unmet',
              0.5,
              scenario.demand.unmetLaunches,
              baseline.demand.unmetLaunches,
              band,
            ),
          },
        ],
        () =>
          table(title, H, 'during', [
            [copy.labels.with!, scenario.demand.unmetLaunches],
            [copy.labels.without!, baseline.demand.unmetLaunches],
            ...rangeColumns(band),
          ]),
      );
    }
  }
}

/** A chart's height in pixels: taller when it stacks two panels; the diagram's by its width. */
export function chartHeight(view: SandboxChartView, panelHeight = 250, width = 640): number {
  if (view.kind === 'flows') return liveFlowHeight(width);
  return view.spec.panels.length > 1 ? Math.round(panelHeight * 1.6) : panelHeight;
}
