// The pieces the sandbox charts are built from: a data table of monthly columns (its words from
// content/sandbox/strings.yaml, `table`) and a scenario line with its dashed no-export twin.
import type { Band } from '../charts/series.ts';
import type { TimeSeries } from '../charts/time-chart.ts';
import type { SandboxChartCopy } from '../lib/content-types.ts';
import { formatMonth } from '../lib/format.ts';
import type { TableData } from '../lib/table-data.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import { fill, type SandboxStrings } from './strings.ts';

/** One column: its head, one value per point, and how a value is written (rounded by default). */
export type Column = [name: string, values: ArrayLike<number>, format?: (v: number) => number];

/** Counts to one decimal. */
export const round = (v: number) => Math.round(v * 10) / 10;
/** A share (0–1) as a percentage to one decimal. */
export const percent = (v: number) => Math.round(v * 1000) / 10;

type TableWords = SandboxStrings['table'];

/** The table columns for a line's shaded ranges: the 50% band, then the 90% band. */
export function rangeColumns(words: TableWords, band: Band, prefix = '', format = round): Column[] {
  const head = (template: string, level: number) => `${prefix}${fill(template, { level })}`;
  return [
    [head(words.rangeLow, 50), band.p25, format],
    [head(words.rangeHigh, 50), band.p75, format],
    [head(words.rangeLow, 90), band.p05, format],
    [head(words.rangeHigh, 90), band.p95, format],
  ];
}

/**
 * A data table, one row per point: `at` says where point i falls ('start' of month i, 'during'
 * month i, or the 'end' of month i), which the first column names.
 */
export function monthlyTable(
  words: TableWords,
  caption: string,
  months: number,
  at: 'start' | 'during' | 'end',
  columns: Column[],
): TableData {
  const points = at === 'start' ? months + 1 : months;
  return {
    caption,
    columns: [fill(words.month, { when: words[at] }), ...columns.map(([name]) => name)],
    rows: Array.from({ length: points }, (_, i) => [
      formatMonth(monthKey(i)),
      // A monthly value has no point at the end of the last month: its cell stays empty.
      ...columns.map(([, values, format = round]) => (i < values.length ? format(values[i]!) : '')),
    ]),
  };
}

/** A scenario line and its dashed no-export twin, labelled from the chart's copy. */
export function withAndWithout(
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
