// The worksheet's answer chart: Ukraine's ready interceptors alone (the lower panel of the
// sandbox's chart of Ukraine's defence), on the value axis the student's sketch grid shares, so
// a sketch and the model's answer can be laid side by side. The same chart definition as the
// sandbox's (charts.ts), one panel of it.
import type { TimeChartSpec } from '../charts/time-chart.ts';
import { sandboxChart, type ChartWords, type TimeChartView } from '../sandbox/charts.ts';
import { describeRange, describeRunOut } from '../sandbox/describe.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';

/**
 * Ukraine's ready interceptors, with its value axis topped at `yMax` (interceptors): the chart
 * the answer sheet shows and the spec the sketch grid is laid out from.
 */
export function answerChart(
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
  words: ChartWords,
  yMax: number,
): TimeChartView {
  const ukraine = sandboxChart('ukraine', result, ledger, words);
  if (ukraine.kind !== 'time') throw new Error("Ukraine's chart is not a chart of lines");
  const stock = ukraine.spec.panels.find((p) => p.key === 'stock');
  if (!stock) throw new Error("Ukraine's chart has no stock panel");
  const copy = words.copy.charts.ukraine!;
  // Four values on the axis, as the sketch grid's guides (a student reads a value off them).
  const spec: TimeChartSpec = {
    months: ukraine.spec.months,
    panels: [{ ...stock, yMax, ticks: 4 }],
  };
  const title = `${copy.title}: ${copy.axes.stock}`;
  const caption = describeRunOut(result, words.strings);
  return {
    ...ukraine,
    title,
    caption,
    description: `${caption} ${describeRange(result, words.strings)}`,
    spec,
    // The table of the chart it shows: the month, then the stock's columns.
    table: () => {
      const full = ukraine.table();
      const keep = full.columns.flatMap((name, i) =>
        i === 0 || name.startsWith(copy.axes.stock!) ? [i] : [],
      );
      return {
        caption: title,
        columns: keep.map((i) => full.columns[i]!),
        rows: full.rows.map((row) => keep.map((i) => row[i]!)),
      };
    },
  };
}
