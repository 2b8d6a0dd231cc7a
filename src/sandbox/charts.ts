// The sandbox's charts, defined once in one table (SANDBOX_CHARTS): the words each needs from
// content/sandbox/page.yaml, and what it plots from a model result with its sentences (from the
// describers) and its data table. The same definitions feed the sandbox, its data tables and
// downloads, the worksheet and the embeds. Adding a chart: its id (chart-ids.ts), its row here,
// its copy in content/sandbox/page.yaml and its embed note in content/embeds.yaml.
import type { TimeChartSpec, TimePanel } from '../charts/time-chart.ts';
import type { TableData } from '../lib/table-data.ts';
import type { SandboxChartCopy, SandboxCopy } from '../lib/content-types.ts';
import { formatMonth } from '../lib/format.ts';
import { fill, type SandboxStrings } from './strings.ts';
import {
  MONTHS_PER_YEAR,
  firstExportMonth,
  type RunSeries,
} from '../../workers/stockpile/model.ts';
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
import type { SandboxChartId } from '../lib/chart-ids.ts';
import { liveFlowHeight } from '../graphics/flow/live-layout.ts';
import { FLOWS_LABELS, FLOWS_LABEL_PLACEHOLDERS, flowsChart } from './flows-chart.ts';
import { headlineMeasures } from './measures.ts';
import { monthlyTable, percent, rangeColumns, withAndWithout } from './chart-columns.ts';

export { SANDBOX_CHART_IDS, type SandboxChartId } from '../lib/chart-ids.ts';

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

/** The words a chart needs from content/sandbox/page.yaml (the build checks they are there). */
interface ChartNeeds {
  axes: string[];
  labels: string[];
}

/** What a chart's view is made from. */
interface ChartInputs {
  id: SandboxChartId;
  result: ScenarioResult;
  ledger: readonly ParameterSpec[];
  strings: SandboxStrings;
  copy: SandboxChartCopy;
  /**
   * A line chart's view, with the chart's title, and its "how to read it" after the description.
   * The sentences are written when first read (a chart redrawn at every slider step may show
   * the sentences of a result a moment older: SandboxBody).
   */
  view: (
    caption: () => string,
    description: () => string,
    panels: TimePanel[],
    table: () => TableData,
  ) => TimeChartView;
}

interface SandboxChartDefinition extends ChartNeeds {
  draw: (c: ChartInputs) => SandboxChartView;
}

/** The US pool's chart and Japan's: one stock with its floor. */
function stockChart(
  stock: 'usPool' | 'japanStock',
  colour: 'us' | 'japan',
): SandboxChartDefinition {
  return {
    axes: ['stock'],
    labels: ['stock'],
    draw: ({ result, ledger, strings, copy, view }) => {
      const { scenario, bands, inputs } = result;
      const floorId = stock === 'usPool' ? 'usPoolFloor' : 'japanFloor';
      const band = bands.scenario[stock];
      const path = () => describeStockPath(scenario, stock, inputs[floorId], strings);
      const floorLabel = ledger.find((p) => p.id === floorId)?.label ?? floorId;
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
                colour,
                band,
              },
            ],
            floor: { value: inputs[floorId], label: floorLabel },
          },
        ],
        () =>
          monthlyTable(strings.table, copy.title, scenario.horizon, 'start', [
            [copy.labels.stock!, scenario.stocks[stock]],
            ...rangeColumns(strings.table, band),
          ]),
      );
    },
  };
}

