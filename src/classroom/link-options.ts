// Teachers' link options, as views of the one option table (src/links/options.ts): the teacher
// notes print their table from it, and the content checks read a writer's link with it, so the
// documentation cannot drift from what a link does.
export * from '../links/choices.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import type { Notice } from '../lib/notice.ts';
import { THEMES } from '../lib/themes.ts';
import {
  CHART_VIEWS,
  LINK_OPTIONS,
  PAPER_OPTION,
  SHEET_OPTION,
  STAGE_OPTION,
  THEME_INSTEAD,
  SCENARIO_PAGES,
  optionsOf,
  type LinkPage,
  type OptionKey,
} from '../links/options.ts';
import { readOptions } from '../links/read.ts';
import { QUERY_KEYS, parseScenario, type LinkCopy } from '../links/url-state.ts';

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
const { theme, step, hide, lock, advanced } = LINK_OPTIONS;
const [stage, paper, sheet] = [STAGE_OPTION, PAPER_OPTION, SHEET_OPTION];

/** The pages of the site (not embeds) an option applies to. */
const sitePagesOf = (key: OptionKey): SitePage[] =>
  (Object.keys(SITE_PAGES) as SitePage[]).filter((p) => LINK_OPTIONS[key].pages.includes(p));

/** Every documented link option, generated from the definitions above and the ones they cite. */
export function linkOptionDocs({ ledger, stepIds }: DocContext): LinkOptionDoc[] {
  const sliders = ledger.filter((p) => p.control !== 'fixed').map((p) => p.short);
  const all = Object.keys(SITE_PAGES) as SitePage[];
  const firstStep = stepIds[Math.min(2, stepIds.length - 1)] ?? '';
  return [
    {
      key: theme.key,
      pages: all,
      values: code(THEMES),
      does: `Display for this visit: projector is high contrast, with larger text and thicker lines; auto follows the device. It lasts until the tab is closed or the reader picks a theme in the header. Anything else: ${THEME_INSTEAD}.`,
      example: `${SITE_PAGES.classroom}?${theme.key}=projector`,
      inPreferences: true,
    },
    {
      key: stage.key,
      pages: sitePagesOf('stage'),
      values: code(stage.values),
      does: `Opens the classroom view at that section. Anything else: ${stage.instead}.`,
      example: `${SITE_PAGES.classroom}?${stage.key}=predict`,
    },
    {
      key: step.key,
      pages: sitePagesOf('step'),
      values: `a step of the story: ${code(stepIds)}`,
      does: 'Opens the story at that step, with its graphic. Anything else: the story opens at its start.',
      example: `${SITE_PAGES.story}?${step.key}=${firstStep}`,
    },
    {
      key: hide.key,
      pages: sitePagesOf('hide'),
      values: `sliders by key, separated by commas: ${code(sliders)}`,
      does: 'Hides those sliders in the sandbox; the model keeps their values. Unknown keys are ignored.',
      example: `${SITE_PAGES.story}?${hide.key}=bl,it#sandbox`,
    },
    {
      key: lock.key,
      pages: sitePagesOf('lock'),
      values: `sliders by key, as for ${hide.key}`,
      does: 'Shows those sliders but fixed at their value. Unknown keys are ignored.',
      example: `${SITE_PAGES.story}?${lock.key}=je#sandbox`,
    },
    {
      key: advanced.key,
      pages: sitePagesOf('advanced'),
      values: '0 or 1',
      does: '0 hides the "More assumptions" group; 1 opens it. Anything else: the group is shown closed.',
      example: `${SITE_PAGES.story}?${advanced.key}=0#sandbox`,
    },
    {
      key: paper.key,
      pages: sitePagesOf('paper'),
      values: code(paper.values),
      does: `Lays the worksheet out for that paper. Anything else: ${paper.instead}.`,
      example: `${SITE_PAGES.worksheet}?${paper.key}=letter`,
    },
    {
      key: sheet.key,
      pages: sitePagesOf('sheet'),
      values: code(sheet.values),
      does: `The sheet the browser's Print command prints: the student sheet (predictions, tasks, reports) or the answer sheet (the model's answer). The two are printed apart, so the answer is never on the back of a prediction. Anything else: ${sheet.instead}.`,
      example: `${SITE_PAGES.worksheet}?${sheet.key}=answers`,
    },
    {
      key: `${QUERY_KEYS.version}, ${code(ledger.map((p) => p.short))}, ${QUERY_KEYS.seed}, ${QUERY_KEYS.view}`,
      pages: sitePagesOf('view'),
      values: `the scenario, as the sandbox writes it: each assumption by its key, the random seed (${QUERY_KEYS.seed}) and the chart (${QUERY_KEYS.view}: ${code(CHART_VIEWS)})`,
      does: 'Sets the sandbox, the prediction activity, the worksheet and the QR code to that scenario. Values outside a slider’s range are moved into it, with a notice.',
      example: `${SITE_PAGES.worksheet}?${QUERY_KEYS.version}=1&bl=120`,
    },
  ];
}

// --- checking a link written in content (the lesson plan) ----------------------------------------

/** The page a link (relative to the site's folder) opens, or null if it is not one of ours. */
export function pageOfLink(link: string): SitePage | null {
  const file = link.split(/[?#]/)[0]!.replace(/^\.\//, '');
  if (file === '') return 'story';
  const entry = Object.entries(SITE_PAGES).find(([, f]) => f === file);
  return entry ? (entry[0] as SitePage) : null;
}

/**
 * What an old-format link in content says at build: a problem for the writer (who should write
 * links as the sandbox writes them today), not a notice for a reader.
 */
export const CONTENT_LINK_COPY: LinkCopy = {
  oldLink: 'the link is in an old format (no v=1): write it as the sandbox writes links today',
};

/** The scenario's own keys: read by parseScenario, with the ledger's assumptions. */
const SCENARIO_KEYS: readonly OptionKey[] = ['v', 's', 'view', 'step'];

/**
 * What is wrong with a link a writer put in content, as sentences (empty when it opens without
 * a notice). Stricter than a reader's link: a key the page does not read is a mistake here.
 */
export function checkSiteLink(link: string, context: DocContext): string[] {
  const page = pageOfLink(link);
  if (!page)
    return [`"${link}" is not a page of this site (${Object.values(SITE_PAGES).join(', ')})`];
  const query = /\?([^#]*)/.exec(link)?.[1] ?? '';
  const keys = optionsOf(page);
  const withScenario = SCENARIO_PAGES.includes(page as LinkPage);
  const known = new Set<string>([
    ...keys.map((k) => LINK_OPTIONS[k].key),
    ...(withScenario ? context.ledger.map((p) => p.short) : []),
  ]);
  const problems: string[] = [];
  for (const [key] of queryPairs(query)) {
    if (!known.has(key)) problems.push(`"${key}" is not a link option of ${SITE_PAGES[page]}`);
  }
  const notices: Notice[] = [];
  const own = keys.filter((k) => !SCENARIO_KEYS.includes(k));
  readOptions(own, groupByKey(queryPairs(query)), { page, ledger: context.ledger }, notices);
  if (withScenario)
    notices.push(
      ...parseScenario(query, context.ledger, {
        copy: CONTENT_LINK_COPY,
        stepIds: context.stepIds,
        page,
      }).notices,
    );
  return [...problems, ...notices.map((n) => n.message)];
}
