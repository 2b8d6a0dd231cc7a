// How long the stockpile model takes in Node: one deterministic run; the whole Monte Carlo set
// the sandbox asks for on every input (scenario and baseline, 500 draws of each, the bands and
// the paired difference bands); and a goal-seek answer for each lever ("What would it take?").
// Measured and printed, never asserted. Run: npx tsx scripts/bench/model-bench.ts
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadLedger } from '../content/load.ts';
import {
  GOAL_SEEK_LEVERS,
  engagedShareOverHorizon,
  goalSeek,
  type GoalSeekLever,
} from '../../workers/stockpile/goal-seek.ts';
import { runModel } from '../../workers/stockpile/model.ts';
import { DEFAULT_RUNS, quantileOfSorted } from '../../workers/stockpile/monte-carlo.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

/** Budgets from issue 10 §4, in the worker; printed beside the measures, not asserted. */
export const MODEL_BUDGETS_MS = { monteCarlo120: 10, goalSeek: 100 } as const;

export interface BenchRow {
  case: 'one run' | 'Monte Carlo set' | 'goal seek';
  horizonMonths: number;
  /** Model runs per timed call (for a goal seek: the Monte Carlo runs it solves over). */
  modelRuns: number;
  /** For a goal seek: the lever solved for, and the goal share. */
  lever?: GoalSeekLever;
  goal?: number;
  repetitions: number;
  medianMs: number;
  p95Ms: number;
}

export interface BenchOptions {
  contentRoot?: string;
  horizons?: number[];
  /** Timed calls per row; warm-up calls come first and are not timed. */
  repetitions?: { oneRun: number; monteCarlo: number; goalSeek?: number };
  warmup?: number;
}

function time(call: (i: number) => unknown, repetitions: number, warmup: number) {
  for (let i = 0; i < warmup; i++) call(i);
  const ms: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    call(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { medianMs: quantileOfSorted(ms, 0.5), p95Ms: quantileOfSorted(ms, 0.95) };
}

/**
 * A goal that makes a goal seek work hard: the share Ukraine engages in the central run with
 * the lever halfway along its slider, so about half the runs need a full bisection.
 */
function hardGoal(
  ledger: ReturnType<typeof loadLedger>,
  values: ParameterValues,
  lever: GoalSeekLever,
) {
  const spec = ledger.find((p) => p.id === lever)!;
  const mid = {
    ...values,
    [lever]: spec.min + Math.round((spec.max - spec.min) / 2 / spec.step) * spec.step,
  };
  return engagedShareOverHorizon(runModel(mid), mid);
}

export function benchModel(options: BenchOptions = {}): BenchRow[] {
  const ledger = loadLedger(options.contentRoot ?? 'content');
  const horizons = options.horizons ?? [36, 120];
  const repetitions = options.repetitions ?? { oneRun: 2000, monteCarlo: 300, goalSeek: 60 };
  const warmup = options.warmup ?? 50;
  const rows: BenchRow[] = [];
  for (const horizonMonths of horizons) {
    const values = { ...defaultValues(ledger), horizonMonths };
    rows.push({
      case: 'one run',
      horizonMonths,
      modelRuns: 1,
      repetitions: repetitions.oneRun,
      ...time(() => runModel(values), repetitions.oneRun, warmup),
    });
    rows.push({
      case: 'Monte Carlo set',
      horizonMonths,
      modelRuns: 2 + 2 * DEFAULT_RUNS,
      repetitions: repetitions.monteCarlo,
      ...time((seed) => simulate(ledger, values, { seed }), repetitions.monteCarlo, warmup),
    });
  }
  const horizonMonths = Math.max(...horizons);
  const values = { ...defaultValues(ledger), horizonMonths };
  const goalRepetitions = repetitions.goalSeek ?? 60;
  for (const lever of GOAL_SEEK_LEVERS) {
    const share = hardGoal(ledger, values, lever);
    const goal = { kind: 'engagedShare', share } as const;
    rows.push({
      case: 'goal seek',
      horizonMonths,
      modelRuns: DEFAULT_RUNS,
      lever,
      goal: share,
      repetitions: goalRepetitions,
      ...time(
        (seed) => goalSeek(ledger, values, goal, lever, { seed }),
        goalRepetitions,
        Math.min(warmup, 10),
      ),
    });
  }
  return rows;
}

export function benchEnvironment(): { node: string; cpu: string; cores: number } {
  const cores = cpus();
  return { node: process.version, cpu: cores[0]?.model ?? 'unknown', cores: cores.length };
}

export function formatBench(rows: readonly BenchRow[]): string {
  const env = benchEnvironment();
  const header = ['case', 'horizon', 'model runs', 'repetitions', 'median ms', 'p95 ms', 'budget'];
  const budget = (r: BenchRow) =>
    r.case === 'goal seek'
      ? `≤ ${MODEL_BUDGETS_MS.goalSeek}`
      : r.case === 'Monte Carlo set' && r.horizonMonths === 120
        ? `≤ ${MODEL_BUDGETS_MS.monteCarlo120}`
        : '';
  const body = rows.map((r) => [
    r.lever ? `${r.case}: ${r.lever} (goal ${(100 * r.goal!).toFixed(1)}%)` : r.case,
    String(r.horizonMonths),
    String(r.modelRuns),
    String(r.repetitions),
    r.medianMs.toFixed(3),
    r.p95Ms.toFixed(3),
    budget(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Node ${env.node}, ${env.cpu} (${env.cores} cores)`,
    line(header),
    ...body.map(line),
    'Monte Carlo set: scenario and baseline, 500 draws each, bands of 8 series and paired bands of 2.',
    'Goal seek: central run, then each of the 500 runs bisected over the slider (budgets are for the worker).',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBench(benchModel()));
}
