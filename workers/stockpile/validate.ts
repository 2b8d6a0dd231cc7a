// Checks a result that came back from the model worker against the shape the UI relies on. A
// worker's answer is untrusted input like any other: anything malformed is reported as one
// plain sentence, and the client then runs the model itself (src/sandbox/model-client.ts).
import {
  CROSSING_STOCKS,
  LIMIT_EVENT_FIELDS,
  LIMIT_EVENT_KINDS,
  type LimitEventKind,
} from './events.ts';
import { GOAL_SEEK_LEVERS, type Goal, type GoalSeekLever } from './goal-seek.ts';
import { DEMAND_NAMES, FLOW_NAMES, STOCK_NAMES, horizonOf, monthKey } from './model.ts';
import {
  BAND_NAMES,
  BASELINE_BAND_SERIES,
  DIFFERENCE_NAMES,
  SCENARIO_BAND_SERIES,
} from './monte-carlo.ts';
import type { ParameterSpec, ParameterValues } from './parameters.ts';

type Loose = Record<string, unknown>;

const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;

/** A problem found, as a path and what is wrong with it. */
class Malformed extends Error {}

function fail(path: string, what: string): never {
  throw new Malformed(`${path} ${what}`);
}

function object(x: unknown, path: string): Loose {
  if (!isObject(x) || Array.isArray(x)) fail(path, 'is not an object');
  return x;
}

function finite(x: unknown, path: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(path, 'is not a finite number');
  return x;
}

function series(x: unknown, length: number, path: string): void {
  if (!(x instanceof Float64Array)) fail(path, 'is not a Float64Array');
  if (x.length !== length) fail(path, `has ${x.length} values, not ${length}`);
  for (let i = 0; i < length; i++) {
    if (!Number.isFinite(x[i]!)) fail(`${path}[${i}]`, 'is not a finite number');
  }
}

function bands(x: unknown, length: number, path: string): void {
  const b = object(x, path);
  for (const level of BAND_NAMES) series(b[level], length, `${path}.${level}`);
}

function run(x: unknown, H: number, path: string): void {
  const r = object(x, path);
  if (r.horizon !== H) fail(`${path}.horizon`, `is not ${H}`);
  const months = r.months;
  if (!Array.isArray(months) || months.length !== H) fail(`${path}.months`, `is not ${H} months`);
  for (let t = 0; t < H; t++) {
    if (months[t] !== monthKey(t)) fail(`${path}.months[${t}]`, `is not ${monthKey(t)}`);
  }
  const stocks = object(r.stocks, `${path}.stocks`);
  for (const name of STOCK_NAMES) series(stocks[name], H + 1, `${path}.stocks.${name}`);
  const flows = object(r.flows, `${path}.flows`);
  for (const name of FLOW_NAMES) series(flows[name], H, `${path}.flows.${name}`);
  const demand = object(r.demand, `${path}.demand`);
  for (const name of DEMAND_NAMES) series(demand[name], H, `${path}.demand.${name}`);
}

function events(x: unknown, H: number): void {
  if (!Array.isArray(x)) fail('events', 'is not a list');
  x.forEach((raw, i) => {
    const path = `events[${i}]`;
    const e = object(raw, path);
    if (!LIMIT_EVENT_KINDS.includes(e.kind as LimitEventKind)) fail(`${path}.kind`, 'is unknown');
    const month = finite(e.month, `${path}.month`);
    if (!Number.isInteger(month) || month < 0 || month >= H) fail(`${path}.month`, 'is no month');
    for (const field of LIMIT_EVENT_FIELDS[e.kind as LimitEventKind]) {
      finite(e[field], `${path}.${field}`);
    }
    if ('months' in e) {
      const months = e.months as number;
      if (!Number.isInteger(months) || months < 1 || month + months > H) {
        fail(`${path}.months`, 'runs outside the horizon');
      }
    }
    if (e.kind === 'stocksCross' && !CROSSING_STOCKS.includes(e.stock as 'usPool')) {
      fail(`${path}.stock`, 'is unknown');
    }
  });
}

function inputs(x: unknown, ledger: readonly ParameterSpec[], expected?: ParameterValues) {
  const values = object(x, 'inputs');
  for (const p of ledger) {
    const value = finite(values[p.id], `inputs.${p.id}`);
    if (expected && value !== expected[p.id]) fail(`inputs.${p.id}`, 'is not the value asked for');
  }
  return values as ParameterValues;
}

