// How tall a story graphic is drawn in an embed, for the width it gets. The sticky graphic in the
// story fills the screen; an embed sits in an article column and needs a height of its own.
import { DEFAULT_CHART_WIDTH } from '../charts/series.ts';
import type { GraphicId } from '../graphics/registry.ts';

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));

/** Below this width the flow diagram reads top to bottom (flow/layout.ts) and needs more height. */
const FLOW_NARROW = 560;

export function graphicHeight(graphic: GraphicId, width: number): number {
  switch (graphic) {
    case 'flow':
      return width < FLOW_NARROW ? clamp(width * 1.45, 440, 640) : clamp(width * 0.6, 380, 520);
    case 'timeline':
      return width < FLOW_NARROW ? 520 : clamp(width * 0.6, 420, 520);
    case 'scale':
      return width < FLOW_NARROW ? 320 : clamp(width * 0.45, 300, 360);
  }
}

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
