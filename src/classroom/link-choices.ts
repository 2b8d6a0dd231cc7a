// Teachers' link options that choose one of a few words (theme, stage, paper, sheet): their
// definitions and their reading. Kept apart from link-options.ts (the documentation and the
// content checks), so the header's preferences can read ?theme= without loading the rest.
// Never throws; anything unusable is ignored with a Notice that says what was used instead.
import { CLASSROOM_STAGES, type ClassroomStage } from '../lib/classroom-types.ts';
import { quoted, type Notice } from '../lib/notice.ts';
import { firstValue, groupByKey, normalKey, queryPairs } from '../lib/query.ts';

export const SITE_THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type SiteTheme = (typeof SITE_THEMES)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The worksheet's two sheets, printed apart: predictions and tasks, and the model's answer. */
export const WORKSHEET_SHEETS = ['student', 'answers'] as const;
export type WorksheetSheet = (typeof WORKSHEET_SHEETS)[number];

export interface ChoiceOption<T extends string> {
  key: string;
  /** How a reader knows it, at the start of a notice. */
  label: string;
  values: readonly T[];
  /** What a page does when the link does not set it (or sets something unusable). */
  fallback: T | null;
  /** Said after "so" in a notice: what happens instead of an unusable value. */
  instead: string;
}

export const THEME_OPTION: ChoiceOption<SiteTheme> = {
  key: 'theme',
  label: 'Theme',
  values: SITE_THEMES,
  fallback: null,
  instead: 'the saved or system theme is used',
};

export const STAGE_OPTION: ChoiceOption<ClassroomStage> = {
  key: 'stage',
  label: 'Classroom stage',
  values: CLASSROOM_STAGES,
  fallback: null,
  instead: 'the classroom view opens at its start',
};

export const PAPER_OPTION: ChoiceOption<PaperSize> = {
  key: 'paper',
  label: 'Paper',
  values: PAPER_SIZES,
  fallback: 'a4',
  instead: 'the worksheet is laid out for A4',
};

export const SHEET_OPTION: ChoiceOption<WorksheetSheet> = {
  key: 'sheet',
  label: 'Sheet',
  values: WORKSHEET_SHEETS,
  fallback: 'student',
  instead: 'the student sheet is printed',
};

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
    : (items[0] ?? '');
}

function readChoice<T extends string>(
  byKey: Map<string, string[]>,
  option: ChoiceOption<T>,
  notices: Notice[],
): T | null {
  const raws = byKey.get(option.key);
  if (raws === undefined) return option.fallback;
  const raw = firstValue(raws, option.key, option.label, notices).trim();
  const found = option.values.find((v) => v === raw.toLowerCase());
  if (found !== undefined) return found;
  notices.push({
    param: option.key,
    label: option.label,
    kind: 'dropped',
    message: `${option.label}: ${quoted(raw)} is not ${orList(option.values)}, so ${option.instead}.`,
  });
  return option.fallback;
}

/** A key in another case or with stray punctuation ('Stage', ' theme') is ignored with a notice. */
function noteLookalike(
  byKey: Map<string, string[]>,
  option: ChoiceOption<string>,
  notices: Notice[],
): void {
  for (const key of byKey.keys()) {
    if (key === option.key || normalKey(key) !== normalKey(option.key)) continue;
    notices.push({
      param: option.key,
      label: option.label,
      kind: 'dropped',
      message: `${option.label}: the link's key ${quoted(key)} is not one this page reads (it reads “${option.key}”), so it was ignored.`,
    });
    return;
  }
}

function readOption<T extends string>(
  query: string | URLSearchParams,
  option: ChoiceOption<T>,
): { value: T | null; notices: Notice[] } {
  const notices: Notice[] = [];
  const byKey = groupByKey(queryPairs(query));
  const value = readChoice(byKey, option, notices);
  noteLookalike(byKey, option, notices);
  return { value, notices };
}

export const parseThemeOption = (query: string | URLSearchParams) =>
  readOption(query, THEME_OPTION);

export const parseStageOption = (query: string | URLSearchParams) =>
  readOption(query, STAGE_OPTION);

export function parsePaperOption(query: string | URLSearchParams): {
  value: PaperSize;
  notices: Notice[];
} {
  const { value, notices } = readOption(query, PAPER_OPTION);
  return { value: value ?? 'a4', notices };
}

export function parseSheetOption(query: string | URLSearchParams): {
  value: WorksheetSheet;
  notices: Notice[];
} {
  const { value, notices } = readOption(query, SHEET_OPTION);
  return { value: value ?? 'student', notices };
}
