// The scale chart: Japan's Patriot output beside US output and Ukraine's use, in interceptors a
// year. Drawn by ScaleChart.svelte; its states (which bars) are in states.ts, its bars in
// content/graphics.yaml (values from the ledger).
import type { ScaleBar } from '../../lib/content-types.ts';
import { clampPx, defineGraphic, NARROW } from '../definition.ts';
import { SCALE_STATE_IDS, scaleState, type ScaleStateId } from './states.ts';

const barsShown = (id: ScaleStateId, bars: readonly ScaleBar[]): ScaleBar[] => {
  const shown = scaleState(id).bars;
  return bars.filter((b) => shown.includes(b.id));
};

export const scale = defineGraphic({
  id: 'scale',
  states: SCALE_STATE_IDS,
  tableWords: ['what', 'value', 'status', 'sources'],
  /** The bars a scale state shows, with their status and sources. */
  table: (id, data, words) => ({
    columns: [words.what!, words.value!, words.status!, words.sources!],
    rows: barsShown(id, data.scale).map((b) => [
      b.label,
      b.value,
      b.status,
      b.sources
        .map((s) => data.sources.find((x) => x.id === s))
        .filter((s) => s !== undefined)
        .map((s) => `${s.outlet} (${s.date})`)
        .join('; '),
    ]),
  }),
  height: (width) => (width < NARROW ? 320 : clampPx(width * 0.45, 300, 360)),
  credits: (id, data) => barsShown(id, data.scale).flatMap((b) => b.sources),
});
