// Every story graphic, from its one definition (src/graphics/<id>/index.ts), and what follows
// from the list: the states each knows (the build checks each story step's state against them),
// which graphic draws a state, its data table, its height at a width and its credits.
// GraphicForState.svelte is the one place that draws them.
import type { Source } from '../lib/content-types.ts';
import type { TableData } from '../lib/table-data.ts';
import type { GraphicData, GraphicDefinition } from './definition.ts';
import { flow } from './flow/index.ts';
import { scale } from './scale/index.ts';
import { timeline } from './timeline/index.ts';

export { TIMELINE_GROUPS } from './timeline/states.ts';
export type { GraphicData, GraphicProps } from './definition.ts';

/** The story graphics, in the order their layers are stacked. Add a graphic here. */
export const GRAPHICS = [flow, timeline, scale] as const;

export type GraphicId = (typeof GRAPHICS)[number]['id'];
export type StateId = (typeof GRAPHICS)[number]['states'][number];

export const GRAPHIC_IDS = GRAPHICS.map((g) => g.id) as readonly GraphicId[];

const BY_ID = new Map<string, GraphicDefinition>(
  GRAPHICS.map((g) => [g.id, g as unknown as GraphicDefinition]),
);

/** A graphic's definition by id (undefined for an unknown id). */
export const graphicById = (id: string): GraphicDefinition | undefined => BY_ID.get(id);

export const STATES_BY_GRAPHIC = Object.fromEntries(
  GRAPHICS.map((g) => [g.id, g.states as readonly string[]]),
) as { [G in GraphicId]: readonly string[] };

export const GRAPHIC_OF_STATE: ReadonlyMap<string, GraphicId> = new Map(
  GRAPHICS.flatMap((g) => g.states.map((s) => [s as string, g.id as GraphicId] as const)),
);

export const GRAPHIC_STATE_IDS: ReadonlySet<string> = new Set(GRAPHIC_OF_STATE.keys());

/** The definition of the graphic that draws a state; throws for a state no graphic knows. */
export function graphicOfState(state: string): GraphicDefinition {
  const id = GRAPHIC_OF_STATE.get(state);
  const graphic = id === undefined ? undefined : BY_ID.get(id);
  if (!graphic) throw new Error(`No graphic draws state "${state}"`);
  return graphic;
}

/** The data table for any story state, whichever graphic draws it, with this caption. */
export function tableForState(state: string, data: GraphicData, caption: string): TableData {
  const graphic = graphicOfState(state);
  return { caption, ...graphic.table(state, data, data.graphics[graphic.id]?.table ?? {}) };
}

/** How tall a story graphic is drawn in an embed or a picture at this width (CSS pixels). */
export const graphicHeight = (id: GraphicId, width: number): number => BY_ID.get(id)!.height(width);

/**
 * The sources behind a story graphic at one state: those `credited` (content/embeds.yaml), then
 * those its data cites at this state, in order, each once.
 */
export function creditedSources(
  id: GraphicId,
  state: string,
  credited: readonly string[],
  data: Pick<GraphicData, 'timeline' | 'scale' | 'sources'>,
): Source[] {
  const graphic = BY_ID.get(id)!;
  const own = graphic.states.includes(state) ? graphic.credits(state, data as GraphicData) : [];
  const ids = [...credited, ...own];
  return [...new Set(ids)].flatMap((s) => data.sources.find((x) => x.id === s) ?? []);
}

export interface StoryView {
  /** The graphic on show. */
  active: GraphicId;
  /** Each graphic's state: its latest state at or before this step, else its first state. */
  states: Record<GraphicId, string>;
}

/**
 * What the sticky graphic shows at a step: a pure function of the step list and the index, so
 * jumping straight to step N gives exactly what stepping through 0..N gives.
 */
export function storyViewAt(stepStates: readonly string[], index: number): StoryView {
  const clamped = Math.max(0, Math.min(stepStates.length - 1, index));
  const states = {} as Record<GraphicId, string>;
  for (const g of GRAPHIC_IDS) {
    states[g] = stepStates.find((s) => GRAPHIC_OF_STATE.get(s) === g) ?? STATES_BY_GRAPHIC[g][0]!;
  }
  for (let i = 0; i <= clamped; i++) {
    const s = stepStates[i];
    const g = s === undefined ? undefined : GRAPHIC_OF_STATE.get(s);
    if (g && s) states[g] = s;
  }
  const current = stepStates[clamped];
  const active = (current && GRAPHIC_OF_STATE.get(current)) || GRAPHIC_IDS[0]!;
  return { active, states };
}
