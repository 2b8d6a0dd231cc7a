// "What would it take?" in words: the answer of goalSeek (workers/stockpile/goal-seek.ts), from
// content/sandbox/strings.yaml.
import { LOCALE, formatCount, formatPercent, formatWithUnit } from '../lib/format.ts';
import type { GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { month } from './describe-common.ts';
import { fill, type SandboxStrings } from './strings.ts';

const OR = new Intl.ListFormat(LOCALE, { type: 'disjunction' });

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
  const goal = formatPercent(answer.goal.share, strings.percent);
  const end = month(Math.max(1, Math.round(horizonMonths)) - 1);
  const lever = strings.levers[answer.lever];
  const max = value(answer.max);
  const { central, half, nineTenths } = answer;
  // Where this lever cannot do it, say which others can: the honest answer to "what would it
  // take?" is often "not this".
  const instead = central === null ? ` ${otherLevers(answer, strings, ledger)}` : '';
  if (central === null && half === null && nineTenths === null) {
    const best = formatPercent(answer.shareAtMax, strings.percent);
    return fill(words.nowhere, { goal, end, lever, max, best }) + instead;
  }
  // Say first when the reader's own settings already reach the goal: the answer then tells how
  // far the lever could fall, which reads oddly without it.
  const already =
    answer.currentShare >= answer.goal.share
      ? `${fill(words.already, { share: formatPercent(answer.currentShare, strings.percent) })} `
      : '';
  if (central === answer.min && half === answer.min && nineTenths === answer.min) {
    return fill(words.everywhere, { goal, end, lever });
  }
  const at = (x: number | null) =>
    x === null
      ? fill(words.beyond, { max })
      : fill(x === answer.min ? words.atMin : words.atLeast, { value: value(x) });
  return (
    already +
    fill(words.answer, {
      goal,
      end,
      lever,
      central: at(central),
      half: at(half),
      runs: formatCount(answer.runs),
      nineTenths: at(nineTenths),
    }) +
    instead
  );
}

/** "In the model's central run, X at 39% or Y at 1,120 a year would reach it." */
function otherLevers(
  answer: GoalSeekResult,
  strings: SandboxStrings,
  ledger: readonly ParameterSpec[],
): string {
  const words = strings.goalSeek;
  const reaching = answer.otherLevers.flatMap(({ lever, central }) => {
    if (central === null) return [];
    const unit = ledger.find((p) => p.id === lever)!.unit;
    const value = formatWithUnit(central, unit);
    return [fill(words.otherLever, { lever: strings.levers[lever], value })];
  });
  if (reaching.length === 0) return words.noOther;
  return fill(words.instead, { others: OR.format(reaching) });
}
