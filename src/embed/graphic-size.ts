// The widths embeds and pictures are drawn at. How tall a story graphic is drawn at a width is
// the graphic's own (its definition, src/graphics/<id>/index.ts).
import { DEFAULT_CHART_WIDTH } from '../charts/series.ts';

export { graphicHeight } from '../graphics/registry.ts';

/** The width the server draws at (and the static fallback pictures use). */
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
