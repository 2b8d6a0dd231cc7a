// The kinds of link option the table (options.ts) is built from: a switch (1 or 0), one word of
// a few, a list of sliders, a journalist's text.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { CLASSROOM_STAGES } from '../lib/classroom-types.ts';
import { cleanText, quoted } from '../lib/notice.ts';
import { fill } from '../lib/template.ts';
import {
  PAPER_SIZES,
  WORKSHEET_SHEETS,
  type LinkOption,
  type LinkPage,
  type OptionKey,
  type ReadContext,
} from './definitions.ts';
import { adjustable, orList, sliderList, word, type Say } from './values.ts';

export const idList = (ids: readonly ParameterId[], ledger: readonly ParameterSpec[]) => {
  const shortOf = new Map(ledger.filter(adjustable).map((p) => [p.id, p.short]));
  return [...new Set(ids)].flatMap((id) => shortOf.get(id) ?? []);
};

/** A list of sliders for the sandbox's own options (hide, lock): each refused key said apart. */
export function sandboxSliders(
  raw: string,
  ledger: readonly ParameterSpec[],
  say: Say,
): ParameterId[] {
  const { ids, refused } = sliderList(raw, ledger);
  for (const { token } of refused) {
    say('dropped', `${quoted(token)} is not a slider in the sandbox, so it is ignored.`);
  }
  return ids;
}

export function flag(
  key: 'transparent' | 'title',
  label: string,
  fallback: boolean,
): LinkOption<boolean> {
  return {
    key,
    param: key,
    label,
    pages: ['embed'],
    lookalikes: [],
    fallback: () => fallback,
    parse(raw, _context, say) {
      const value = word(raw, ['1', '0']);
      if (value !== null) return value === '1';
      say('dropped', `${quoted(raw)} is not 1 or 0, so ${quoted(fallback ? '1' : '0')} is used.`);
      return fallback;
    },
    serialize: (value) => (value ? '1' : '0'),
  };
}

export function embedText(key: 'heading' | 'note', max: number): LinkOption<string> {
  const label = (c: ReadContext) =>
    key === 'heading' ? (c.sharing?.headingLabel ?? key) : (c.sharing?.noteLabel ?? key);
  return {
    key,
    param: key,
    label,
    pages: ['embed'],
    lookalikes: [],
    fallback: () => '',
    parse(raw, context, say) {
      const clean = cleanText(raw, max);
      const copy = context.sharing;
      if (copy && clean.cleaned)
        say('clamped', fill(copy.cleaned, { label: label(context) }), true);
      if (copy && clean.cut)
        say('clamped', fill(copy.shortened, { label: label(context), max }), true);
      return clean.text.trim();
    },
    serialize: (value) => {
      const text = cleanText(value, max).text.trim();
      return text === '' ? null : text;
    },
  };
}

/** A word of a few (stage, paper, sheet): read in any case, anything else said and ignored. */
export function choice<T extends string, F extends T | null>(
  key: OptionKey,
  label: string,
  pages: readonly LinkPage[],
  values: readonly T[],
  fallback: F,
  instead: string,
): LinkOption<T | F> & { values: readonly T[]; instead: string } {
  return {
    key,
    param: key,
    label,
    pages,
    lookalikes: [],
    values,
    instead,
    fallback: () => fallback,
    parse(raw, _context, say) {
      const found = word(raw, values);
      if (found !== null) return found;
      say('dropped', `${quoted(raw.trim())} is not ${orList(values)}, so ${instead}.`);
      return fallback;
    },
    serialize: (value) => value,
  };
}

/** The options that take one word of a few, with their words and what a page does instead. */
export const STAGE_OPTION = choice(
  'stage',
  'Classroom stage',
  ['classroom'],
  CLASSROOM_STAGES,
  null,
  'the classroom view opens at its start',
);
export const PAPER_OPTION = choice(
  'paper',
  'Paper',
  ['worksheet'],
  PAPER_SIZES,
  'a4',
  'the worksheet is laid out for A4',
);
export const SHEET_OPTION = choice(
  'sheet',
  'Sheet',
  ['worksheet'],
  WORKSHEET_SHEETS,
  'student',
  'the student sheet is printed',
);
/** What a site page does with a theme it cannot use (embeds fall back to light). */
export const THEME_INSTEAD = 'the saved or system theme is used';
