// The model's own numbers, written into copy where a writer puts their name, so the words cannot
// drift from the code (issue 12 §2). `{startMonth}` is month 0 of every run (from START_YEAR:
// "January 2024"), written into every content file as it is read, before it is parsed.
// `{runs}`, the Monte Carlo runs behind the bands (DEFAULT_RUNS), is written only into
// model.md: elsewhere `{runs}` is a placeholder filled at run time with the runs actually made.
import { formatMonth } from '../../src/lib/format.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import { DEFAULT_RUNS } from '../../workers/stockpile/monte-carlo.ts';

/** Each name a writer may use in braces, and the text it stands for. */
export const MODEL_NUMBERS = {
  startMonth: formatMonth(monthKey(0)),
  runs: String(DEFAULT_RUNS),
} as const;

type Name = keyof typeof MODEL_NUMBERS;

/** `text` with each of `names` in braces written out; other braces are left alone. */
export function writeModelNumbers(text: string, names: readonly Name[] = ['startMonth']): string {
  let out = text;
  for (const name of names) out = out.replaceAll(`{${name}}`, MODEL_NUMBERS[name]);
  return out;
}
