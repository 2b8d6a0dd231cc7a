// "What would it take?": the smallest value of one lever, on its slider's steps, at which Ukraine
// engages a goal share of the ballistic missiles within Patriot's reach over the horizon. The
// share only rises with each lever (a tested property), so bisection finds it.
import { allocateRun, horizonOf, runInto, type RunSeries } from './model.ts';
import { DEFAULT_RUNS, drawInto, uncertainDraws } from './monte-carlo.ts';
import type { ParameterSpec, ParameterValues } from './parameters.ts';
import { DEFAULT_SEED, createRandom } from './random.ts';
import { clampValues } from './simulate.ts';

/** The levers a reader can solve for. */
export const GOAL_SEEK_LEVERS = [
  'japanExportPerYear',
  'mhiOutputPerYear',
  'usProductionFrom2026',
  'usShareForUkraine',
] as const;
export type GoalSeekLever = (typeof GOAL_SEEK_LEVERS)[number];

export const GOAL_KINDS = ['engagedShare'] as const;
/**
 * engagedShare: Ukraine engages at least `share` (0..1) of the ballistic missiles within
 * Patriot's reach over the horizon: cumulative engaged ÷ cumulative reachable.
 */
export interface Goal {
  kind: (typeof GOAL_KINDS)[number];
  share: number;
}

export interface GoalSeekResult {
  /** The goal as solved (share clamped to 0..1). */
  goal: Goal;
  lever: GoalSeekLever;
  /** Smallest lever value reaching the goal in the central run; null = not inside the range. */
  central: number | null;
  /** … in at least half of the Monte Carlo runs (the lever held at the value in every run). */
  half: number | null;
  /** … in at least nine tenths of the runs. */
  nineTenths: number | null;
  /** The lever's slider: the answers are min + k × step, never above max. */
  min: number;
  max: number;
  step: number;
  /** The share engaged over the horizon in the central run at the reader's settings. */
  currentShare: number;
  /** The share engaged over the horizon in the central run with the lever at its highest. */
  shareAtMax: number;
  /**
   * Every other lever, in GOAL_SEEK_LEVERS order, with the smallest value on its slider's steps
   * that reaches the goal in the central run (null: none inside its range), the reader's other
   * settings unchanged. Lets the answer say which lever could reach a goal this one cannot.
   */
  otherLevers: { lever: GoalSeekLever; central: number | null }[];
  seed: number;
  runs: number;
}

export interface GoalSeekOptions {
  seed?: number;
  runs?: number;
}

/** Cumulative engaged ÷ cumulative reachable over a run (1 when nothing is within reach). */
export function engagedShareOverHorizon(run: RunSeries, values: ParameterValues): number {
  const reachable = (values.ballisticLaunchesPerMonth * values.engagementShare) / 100;
  if (!(reachable > 0) || run.horizon === 0) return 1;
  let engaged = 0;
  for (let t = 0; t < run.horizon; t++) engaged += run.demand.engagedLaunches[t]!;
  return engaged / (reachable * run.horizon);
}

/** Float noise allowance when comparing a share with the goal. */
const EPS = 1e-12;

/** Checks goal and lever; throws a RangeError that says what is wrong. */
export function checkGoal(goal: unknown, lever: unknown): { goal: Goal; lever: GoalSeekLever } {
  if (!GOAL_SEEK_LEVERS.includes(lever as GoalSeekLever)) {
    throw new RangeError(`goalSeek: unknown lever ${JSON.stringify(lever)}`);
  }
  const g = goal as Partial<Goal> | null;
  if (!g || typeof g !== 'object' || !GOAL_KINDS.includes(g.kind as Goal['kind'])) {
    throw new RangeError('goalSeek: the goal must be { kind: "engagedShare", share }');
  }
  if (typeof g.share !== 'number' || !Number.isFinite(g.share)) {
    throw new RangeError('goalSeek: the goal share must be a number from 0 to 1');
  }
  return {
    goal: { kind: 'engagedShare', share: Math.min(1, Math.max(0, g.share)) },
    lever: lever as GoalSeekLever,
  };
}

