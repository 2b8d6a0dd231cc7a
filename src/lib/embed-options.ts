// An embed page's own options, read from its URL beside the scenario (see url-state.ts):
//   chart=unmet            which chart (one of the ids the page passes in)
//   theme=light|dark|auto  colour scheme (default light; auto follows the reader's system)
//   transparent=1|0        no page background, for hosts with their own (default 0)
//   controls=none|je,bl    sliders to show: none, or short keys of main/advanced parameters (default none)
//   title=1|0              show the chart's title (default 1)
//   id=abc                 the host's name for this embed (pym.js adds childId=...; either is read)
// Read like share links: never throws; anything unusable is dropped with a Notice.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { quoted, type Notice } from './notice.ts';
import { firstValue, groupByKey, normalKey, queryPairs } from './query.ts';

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Ids a host may give an embed: safe in a message, a CSS selector and a pym.js string. */
export const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const EMBED_KEYS = {
  chart: 'chart',
  theme: 'theme',
  transparent: 'transparent',
  controls: 'controls',
  title: 'title',
  id: 'id',
  /** Added by pym.js's Parent to the iframe's URL; read when there is no `id`. */
  pymChildId: 'childId',
} as const;

const LABELS = {
  chart: 'Chart',
  theme: 'Theme',
  transparent: 'Transparent background',
  controls: 'Sliders',
  title: 'Title',
  id: 'Embed id',
} as const;

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

/** The options an embed has when its link sets none. */
export function defaultEmbedOptions<C extends string>(
  context: EmbedOptionsContext<C>,
): EmbedOptions<C> {
  const chart = context.defaultChart ?? context.charts[0];
  if (chart === undefined) throw new Error('an embed needs at least one chart');
  return { chart, theme: 'light', transparent: false, controls: [], showTitle: true, id: null };
}

/** Options a reader can change in an embed: main and advanced ones. Fixed values stay in the ledger. */
const adjustable = (p: ParameterSpec) => p.control === 'main' || p.control === 'advanced';

function readChoice<T extends string>(
  raws: string[] | undefined,
  allowed: readonly T[],
  fallback: T,
  param: keyof typeof LABELS,
  what: string,
  notices: Notice[],
): T {
  if (raws === undefined) return fallback;
  const label = LABELS[param];
  const raw = firstValue(raws, param, label, notices);
  const found = allowed.find((a) => a === raw);
  if (found !== undefined) return found;
  notices.push({
    param,
    label,
    kind: 'dropped',
    message: `${label}: ${quoted(raw)} is not ${what}, so ${quoted(fallback)} is used.`,
  });
  return fallback;
}

function readFlag(
  raws: string[] | undefined,
  fallback: boolean,
  param: 'transparent' | 'title',
  notices: Notice[],
): boolean {
  const value = readChoice(raws, ['1', '0'], fallback ? '1' : '0', param, '1 or 0', notices);
  return value === '1';
}

function readControls(
  raws: string[] | undefined,
  ledger: readonly ParameterSpec[],
  notices: Notice[],
): ParameterId[] {
  if (raws === undefined) return [];
  const param = 'controls';
  const label = LABELS.controls;
  const raw = firstValue(raws, param, label, notices);
  if (raw.trim() === 'none') return [];
  const byShort = new Map(ledger.map((p) => [p.short, p]));
  const chosen: ParameterId[] = [];
  const unknown: string[] = [];
  // A sane bound: there are not this many parameters, and a forged link may list thousands.
  const tokens = raw.split(',', 200).map((t) => t.trim());
  for (const token of tokens) {
    if (token === '') continue;
    const spec = byShort.get(token);
    if (spec && adjustable(spec)) {
      if (!chosen.includes(spec.id)) chosen.push(spec.id);
    } else if (spec) {
      notices.push({
        param,
        label,
        kind: 'dropped',
        message: `${label}: ${spec.label} is fixed in this model, so it has no slider in an embed.`,
      });
    } else if (!unknown.includes(token)) {
      unknown.push(token);
    }
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map(quoted);
    const more = unknown.length - shown.length;
    if (more > 0) shown.push(`${more} more`);
    const list =
      shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0];
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: `${label}: ${list} ${unknown.length === 1 ? 'is not a setting' : 'are not settings'} an embed can show, so ${unknown.length === 1 ? 'it is' : 'they are'} left out.`,
    });
  }
  return chosen;
}

