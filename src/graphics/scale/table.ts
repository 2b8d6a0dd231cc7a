import type { TableData } from '../../lib/table-data.ts';
import type { ScaleBar, Source } from '../../lib/content-types.ts';
import { scaleState, type ScaleStateId } from './states.ts';

/** The bars a scale state shows, with their status and sources. */
export function scaleTable(
  id: ScaleStateId,
  bars: readonly ScaleBar[],
  sources: readonly Source[],
  caption: string,
): TableData {
  const shown = scaleState(id).bars;
  const rows = bars
    .filter((b) => shown.includes(b.id))
    .map((b) => [
      b.label,
      b.value,
      b.status,
      b.sources
        .map((s) => sources.find((x) => x.id === s))
        .filter((s) => s !== undefined)
        .map((s) => `${s.outlet} (${s.date})`)
        .join('; '),
    ]);
  return { caption, columns: ['What', 'Interceptors a year', 'Status', 'Sources'], rows };
}