/** Every sandbox chart: the one table the sandbox, its links, the embeds and the build read. */
export const SANDBOX_CHARTS: { [K in SandboxChartId]: SandboxChartDefinition } = {
  difference: {
    axes: ['difference'],
    labels: ['delivered', 'engaged'],
    draw: ({ result, strings, ledger, copy, view }) => {
      const m = headlineMeasures(result);
      const delivered = m.extraDelivered;
      const engaged = m.extraEngaged;
      const headline = () => describeHeadline(result, strings);
      // The text equivalent: the change at scale (or why there is none), then its range.
      const scale = () => describeDifference(result, strings, ledger) ?? headline();
      const words = strings.table;
      return view(
        headline,
        () => `${scale()} ${describeDifferenceRange(result, strings)}`,
        [
          {
            key: 'difference',
            yLabel: copy.axes.difference!,
            format: 'count',
            yAtLeast: mostExportsCanAdd(result, ledger),
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
          monthlyTable(words, copy.title, result.scenario.horizon, 'end', [
            [copy.labels.delivered!, delivered],
            ...rangeColumns(words, m.extraDeliveredBand, `${copy.labels.delivered}: `),
            [copy.labels.engaged!, engaged],
            ...rangeColumns(words, m.extraEngagedBand, `${copy.labels.engaged}: `),
          ]),
      );
    },
  },
  ukraine: {
    axes: ['share', 'stock'],
    labels: ['with', 'without', 'same', 'runsOut'],
    draw: ({ result, strings, copy, view }) => {
      const { scenario, baseline, bands } = result;
      const m = headlineMeasures(result);
      const shareWith = m.engagedShare;
      const shareWithout = m.engagedShareWithout;
      const out = runOutMonth(scenario);
      const stockBand = bands.scenario.ukraineStock;
      const words = strings.table;
      const share = (label: string) =>
        `${fill(words.duringPercent, { name: copy.axes.share! })}, ${label}`;
      return view(
        () => describeEngagedShare(result, strings),
        () =>
          `${describeEngagedShare(result, strings)} ${describeRunOut(result, strings)} ${describeRange(result, strings)}`,
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
        () =>
          monthlyTable(words, copy.title, scenario.horizon, 'start', [
            [share(copy.labels.with!), shareWith, percent],
            [share(copy.labels.without!), shareWithout, percent],
            ...rangeColumns(
              words,
              m.engagedShareBand,
              `${fill(words.percent, { name: copy.axes.share! })}, ${copy.labels.with}: `,
              percent,
            ),
            [`${copy.axes.stock}, ${copy.labels.with}`, scenario.stocks.ukraineStock],
            [`${copy.axes.stock}, ${copy.labels.without}`, baseline.stocks.ukraineStock],
            ...rangeColumns(words, stockBand, `${copy.axes.stock}: `),
          ]),
      );
    },
  },
  'live-flow': {
    axes: [],
    labels: FLOWS_LABELS,
    draw: ({ result, copy }) => flowsChart(result, copy),
  },
  'us-pool': stockChart('usPool', 'us'),
  japan: stockChart('japanStock', 'japan'),
  unmet: {
    axes: ['unmet'],
    labels: ['with', 'without', 'same'],
    draw: ({ result, strings, copy, view }) => {
      const { scenario, baseline, bands } = result;
      const band = bands.scenario.unmetLaunches;
      const sentence = () => describeUnmet(result, strings);
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
          monthlyTable(strings.table, copy.title, scenario.horizon, 'during', [
            [copy.labels.with!, scenario.demand.unmetLaunches],
            [copy.labels.without!, baseline.demand.unmetLaunches],
            ...rangeColumns(strings.table, band),
          ]),
      );
    },
  },
};

/** The words each chart needs from content/sandbox/page.yaml (the build checks they are there). */
export const CHART_COPY_KEYS: Record<SandboxChartId, ChartNeeds> = Object.fromEntries(
  Object.entries(SANDBOX_CHARTS).map(([id, { axes, labels }]) => [id, { axes, labels }]),
) as Record<SandboxChartId, ChartNeeds>;

/** Placeholders a chart label may use, by label key (labels not listed take none). */
export const CHART_LABEL_PLACEHOLDERS: Record<string, readonly string[]> = {
  runsOut: ['month'],
  ...FLOWS_LABEL_PLACEHOLDERS,
};

/** The words a chart needs: the sandbox's page copy and the describers' sentences. */
export interface ChartWords {
  /** content/sandbox/page.yaml */
  copy: SandboxCopy;
  /** content/sandbox/strings.yaml */
  strings: SandboxStrings;
}

/** A sandbox chart's view of a model result: what it draws, says and tabulates. */
export function sandboxChart(
  id: SandboxChartId,
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
  words: ChartWords,
): SandboxChartView {
  const copy = words.copy.charts[id]!;
  const view: ChartInputs['view'] = (caption, description, panels, table) => {
    let said: { caption: string; description: string } | undefined;
    const words = () =>
      (said ??= { caption: caption(), description: `${description()} ${copy.about}` });
    return {
      kind: 'time',
      id,
      title: copy.title,
      get caption() {
        return words().caption;
      },
      get description() {
        return words().description;
      },
      spec: { months: result.scenario.months, panels },
      table,
    };
  };
  return SANDBOX_CHARTS[id].draw({ id, result, ledger, strings: words.strings, copy, view });
}

/** A chart's height in pixels: taller when it stacks two panels; the diagram's by its width. */
export function chartHeight(view: SandboxChartView, panelHeight = 250, width = 640): number {
  if (view.kind === 'flows') return liveFlowHeight(width);
  return view.spec.panels.length > 1 ? Math.round(panelHeight * 1.6) : panelHeight;
}

/**
 * The most Japan's exports could add to what reaches Ukraine by the horizon, in interceptors:
 * every export at the slider's highest rate, from the first export month on (each export frees
 * at most one US interceptor). The difference chart's axis reaches this, so dragging Japan's
 * exports moves the lines up a scale that holds still.
 */
function mostExportsCanAdd(result: ScenarioResult, ledger: readonly ParameterSpec[]): number {
  const highest = ledger.find((p) => p.id === 'japanExportPerYear')!.max;
  const months = Math.max(0, result.scenario.horizon - firstExportMonth(result.inputs));
  return (highest / MONTHS_PER_YEAR) * months;
}
