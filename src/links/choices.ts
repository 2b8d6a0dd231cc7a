// Teachers' link options that choose one of a few words (theme, stage, paper, sheet): views of
// the option table (options.ts). The documentation and the content checks are in
// classroom/link-options.ts. Never throws; anything unusable is ignored with a Notice that says
// what was used instead.
import type { LinkCopy } from '../lib/content-types.ts';
import type { Notice } from '../lib/notice.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import { THEMES, type Theme } from '../lib/themes.ts';
import type { LinkPage, OptionKey, OptionValues } from './options.ts';
import { readOptions } from './read.ts';

export {
  PAPER_OPTION,
  PAPER_SIZES,
  SHEET_OPTION,
  STAGE_OPTION,
  THEME_INSTEAD,
  WORKSHEET_SHEETS,
  type PaperSize,
  type WorksheetSheet,
} from './options.ts';
export { orList } from './values.ts';
export { THEMES, type Theme };

/** One option read on its own from a query, on the page that reads it (notices: `copy`). */
function readOne<K extends OptionKey>(
  key: K,
  page: LinkPage,
  query: string,
  copy: LinkCopy,
): { value: OptionValues[K]; notices: Notice[] } {
  const notices: Notice[] = [];
  const byKey = groupByKey(queryPairs(query));
  const read = readOptions([key], byKey, { page, ledger: [], copy }, notices);
  return { value: read[key], notices };
}

export const parseThemeOption = (query: string, copy: LinkCopy) =>
  readOne('theme', 'story', query, copy);

export const parseStageOption = (query: string, copy: LinkCopy) =>
  readOne('stage', 'classroom', query, copy);

export const parsePaperOption = (query: string, copy: LinkCopy) =>
  readOne('paper', 'worksheet', query, copy);

export const parseSheetOption = (query: string, copy: LinkCopy) =>
  readOne('sheet', 'worksheet', query, copy);
