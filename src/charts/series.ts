// Shapes shared by the monthly charts.

/** Monte Carlo quantiles, one value per point. */
export interface Band {
  p05: ArrayLike<number>;
  p25: ArrayLike<number>;
  p50?: ArrayLike<number>;
  p75: ArrayLike<number>;
  p95: ArrayLike<number>;
}

/**
 * Room around a monthly chart's plot, in px: the axis title above, the years below, the values
 * at the left. Shared by the charts and by what must line up with them (the worksheet's sketch
 * grid, drawn at the same scale as the answer chart).
 */
export const TIME_CHART_MARGIN = { top: 24, right: 20, bottom: 30, left: 44 } as const;
/** A monthly chart's width before it has measured its container (and on the server). */
export const DEFAULT_CHART_WIDTH = 560;
