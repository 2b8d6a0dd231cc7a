// How many random cases a randomised test tries: one place for every property test (fast-check,
// in Vitest) and every fuzz loop (in Playwright), sized by the environment variable TEST_DEPTH.
//
//   TEST_DEPTH=thorough   each test's full count (CI sets it: .ci/run, or CI=true)
//   TEST_DEPTH=quick      a tenth of it, at least 10 (the default on a developer's machine)
//
// A test states its thorough count once: `fc.assert(property, { numRuns: runs(2000) })`, or
// `for (let i = 0; i < runs(1000); i++)`. Properties that give no count get `runs(100)` from
// test/support/vitest-setup.ts. Never hard-code a count without runs(): CI time is budgeted here.

/** The depth of this run: thorough in CI unless TEST_DEPTH says otherwise, quick elsewhere. */
export const TEST_DEPTH: 'thorough' | 'quick' =
  (process.env.TEST_DEPTH ?? (process.env.CI ? 'thorough' : 'quick')) === 'thorough'
    ? 'thorough'
    : 'quick';

/** Quick runs try this share of a test's thorough count... */
const QUICK_SHARE = 0.1;
/** ...but never fewer cases than this (nor more than the thorough count). */
const QUICK_FLOOR = 10;

/**
 * The number of random cases to try, given the test's thorough count (a positive integer).
 * Thorough: `thorough` itself. Quick: a tenth of it, rounded up, at least 10 (or `thorough` if
 * that is smaller). Deterministic for a given TEST_DEPTH, so a run is repeatable.
 */
export function runs(thorough: number): number {
  if (!Number.isInteger(thorough) || thorough < 1) {
    throw new RangeError(`runs() takes a positive whole count, not ${thorough}`);
  }
  if (TEST_DEPTH === 'thorough') return thorough;
  return Math.min(thorough, Math.max(QUICK_FLOOR, Math.ceil(thorough * QUICK_SHARE)));
}
