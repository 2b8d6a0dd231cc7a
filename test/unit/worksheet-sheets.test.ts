// Issue 13, item 14: the worksheet's two sheets (?sheet=student|answers) are read like every
// other link option and documented from the same definition; the sketch grid, the classroom's
// chart and the answer chart share one value axis.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import {
  SHEET_OPTION,
  WORKSHEET_SHEETS,
  checkSiteLink,
  linkOptionDocs,
  parseSheetOption,
} from '../../src/classroom/link-options.ts';
import { answerAxisMax, guessScale } from '../../src/classroom/predict.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const context = {
  ledger: result.content.parameters,
  stepIds: result.content.steps.map((s) => s.state),
};

describe('the sheet option', () => {
  it('reads student and answers, in any case, and prints the student sheet by default', () => {
    expect(parseSheetOption('sheet=answers')).toEqual({ value: 'answers', notices: [] });
    expect(parseSheetOption('sheet=STUDENT')).toEqual({ value: 'student', notices: [] });
    expect(parseSheetOption('')).toEqual({ value: 'student', notices: [] });
    expect(WORKSHEET_SHEETS).toEqual(['student', 'answers']);
  });

  it('anything else prints the student sheet, and says so', () => {
    const read = parseSheetOption('sheet=teacher%3Cb%3E');
    expect(read.value).toBe('student');
    expect(read.notices.map((n) => n.message)).toEqual([
      'Sheet: “teacher<b>” is not student or answers, so the student sheet is printed.',
    ]);
    expect(parseSheetOption('Sheet=answers').value).toBe('student');
    expect(parseSheetOption('Sheet=answers').notices).toHaveLength(1);
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

describe('one value axis for the guess, the sketch and the answer', () => {
  const scale = guessScale(defaultValues(result.content.parameters));

  it('is the guess scale when the answer stays under it', () => {
    expect(answerAxisMax(scale, [[0, 10, scale.max - 1]])).toBe(scale.max);
    expect(answerAxisMax(scale, [])).toBe(scale.max);
  });

  it('rises to the next hundred above anything the answer draws', () => {
    expect(answerAxisMax(scale, [[0], [scale.max + 1]])).toBe(scale.max + 100);
    expect(answerAxisMax(scale, [new Float64Array([scale.max + 250])])).toBe(scale.max + 300);
    expect(answerAxisMax(scale, [[scale.max + 100]])).toBe(scale.max + 100);
  });
});
