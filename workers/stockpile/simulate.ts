// A full scenario: the central run at the (clamped) slider values, the same without Japan's
// exports, and the Monte Carlo bands around both.
import { runModel, type RunSeries } from './model.ts';
import { DEFAULT_RUNS, runMonteCarlo, type MonteCarloBands } from './monte-carlo.ts';
import { clampToSpec, type ParameterSpec, type ParameterValues } from './parameters.ts';

export const DEFAULT_SEED = 1;

export interface SimulateOptions {
  seed?: number;
  runs?: number;
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
  bands: MonteCarloBands;
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

export function simulate(
  ledger: readonly ParameterSpec[],
  values: Partial<ParameterValues>,
  options: SimulateOptions = {},
): ScenarioResult {
  const inputs = clampValues(ledger, values);
  const seed = Math.trunc(options.seed ?? DEFAULT_SEED);
  const runs = Math.max(1, Math.trunc(options.runs ?? DEFAULT_RUNS));
  return {
    inputs,
    seed,
    runs,
    scenario: runModel(inputs),
    baseline: runModel(baselineOf(inputs)),
    bands: runMonteCarlo(ledger, inputs, { seed, runs }),
  };
}
