// Every story graphic and the states it knows. The build checks each story step's state
// against this list; the sticky graphic uses it to pick what to draw.
import { FLOW_STATE_IDS, type FlowStateId } from './flow/states.ts';
import { SCALE_STATE_IDS, type ScaleStateId } from './scale/states.ts';
import { TIMELINE_STATE_IDS, type TimelineStateId } from './timeline/states.ts';

export { TIMELINE_GROUPS } from './timeline/states.ts';

export const GRAPHIC_IDS = ['flow', 'timeline', 'scale'] as const;
export type GraphicId = (typeof GRAPHIC_IDS)[number];

export type StateId = FlowStateId | TimelineStateId | ScaleStateId;

export const STATES_BY_GRAPHIC: { [G in GraphicId]: readonly string[] } = {
  flow: FLOW_STATE_IDS,
  timeline: TIMELINE_STATE_IDS,
  scale: SCALE_STATE_IDS,
};

export const GRAPHIC_OF_STATE: ReadonlyMap<string, GraphicId> = new Map(
  GRAPHIC_IDS.flatMap((g) => STATES_BY_GRAPHIC[g].map((s) => [s, g] as const)),
);

export const GRAPHIC_STATE_IDS: ReadonlySet<string> = new Set(GRAPHIC_OF_STATE.keys());

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
  const active = (current && GRAPHIC_OF_STATE.get(current)) || GRAPHIC_IDS[0];
  return { active, states };
}