/** How many steps a slider has from min to max. */
function stepsOf(spec: ParameterSpec): number {
  return Math.round((spec.max - spec.min) / spec.step);
}

/** The value at step k of a slider, free of float noise (0.1 × 3 is 0.3). */
function valueOnStep(spec: ParameterSpec, k: number): number {
  return Math.round((spec.min + k * spec.step) * 1e9) / 1e9;
}

/**
 * The smallest step k in 0..steps with reaches(k), assuming reaches is monotone; steps + 1 when
 * none does. Tries the ends first: many runs reach the goal at once or never.
 */
function smallestStep(steps: number, reaches: (k: number) => boolean): number {
  if (!reaches(steps)) return steps + 1;
  if (reaches(0)) return 0;
  let lo = 0;
  let hi = steps;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Solve for the smallest value of `lever` on its slider's steps at which the goal is reached: in
 * the central run, and in at least 50% and 90% of `runs` Monte Carlo runs (the same draws as the
 * sandbox's bands for this seed, the lever held at the candidate in each). Each run's own
 * threshold is found by bisection; the two answers are order statistics of those thresholds.
 */
export function goalSeek(
  ledger: readonly ParameterSpec[],
  values: Partial<ParameterValues>,
  rawGoal: Goal,
  rawLever: GoalSeekLever,
  options: GoalSeekOptions = {},
): GoalSeekResult {
  const { goal, lever } = checkGoal(rawGoal, rawLever);
  const spec = ledger.find((p) => p.id === lever)!;
  const inputs = clampValues(ledger, values);
  const seed = Math.trunc(options.seed ?? DEFAULT_SEED);
  const runs = Math.max(1, Math.trunc(options.runs ?? DEFAULT_RUNS));
  const steps = stepsOf(spec);
  const valueAt = (k: number) => valueOnStep(spec, k);
  const run = allocateRun(horizonOf(inputs));
  const target = goal.share - EPS;

  const trial = { ...inputs };
  const reachesAt = (k: number) => {
    trial[lever] = valueAt(k);
    runInto(trial, run, false);
    return engagedShareOverHorizon(run, trial) >= target;
  };
  runInto(inputs, run, false);
  const currentShare = engagedShareOverHorizon(run, inputs);
  trial[lever] = spec.max;
  runInto(trial, run, false);
  const shareAtMax = engagedShareOverHorizon(run, trial);
  const centralStep = smallestStep(steps, reachesAt);

  const otherLevers = GOAL_SEEK_LEVERS.filter((id) => id !== lever).map((id) => {
    const other = ledger.find((p) => p.id === id)!;
    const alone = { ...inputs };
    const k = smallestStep(stepsOf(other), (j) => {
      alone[id] = valueOnStep(other, j);
      runInto(alone, run, false);
      return engagedShareOverHorizon(run, alone) >= target;
    });
    return { lever: id, central: k > stepsOf(other) ? null : valueOnStep(other, k) };
  });

  // The Monte Carlo draws, as runMonteCarlo makes them for this seed.
  const random = createRandom(seed);
  const draws = uncertainDraws(ledger, inputs);
  const thresholds = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    drawInto(random, draws, trial);
    thresholds[r] = smallestStep(steps, reachesAt);
  }
  thresholds.sort();
  // The goal is reached in at least a share p of the runs from the ⌈p·runs⌉-th smallest threshold.
  const answer = (k: number) => (k > steps ? null : valueAt(k));
  const at = (p: number) => answer(thresholds[Math.ceil(p * runs - EPS) - 1]!);
  return {
    goal,
    lever,
    central: answer(centralStep),
    half: at(0.5),
    nineTenths: at(0.9),
    min: spec.min,
    max: spec.max,
    step: spec.step,
    currentShare,
    shareAtMax,
    otherLevers,
    seed,
    runs,
  };
}
