// Teachers' link options, as views of the one option table (src/links/options.ts): the teacher
// notes print their table from it, and the content checks read a writer's link with it, so the
// documentation cannot drift from what a link does.
export * from '../links/choices.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import type { Notice } from '../lib/notice.ts';
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
  SCENARIO_PAGES,
  optionsOf,
  type LinkPage,
  type OptionKey,
} from '../links/options.ts';
import { readOptions } from '../links/read.ts';
import { QUERY_KEYS, parseScenario } from '../links/url-state.ts';

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
const [stage, paper, sheet] = [STAGE_OPTION, PAPER_OPTION, SHEET_OPTION];

/** The pages of the site (not embeds) an option applies to. */
const sitePagesOf = (key: OptionKey): SitePage[] =>
  (Object.keys(SITE_PAGES) as SitePage[]).filter((p) => LINK_OPTIONS[key].pages.includes(p));

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
    {
      key: stage.key,
      pages: sitePagesOf('stage'),
      values: code(stage.values),
      does: fill(copy.stage.does, { instead: stage.instead(links) }),
      example: `${SITE_PAGES.classroom}?${stage.key}=predict`,
    },
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
    {
      key: paper.key,
      pages: sitePagesOf('paper'),
      values: code(paper.values),
      does: fill(copy.paper.does, { instead: paper.instead(links) }),
      example: `${SITE_PAGES.worksheet}?${paper.key}=letter`,
    },
    {
      key: sheet.key,
      pages: sitePagesOf('sheet'),
      values: code(sheet.values),
      does: fill(copy.sheet.does, { instead: sheet.instead(links) }),
      example: `${SITE_PAGES.worksheet}?${sheet.key}=answers`,
    },
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

/**
 * What an old-format link in content says at build: a problem for the writer (who should write
 * links as the sandbox writes them today), not a notice for a reader.
 */
export const contentLinkCopy = (links: LinkCopy): LinkCopy => ({
  ...links,
  format: {
    ...links.format,
    oldLink: 'the link is in an old format (no v=1): write it as the sandbox writes links today',
  },
});

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
  const copy = context.links;
  readOptions(own, groupByKey(queryPairs(query)), { page, ledger: context.ledger, copy }, notices);
  if (withScenario)
    notices.push(
      ...parseScenario(query, context.ledger, {
        copy: contentLinkCopy(copy),
        stepIds: context.stepIds,
        page,
      }).notices,
    );
  return [...problems, ...notices.map((n) => n.message)];
}
