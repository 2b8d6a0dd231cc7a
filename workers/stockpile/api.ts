// What the model worker exposes through Comlink. Kept apart from the worker file so Node tests
// (and the main-thread fallback) can use exactly the same object.
import { goalSeek, type Goal, type GoalSeekLever, type GoalSeekResult } from './goal-seek.ts';
import type { ParameterSpec, ParameterValues } from './parameters.ts';
import { simulate, type ScenarioResult } from './simulate.ts';

export function createModelApi(ledger: readonly ParameterSpec[]) {
  return {
    /**
     * The scenario, its no-export baseline, what the exports change (central and paired bands),
     * the limits that bind, and the Monte Carlo bands for these inputs.
     */
    simulate(values: Partial<ParameterValues>, seed?: number, runs?: number): ScenarioResult {
      return simulate(ledger, values, { seed, runs });
    },
    /**
     * The smallest value of `lever` on its slider's steps that reaches `goal`, in the central run
     * and in half and nine tenths of the Monte Carlo runs (null: not inside the ledger's range).
     * Throws a RangeError for an unknown lever or a malformed goal.
     */
    goalSeek(
      values: Partial<ParameterValues>,
      goal: Goal,
      lever: GoalSeekLever,
      seed?: number,
      runs?: number,
    ): GoalSeekResult {
      return goalSeek(ledger, values, goal, lever, { seed, runs });
    },
  };
}

export type ModelApi = ReturnType<typeof createModelApi>;
