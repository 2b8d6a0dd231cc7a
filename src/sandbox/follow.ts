// "The picture follows your hand": which of the sandbox's two headline charts a setting moves,
// so the chart in view switches to it the moment the reader takes hold of the slider.
//
// Japan's side of the chain moves what Japan's exports change (the difference chart); the
// demand and the US supply move Ukraine's defence, whose two panels between them always respond:
// while Ukraine has interceptors to spare its ready stock moves, and once it is short the share
// of missiles it engages does.
import type { ParameterId } from '../../workers/stockpile/parameters.ts';

/** The charts the sandbox keeps in view beside its sliders. */
export const PICTURE_CHARTS = ['difference', 'ukraine'] as const;
export type PictureChartId = (typeof PICTURE_CHARTS)[number];

const JAPAN_SIDE: readonly ParameterId[] = [
  'japanExportPerYear',
  'mhiOutputPerYear',
  'exportLagMonths',
  'japanStockStart',
  'japanFloor',
  'backfillShare',
  'horizonMonths',
];

/** The headline chart a setting moves. */
export function chartFor(id: ParameterId): PictureChartId {
  return JAPAN_SIDE.includes(id) ? 'difference' : 'ukraine';
}
