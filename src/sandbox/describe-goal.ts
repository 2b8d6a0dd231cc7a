// "What would it take?" in words: the answer of goalSeek (workers/stockpile/goal-seek.ts), from
// content/sandbox/strings.yaml.
import { formatCount, formatPercent, formatWithUnit } from '../lib/format.ts';
import type { GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { month } from './describe-common.ts';
import { fill, type SandboxStrings } from './strings.ts';

/**
 * One sentence: the smallest setting of the lever that reaches the goal in the central run, in
 * half and in nine tenths of the Monte Carlo runs, or that no setting inside the ledger's range
 * does. `horizonMonths` is the run's horizon (the goal holds through its last month).
 */
export function describeGoalSeek(
  answer: GoalSeekResult,
  horizonMonths: number,
  strings: SandboxStrings,
  ledger: readonly ParameterSpec[],
): string {
  const spec = ledger.find((p) => p.id === answer.lever)!;
  const words = strings.goalSeek;
  const value = (x: number) => formatWithUnit(x, spec.unit);
  const goal = formatPercent(answer.goal.share);
  const end = month(Math.max(1, Math.round(horizonMonths)) - 1);
  const lever = strings.levers[answer.lever];
  const max = value(answer.max);
  const { central, half, nineTenths } = answer;
  if (central === null && half === null && nineTenths === null) {
    return fill(words.nowhere, { goal, end, lever, max });
  }
  if (central === answer.min && half === answer.min && nineTenths === answer.min) {
    return fill(words.everywhere, { goal, end, lever });
  }
  const at = (x: number | null) =>
    x === null ? fill(words.beyond, { max }) : fill(words.atLeast, { value: value(x) });
  return fill(words.answer, {
    goal,
    end,
    lever,
    central: at(central),
    half: at(half),
    runs: formatCount(answer.runs),
    nineTenths: at(nineTenths),
  });
}
