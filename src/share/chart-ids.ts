// Every chart a journalist can embed, share or download: the three story graphics (drawn at one
// of their states) and the four sandbox charts (drawn for one scenario). One id space for
// embed pages (embed/<id>.html), fallback pictures, oEmbed files and the chart tools.
import { GRAPHIC_IDS, STATES_BY_GRAPHIC, type GraphicId } from '../graphics/registry.ts';
import { SANDBOX_CHART_IDS, type SandboxChartId } from '../lib/chart-ids.ts';

export const EMBED_CHART_IDS = [...GRAPHIC_IDS, ...SANDBOX_CHART_IDS] as const;
export type EmbedChartId = GraphicId | SandboxChartId;

export const isStoryChart = (id: string): id is GraphicId =>
  (GRAPHIC_IDS as readonly string[]).includes(id);

export const isSandboxChart = (id: string): id is SandboxChartId =>
  (SANDBOX_CHART_IDS as readonly string[]).includes(id);

export const isEmbedChart = (id: string): id is EmbedChartId =>
  isStoryChart(id) || isSandboxChart(id);

/**
 * The states of a story graphic that can be embedded: those with a caption and alt text in
 * content (graphics.yaml), in the graphic's own order. The first is the embed's default.
 */
export function embeddableStates(
  graphic: GraphicId,
  copy: Readonly<Record<string, unknown>>,
): string[] {
  return STATES_BY_GRAPHIC[graphic].filter((state) => Object.hasOwn(copy, state));
}

/** The state a story embed shows when its link names none. */
export function defaultState(graphic: GraphicId, copy: Readonly<Record<string, unknown>>): string {
  const states = embeddableStates(graphic, copy);
  if (!states[0]) throw new Error(`graphic "${graphic}" has no state with a caption and alt text`);
  return states[0];
}
