// Shapes shared by the monthly charts.

/** Monte Carlo quantiles, one value per point. */
export interface Band {
  p05: ArrayLike<number>;
  p25: ArrayLike<number>;
  p50?: ArrayLike<number>;
  p75: ArrayLike<number>;
  p95: ArrayLike<number>;
}

/** A monthly chart's width before it has measured its container (and on the server). */
export const DEFAULT_CHART_WIDTH = 560;
