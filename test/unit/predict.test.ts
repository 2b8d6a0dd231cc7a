// Predict, then reveal: the guessing range never depends on the answer, and the reveal's
// sentences, word for word.
import { describe, expect, it } from 'vitest';
import { ledger, sandboxStrings as strings } from '../support/content.ts';
import {
  answerOf,
  checkpoints,
  dateOf,
  describeLineGap,
  describeRunOutGap,
  guessScale,
  initialGuesses,
  answerDrawn,
  RUN_OUT_BIG_STEP,
  runOutLabel,
} from '../../src/classroom/predict.ts';
import { fillAround } from '../../src/sandbox/strings.ts';
import { qrPath } from '../../src/classroom/qr.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

const values = defaultValues(ledger);

describe('the guesses', () => {
  it('are six evenly spaced dates to the end of the horizon', () => {
    expect(checkpoints(36)).toEqual([6, 12, 18, 24, 30, 36]);
    expect(checkpoints(120)).toEqual([20, 40, 60, 80, 100, 120]);
    expect(dateOf(6, strings)).toBe('1 July 2024');
    expect(dateOf(36, strings)).toBe('1 January 2027');
  });

  // Changed on purpose (a teacher's test on a projector): the range used to be fixed by the
  // inputs alone (0–600 for a stock of 60 that runs out), so guesses and the answer sat in the
  // bottom tenth. It now fits the start and the model's answer, with round gridlines.
  it("range over the start and the model's answer, on round gridlines", () => {
    const scale = guessScale(values.ukraineStockStart, answerDrawn(simulate(ledger, values)));
    expect(scale.max % scale.tick).toBe(0);
    expect(scale.max).toBeGreaterThan(values.ukraineStockStart);
    expect(scale.max).toBeLessThanOrEqual(values.ukraineStockStart * 2);
    expect(scale.bigStep).toBe(scale.step * 10);
    expect(scale.step).toBe(Math.max(1, scale.tick / 10));
    expect(initialGuesses(values, scale)).toEqual(Array(6).fill(values.ukraineStockStart));
  });
});

describe('the reveal', () => {
  const result = simulate(ledger, values);

  it('says how far the run-out guess is from the central run', () => {
    const runOut = answerOf(result, [], 0).runOut!;
    expect(describeRunOutGap(answerOf(result, [], runOut + 8), strings)).toBe(
      `You guessed ${dateOf(runOut + 8, strings).slice(2)} for the month Ukraine's ready interceptors run out: 8 months later than the model's central run, ${dateOf(runOut, strings).slice(2)}.`,
    );
    expect(describeRunOutGap(answerOf(result, [], runOut), strings)).toContain('the same month as');
    expect(describeRunOutGap(answerOf(result, [], 36), strings)).toContain(
      "You guessed that Ukraine's ready interceptors last beyond December 2026; in the model's central run they run out in",
    );
    const lasting = simulate(ledger, { ...values, ballisticLaunchesPerMonth: 20 });
    expect(describeRunOutGap(answerOf(lasting, [], 36), strings)).toBe(
      "You guessed that Ukraine's ready interceptors last beyond December 2026, and so they do in the model's central run.",
    );
  });

  it('counts the dates inside the 90% range and names the furthest', () => {
    const model = checkpoints(36).map((t) => Math.round(result.scenario.stocks.ukraineStock[t]!));
    expect(describeLineGap(answerOf(result, model, 36), strings)).toMatch(
      /on 6 of 6 dates\. It matches the central run on every date\.$/,
    );
    const far = [...model];
    far[2] = model[2]! + 900;
    expect(describeLineGap(answerOf(result, far, 36), strings)).toBe(
      `Your guess is inside the model's 90% range on 5 of 6 dates. It is furthest from the central run on 1 July 2025: you guessed ${far[2]} ready interceptors, the central run has ${model[2]}.`,
    );
  });
});

describe('the starting stock', () => {
  it('is one sentence around the status label, with its count in words', () => {
    const month = dateOf(0, strings).slice(2);
    const around = (template: string, count: number) =>
      fillAround(template, 'status', { month, count });
    expect(around(strings.predict.start, 60)).toEqual([
      `Ukraine starts ${month} with 60 ready interceptors`,
      ': the real number is not public.',
    ]);
    expect(around(strings.predict.start, 1)[0]).toBe(
      `Ukraine starts ${month} with 1 ready interceptor`,
    );
    expect(around(strings.predict.startSheet, 60)).toEqual([
      `In this scenario Ukraine starts ${month} with 60 interceptors ready`,
      ': the real number is not public.',
    ]);
    // A template without the slot keeps all its words, before it.
    expect(fillAround('{month} only', 'status', { month })).toEqual([`${month} only`, '']);
  });

  it('labels the run-out slider: a month, or "they last" at its far right', () => {
    expect(runOutLabel(36, 36, strings)).toBe('They last beyond December 2026');
    expect(runOutLabel(RUN_OUT_BIG_STEP, 36, strings)).toBe('July 2024');
  });
});

describe('QR codes', () => {
  it('draw one square path per run of dark modules inside a quiet zone', () => {
    const qr = qrPath('https://backfill.example.org/worksheet.html?v=1&bl=120');
    expect(qr.size).toBeGreaterThan(21 + 8);
    expect(qr.d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(qr.d).not.toMatch(/M[0-3] /); // nothing in the quiet zone
  });
});
