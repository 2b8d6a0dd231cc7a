// The timeline: Japan's arms-export rules and its defence-industrial deals with the US, from
// 1967. Drawn by Timeline.svelte; its states (window and groups) are in states.ts, its events in
// content/timeline.yaml.
import type { TimelineEvent } from '../../lib/content-types.ts';
import { clampPx, defineGraphic, NARROW } from '../definition.ts';
import { formatEventDate } from './layout.ts';
import { decimalYear, TIMELINE_STATE_IDS, timelineState, type TimelineStateId } from './states.ts';

/** The events a timeline state shows (its groups, inside its window), oldest first. */
function eventsShown(id: TimelineStateId, events: readonly TimelineEvent[]): TimelineEvent[] {
  const state = timelineState(id);
  return events
    .filter((e) => (state.show as readonly string[]).includes(e.group))
    .filter((e) => decimalYear(e.date) >= state.from && decimalYear(e.date) <= state.to);
}

export const timeline = defineGraphic({
  id: 'timeline',
  states: TIMELINE_STATE_IDS,
  tableWords: ['date', 'event', 'detail'],
  table: (id, data, words) => ({
    columns: [words.date!, words.event!, words.detail!],
    rows: eventsShown(id, data.timeline).map((e) => [formatEventDate(e.date), e.label, e.detail]),
  }),
  height: (width) => (width < NARROW ? 520 : clampPx(width * 0.6, 420, 520)),
  credits: (id, data) => eventsShown(id, data.timeline).flatMap((e) => e.sources),
});
