// The sandbox's four charts, defined once: what each plots from a model result, its words
// (from the describers) and its data table. The same definitions feed the sandbox, its data
// tables and downloads, and the embeds.
import type { Band } from '../charts/series.ts';
import type { TableData } from '../charts/table.ts';
import { formatMonth } from '../lib/format.ts';
import type { Bands } from '../../workers/stockpile/monte-carlo.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import {
  describeRange,
  describeRunOut,
  describeStockPath,
  describeUnmet,
  runOutMonth,
} from './describe.ts';

export const SANDBOX_CHART_IDS = ['ukraine', 'us-pool', 'japan', 'unmet'] as const;
export type SandboxChartId = (typeof SANDBOX_CHART_IDS)[number];

export interface SandboxChartView {
  id: SandboxChartId;
  title: string;
  caption: string;
  description: string;
  yLabel: string;
  colour: 'ukraine' | 'us' | 'japan' | 'unmet';
  months: string[];
  scenario: ArrayLike<number>;
  scenarioLabel: string;
  baseline?: ArrayLike<number>;
  baselineLabel?: string;
  band: Band;
  floor?: { value: number; label: string };
  marker?: { index: number; label: string };
  /** Built on demand: only an open data table needs it. */
  table: () => TableData;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Month labels for stock charts: the start of each month, then the end of the last one. */
function stockMonths(result: ScenarioResult): string[] {
  const months = [...result.scenario.months];
  const last = months.at(-1)!;
  const [y, m] = last.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return [...months, next];
}

/** The table columns for the shaded ranges: the 50% band, then the 90% band. */
function rangeColumns(band: Bands): [string, ArrayLike<number>][] {
  return [
    ['50% range, low', band.p25],
    ['50% range, high', band.p75],
    ['90% range, low', band.p05],
    ['90% range, high', band.p95],
  ];
}

function table(
  caption: string,
  months: string[],
  columns: [string, ArrayLike<number>][],
  note = 'start of month',
): TableData {
  return {
    caption,
    columns: [`Month (${note})`, ...columns.map(([name]) => name)],
    rows: months.map((m, i) => [formatMonth(m), ...columns.map(([, values]) => round(values[i]!))]),
  };
}

export function sandboxChart(
  id: SandboxChartId,
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
): SandboxChartView {
  const { scenario, baseline, bands, inputs } = result;
  const floorLabel = (pid: 'japanFloor' | 'usPoolFloor') =>
    ledger.find((p) => p.id === pid)?.label ?? 'Floor';
  switch (id) {
    case 'ukraine': {
      const months = stockMonths(result);
      const out = runOutMonth(scenario);
      const title = "Ukraine's ready interceptors";
      return {
        id,
        title,
        caption: describeRunOut(result),
        description: `${describeRunOut(result)} ${describeRange(result)}`,
        yLabel: 'Interceptors',
        colour: 'ukraine',
        months,
        scenario: scenario.stocks.ukraineStock,
        scenarioLabel: "With Japan's exports",
        baseline: baseline.stocks.ukraineStock,
        baselineLabel: 'Without',
        band: bands.scenario.ukraineStock,
        marker:
          out === null
            ? undefined
            : { index: out + 1, label: `Runs out: ${formatMonth(scenario.months[out]!)}` },
        table: () =>
          table(title, months, [
            ["With Japan's exports", scenario.stocks.ukraineStock],
            ['Without', baseline.stocks.ukraineStock],
            ...rangeColumns(bands.scenario.ukraineStock),
          ]),
      };
    }
    case 'us-pool': {
      const months = stockMonths(result);
      const title = 'The US pool available for transfer';
      return {
        id,
        title,
        caption: describeStockPath(scenario, 'usPool', 'The US pool', inputs.usPoolFloor),
        description: `${describeStockPath(scenario, 'usPool', 'The US pool', inputs.usPoolFloor)} Japan's exports refill it; the US sends Ukraine what is above the floor, up to its monthly limit.`,
        yLabel: 'Interceptors',
        colour: 'us',
        months,
        scenario: scenario.stocks.usPool,
        scenarioLabel: 'US pool',
        band: bands.scenario.usPool,
        floor: { value: inputs.usPoolFloor, label: floorLabel('usPoolFloor') },
        table: () =>
          table(title, months, [
            ['US pool', scenario.stocks.usPool],
            ...rangeColumns(bands.scenario.usPool),
          ]),
      };
    }
    case 'japan': {
      const months = stockMonths(result);
      const title = "Japan's interceptor stock";
      return {
        id,
        title,
        caption: describeStockPath(scenario, 'japanStock', "Japan's stock", inputs.japanFloor),
        description: `${describeStockPath(scenario, 'japanStock', "Japan's stock", inputs.japanFloor)} Japan exports from new output and from its stock, never taking it below its floor.`,
        yLabel: 'Interceptors',
        colour: 'japan',
        months,
        scenario: scenario.stocks.japanStock,
        scenarioLabel: "Japan's stock",
        band: bands.scenario.japanStock,
        floor: { value: inputs.japanFloor, label: floorLabel('japanFloor') },
        table: () =>
          table(title, months, [
            ["Japan's stock", scenario.stocks.japanStock],
            ...rangeColumns(bands.scenario.japanStock),
          ]),
      };
    }
    case 'unmet': {
      const months = [...scenario.months];
      const title = 'Ballistic missiles Ukraine could not engage';
      return {
        id,
        title,
        caption: describeUnmet(result),
        description: `${describeUnmet(result)} Each month counts the missiles within Patriot's reach that Ukraine lacked the interceptors to engage.`,
        yLabel: 'Missiles a month',
        colour: 'unmet',
        months,
        scenario: scenario.demand.unmetLaunches,
        scenarioLabel: "With Japan's exports",
        baseline: baseline.demand.unmetLaunches,
        baselineLabel: 'Without',
        band: bands.scenario.unmetLaunches,
        table: () =>
          table(
            title,
            months,
            [
              ["With Japan's exports", scenario.demand.unmetLaunches],
              ['Without', baseline.demand.unmetLaunches],
              ...rangeColumns(bands.scenario.unmetLaunches),
            ],
            'during the month',
          ),
      };
    }
  }
}
