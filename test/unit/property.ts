// Property checks for the model's tests. Sized by FC_RUNS: quick by default, thorough when set
// high (FC_RUNS=2000 npx vitest run test/unit/model.test.ts). A property's predicate returns null
// when it holds, or a sentence saying what failed; the test makes one expect per property (never
// one per month or per run), with fast-check's shrunk counterexample.
import fc from 'fast-check';
import { expect } from 'vitest';

/** Runs per property: the quick default, or FC_RUNS. */
export const FC_RUNS = Number(process.env.FC_RUNS ?? 100);

/** Runs for a property `cost` times as heavy as a single model run (Monte Carlo, goal seek). */
export const heavyRuns = (cost: number): number => Math.max(5, Math.round(FC_RUNS / cost));

export function holds<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (input: T) => string | null,
  numRuns = FC_RUNS,
): void {
  const details = fc.check(
    fc.property(arbitrary, (input) => predicate(input) === null),
    { numRuns },
  );
  const failure = details.failed
    ? `${predicate(details.counterexample![0])}\n${fc.defaultReportMessage(details)}`
    : null;
  expect(failure).toBeNull();
}

/** The first index where `check` fails, as "what at t", or null. */
export function firstFailure(
  length: number,
  check: (t: number) => boolean,
  what: (t: number) => string,
): string | null {
  for (let t = 0; t < length; t++) if (!check(t)) return what(t);
  return null;
}
