// Teachers' link options that choose one of a few words (theme, stage, paper, sheet): views of
// the option table (options.ts). The documentation and the content checks are in
// classroom/link-options.ts. Never throws; anything unusable is ignored with a Notice that says
// what was used instead.
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

/** One option read on its own from a query, on the page that reads it. */
function readOne<K extends OptionKey>(
  key: K,
  page: LinkPage,
  query: string,
): { value: OptionValues[K]; notices: Notice[] } {
  const notices: Notice[] = [];
  const byKey = groupByKey(queryPairs(query));
  const read = readOptions([key], byKey, { page, ledger: [] }, notices);
  return { value: read[key], notices };
}

export const parseThemeOption = (query: string) => readOne('theme', 'story', query);

export const parseStageOption = (query: string) => readOne('stage', 'classroom', query);

export const parsePaperOption = (query: string) => readOne('paper', 'worksheet', query);

export const parseSheetOption = (query: string) => readOne('sheet', 'worksheet', query);
