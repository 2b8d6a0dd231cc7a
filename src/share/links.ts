// The addresses of one chart at one view: the share link into the full site, the embed page's
// pinned URL, its fallback picture, the "Open in Backfill" link inside an embed, and where the
// host script and oEmbed files live. Pinned means every setting is written out (the scenario,
// the seed, the step and every embed option), so a later change of Backfill's defaults never
// changes what a published link or embed shows.
import type { GraphicId } from '../graphics/registry.ts';
import { DEFAULT_EMBED_THEME, type EmbedTheme } from '../lib/themes.ts';
import type { WriteContext } from '../links/options.ts';
import { writeOption } from '../links/read.ts';
import { serializeScenario, URL_FORMAT_VERSION } from '../links/url-state.ts';
import type { SandboxChartId } from '../lib/chart-ids.ts';
import type {
  ParameterId,
  ParameterSpec,
  ParameterValues,
} from '../../workers/stockpile/parameters.ts';
import { isStoryChart, type EmbedChartId } from './chart-ids.ts';
import { embedTextQuery, type EmbedText } from './embed-text.ts';

/** A story graphic at one of its states. */
export interface StoryTarget {
  chart: GraphicId;
  step: string;
}
/** A sandbox chart for one scenario. */
export interface SandboxTarget {
  chart: SandboxChartId;
  values: ParameterValues;
  seed: number;
  /**
   * The live diagram's month shown (t = 0 is January 2024), for its pictures; absent: the month
   * Japan's exports begin. Links and embeds do not carry it.
   */
  month?: number;
}
/** One chart at one view: what a link or an embed shows. */
export type ChartTarget = StoryTarget | SandboxTarget;

export const isStoryTarget = (target: ChartTarget): target is StoryTarget =>
  isStoryChart(target.chart);

/** How an embed looks, beside what it shows, and the journalist's own title and note. */
export interface EmbedLook extends EmbedText {
  theme: EmbedTheme;
  transparent: boolean;
  /** Sliders shown under a sandbox chart ([] for none); ignored for story graphics. */
  controls: ParameterId[];
  showTitle: boolean;
}

/** Light by default: most news pages are light, whatever the reader's system is set to. */
export const DEFAULT_LOOK: EmbedLook = {
  theme: DEFAULT_EMBED_THEME,
  transparent: false,
  controls: [],
  showTitle: true,
  heading: '',
  note: '',
};

/**
 * The CSS color-scheme an embed's page uses for a theme. The iframe element in the host page
 * declares the same one (snippets.ts): when a frame's scheme differs from its element's, browsers
 * paint an opaque backdrop behind it, and a transparent embed would not be transparent.
 */
export function colorSchemeOf(theme: EmbedTheme): 'light' | 'dark' | 'light dark' {
  return theme === 'auto' ? 'light dark' : theme;
}

/** What the chart shows, as a query (no '?'): the whole scenario, or the story step. */
export function viewQuery(target: ChartTarget, ledger: readonly ParameterSpec[]): string {
  if (isStoryTarget(target)) {
    const context: WriteContext = { page: 'embed', ledger };
    return [
      writeOption('v', URL_FORMAT_VERSION, context, true),
      writeOption('step', target.step, context, true),
    ]
      .filter((part) => part !== null)
      .join('&');
  }
  return serializeScenario(
    { values: target.values, seed: target.seed, view: target.chart, step: null },
    ledger,
    { pin: true },
  );
}

/** The embed page's query: the view, then every option written out (even defaults). */
export function embedQuery(
  target: ChartTarget,
  look: EmbedLook,
  ledger: readonly ParameterSpec[],
): string {
  const context: WriteContext = { page: 'embed', ledger };
  const values = {
    theme: look.theme,
    transparent: look.transparent,
    // Sliders only beside sandbox charts.
    controls: isStoryTarget(target) ? null : look.controls,
    title: look.showTitle,
  };
  const parts = [viewQuery(target, ledger)];
  parts.push(writeOption('theme', values.theme, context, true)!);
  parts.push(writeOption('transparent', values.transparent, context, true)!);
  if (values.controls) parts.push(writeOption('controls', values.controls, context, true)!);
  parts.push(writeOption('title', values.title, context, true)!);
  const text = embedTextQuery(look);
  if (text) parts.push(text);
  return parts.join('&');
}

/** The embed page of a chart, from the site root. */
export const embedPath = (chart: EmbedChartId) => `embed/${chart}.html`;

/**
 * The static picture of a chart: its default view, or one named view: a story graphic's state,
 * or a sandbox chart's preset (content/presets.yaml). The build draws every one of them.
 */
export const fallbackImagePath = (chart: EmbedChartId, view?: string) =>
  view ? `embed/${chart}.${view}.svg` : `embed/${chart}.svg`;

/** Where a chart's oEmbed JSON is, from the site root (scripts/oembed.ts names it <id>.json). */
export const OEMBED_DIR = 'embed/oembed/';

/** public/embed.js, the host script, from the site root. */
export const HOST_SCRIPT_PATH = 'embed.js';

/** The embed page at this view and look, absolute. */
export function embedUrl(
  siteUrl: string,
  target: ChartTarget,
  look: EmbedLook,
  ledger: readonly ParameterSpec[],
): string {
  return new URL(`${embedPath(target.chart)}?${embedQuery(target, look, ledger)}`, siteUrl).href;
}

/** The chart in the full site, relative to `base` (the site root): the story step or the sandbox. */
export function siteHref(
  base: string,
  target: ChartTarget,
  ledger: readonly ParameterSpec[],
): string {
  if (isStoryTarget(target)) return `${base}#step-${encodeURIComponent(target.step)}`;
  return `${base}?${viewQuery(target, ledger)}#sandbox`;
}

/** The share link: the chart in the full site, at exactly this view, absolute. */
export function shareUrl(
  siteUrl: string,
  target: ChartTarget,
  ledger: readonly ParameterSpec[],
): string {
  return new URL(siteHref('', target, ledger), siteUrl).href;
}
