// What an embed page shows, read from its own URL: the view (a story step, or a scenario) and the
// look (theme, background, sliders, title). Total, like every link reader here: never throws,
// and anything unusable is dropped or clamped with a notice the embed shows. Notices about keys
// that mean nothing to this chart (a scenario on a story graphic, a story step on a sandbox
// chart) are left out: the embed ignores those keys.
import type { GraphicId } from '../graphics/registry.ts';
import type { SharingCopy } from '../lib/content-types.ts';
import { parseEmbedOptions } from '../lib/embed-options.ts';
import { quoted, type Notice } from '../lib/notice.ts';
import { firstValue, groupByKey, queryPairs } from '../lib/query.ts';
import { parseScenario, QUERY_KEYS } from '../lib/url-state.ts';
import type { SandboxChartId } from '../sandbox/chart-ids.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { defaultState, embeddableStates, isStoryChart, type EmbedChartId } from './charts.ts';
import { readEmbedText } from './embed-text.ts';
import type { EmbedLook, SandboxTarget, StoryTarget } from './links.ts';

export interface EmbedReading<T> {
  target: T;
  look: EmbedLook;
  notices: Notice[];
  /** The link format the view was written in (0: before versions). */
  fromVersion: number;
}

/** The story step named in the link, if it is one of this graphic's states. */
function readStep(query: string, states: readonly string[], notices: Notice[]): string | null {
  const raws = groupByKey(queryPairs(query)).get(QUERY_KEYS.step);
  if (raws === undefined) return null;
  const label = 'Story step';
  const raw = firstValue(raws, 'step', label, notices);
  if (states.includes(raw)) return raw;
  notices.push({
    param: 'step',
    label,
    kind: 'dropped',
    message: `${label}: ${quoted(raw)} is not a state of this graphic, so its first state is shown.`,
  });
  return null;
}

export function readStoryEmbed(
  query: string,
  chart: GraphicId,
  stateCopy: Readonly<Record<string, unknown>>,
  ledger: readonly ParameterSpec[],
  copy: SharingCopy['notices'],
): EmbedReading<StoryTarget> {
  // Only the link format matters here: a story graphic draws no scenario.
  const scenario = parseScenario(query, ledger);
  const notices = scenario.notices.filter((n) => n.param === QUERY_KEYS.version);
  const step = readStep(query, embeddableStates(chart, stateCopy), notices);
  const options = parseEmbedOptions(query, { charts: [chart] as EmbedChartId[], ledger });
  // Sliders have no meaning beside a story graphic.
  notices.push(...options.notices.filter((n) => n.param !== 'controls'));
  const text = readEmbedText(query, copy);
  notices.push(...text.notices);
  const { theme, transparent, showTitle } = options.options;
  return {
    target: { chart, step: step ?? defaultState(chart, stateCopy) },
    look: { theme, transparent, showTitle, controls: [], ...text.text },
    notices,
    fromVersion: scenario.fromVersion,
  };
}

export function readSandboxEmbed(
  query: string,
  chart: SandboxChartId,
  ledger: readonly ParameterSpec[],
  copy: SharingCopy['notices'],
): EmbedReading<SandboxTarget> {
  const scenario = parseScenario(query, ledger);
  const options = parseEmbedOptions(query, { charts: [chart] as EmbedChartId[], ledger });
  const text = readEmbedText(query, copy);
  const { theme, transparent, showTitle, controls } = options.options;
  return {
    target: { chart, values: scenario.state.values, seed: scenario.state.seed },
    look: { theme, transparent, showTitle, controls, ...text.text },
    // This page is one chart: `view` and `step` are not its business.
    notices: [
      ...scenario.notices.filter((n) => n.param !== 'view' && n.param !== 'step'),
      ...options.notices,
      ...text.notices,
    ],
    fromVersion: scenario.fromVersion,
  };
}

export function readEmbed(
  query: string,
  chart: EmbedChartId,
  stateCopy: Readonly<Record<string, unknown>>,
  ledger: readonly ParameterSpec[],
  copy: SharingCopy['notices'],
): EmbedReading<StoryTarget | SandboxTarget> {
  return isStoryChart(chart)
    ? readStoryEmbed(query, chart, stateCopy, ledger, copy)
    : readSandboxEmbed(query, chart, ledger, copy);
}
