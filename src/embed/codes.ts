// The embed codes for one chart at one view and look, with Backfill's absolute addresses: what
// the Share or embed dialog shows, and what the browser tests paste into host pages.
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import {
  HOST_SCRIPT_PATH,
  embedUrl,
  fallbackImagePath,
  isStoryTarget,
  type ChartTarget,
  type EmbedLook,
} from './links.ts';
import { embedSnippets, type EmbedSnippets } from './snippets.ts';

export interface EmbedCodesInput {
  /** Where Backfill is published (content/site.yaml), with a trailing slash. */
  siteUrl: string;
  target: ChartTarget;
  look: EmbedLook;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** The fallback picture's alt text (src/embed/fallback-text.ts). */
  alt: string;
  /** Suggested height in CSS pixels. */
  height: number;
}

export function embedCodes(
  input: EmbedCodesInput,
  ledger: readonly ParameterSpec[],
): EmbedSnippets {
  const { siteUrl, target } = input;
  return embedSnippets({
    chartId: target.chart,
    title: input.title,
    embedUrl: embedUrl(siteUrl, target, input.look, ledger),
    fallbackImageUrl: new URL(
      fallbackImagePath(target.chart, isStoryTarget(target) ? target.step : undefined),
      siteUrl,
    ).href,
    alt: input.alt,
    height: input.height,
    hostScriptUrl: new URL(HOST_SCRIPT_PATH, siteUrl).href,
  });
}
