// What the chart tools need to make a chart's pictures, handed to them by whoever shows the chart:
// the story for its graphics (src/story/graphic-pictures.ts), the sandbox for its charts
// (src/sandbox/chart-pictures.ts). The tools never import a drawing themselves, so charts/ stays
// below the folders that draw with it; the build draws both kinds through src/embed/.
import type { Component } from 'svelte';
import type { ChartTarget } from '../share/links.ts';
import type { PictureWords } from './picture/compose.ts';
import { DEFAULT_CHART_WIDTH } from './series.ts';

/** The words that go with one chart at one view: picture, alt text, CSV header, file names. */
export interface ChartWords extends PictureWords {
  /** For the CSV header: the units of the table's numbers. */
  units: string;
  /** What file names add after the chart's id: the story state, or the scenario's slug. */
  view: string;
  /** The live diagram's month ('YYYY-MM'), which its pictures' names add (its CSV is every month). */
  month?: string;
}

/**
 * One kind of chart's pictures. `words`: the words for a view, with `siteUrl` the site's root,
 * absolute (the served address in the browser, siteUrl in the build). `Drawing`: the component
 * that draws the view at the pictures' width (PICTURE_WIDTH). Both throw, or draw nothing, for a
 * view of a chart of the other kind.
 */
export interface ChartPictures {
  words(target: ChartTarget, siteUrl: string): ChartWords;
  Drawing: Component<{ target: ChartTarget }>;
}

/** The chart's pictures, loaded on first use (most readers never download anything). */
export type PicturesLoader = () => Promise<ChartPictures>;

/** "https://example.org/news/" → "example.org/news" */
export const addressForPrint = (siteUrl: string) => siteUrl.replace(/^https?:\/\/|\/$/g, '');

/** The width the server draws at (and the static fallback pictures use), in CSS pixels. */
export const SERVER_WIDTH = 640;

/**
 * The width of the chart in every picture (downloads and fallback pictures alike), in CSS
 * pixels: story graphics at the server's width, sandbox charts at their default width, and the
 * sandbox's live diagram wider, so its boxes hold their names and rates.
 */
export const PICTURE_WIDTH = {
  story: SERVER_WIDTH,
  sandbox: DEFAULT_CHART_WIDTH,
  diagram: 760,
} as const;
