// The embed codes for one chart at one view and look, with Backfill's absolute addresses: what
// the Share or embed dialog shows, and what the browser tests paste into host pages.
import type { Preset } from '../lib/content-types.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import {
  HOST_SCRIPT_PATH,
  colorSchemeOf,
  embedUrl,
  fallbackImagePath,
  isStoryTarget,
  type ChartTarget,
  type EmbedLook,
} from './links.ts';
import { matchingPreset } from './scenario-line.ts';
import { embedSnippets, type EmbedSnippets } from './snippets.ts';

export interface EmbedCodesInput {
  /** The site's root, absolute, with a trailing slash: where the page is served from. */
  siteUrl: string;
  target: ChartTarget;
  look: EmbedLook;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** The fallback picture's alt text (picture-text.ts chartWords). */
  alt: string;
  /** Suggested height in CSS pixels. */
  height: number;
}

/**
 * The picture of exactly this view when the build drew one (a story state, a sandbox preset),
 * else the chart's default picture, which says on it that it is the default scenario.
 */
export function fallbackPictureOf(
  target: ChartTarget,
  presets: readonly Preset[],
  ledger: readonly ParameterSpec[],
): string {
  if (isStoryTarget(target)) return fallbackImagePath(target.chart, target.step);
  return fallbackImagePath(target.chart, matchingPreset(target, presets, ledger)?.id);
}

export function embedCodes(
  input: EmbedCodesInput,
  ledger: readonly ParameterSpec[],
  presets: readonly Preset[],
): EmbedSnippets {
  const { siteUrl, target } = input;
  return embedSnippets({
    chartId: target.chart,
    title: input.title,
    embedUrl: embedUrl(siteUrl, target, input.look, ledger),
    fallbackImageUrl: new URL(fallbackPictureOf(target, presets, ledger), siteUrl).href,
    alt: input.alt,
    height: input.height,
    hostScriptUrl: new URL(HOST_SCRIPT_PATH, siteUrl).href,
    colorScheme: colorSchemeOf(input.look.theme),
  });
}
