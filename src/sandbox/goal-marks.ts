// "What would it take?": the answer's marks on its lever's slider.
import type { ParameterSpec, ParameterId } from '../../workers/stockpile/parameters.ts';
import type { GoalSeekLever, GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';
import type { SandboxCopy } from '../lib/content-types.ts';
import { formatWithUnit } from '../lib/format.ts';
import type { SliderMark } from './slider-marks.ts';
import { fill } from './strings.ts';

/**
 * The marks ("central run", "half the runs", "nine in ten") the goal-seek answer puts on its
 * lever, keyed by that lever; none when there is no answer or it answers an older question
 * (a different lever or goal share), so a stale answer never marks a slider.
 */
export function goalMarks(
  answer: GoalSeekResult | null,
  question: { lever: GoalSeekLever; share: number },
  parameters: readonly ParameterSpec[],
  words: SandboxCopy,
): Partial<Record<ParameterId, SliderMark[]>> {
  if (!answer || answer.lever !== question.lever || answer.goal.share !== question.share) return {};
  const spec = parameters.find((p) => p.id === answer.lever)!;
  const g = words.goal;
  const marks = (['central', 'half', 'nineTenths'] as const).flatMap((kind) => {
    const value = answer[kind];
    if (value === null) return [];
    const which = g[kind];
    const text = fill(g.mark, { value: formatWithUnit(value, spec.unit), which });
    return [{ kind, value, short: kind === 'central' ? which : '', text }];
  });
  return { [answer.lever]: marks };
}
