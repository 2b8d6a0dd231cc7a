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

/**
 * Insertion sort of (value, run) pairs, for a month whose runs arrive in last month's order: a
 * run's series changes smoothly, so runs rarely swap places and there is little to do. Stops once
 * `budget` moves are spent (returns false); the pairs stay consistent either way.
 */
function insertionSort(sorted: Float64Array, order: Int32Array, budget: number): boolean {
  let moves = 0;
  for (let i = 1; i < sorted.length; i++) {
    const x = sorted[i]!;
    if (sorted[i - 1]! <= x) continue;
    const o = order[i]!;
    let j = i - 1;
    do {
      sorted[j + 1] = sorted[j]!;
      order[j + 1] = order[j]!;
      j--;
    } while (j >= 0 && sorted[j]! > x);
    sorted[j + 1] = x;
    order[j + 1] = o;
    moves += i - 1 - j;
    if (moves > budget) return false;
  }
  return true;
}

// Ciura's gaps: a Shell sort for the first month and for months where many runs swap places.
const SHELL_GAPS = [701, 301, 132, 57, 23, 10, 4, 1];

function shellSort(sorted: Float64Array, order: Int32Array): void {
  const n = sorted.length;
  for (const gap of SHELL_GAPS) {
    for (let i = gap; i < n; i++) {
      const x = sorted[i]!;
      const o = order[i]!;
      let j = i;
      while (j >= gap && sorted[j - gap]! > x) {
        sorted[j] = sorted[j - gap]!;
        order[j] = order[j - gap]!;
        j -= gap;
      }
      sorted[j] = x;
      order[j] = o;
    }
  }
}

let orderBuffer = new Int32Array(0);
let sortBuffer = new Float64Array(0);

/**
 * Per-month quantiles (type 7, as R and NumPy) of a month-major matrix: `runs` values for month
 * 0, then month 1, and so on, `length` months. One sort per month, of that month's values, in
 * the order the runs had the month before (nearly sorted already).
 */
export function summarise(matrix: Float64Array, length: number, runs: number): Bands {
  const bands = {} as Bands;
  for (const b of BAND_NAMES) bands[b] = new Float64Array(length);
  if (orderBuffer.length < runs) {
    orderBuffer = new Int32Array(runs);
    sortBuffer = new Float64Array(runs);
  }
  const order = orderBuffer.subarray(0, runs);
  const sorted = sortBuffer.subarray(0, runs);
  for (let i = 0; i < runs; i++) order[i] = i;
  // Past this many moves the Shell sort is cheaper than carrying on.
  const budget = 8 * runs;
  for (let t = 0; t < length; t++) {
    const offset = t * runs;
    for (let i = 0; i < runs; i++) sorted[i] = matrix[offset + order[i]!]!;
    if (t === 0 || !insertionSort(sorted, order, budget)) shellSort(sorted, order);
    for (let q = 0; q < QUANTILE_LEVELS.length; q++) {
      bands[BAND_NAMES[q]!][t] = quantileOfSorted(sorted, QUANTILE_LEVELS[q]!);
    }
  }
  return bands;
}
