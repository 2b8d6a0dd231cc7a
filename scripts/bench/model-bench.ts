// How long the stockpile model takes in Node: one deterministic run, and the whole Monte Carlo
// set the sandbox asks for on every input (scenario, baseline, 500 draws of each, bands).
// Run: npx tsx scripts/bench/model-bench.ts
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadLedger } from '../content/load.ts';
import { runModel } from '../../workers/stockpile/model.ts';
import { DEFAULT_RUNS, quantileOfSorted } from '../../workers/stockpile/monte-carlo.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

export interface BenchRow {
  case: 'one run' | 'Monte Carlo set';
  horizonMonths: number;
  /** Model runs per timed call. */
  modelRuns: number;
  repetitions: number;
  medianMs: number;
  p95Ms: number;
}

export interface BenchOptions {
  contentRoot?: string;
  horizons?: number[];
  /** Timed calls per row; warm-up calls come first and are not timed. */
  repetitions?: { oneRun: number; monteCarlo: number };
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

export function benchModel(options: BenchOptions = {}): BenchRow[] {
  const ledger = loadLedger(options.contentRoot ?? 'content');
  const horizons = options.horizons ?? [36, 120];
  const repetitions = options.repetitions ?? { oneRun: 2000, monteCarlo: 300 };
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
  return rows;
}

export function benchEnvironment(): { node: string; cpu: string; cores: number } {
  const cores = cpus();
  return { node: process.version, cpu: cores[0]?.model ?? 'unknown', cores: cores.length };
}

export function formatBench(rows: readonly BenchRow[]): string {
  const env = benchEnvironment();
  const header = ['case', 'horizon', 'model runs', 'repetitions', 'median ms', 'p95 ms'];
  const body = rows.map((r) => [
    r.case,
    String(r.horizonMonths),
    String(r.modelRuns),
    String(r.repetitions),
    r.medianMs.toFixed(3),
    r.p95Ms.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Node ${env.node}, ${env.cpu} (${env.cores} cores)`,
    line(header),
    ...body.map(line),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBench(benchModel()));
}
