// Predict, then reveal: the arithmetic and the sentences of the classroom's prediction activity.
// Students guess Ukraine's ready interceptors at a few dates and the month they first run out;
// the model's central run and its 90% range are the answer. Pure: no DOM. The sentences come
// from content/sandbox/strings.yaml (`predict`), passed in as `strings`, and are tested word
// for word.
import { scaleLinear } from 'd3-scale';
import { formatCount, formatMonth } from '../lib/format.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import type { ParameterValues } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { runOutMonth } from '../sandbox/describe.ts';
import { fill, type SandboxStrings } from '../sandbox/strings.ts';

/** With Shift held, the run-out slider's arrow keys move this many months. */
export const RUN_OUT_BIG_STEP = 6;

/** How many dates students guess at. */
export const CHECKPOINT_COUNT = 6;

/** Stock indices to guess at: evenly spaced to the end (index H is the end of the last month). */
export function checkpoints(horizon: number, count = CHECKPOINT_COUNT): number[] {
  const n = Math.max(1, Math.min(count, horizon));
  return Array.from({ length: n }, (_, k) => Math.round(((k + 1) * horizon) / n));
}

/** The date a stock index stands for: stock t is held on the 1st of month t. "1 July 2025". */
export function dateOf(t: number, strings: SandboxStrings): string {
  return fill(strings.predict.date, { month: formatMonth(monthKey(t)) });
}

export interface GuessScale {
  /** The top of the value axis, in interceptors: a multiple of `tick`. */
  max: number;
  /** The distance between the axis's gridlines (a 1, 2 or 5 times a power of ten). */
  tick: number;
  step: number;
  /** With Shift held, arrow keys move this far. */
  bigStep: number;
}

/** What the model's answer draws: the stock with and without Japan's exports, and its range's top. */
export function answerDrawn(result: ScenarioResult): ArrayLike<number>[] {
  return [
    result.scenario.stocks.ukraineStock,
    result.baseline.stocks.ukraineStock,
    result.bands.scenario.ukraineStock.p95,
  ];
}

/** About this many gridlines above zero on the value axis. */
const AXIS_TICKS = 4;

/**
 * The value axis that the guess and the model's answer share (the classroom's chart, the
 * worksheet's sketch grid and its answer chart), fitted to the scenario: from 0 to a tenth
 * above the highest of the starting stock and everything the answer draws (`drawn`, e.g.
 * answerDrawn), rounded up to a gridline at a round number (d3's `nice`, four gridlines or so).
 * So a stock that runs out from 60 gets 0–80, and one that grows to 400 gets 0–500. Guesses move
 * in tenths of a gridline, Shift in whole ones. Interceptors.
 */
export function guessScale(start: number, drawn: readonly ArrayLike<number>[] = []): GuessScale {
  let top = Number.isFinite(start) ? Math.max(0, start) : 0;
  for (const series of drawn)
    for (let i = 0; i < series.length; i++) {
      const v = series[i] ?? 0;
      if (Number.isFinite(v)) top = Math.max(top, v);
    }
  const y = scaleLinear()
    .domain([0, Math.max(10, top * 1.1)])
    .nice(AXIS_TICKS);
  const ticks = y.ticks(AXIS_TICKS);
  const max = y.domain()[1]!;
  const tick = ticks.length > 1 ? ticks[1]! - ticks[0]! : max;
  const step = Math.max(1, tick / 10);
  return { max, tick, step, bigStep: step * 10 };
}

/** A neutral first guess: the stock stays where it starts (and so never runs out). */
export function initialGuesses(values: ParameterValues, scale: GuessScale): number[] {
  const start = Math.min(scale.max, Math.round(values.ukraineStockStart / scale.step) * scale.step);
  return checkpoints(Math.round(values.horizonMonths)).map(() => start);
}

export interface AnswerPoint {
  t: number;
  guess: number;
  model: number;
  low: number;
  high: number;
}

export interface PredictAnswer {
  horizon: number;
  points: AnswerPoint[];
  /** The month the central run first runs out in, or null if it lasts to the end. */
  runOut: number | null;
  /** The guessed month, or `horizon` for "lasts to the end". */
  guessRunOut: number;
}

export function answerOf(
  result: ScenarioResult,
  guesses: readonly number[],
  guessRunOut: number,
): PredictAnswer {
  const { scenario, bands } = result;
  const band = bands.scenario.ukraineStock;
  const points = checkpoints(scenario.horizon).map((t, i) => ({
    t,
    guess: guesses[i] ?? 0,
    model: scenario.stocks.ukraineStock[t] ?? 0,
    low: band.p05[t] ?? 0,
    high: band.p95[t] ?? 0,
  }));
  return { horizon: scenario.horizon, points, runOut: runOutMonth(scenario), guessRunOut };
}

/** The month a run-out slider shows: a month, or "lasts" past the last month. */
export function runOutLabel(month: number, horizon: number, strings: SandboxStrings): string {
  return month >= horizon
    ? fill(strings.predict.lastsBeyond, { month: formatMonth(monthKey(horizon - 1)) })
    : formatMonth(monthKey(month));
}

/** The run-out guess against the central run, in one sentence. */
export function describeRunOutGap(answer: PredictAnswer, strings: SandboxStrings): string {
  const words = strings.predict;
  const { runOut, guessRunOut, horizon } = answer;
  const end = formatMonth(monthKey(horizon - 1));
  const lasts = guessRunOut >= horizon;
  const guess = formatMonth(monthKey(guessRunOut));
  if (runOut === null && lasts) return fill(words.bothLast, { end });
  if (runOut === null) return fill(words.guessRunsOut, { guess, end });
  const model = formatMonth(monthKey(runOut));
  if (lasts) return fill(words.guessLasts, { end, model });
  const gap = guessRunOut - runOut;
  if (gap === 0) return fill(words.sameMonth, { model });
  const direction = gap > 0 ? words.later : words.earlier;
  return fill(words.gap, { guess, gap: Math.abs(gap), direction, model });
}

/** The guessed line against the central run and its 90% range, in two sentences. */
export function describeLineGap(answer: PredictAnswer, strings: SandboxStrings): string {
  const words = strings.predict;
  const { points } = answer;
  const inside = points.filter(
    (p) => Math.round(p.guess) >= Math.floor(p.low) && Math.round(p.guess) <= Math.ceil(p.high),
  ).length;
  const range = fill(words.inRange, { inside, dates: points.length });
  let furthest = points[0]!;
  for (const p of points) {
    if (Math.abs(p.guess - p.model) > Math.abs(furthest.guess - furthest.model)) furthest = p;
  }
  const model = Math.round(furthest.model) || 0;
  const guess = Math.round(furthest.guess);
  if (Math.abs(guess - model) < 1) return `${range} ${words.matches}`;
  const at = dateOf(furthest.t, strings);
  return `${range} ${fill(words.furthest, { date: at, guess, model: formatCount(model) })}`;
}

/** Everything the reveal says, in order: for the page and its polite live region. */
export function describeReveal(answer: PredictAnswer, strings: SandboxStrings): string[] {
  return [describeRunOutGap(answer, strings), describeLineGap(answer, strings)];
}
