// Teachers' link options, as views of the one option table (src/links/options.ts): the teacher
// notes print their table from it, and the content checks (scripts/content/site-links.ts) read
// a writer's link with it, so the documentation cannot drift from what a link does.
export * from '../links/choices.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { LinkCopy, LinkOptionsCopy } from '../lib/content-types.ts';
import { fill } from '../lib/template.ts';
import { THEMES } from '../lib/themes.ts';
import {
  CHART_VIEWS,
  LINK_OPTIONS,
  PAPER_OPTION,
  SHEET_OPTION,
  STAGE_OPTION,
  THEME_INSTEAD,
  type OptionKey,
} from '../links/options.ts';
import { QUERY_KEYS } from '../links/url-state.ts';

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
  /** content/links.yaml: the notices' words (and what a page does instead of a bad word). */
  links: LinkCopy;
}

const code = (items: readonly string[]) => items.join(', ');
const { theme, step, hide, lock, advanced } = LINK_OPTIONS;

/** The pages of the site (not embeds) an option applies to. */
const sitePagesOf = (key: OptionKey): SitePage[] =>
  (Object.keys(SITE_PAGES) as SitePage[]).filter((p) => LINK_OPTIONS[key].pages.includes(p));

/** The options that take one word from a list, and say which word they use instead of others. */
const CHOICES = { stage: STAGE_OPTION, paper: PAPER_OPTION, sheet: SHEET_OPTION } as const;

/** The row of an option that takes one word from a list, e.g. ?paper=letter on the worksheet. */
function choiceDoc(
  name: keyof typeof CHOICES,
  copy: LinkOptionsCopy,
  links: LinkCopy,
  page: SitePage,
  value: string,
): LinkOptionDoc {
  const option = CHOICES[name];
  return {
    key: option.key,
    pages: sitePagesOf(name),
    values: code(option.values),
    does: fill(copy[name].does, { instead: option.instead(links) }),
    example: `${SITE_PAGES[page]}?${option.key}=${value}`,
  };
}

/**
 * Every documented link option: keys, pages, accepted words and examples from the definitions,
 * what each does from content (content/interface.yaml linkOptions).
 */
export function linkOptionDocs(
  { ledger, stepIds, links }: DocContext,
  copy: LinkOptionsCopy,
): LinkOptionDoc[] {
  const sliders = ledger.filter((p) => p.control !== 'fixed').map((p) => p.short);
  const firstStep = stepIds[Math.min(2, stepIds.length - 1)] ?? '';
  return [
    {
      key: theme.key,
      pages: sitePagesOf('theme'),
      values: code(THEMES),
      does: fill(copy.theme.does, { instead: THEME_INSTEAD(links) }),
      example: `${SITE_PAGES.classroom}?${theme.key}=projector`,
      inPreferences: true,
    },
    choiceDoc('stage', copy, links, 'classroom', 'predict'),
    {
      key: step.key,
      pages: sitePagesOf('step'),
      values: fill(copy.step.values, { steps: code(stepIds) }),
      does: copy.step.does,
      example: `${SITE_PAGES.story}?${step.key}=${firstStep}`,
    },
    {
      key: hide.key,
      pages: sitePagesOf('hide'),
      values: fill(copy.hide.values, { sliders: code(sliders) }),
      does: copy.hide.does,
      example: `${SITE_PAGES.story}?${hide.key}=bl,it#sandbox`,
    },
    {
      key: lock.key,
      pages: sitePagesOf('lock'),
      values: fill(copy.lock.values, { hide: hide.key }),
      does: copy.lock.does,
      example: `${SITE_PAGES.story}?${lock.key}=je#sandbox`,
    },
    {
      key: advanced.key,
      pages: sitePagesOf('advanced'),
      values: copy.advanced.values,
      does: copy.advanced.does,
      example: `${SITE_PAGES.story}?${advanced.key}=0#sandbox`,
    },
    choiceDoc('paper', copy, links, 'worksheet', 'letter'),
    choiceDoc('sheet', copy, links, 'worksheet', 'answers'),
    {
      key: `${QUERY_KEYS.version}, ${code(ledger.map((p) => p.short))}, ${QUERY_KEYS.seed}, ${QUERY_KEYS.view}`,
      pages: sitePagesOf('view'),
      values: fill(copy.scenario.values, {
        seed: QUERY_KEYS.seed,
        view: QUERY_KEYS.view,
        charts: code(CHART_VIEWS),
      }),
      does: copy.scenario.does,
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
