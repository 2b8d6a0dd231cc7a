// Uncertainty: run the model many times with the uncertain ledger values drawn at random, the
// scenario and its no-export baseline on the same draws, and summarise each month by quantiles.
import { allocateRun, horizonOf, runInto, type RunSeries } from './model.ts';
import type { ParameterId, ParameterSpec, ParameterValues } from './parameters.ts';
import { createRandom, triangular } from './random.ts';

export const DEFAULT_RUNS = 500;
export const QUANTILE_LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
export const BAND_NAMES = ['p05', 'p25', 'p50', 'p75', 'p95'] as const;
export const SCENARIO_BAND_SERIES = [
  'japanStock',
  'usPool',
  'ukraineStock',
  'unmetLaunches',
] as const;
export const BASELINE_BAND_SERIES = ['ukraineStock', 'unmetLaunches'] as const;

export type BandName = (typeof BAND_NAMES)[number];
/** Per-month quantiles; the 50% band is p25–p75, the 90% band p05–p95. */
export type Bands = Record<BandName, Float64Array>;
export type ScenarioBandSeries = (typeof SCENARIO_BAND_SERIES)[number];
export type BaselineBandSeries = (typeof BASELINE_BAND_SERIES)[number];

export interface MonteCarloBands {
  scenario: Record<ScenarioBandSeries, Bands>;
  baseline: Record<BaselineBandSeries, Bands>;
}

export interface MonteCarloOptions {
  seed: number;
  runs: number;
  /** Sees every draw's two runs (buffers are reused: copy what you keep). For tests. */
  inspect?: (scenario: RunSeries, baseline: RunSeries, drawn: ParameterValues) => void;
}

interface Draw {
  id: ParameterId;
  low: number;
  mode: number;
  high: number;
  min: number;
  max: number;
}

/** The ledger values that vary: spread > 0. The horizon never varies (it sets the months). */
export function uncertainDraws(ledger: readonly ParameterSpec[], values: ParameterValues): Draw[] {
  return ledger
    .filter((p) => p.spread > 0 && p.id !== 'horizonMonths')
    .map((p) => ({
      id: p.id,
      low: values[p.id] * (1 - p.spread),
      mode: values[p.id],
      high: values[p.id] * (1 + p.spread),
      min: p.min,
      max: p.max,
    }));
}

function seriesOf(run: RunSeries, name: ScenarioBandSeries): Float64Array {
  return name === 'unmetLaunches' ? run.demand.unmetLaunches : run.stocks[name];
}

/**
 * Insertion sort of (value, run) pairs, for a month whose runs arrive in last month's order: a
 * run's stock changes smoothly, so runs rarely swap places and there is little to do. Stops once
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

/** Quantile p of ascending values, interpolated between order statistics (type 7, as R and NumPy). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const last = sorted.length - 1;
  const h = last * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  return below + (h - lo) * (sorted[Math.min(lo + 1, last)]! - below);
}

/**
 * Per-month quantiles (type 7, as R and NumPy) of a month-major matrix: `runs` values for month
 * 0, then month 1, and so on. One sort per month, of that month's values.
 */
function summarise(matrix: Float64Array, length: number, runs: number): Bands {
  const bands = {} as Bands;
  for (const b of BAND_NAMES) bands[b] = new Float64Array(length);
  const order = Int32Array.from({ length: runs }, (_, i) => i);
  const sorted = new Float64Array(runs);
  // Past this many moves the Shell sort is cheaper than carrying on.
  const budget = 8 * runs;
  for (let t = 0; t < length; t++) {
    // This month's values in last month's order of the runs: nearly sorted already.
    const offset = t * runs;
    for (let i = 0; i < runs; i++) sorted[i] = matrix[offset + order[i]!]!;
    if (t === 0 || !insertionSort(sorted, order, budget)) shellSort(sorted, order);
    for (let q = 0; q < QUANTILE_LEVELS.length; q++) {
      bands[BAND_NAMES[q]!][t] = quantileOfSorted(sorted, QUANTILE_LEVELS[q]!);
    }
  }
  return bands;
}

/** Where one summarised series is copied after each run: month-major, one column per run. */
interface Collector {
  source: Float64Array;
  matrix: Float64Array;
}

function collectors(names: readonly ScenarioBandSeries[], run: RunSeries, runs: number) {
  return names.map((name): Collector => {
    const source = seriesOf(run, name);
    return { source, matrix: new Float64Array(source.length * runs) };
  });
}

export function runMonteCarlo(
  ledger: readonly ParameterSpec[],
  values: ParameterValues,
  { seed, runs, inspect }: MonteCarloOptions,
): MonteCarloBands {
  const random = createRandom(seed);
  const draws = uncertainDraws(ledger, values);
  const scenarioValues = { ...values };
  const baselineValues = { ...values };
  const H = horizonOf(values);
  const scenarioRun = allocateRun(H);
  const baselineRun = allocateRun(H);
  const scenarioOut = collectors(SCENARIO_BAND_SERIES, scenarioRun, runs);
  const baselineOut = collectors(BASELINE_BAND_SERIES, baselineRun, runs);
  const all = [...scenarioOut, ...baselineOut];

  for (let r = 0; r < runs; r++) {
    for (const d of draws) {
      const x = Math.min(d.max, Math.max(d.min, triangular(random(), d.low, d.mode, d.high)));
      scenarioValues[d.id] = x;
      baselineValues[d.id] = x;
    }
    // The baseline shares every draw but has no Japanese exports.
    baselineValues.japanExportPerYear = 0;
    // Every series only when a test inspects the draws; the bands need stocks and unmet launches.
    const allSeries = inspect !== undefined;
    runInto(scenarioValues, scenarioRun, allSeries);
    runInto(baselineValues, baselineRun, allSeries);
    inspect?.(scenarioRun, baselineRun, scenarioValues);
    for (const { source, matrix } of all) {
      for (let t = 0; t < source.length; t++) matrix[t * runs + r] = source[t]!;
    }
  }

  const bandsOf = (c: Collector) => summarise(c.matrix, c.source.length, runs);
  const scenario = {} as Record<ScenarioBandSeries, Bands>;
  SCENARIO_BAND_SERIES.forEach((name, i) => (scenario[name] = bandsOf(scenarioOut[i]!)));
  const baseline = {} as Record<BaselineBandSeries, Bands>;
  BASELINE_BAND_SERIES.forEach((name, i) => (baseline[name] = bandsOf(baselineOut[i]!)));
  return { scenario, baseline };
}