function readId(byKey: Map<string, string[]>, notices: Notice[]): string | null {
  const raws = byKey.get(EMBED_KEYS.id) ?? byKey.get(EMBED_KEYS.pymChildId);
  if (raws === undefined) return null;
  const param = 'id';
  const label = LABELS.id;
  const raw = firstValue(raws, param, label, notices);
  if (EMBED_ID.test(raw)) return raw;
  notices.push({
    param,
    label,
    kind: 'dropped',
    message: `${label}: ${quoted(raw)} is not used: an id may have only letters, digits, '-' and '_', at most 64 of them.`,
  });
  return null;
}

/** Keys in another case or with stray punctuation ('Chart', 'THEME') are ignored with a notice. */
function noteLookalikes(byKey: Map<string, string[]>, notices: Notice[]): void {
  const ours = new Set<string>(Object.values(EMBED_KEYS));
  const targets = new Map(
    (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((k) => [normalKey(k), k] as const),
  );
  targets.set(normalKey(EMBED_KEYS.pymChildId), 'id');
  const noted = new Set<string>();
  for (const key of byKey.keys()) {
    if (ours.has(key)) continue;
    const param = targets.get(normalKey(key));
    if (!param || noted.has(param)) continue;
    noted.add(param);
    const label = LABELS[param];
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: `${label}: the link's key ${quoted(key)} is not one this page reads (it reads “${EMBED_KEYS[param]}”), so it was ignored.`,
    });
  }
}

/**
 * Read an embed page's options from its query string (or URLSearchParams). Keys that belong to
 * the scenario (url-state.ts) or to hosts are ignored here.
 */
export function parseEmbedOptions<C extends string>(
  query: string | URLSearchParams,
  context: EmbedOptionsContext<C>,
): ParsedEmbedOptions<C> {
  const defaults = defaultEmbedOptions(context);
  const notices: Notice[] = [];
  const byKey = groupByKey(queryPairs(query));
  const options: EmbedOptions<C> = {
    chart: readChoice(
      byKey.get(EMBED_KEYS.chart),
      context.charts,
      defaults.chart,
      'chart',
      "one of this page's charts",
      notices,
    ),
    theme: readChoice(
      byKey.get(EMBED_KEYS.theme),
      EMBED_THEMES,
      defaults.theme,
      'theme',
      'light, dark or auto',
      notices,
    ),
    transparent: readFlag(
      byKey.get(EMBED_KEYS.transparent),
      defaults.transparent,
      'transparent',
      notices,
    ),
    controls: readControls(byKey.get(EMBED_KEYS.controls), context.ledger, notices),
    showTitle: readFlag(byKey.get(EMBED_KEYS.title), defaults.showTitle, 'title', notices),
    id: readId(byKey, notices),
  };
  noteLookalikes(byKey, notices);
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
  const defaults = defaultEmbedOptions(context);
  const chart = context.charts.includes(options.chart) ? options.chart : defaults.chart;
  const parts = [`${EMBED_KEYS.chart}=${encodeURIComponent(chart)}`];
  if (options.theme !== defaults.theme && EMBED_THEMES.includes(options.theme)) {
    parts.push(`${EMBED_KEYS.theme}=${options.theme}`);
  }
  if (options.transparent) parts.push(`${EMBED_KEYS.transparent}=1`);
  const shortOf = new Map(context.ledger.filter(adjustable).map((p) => [p.id, p.short]));
  const controls = [...new Set(options.controls)].flatMap((id) => shortOf.get(id) ?? []);
  if (controls.length > 0) parts.push(`${EMBED_KEYS.controls}=${controls.join(',')}`);
  if (!options.showTitle) parts.push(`${EMBED_KEYS.title}=0`);
  if (options.id !== null && EMBED_ID.test(options.id))
    parts.push(`${EMBED_KEYS.id}=${options.id}`);
  return parts.join('&');
}
