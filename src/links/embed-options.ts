// An embed page's own options, read from its URL beside the scenario (url-state.ts): a view of
// the option table (options.ts) for the embed page.
//   chart=unmet            which chart (one of the ids the page passes in)
//   theme=light|dark|auto  colour scheme (default light; auto follows the reader's system)
//   transparent=1|0        no page background, for hosts with their own (default 0)
//   controls=none|je,bl    sliders to show: none, or short keys of main/advanced parameters (default none)
//   title=1|0              show the chart's title (default 1)
//   id=abc                 the host's name for this embed (pym.js adds childId=...; either is read)
// Read like share links: never throws; anything unusable is dropped with a Notice.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { Notice } from '../lib/notice.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import { DEFAULT_EMBED_THEME, EMBED_THEMES, type EmbedTheme } from '../lib/themes.ts';
import type { LinkCopy } from '../lib/content-types.ts';
import { LINK_OPTIONS, type WriteContext } from './options.ts';
import { readOptions, writeOption } from './read.ts';

export { EMBED_THEMES, type EmbedTheme } from '../lib/themes.ts';
export { EMBED_ID } from './options.ts';

export const EMBED_KEYS = {
  chart: LINK_OPTIONS.chart.key,
  theme: LINK_OPTIONS.theme.key,
  transparent: LINK_OPTIONS.transparent.key,
  controls: LINK_OPTIONS.controls.key,
  title: LINK_OPTIONS.title.key,
  id: LINK_OPTIONS.id.key,
  /** Added by pym.js's Parent to the iframe's URL; read when there is no `id`. */
  pymChildId: LINK_OPTIONS.id.alias!,
} as const;

/** The embed page's own keys, in the order they are read. */
const EMBED_OPTION_KEYS = ['chart', 'theme', 'transparent', 'controls', 'title', 'id'] as const;

export interface EmbedOptions<C extends string = string> {
  chart: C;
  theme: EmbedTheme;
  transparent: boolean;
  /** Parameters to show sliders for, in the order the link lists them; [] for none. */
  controls: ParameterId[];
  showTitle: boolean;
  /** The host's id for this embed, or null. */
  id: string | null;
}

export interface EmbedOptionsContext<C extends string> {
  /** The charts this embed page can show; the first is the default unless defaultChart is set. */
  charts: readonly C[];
  defaultChart?: C;
  ledger: readonly ParameterSpec[];
}

export interface ParsedEmbedOptions<C extends string> {
  options: EmbedOptions<C>;
  notices: Notice[];
}

function writeContext<C extends string>(context: EmbedOptionsContext<C>): WriteContext {
  const first = context.defaultChart ?? context.charts[0];
  if (first === undefined) throw new Error('an embed needs at least one chart');
  // The default chart first: the table's fallback is the first of the page's charts.
  const charts = [first, ...context.charts.filter((c) => c !== first)];
  return { page: 'embed', ledger: context.ledger, charts };
}

/** The options an embed has when its link sets none. */
export function defaultEmbedOptions<C extends string>(
  context: EmbedOptionsContext<C>,
): EmbedOptions<C> {
  const chart = LINK_OPTIONS.chart.fallback(writeContext(context)) as C;
  return {
    chart,
    theme: DEFAULT_EMBED_THEME,
    transparent: false,
    controls: [],
    showTitle: true,
    id: null,
  };
}

/**
 * Read an embed page's options from its query string. Keys that belong to
 * the scenario (url-state.ts) or to hosts are ignored here.
 */
export function parseEmbedOptions<C extends string>(
  query: string,
  context: EmbedOptionsContext<C>,
  copy: LinkCopy,
): ParsedEmbedOptions<C> {
  const notices: Notice[] = [];
  const read = readOptions(
    EMBED_OPTION_KEYS,
    groupByKey(queryPairs(query)),
    { ...writeContext(context), copy },
    notices,
  );
  const theme = EMBED_THEMES.find((t) => t === read.theme) ?? DEFAULT_EMBED_THEME;
  const options: EmbedOptions<C> = {
    chart: read.chart as C,
    theme,
    transparent: read.transparent,
    controls: read.controls,
    showTitle: read.title,
    id: read.id,
  };
  return { options, notices };
}

/**
 * The options as a query string (no '?'): the chart always, the rest only where they differ
 * from the defaults. Append it to a pinned scenario query to make an embed URL.
 */
export function serializeEmbedOptions<C extends string>(
  options: EmbedOptions<C>,
  context: EmbedOptionsContext<C>,
): string {
  const read = writeContext(context);
  const chart = context.charts.includes(options.chart)
    ? options.chart
    : LINK_OPTIONS.chart.fallback(read);
  const values = {
    chart,
    theme: EMBED_THEMES.includes(options.theme) ? options.theme : DEFAULT_EMBED_THEME,
    transparent: options.transparent,
    controls: options.controls,
    title: options.showTitle,
    id: options.id,
  };
  const parts: string[] = [];
  for (const key of EMBED_OPTION_KEYS) {
    // The chart always; the rest only where they differ from the defaults.
    const text = writeOption(key, values[key], read, key === 'chart');
    if (text !== null) parts.push(text);
  }
  return parts.join('&');
}
