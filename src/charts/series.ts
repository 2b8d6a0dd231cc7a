// Shapes shared by the monthly charts.

/** Monte Carlo quantiles, one value per point. */
export interface Band {
  p05: ArrayLike<number>;
  p25: ArrayLike<number>;
  p50?: ArrayLike<number>;
  p75: ArrayLike<number>;
  p95: ArrayLike<number>;
}
