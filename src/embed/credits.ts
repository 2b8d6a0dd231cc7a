// The source line under an embedded story graphic: the sources content/embeds.yaml credits for
// the graphic, then those its data cites at this state (the timeline's events on show, the
// scale's bars), each outlet once.
import type { GraphicId } from '../graphics/registry.ts';
import { scaleState, type ScaleStateId } from '../graphics/scale/states.ts';
import { decimalYear, timelineState, type TimelineStateId } from '../graphics/timeline/states.ts';
import type { ScaleBar, Source, TimelineEvent } from '../lib/content-types.ts';

export interface CreditData {
  timeline: readonly TimelineEvent[];
  scale: readonly ScaleBar[];
  sources: readonly Source[];
}

/** The source ids behind a story graphic at one state, in order, each once. */
export function creditedSources(
  graphic: GraphicId,
  state: string,
  credited: readonly string[],
  data: CreditData,
): Source[] {
  const ids = [...credited];
  if (graphic === 'timeline') {
    const view = timelineState(state as TimelineStateId);
    for (const event of data.timeline) {
      const t = decimalYear(event.date);
      if ((view.show as readonly string[]).includes(event.group) && t >= view.from && t <= view.to)
        ids.push(...event.sources);
    }
  } else if (graphic === 'scale') {
    const shown = scaleState(state as ScaleStateId).bars;
    for (const bar of data.scale) if (shown.includes(bar.id)) ids.push(...bar.sources);
  }
  return [...new Set(ids)].flatMap((id) => data.sources.find((s) => s.id === id) ?? []);
}

/** What a credit line prints for a source: its outlet, or its credit where the outlet is unnamed. */
export function creditOf(source: Source): string {
  return source.credit ?? source.outlet;
}

/** "Sources: A; B; C and 4 more." Outlets once each; at most `most` named. */
export function creditLine(sources: readonly Source[], most = 4): string {
  const outlets = [...new Set(sources.map(creditOf))];
  if (!outlets.length) return '';
  const named = outlets.slice(0, most).join('; ');
  const more = outlets.length - most;
  return `Source${outlets.length > 1 ? 's' : ''}: ${named}${more > 0 ? ` and ${more} more` : ''}.`;
}
