// What the model worker exposes through Comlink. Kept apart from the worker file so Node tests
// (and the main-thread fallback) can use exactly the same object.
import type { ParameterSpec, ParameterValues } from './parameters.ts';
import { simulate, type ScenarioResult } from './simulate.ts';

export function createModelApi(ledger: readonly ParameterSpec[]) {
  return {
    /** The scenario, its no-export baseline and the Monte Carlo bands for these inputs. */
    simulate(values: Partial<ParameterValues>, seed?: number, runs?: number): ScenarioResult {
      return simulate(ledger, values, { seed, runs });
    },
  };
}

export type ModelApi = ReturnType<typeof createModelApi>;
