import type { TableData } from '../../lib/table-data.ts';
import type { TimelineEvent } from '../../lib/content-types.ts';
import { formatEventDate } from './layout.ts';
import { decimalYear, timelineState, type TimelineStateId } from './states.ts';

/** The events a timeline state shows (its groups, inside its window), oldest first. */
export function timelineTable(
  id: TimelineStateId,
  events: readonly TimelineEvent[],
  caption: string,
): TableData {
  const state = timelineState(id);
  const rows = events
    .filter((e) => (state.show as readonly string[]).includes(e.group))
    .filter((e) => decimalYear(e.date) >= state.from && decimalYear(e.date) <= state.to)
    .map((e) => [formatEventDate(e.date), e.label, e.detail]);
  return { caption, columns: ['Date', 'Event', 'Detail'], rows };
}
