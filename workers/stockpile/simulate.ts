// A full scenario: the central run at the (clamped) slider values, the same without Japan's
// exports, what the exports change (the paired difference), the limits that bind, and the Monte
// Carlo bands around all of it.
import { limitEvents, type LimitEvent } from './events.ts';
import { runModel, type RunSeries } from './model.ts';
import {
  DEFAULT_RUNS,
  cumulativeDifference,
  runMonteCarlo,
  type DifferenceBands,
  type DifferenceName,
  type MonteCarloBands,
} from './monte-carlo.ts';
import { clampToSpec, type ParameterSpec, type ParameterValues } from './parameters.ts';

import { DEFAULT_SEED } from './random.ts';

// Kept in random.ts so the page's first view can read it without loading the model.
export { DEFAULT_SEED };

export interface SimulateOptions {
  seed?: number;
  runs?: number;
}

/** Cumulative series over months t = 0..H−1 (see DIFFERENCE_NAMES in monte-carlo.ts). */
export type DifferenceSeries = Record<DifferenceName, Float64Array>;

export interface ScenarioDifference {
  /** The central scenario run minus its central baseline. */
  central: DifferenceSeries;
  /** Quantiles of the difference within each Monte Carlo run (paired), per month. */
  bands: DifferenceBands;
}

/** The central runs of a scenario: everything but the Monte Carlo. A few microseconds. */
export interface CentralRuns {
  /** The central run at `inputs`. */
  scenario: RunSeries;
  /** The central run at `inputs` with japanExportPerYear = 0. */
  baseline: RunSeries;
  /** scenario − baseline, cumulative. */
  differenceCentral: DifferenceSeries;
  /** The limits that bind in the central scenario run, in month order. */
  events: LimitEvent[];
}

export interface ScenarioResult {
  /** The values the model ran with, after clamping to the ledger. */
  inputs: ParameterValues;
  seed: number;
  runs: number;
  /** The central run at `inputs`. */
  scenario: RunSeries;
  /** The central run at `inputs` with japanExportPerYear = 0. */
  baseline: RunSeries;
  /** Monte Carlo bands of the scenario's and the baseline's series. */
  bands: MonteCarloBands;
  /** What Japan's exports change: central, and as bands of the paired difference. */
  difference: ScenarioDifference;
  /** The limits that bind in the central scenario run, in month order. */
  events: LimitEvent[];
}

/** Every ledger value clamped and snapped to its slider; missing or non-finite ones get the default. */
export function clampValues(
  ledger: readonly ParameterSpec[],
  values: Partial<ParameterValues>,
): ParameterValues {
  const out = {} as ParameterValues;
  for (const p of ledger) out[p.id] = clampToSpec(p, values[p.id] ?? Number.NaN);
  return out;
}

export function baselineOf(values: ParameterValues): ParameterValues {
  return { ...values, japanExportPerYear: 0 };
}

/** The central difference of two runs of the same horizon. */
export function differenceOf(scenario: RunSeries, baseline: RunSeries): DifferenceSeries {
  const H = scenario.horizon;
  const extraDelivered = new Float64Array(H);
  const extraEngaged = new Float64Array(H);
  cumulativeDifference(scenario.flows.usToUkraine, baseline.flows.usToUkraine, extraDelivered);
  cumulativeDifference(
    scenario.demand.engagedLaunches,
    baseline.demand.engagedLaunches,
    extraEngaged,
  );
  return { extraDelivered, extraEngaged };
}

/** The central runs at clamped `inputs` (no Monte Carlo): what the sandbox draws at once. */
export function centralRuns(
  ledger: readonly ParameterSpec[],
  inputs: ParameterValues,
): CentralRuns {
  const scenario = runModel(inputs);
  const baseline = runModel(baselineOf(inputs));
  const exportSpec = ledger.find((p) => p.id === 'japanExportPerYear')!;
  return {
    scenario,
    baseline,
    differenceCentral: differenceOf(scenario, baseline),
    events: limitEvents(inputs, scenario, exportSpec),
  };
}

export function simulate(
  ledger: readonly ParameterSpec[],
  values: Partial<ParameterValues>,
  options: SimulateOptions = {},
): ScenarioResult {
  const inputs = clampValues(ledger, values);
  const seed = Math.trunc(options.seed ?? DEFAULT_SEED);
  const runs = Math.max(1, Math.trunc(options.runs ?? DEFAULT_RUNS));
  const central = centralRuns(ledger, inputs);
  const monteCarlo = runMonteCarlo(ledger, inputs, { seed, runs });
  return {
    inputs,
    seed,
    runs,
    scenario: central.scenario,
    baseline: central.baseline,
    bands: monteCarlo.bands,
    difference: { central: central.differenceCentral, bands: monteCarlo.difference },
    events: central.events,
  };
}
