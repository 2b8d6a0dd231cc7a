// Teachers' link options, defined once: the code reads them from these definitions and the
// teacher notes print their table from the same definitions, so the documentation cannot drift
// from what a link does. Read like every other link option (url-state.ts, control-options.ts):
// never throws; anything unusable is ignored with a Notice that says what was used instead.
//
//   theme=auto|light|dark|projector   every page; for this visit (public/theme-init.js applies it)
//   stage=goals|predict|tasks|glossary|media   the classroom view opens at that section
//   paper=a4|letter                    the worksheet's paper size
//   sheet=student|answers              the worksheet's sheet that the browser's Print prints
// Options defined elsewhere and documented here too: step= (url-state.ts), hide=, lock=,
// advanced= (control-options.ts) and the scenario (url-state.ts).
export * from './link-choices.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { queryPairs } from '../lib/query.ts';
import {
  PAPER_OPTION,
  SHEET_OPTION,
  STAGE_OPTION,
  THEME_OPTION,
  parsePaperOption,
  parseSheetOption,
  parseStageOption,
  parseThemeOption,
} from './link-choices.ts';
import { CHART_VIEWS, QUERY_KEYS, parseScenario } from '../lib/url-state.ts';
import { CONTROL_KEYS, parseControlOptions } from '../sandbox/control-options.ts';

/** The site's pages a teacher can link to, by the file each is written to. */
export const SITE_PAGES = {
  story: 'index.html',
  classroom: 'classroom.html',
  teachers: 'teachers.html',
  worksheet: 'worksheet.html',
  model: 'model.html',
} as const;
export type SitePage = keyof typeof SITE_PAGES;

// --- the documentation table ---------------------------------------------------------------------

export interface LinkOptionDoc {
  key: string;
  /** The pages it applies to. */
  pages: SitePage[];
  /** Accepted values, in words. */
  values: string;
  /** What it does, and what happens with anything else. */
  does: string;
  /** A working example: page and query, relative to the site's folder. */
  example: string;
  /** True when it is also in the display preferences (the header's buttons). */
  inPreferences?: boolean;
}

export interface DocContext {
  ledger: readonly ParameterSpec[];
  stepIds: readonly string[];
}

const code = (items: readonly string[]) => items.join(', ');

/** Every documented link option, generated from the definitions above and the ones they cite. */
export function linkOptionDocs({ ledger, stepIds }: DocContext): LinkOptionDoc[] {
  const sliders = ledger.filter((p) => p.control !== 'fixed').map((p) => p.short);
  const all = Object.keys(SITE_PAGES) as SitePage[];
  const firstStep = stepIds[Math.min(2, stepIds.length - 1)] ?? '';
  return [
    {
      key: THEME_OPTION.key,
      pages: all,
      values: code(THEME_OPTION.values),
      does: `Display for this visit: projector is high contrast, with larger text and thicker lines; auto follows the device. It lasts until the tab is closed or the reader picks a theme in the header. Anything else: ${THEME_OPTION.instead}.`,
      example: `${SITE_PAGES.classroom}?${THEME_OPTION.key}=projector`,
      inPreferences: true,
    },
    {
      key: STAGE_OPTION.key,
      pages: ['classroom'],
      values: code(STAGE_OPTION.values),
      does: `Opens the classroom view at that section. Anything else: ${STAGE_OPTION.instead}.`,
      example: `${SITE_PAGES.classroom}?${STAGE_OPTION.key}=predict`,
    },
    {
      key: QUERY_KEYS.step,
      pages: ['story'],
      values: `a step of the story: ${code(stepIds)}`,
      does: 'Opens the story at that step, with its graphic. Anything else: the story opens at its start.',
      example: `${SITE_PAGES.story}?${QUERY_KEYS.step}=${firstStep}`,
    },
    {
      key: CONTROL_KEYS.hide,
      pages: ['story'],
      values: `sliders by key, separated by commas: ${code(sliders)}`,
      does: 'Hides those sliders in the sandbox; the model keeps their values. Unknown keys are ignored.',
      example: `${SITE_PAGES.story}?${CONTROL_KEYS.hide}=bl,it#sandbox`,
    },
    {
      key: CONTROL_KEYS.lock,
      pages: ['story'],
      values: `sliders by key, as for ${CONTROL_KEYS.hide}`,
      does: 'Shows those sliders but fixed at their value. Unknown keys are ignored.',
      example: `${SITE_PAGES.story}?${CONTROL_KEYS.lock}=je#sandbox`,
    },
    {
      key: CONTROL_KEYS.advanced,
      pages: ['story'],
      values: '0 or 1',
      does: '0 hides the "More assumptions" group; 1 opens it. Anything else: the group is shown closed.',
      example: `${SITE_PAGES.story}?${CONTROL_KEYS.advanced}=0#sandbox`,
    },
    {
      key: PAPER_OPTION.key,
      pages: ['worksheet'],
      values: code(PAPER_OPTION.values),
      does: `Lays the worksheet out for that paper. Anything else: ${PAPER_OPTION.instead}.`,
      example: `${SITE_PAGES.worksheet}?${PAPER_OPTION.key}=letter`,
    },
    {
      key: SHEET_OPTION.key,
      pages: ['worksheet'],
      values: code(SHEET_OPTION.values),
      does: `The sheet the browser's Print command prints: the student sheet (predictions, tasks, reports) or the answer sheet (the model's answer). The two are printed apart, so the answer is never on the back of a prediction. Anything else: ${SHEET_OPTION.instead}.`,
      example: `${SITE_PAGES.worksheet}?${SHEET_OPTION.key}=answers`,
    },
    {
      key: `${QUERY_KEYS.version}, ${code(ledger.map((p) => p.short))}, ${QUERY_KEYS.seed}, ${QUERY_KEYS.view}`,
      pages: ['story', 'classroom', 'teachers', 'worksheet'],
      values: `the scenario, as the sandbox writes it: each assumption by its key, the random seed (${QUERY_KEYS.seed}) and the chart (${QUERY_KEYS.view}: ${code(CHART_VIEWS)})`,
      does: 'Sets the sandbox, the prediction activity, the worksheet and the QR code to that scenario. Values outside a slider’s range are moved into it, with a notice.',
      example: `${SITE_PAGES.worksheet}?${QUERY_KEYS.version}=1&bl=120`,
    },
  ];
}

