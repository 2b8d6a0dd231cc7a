// The model's start month and run count are written into copy from the code (issue 12 §2): a
// change to START_YEAR or DEFAULT_RUNS reaches every sentence that names them.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { MODEL_NUMBERS, writeModelNumbers } from '../../scripts/content/model-numbers.ts';
import { START_YEAR } from '../../workers/stockpile/model.ts';
import { DEFAULT_RUNS } from '../../workers/stockpile/monte-carlo.ts';

describe("the model's numbers in copy", () => {
  it('are month 0 of the model and its default run count', () => {
    expect(MODEL_NUMBERS.startMonth).toBe(`January ${START_YEAR}`);
    expect(MODEL_NUMBERS.runs).toBe(String(DEFAULT_RUNS));
  });

  it('write {startMonth} everywhere, and {runs} only where asked (elsewhere it is filled at run time)', () => {
    expect(writeModelNumbers('since {startMonth}, {runs} runs, {n}')).toBe(
      `since January ${START_YEAR}, {runs} runs, {n}`,
    );
    expect(writeModelNumbers('{runs} times', ['runs'])).toBe(`${DEFAULT_RUNS} times`);
  });

  it('leave no {startMonth} in the loaded content, and the model page gives both numbers', () => {
    const result = loadContent('content');
    if (!result.ok) throw new Error(result.problems.format());
    const all = JSON.stringify(result.content);
    expect(all).not.toContain('{startMonth}');
    const label = result.content.parameters.find((p) => p.id === 'ukraineStockStart')?.label;
    expect(label).toContain(`January ${START_YEAR}`);
    expect(result.content.modelDoc.html).toContain(`running the model ${DEFAULT_RUNS} times`);
    expect(result.content.modelDoc.html).toContain(`Month 0 is January ${START_YEAR}`);
  });
});
