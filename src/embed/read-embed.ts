// What an embed page shows, read from its own URL with the option table (src/links/options.ts):
// the view (a story step, or a scenario) and the look (theme, background, sliders, title, the
// journalist's text). Total, like every link reader here: never throws, and anything unusable
// is dropped or clamped with a notice the embed shows. Each kind of embed reads only the keys
// that mean something to it: a story graphic reads no scenario and no sliders, a sandbox chart
// (one chart) no `view` and no `step`.
import type { GraphicId } from '../graphics/registry.ts';
import type { SandboxChartId } from '../lib/chart-ids.ts';
import type { LinkCopy } from '../lib/content-types.ts';
import type { Notice } from '../lib/notice.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import { DEFAULT_EMBED_THEME, EMBED_THEMES } from '../lib/themes.ts';
import type { ReadContext } from '../links/options.ts';
import { readOptions } from '../links/read.ts';
import { parseScenario, readLinkFormat } from '../links/url-state.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import {
  defaultState,
  embeddableStates,
  isStoryChart,
  type EmbedChartId,
} from '../share/chart-ids.ts';
import type { EmbedLook, SandboxTarget, StoryTarget } from '../share/links.ts';

export interface EmbedReading<T> {
  target: T;
  look: EmbedLook;
  notices: Notice[];
  /** The link format the view was written in (0: before versions). */
  fromVersion: number;
}

/** The look's keys, in the order they are read. */
const LOOK_KEYS = [
  'chart',
  'theme',
  'transparent',
  'controls',
  'title',
  'id',
  'heading',
  'note',
] as const;

/** How the embed looks; sliders only beside sandbox charts (a story graphic has no scenario). */
function readLook(
  byKey: ReadonlyMap<string, readonly string[]>,
  sliders: boolean,
  context: ReadContext,
  notices: Notice[],
): EmbedLook {
  const keys = LOOK_KEYS.filter((key) => sliders || key !== 'controls');
  const read = readOptions(keys, byKey, context, notices);
  return {
    theme: EMBED_THEMES.find((t) => t === read.theme) ?? DEFAULT_EMBED_THEME,
    transparent: read.transparent,
    showTitle: read.title,
    controls: sliders ? read.controls : [],
    heading: read.heading,
    note: read.note,
  };
}

export function readStoryEmbed(
  query: string,
  chart: GraphicId,
  stateCopy: Readonly<Record<string, unknown>>,
  ledger: readonly ParameterSpec[],
  copy: LinkCopy,
): EmbedReading<StoryTarget> {
  const context: ReadContext = {
    page: 'embed',
    ledger,
    stepIds: embeddableStates(chart, stateCopy),
    charts: [chart],
    copy,
  };
  const notices: Notice[] = [];
  // Only the link format matters here: a story graphic draws no scenario.
  const { pairs, fromVersion } = readLinkFormat(queryPairs(query), context, notices);
  const byKey = groupByKey(pairs);
  const { step } = readOptions(['step'], byKey, context, notices);
  const look = readLook(byKey, false, context, notices);
  return {
    target: { chart, step: step ?? defaultState(chart, stateCopy) },
    look,
    notices,
    fromVersion,
  };
}

export function readSandboxEmbed(
  query: string,
  chart: SandboxChartId,
  ledger: readonly ParameterSpec[],
  copy: LinkCopy,
): EmbedReading<SandboxTarget> {
  const context: ReadContext = { page: 'embed', ledger, charts: [chart], copy };
  // This page is one chart: `view` and `step` are not its business.
  const scenario = parseScenario(query, ledger, {
    copy,
    page: 'embed',
    without: ['view', 'step'],
  });
  const notices = [...scenario.notices];
  const look = readLook(groupByKey(queryPairs(query)), true, context, notices);
  return {
    target: { chart, values: scenario.state.values, seed: scenario.state.seed },
    look,
    notices,
    fromVersion: scenario.fromVersion,
  };
}

export function readEmbed(
  query: string,
  chart: EmbedChartId,
  stateCopy: Readonly<Record<string, unknown>>,
  ledger: readonly ParameterSpec[],
  copy: LinkCopy,
): EmbedReading<StoryTarget | SandboxTarget> {
  return isStoryChart(chart)
    ? readStoryEmbed(query, chart, stateCopy, ledger, copy)
    : readSandboxEmbed(query, chart, ledger, copy);
}