// --- checking a link written in content (the lesson plan) ----------------------------------------

const PAGE_KEYS: Record<SitePage, readonly string[]> = {
  story: [QUERY_KEYS.step, CONTROL_KEYS.hide, CONTROL_KEYS.lock, CONTROL_KEYS.advanced],
  classroom: [STAGE_OPTION.key],
  teachers: [],
  worksheet: [PAPER_OPTION.key, SHEET_OPTION.key],
  model: [],
};
const SCENARIO_PAGES: readonly SitePage[] = ['story', 'classroom', 'teachers', 'worksheet'];

/** The page a link (relative to the site's folder) opens, or null if it is not one of ours. */
export function pageOfLink(link: string): SitePage | null {
  const file = link.split(/[?#]/)[0]!.replace(/^\.\//, '');
  if (file === '') return 'story';
  const entry = Object.entries(SITE_PAGES).find(([, f]) => f === file);
  return entry ? (entry[0] as SitePage) : null;
}

/**
 * What is wrong with a link a writer put in content, as sentences (empty when it opens without
 * a notice). Stricter than a reader's link: a key the page does not read is a mistake here.
 */
export function checkSiteLink(link: string, context: DocContext): string[] {
  const page = pageOfLink(link);
  if (!page)
    return [`"${link}" is not a page of this site (${Object.values(SITE_PAGES).join(', ')})`];
  const query = /\?([^#]*)/.exec(link)?.[1] ?? '';
  const scenarioKeys = [
    ...Object.values(QUERY_KEYS).filter((k) => k !== QUERY_KEYS.step),
    ...context.ledger.map((p) => p.short),
  ];
  const known = new Set<string>([
    THEME_OPTION.key,
    ...PAGE_KEYS[page],
    ...(SCENARIO_PAGES.includes(page) ? scenarioKeys : []),
  ]);
  const problems: string[] = [];
  for (const [key] of queryPairs(query)) {
    if (!known.has(key)) problems.push(`"${key}" is not a link option of ${SITE_PAGES[page]}`);
  }
  const notices = [
    ...parseThemeOption(query).notices,
    ...(page === 'classroom' ? parseStageOption(query).notices : []),
    ...(page === 'worksheet' ? parsePaperOption(query).notices : []),
    ...(page === 'worksheet' ? parseSheetOption(query).notices : []),
    ...(page === 'story' ? parseControlOptions(query, context.ledger).notices : []),
    ...(SCENARIO_PAGES.includes(page)
      ? parseScenario(query, context.ledger, { stepIds: context.stepIds }).notices
      : []),
  ];
  return [...problems, ...notices.map((n) => n.message)];
}
