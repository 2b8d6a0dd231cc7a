// Uncertainty: run the model many times with the uncertain ledger values drawn at random, the
// scenario and its no-export baseline on the same draws, and summarise each month by quantiles:
// of each series, and of the paired difference (scenario minus baseline within each run).
import { allocateRun, horizonOf, runInto, type RunSeries } from './model.ts';
import type { ParameterId, ParameterSpec, ParameterValues } from './parameters.ts';
import { summarise, type Bands } from './quantiles.ts';
import { createRandom, triangular, type Random } from './random.ts';

export { BAND_NAMES, QUANTILE_LEVELS, quantileOfSorted } from './quantiles.ts';
export type { BandName, Bands } from './quantiles.ts';

export const DEFAULT_RUNS = 500;
export const SCENARIO_BAND_SERIES = [
  'japanStock',
  'usPool',
  'ukraineStock',
  'unmetLaunches',
  'engagedShare',
] as const;
export const BASELINE_BAND_SERIES = ['ukraineStock', 'unmetLaunches', 'engagedShare'] as const;
/**
 * What Japan's exports change, cumulative from month 0 to month t (t = 0..H−1):
 * extraDelivered, interceptors reaching Ukraine (all of it through usToUkraine: there is no
 * Japan → Ukraine flow and other donors are the same in both runs); extraEngaged, ballistic
 * missiles engaged.
 */
export const DIFFERENCE_NAMES = ['extraDelivered', 'extraEngaged'] as const;

export type ScenarioBandSeries = (typeof SCENARIO_BAND_SERIES)[number];
export type BaselineBandSeries = (typeof BASELINE_BAND_SERIES)[number];
export type DifferenceName = (typeof DIFFERENCE_NAMES)[number];

export interface MonteCarloBands {
  scenario: Record<ScenarioBandSeries, Bands>;
  baseline: Record<BaselineBandSeries, Bands>;
}

/** Quantiles of the paired difference, per month: the difference in each run, then its quantiles. */
export type DifferenceBands = Record<DifferenceName, Bands>;

export interface MonteCarloResult {
  bands: MonteCarloBands;
  difference: DifferenceBands;
}

export interface MonteCarloOptions {
  seed: number;
  runs: number;
  /** Sees every draw's two runs (buffers are reused: copy what you keep). For tests. */
  inspect?: (scenario: RunSeries, baseline: RunSeries, drawn: ParameterValues) => void;
}

export interface Draw {
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

/** One run's draws into `target`, in ledger order: one random number per uncertain value. */
export function drawInto(random: Random, draws: readonly Draw[], target: ParameterValues): void {
  for (const d of draws) {
    target[d.id] = Math.min(d.max, Math.max(d.min, triangular(random(), d.low, d.mode, d.high)));
  }
}

/** The cumulative difference of one series between two runs, month t = 0..H−1, from `offset`. */
export function cumulativeDifference(
  scenario: Float64Array,
  baseline: Float64Array,
  out: Float64Array,
  offset = 0,
): void {
  let s = 0;
  let b = 0;
  for (let t = 0; t < scenario.length; t++) {
    s += scenario[t]!;
    b += baseline[t]!;
    out[offset + t] = s - b;
  }
}

// The run-major matrices of one Monte Carlo set, kept between calls: 500 runs × 121 months ×
// 10 series is 4.8 MB, too much to allocate on every slider move.
let scratch = new Float64Array(0);

function matrices(lengths: readonly number[], runs: number): Float64Array[] {
  const total = lengths.reduce((sum, length) => sum + length * runs, 0);
  if (scratch.length < total) scratch = new Float64Array(total);
  let at = 0;
  return lengths.map((length) => {
    const view = scratch.subarray(at, at + length * runs);
    at += length * runs;
    return view;
  });
}

function seriesOf(run: RunSeries, name: ScenarioBandSeries): Float64Array {
  return name === 'unmetLaunches' || name === 'engagedShare' ? run.demand[name] : run.stocks[name];
}

/**
 * The Monte Carlo set for `values`: `runs` draws, each run as the scenario and as its
 * no-export baseline (japanExportPerYear = 0) on the same draws. Deterministic for a seed.
 */
export function runMonteCarlo(
  ledger: readonly ParameterSpec[],
  values: ParameterValues,
  { seed, runs, inspect }: MonteCarloOptions,
): MonteCarloResult {
  const random = createRandom(seed);
  const draws = uncertainDraws(ledger, values);
  const scenarioValues = { ...values };
  const baselineValues = { ...values };
  const H = horizonOf(values);
  const scenarioRun = allocateRun(H);
  const baselineRun = allocateRun(H);
  const sources = [
    ...SCENARIO_BAND_SERIES.map((name) => seriesOf(scenarioRun, name)),
    ...BASELINE_BAND_SERIES.map((name) => seriesOf(baselineRun, name)),
  ];
  const lengths = [...sources.map((s) => s.length), H, H];
  const all = matrices(lengths, runs);
  const extraDelivered = all[sources.length]!;
  const extraEngaged = all[sources.length + 1]!;
  // Every series only when a test inspects the draws; the bands need no more than runInto's
  // short list.
  const allSeries = inspect !== undefined;

  for (let r = 0; r < runs; r++) {
    drawInto(random, draws, scenarioValues);
    for (const d of draws) baselineValues[d.id] = scenarioValues[d.id];
    // The baseline shares every draw but has no Japanese exports.
    baselineValues.japanExportPerYear = 0;
    runInto(scenarioValues, scenarioRun, allSeries);
    runInto(baselineValues, baselineRun, allSeries);
    inspect?.(scenarioRun, baselineRun, scenarioValues);
    // Run-major: each run's series is one contiguous copy.
    for (let i = 0; i < sources.length; i++) all[i]!.set(sources[i]!, r * lengths[i]!);
    const s = scenarioRun.flows;
    const b = baselineRun.flows;
    cumulativeDifference(s.usToUkraine, b.usToUkraine, extraDelivered, r * H);
    const se = scenarioRun.demand.engagedLaunches;
    cumulativeDifference(se, baselineRun.demand.engagedLaunches, extraEngaged, r * H);
  }

  const scenario = {} as Record<ScenarioBandSeries, Bands>;
  SCENARIO_BAND_SERIES.forEach((name, i) => {
    scenario[name] = summarise(all[i]!, lengths[i]!, runs);
  });
  const baseline = {} as Record<BaselineBandSeries, Bands>;
  const offset = SCENARIO_BAND_SERIES.length;
  BASELINE_BAND_SERIES.forEach((name, i) => {
    baseline[name] = summarise(all[offset + i]!, lengths[offset + i]!, runs);
  });
  return {
    bands: { scenario, baseline },
    difference: {
      extraDelivered: summarise(extraDelivered, H, runs),
      extraEngaged: summarise(extraEngaged, H, runs),
    },
  };
}