/** What a scenario result should match: the request as the model would clamp it. */
export interface ExpectedScenario {
  inputs: ParameterValues;
  seed: number;
  runs: number;
}

/**
 * Null when `result` has the shape of a ScenarioResult for `expected` (every series of the
 * right length and finite, known event kinds); otherwise a sentence naming the first problem.
 */
export function scenarioResultProblem(
  result: unknown,
  ledger: readonly ParameterSpec[],
  expected?: ExpectedScenario,
): string | null {
  try {
    const r = object(result, 'the result');
    const values = inputs(r.inputs, ledger, expected?.inputs);
    if (expected && r.seed !== expected.seed) fail('seed', 'is not the seed asked for');
    if (expected && r.runs !== expected.runs) fail('runs', 'is not the number asked for');
    const H = horizonOf(values);
    run(r.scenario, H, 'scenario');
    run(r.baseline, H, 'baseline');
    const b = object(r.bands, 'bands');
    const scenario = object(b.scenario, 'bands.scenario');
    const lengthOf = (name: string) =>
      (STOCK_NAMES as readonly string[]).includes(name) ? H + 1 : H;
    for (const name of SCENARIO_BAND_SERIES) {
      bands(scenario[name], lengthOf(name), `bands.scenario.${name}`);
    }
    const baseline = object(b.baseline, 'bands.baseline');
    for (const name of BASELINE_BAND_SERIES) {
      bands(baseline[name], lengthOf(name), `bands.baseline.${name}`);
    }
    const d = object(r.difference, 'difference');
    const central = object(d.central, 'difference.central');
    const dBands = object(d.bands, 'difference.bands');
    for (const name of DIFFERENCE_NAMES) {
      series(central[name], H, `difference.central.${name}`);
      bands(dBands[name], H, `difference.bands.${name}`);
    }
    events(r.events, H);
    return null;
  } catch (error) {
    if (error instanceof Malformed) return error.message;
    return 'the result could not be read';
  }
}

/** Null when `result` is a GoalSeekResult for this goal and lever; otherwise the first problem. */
export function goalSeekResultProblem(
  result: unknown,
  ledger: readonly ParameterSpec[],
  expected: { goal: Goal; lever: GoalSeekLever; seed: number; runs: number },
): string | null {
  try {
    const r = object(result, 'the answer');
    if (!GOAL_SEEK_LEVERS.includes(r.lever as GoalSeekLever) || r.lever !== expected.lever) {
      fail('lever', 'is not the lever asked for');
    }
    const goal = object(r.goal, 'goal');
    if (goal.kind !== expected.goal.kind || goal.share !== expected.goal.share) {
      fail('goal', 'is not the goal asked for');
    }
    if (r.seed !== expected.seed || r.runs !== expected.runs) fail('seed', 'or runs differ');
    const spec = ledger.find((p) => p.id === expected.lever)!;
    for (const key of ['min', 'max', 'step'] as const) {
      if (r[key] !== spec[key]) fail(key, "is not the slider's");
    }
    for (const key of ['currentShare', 'shareAtMax'] as const) {
      const share = finite(r[key], key);
      if (share < 0 || share > 1 + 1e-9) fail(key, 'is not a share');
    }
    const onSteps = (value: unknown, p: ParameterSpec, key: string) => {
      if (value === null) return;
      const x = finite(value, key);
      const k = (x - p.min) / p.step;
      if (x < p.min || x > p.max || Math.abs(k - Math.round(k)) > 1e-6) {
        fail(key, "is not on the slider's steps");
      }
    };
    for (const key of ['central', 'half', 'nineTenths'] as const) onSteps(r[key], spec, key);
    const others = GOAL_SEEK_LEVERS.filter((id) => id !== expected.lever);
    if (!Array.isArray(r.otherLevers) || r.otherLevers.length !== others.length) {
      fail('otherLevers', 'is not one answer per other lever');
    }
    (r.otherLevers as unknown[]).forEach((item, i) => {
      const o = object(item, `otherLevers[${i}]`);
      if (o.lever !== others[i]) fail(`otherLevers[${i}].lever`, 'is not the next other lever');
      onSteps(
        o.central,
        ledger.find((p) => p.id === others[i])!,
        `otherLevers[${i}].central`,
      );
    });
    return null;
  } catch (error) {
    if (error instanceof Malformed) return error.message;
    return 'the answer could not be read';
  }
}
