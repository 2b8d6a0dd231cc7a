// Issue 13, item 14: the worksheet's two sheets (?sheet=student|answers) are read like every
// other link option and documented from the same definition; the sketch grid, the classroom's
// chart and the answer chart share one value axis.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import {
  SHEET_OPTION,
  WORKSHEET_SHEETS,
  linkOptionDocs,
  parseSheetOption,
} from '../../src/classroom/link-options.ts';
import { guessScale } from '../../src/classroom/predict.ts';
import { checkSiteLink } from '../../scripts/content/site-links.ts';
import { FC_RUNS } from './property.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const context = {
  ledger: result.content.parameters,
  stepIds: result.content.steps.map((s) => s.state),
  links: result.content.links,
};

describe('the sheet option', () => {
  it('reads student and answers, in any case, and prints the student sheet by default', () => {
    expect(parseSheetOption('sheet=answers', result.content.links)).toEqual({
      value: 'answers',
      notices: [],
    });
    expect(parseSheetOption('sheet=STUDENT', result.content.links)).toEqual({
      value: 'student',
      notices: [],
    });
    expect(parseSheetOption('', result.content.links)).toEqual({ value: 'student', notices: [] });
    expect(WORKSHEET_SHEETS).toEqual(['student', 'answers']);
  });

  it('anything else prints the student sheet, and says so', () => {
    const read = parseSheetOption('sheet=teacher%3Cb%3E', result.content.links);
    expect(read.value).toBe('student');
    expect(read.notices.map((n) => n.message)).toEqual([
      'Sheet: “teacher<b>” is not student or answers, so the student sheet is printed.',
    ]);
    expect(parseSheetOption('Sheet=answers', result.content.links).value).toBe('student');
    expect(parseSheetOption('Sheet=answers', result.content.links).notices).toHaveLength(1);
  });

  it('is documented for the worksheet, from its definition, with a working example', () => {
    const doc = linkOptionDocs(context, result.content.ui.linkOptions).find(
      (d) => d.key === SHEET_OPTION.key,
    )!;
    expect(doc.pages).toEqual(['worksheet']);
    expect(doc.values).toBe('student, answers');
    expect(checkSiteLink(doc.example, context)).toEqual([]);
    expect(checkSiteLink('worksheet.html?sheet=both', context)).toEqual([
      'Sheet: “both” is not student or answers, so the student sheet is printed.',
    ]);
    expect(checkSiteLink('classroom.html?sheet=answers', context)).toEqual([
      '"sheet" is not a link option of classroom.html',
    ]);
  });
});

// Changed on purpose: the axis used to start from a range fixed by the inputs (0–600 for a stock
// of 60) and rise by hundreds; it now fits the start and everything the answer draws.
describe('one value axis for the guess, the sketch and the answer', () => {
  const isRound = (n: number) => [1, 2, 5].includes(n / 10 ** Math.floor(Math.log10(n)));

  it('fits a stock that starts at 60 and runs out: 0–80, gridlines every 20', () => {
    expect(guessScale(60, [[60, 30, 0, 0]])).toEqual({ max: 80, tick: 20, step: 2, bigStep: 20 });
    expect(guessScale(60, [])).toMatchObject({ max: 80 });
  });

  it('fits a stock that grows, and the top of its range', () => {
    expect(guessScale(60, [[60, 200, 400]])).toMatchObject({ max: 500, tick: 100 });
    expect(guessScale(60, [[60], new Float64Array([60, 1234])])).toMatchObject({ max: 1500 });
  });

  it('always holds the start and everything drawn, on round gridlines, without wasting half', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.array(fc.double({ min: 0, max: 20_000, noNaN: true }), { maxLength: 40 }), {
          maxLength: 3,
        }),
        (start, drawn) => {
          const scale = guessScale(start, drawn);
          const top = Math.max(start, ...drawn.flat());
          expect(scale.max).toBeGreaterThanOrEqual(top);
          expect(scale.max).toBeLessThanOrEqual(Math.max(10, top * 2.2));
          expect(isRound(scale.tick)).toBe(true);
          expect(scale.max % scale.tick).toBe(0);
          expect(Number.isInteger(scale.step)).toBe(true);
        },
      ),
      { numRuns: FC_RUNS },
    );
  });

  it('ignores values that are not numbers', () => {
    expect(guessScale(NaN, [[NaN, Infinity, 40]])).toMatchObject({ max: 50 });
  });
});
