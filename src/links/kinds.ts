// The kinds of link option the table (options.ts) is built from: a switch (1 or 0), one word of
// a few, a list of sliders, a journalist's text.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { CLASSROOM_STAGES } from '../lib/classroom-types.ts';
import type { LinkCopy } from '../lib/content-types.ts';
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
export function sandboxSliders(raw: string, context: ReadContext, say: Say): ParameterId[] {
  const { ids, refused } = sliderList(raw, context.ledger);
  for (const { token } of refused) {
    say('dropped', fill(context.copy.sliders.notSlider, { value: quoted(token, context.copy) }));
  }
  return ids;
}

const SWITCH = ['1', '0'] as const;

export function flag(key: 'transparent' | 'title', fallback: boolean): LinkOption<boolean> {
  return {
    key,
    param: key,
    pages: ['embed'],
    lookalikes: [],
    fallback: () => fallback,
    parse(raw, { copy }, say) {
      const value = word(raw, SWITCH);
      if (value !== null) return value === '1';
      const used = fill(copy.instead.used, { value: quoted(fallback ? '1' : '0', copy) });
      say(
        'dropped',
        fill(copy.notOneOf, {
          value: quoted(raw, copy),
          allowed: orList(SWITCH, copy.lists),
          instead: used,
        }),
      );
      return fallback;
    },
    serialize: (value) => (value ? '1' : '0'),
  };
}

export function embedText(key: 'heading' | 'note', max: number): LinkOption<string> {
  const label = (c: ReadContext) => c.copy.labels[key];
  return {
    key,
    param: key,
    pages: ['embed'],
    lookalikes: [],
    fallback: () => '',
    parse(raw, context, say) {
      const clean = cleanText(raw, max);
      const copy = context.copy.embedText;
      if (clean.cleaned) say('clamped', fill(copy.cleaned, { label: label(context) }), true);
      if (clean.cut) say('clamped', fill(copy.shortened, { label: label(context), max }), true);
      return clean.text.trim();
    },
    serialize: (value) => {
      const text = cleanText(value, max).text.trim();
      return text === '' ? null : text;
    },
  };
}

/** What a page does with an unusable word (content/links.yaml instead). */
export type Instead = (copy: LinkCopy) => string;

/** A word of a few (stage, paper, sheet): read in any case, anything else said and ignored. */
export function choice<T extends string, F extends T | null>(
  key: OptionKey,
  pages: readonly LinkPage[],
  values: readonly T[],
  fallback: F,
  instead: Instead,
): LinkOption<T | F> & { values: readonly T[]; instead: Instead } {
  return {
    key,
    param: key,
    pages,
    lookalikes: [],
    values,
    instead,
    fallback: () => fallback,
    parse(raw, { copy }, say) {
      const found = word(raw, values);
      if (found !== null) return found;
      say(
        'dropped',
        fill(copy.notOneOf, {
          value: quoted(raw.trim(), copy),
          allowed: orList(values, copy.lists),
          instead: instead(copy),
        }),
      );
      return fallback;
    },
    serialize: (value) => value,
  };
}

/** The options that take one word of a few, with their words and what a page does instead. */
export const STAGE_OPTION = choice(
  'stage',
  ['classroom'],
  CLASSROOM_STAGES,
  null,
  (copy) => copy.instead.stage,
);
const DEFAULT_PAPER = 'a4' satisfies (typeof PAPER_SIZES)[number];
export const PAPER_OPTION = choice('paper', ['worksheet'], PAPER_SIZES, DEFAULT_PAPER, (copy) =>
  fill(copy.instead.paper, { paper: DEFAULT_PAPER.toUpperCase() }),
);
export const SHEET_OPTION = choice(
  'sheet',
  ['worksheet'],
  WORKSHEET_SHEETS,
  'student',
  (copy) => copy.instead.sheet,
);
/** What a site page does with a theme it cannot use (embeds fall back to light). */
export const THEME_INSTEAD: Instead = (copy) => copy.instead.theme;
