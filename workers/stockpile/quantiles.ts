// Per-month quantiles across Monte Carlo runs. Pure and allocation-aware: the sort buffers are
// kept between calls (the worker is single-threaded), only the returned bands are new.

export const QUANTILE_LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
export const BAND_NAMES = ['p05', 'p25', 'p50', 'p75', 'p95'] as const;

export type BandName = (typeof BAND_NAMES)[number];
/** Per-month quantiles; the 50% band is p25–p75, the 90% band p05–p95. */
export type Bands = Record<BandName, Float64Array>;

/** Quantile p of ascending values, interpolated between order statistics (type 7, as R and NumPy). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const last = sorted.length - 1;
  const h = last * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  return below + (h - lo) * (sorted[Math.min(lo + 1, last)]! - below);
}

/** Shifts longer than this use copyWithin (a native memmove) instead of a loop. */
const SHORT_SHIFT = 8;

/**
 * Insertion sort of (value, run) pairs, for a month whose runs arrive in last month's order: a
 * run's series changes smoothly, so runs rarely swap places and there is little to do. A value
 * that moves far (a run whose stock runs out) is placed by binary search and one block move.
 */
function insertionSort(sorted: Float64Array, order: Int32Array): void {
  for (let i = 1; i < sorted.length; i++) {
    const x = sorted[i]!;
    if (sorted[i - 1]! <= x) continue;
    const o = order[i]!;
    let j = i - 1;
    if (j < SHORT_SHIFT || sorted[j - SHORT_SHIFT]! <= x) {
      do {
        sorted[j + 1] = sorted[j]!;
        order[j + 1] = order[j]!;
        j--;
      } while (j >= 0 && sorted[j]! > x);
      sorted[j + 1] = x;
      order[j + 1] = o;
      continue;
    }
    // The first position in [0, i) holding a value above x.
    let lo = 0;
    let hi = i - SHORT_SHIFT;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    sorted.copyWithin(lo + 1, lo, i);
    order.copyWithin(lo + 1, lo, i);
    sorted[lo] = x;
    order[lo] = o;
  }
}

let orderBuffer = new Int32Array(0);
let sortBuffer = new Float64Array(0);

/**
 * Per-month quantiles (type 7, as R and NumPy, at QUANTILE_LEVELS) of a run-major matrix:
 * `length` values for run 0, then run 1, and so on, `runs` runs. One sort per month, of that
 * month's values, in the order the runs had the month before (nearly sorted already).
 */
export function summarise(matrix: Float64Array, length: number, runs: number): Bands {
  const p05 = new Float64Array(length);
  const p25 = new Float64Array(length);
  const p50 = new Float64Array(length);
  const p75 = new Float64Array(length);
  const p95 = new Float64Array(length);
  if (orderBuffer.length < runs) {
    orderBuffer = new Int32Array(runs);
    sortBuffer = new Float64Array(runs);
  }
  const order = orderBuffer.subarray(0, runs);
  const sorted = sortBuffer.subarray(0, runs);
  // Each run is named by where its row starts, so gathering a month is one add per run.
  for (let i = 0; i < runs; i++) order[i] = i * length;
  for (let t = 0; t < length; t++) {
    for (let i = 0; i < runs; i++) sorted[i] = matrix[order[i]! + t]!;
    insertionSort(sorted, order);
    p05[t] = quantileOfSorted(sorted, QUANTILE_LEVELS[0]);
    p25[t] = quantileOfSorted(sorted, QUANTILE_LEVELS[1]);
    p50[t] = quantileOfSorted(sorted, QUANTILE_LEVELS[2]);
    p75[t] = quantileOfSorted(sorted, QUANTILE_LEVELS[3]);
    p95[t] = quantileOfSorted(sorted, QUANTILE_LEVELS[4]);
  }
  return { p05, p25, p50, p75, p95 };
}
