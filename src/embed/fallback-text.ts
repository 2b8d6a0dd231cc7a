// The words that go with a chart's static fallback picture (the <noscript> image in every embed
// code and the build's SVG files), computed the same way in the build and in the browser.
import type { EmbedCopy, StateCopy } from '../lib/content-types.ts';
import { sandboxChart, type ChartWords, type SandboxChartId } from '../sandbox/charts.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

/**
 * The default scenario's sentence for a sandbox chart. It reads only the central runs, so one
 * Monte Carlo run is enough (and the same in the build and the browser).
 */
export function defaultCaption(
  chart: SandboxChartId,
  ledger: readonly ParameterSpec[],
  words: ChartWords,
): string {
  return sandboxChart(chart, simulate(ledger, {}, { runs: 1 }), ledger, words).caption;
}

/** A sandbox chart's fallback alt text: the authored description, then the default scenario's sentence. */
export function sandboxFallbackAlt(
  chart: SandboxChartId,
  copy: EmbedCopy,
  ledger: readonly ParameterSpec[],
  words: ChartWords,
): string {
  return `${copy.alt ?? ''} ${defaultCaption(chart, ledger, words)}`.trim();
}

/** A story graphic's fallback alt text: the state's own, from graphics.yaml. */
export function storyFallbackAlt(state: StateCopy | undefined): string {
  return state?.alt ?? '';
}
