// Links a writer puts in content/ (the lesson plan's phases, the tasks' scenarios), checked at
// build against the one option table (src/links/options.ts): a link must open exactly as
// written. The sentences here are problems for the writer, printed by the build with file and
// line, never shown to a reader.
import { groupByKey, queryPairs } from '../../src/lib/query.ts';
import type { Notice } from '../../src/lib/notice.ts';
import { SITE_PAGES, pageOfLink, type DocContext } from '../../src/classroom/link-options.ts';
import {
  LINK_OPTIONS,
  SCENARIO_PAGES,
  optionsOf,
  type LinkPage,
  type OptionKey,
} from '../../src/links/options.ts';
import { readOptions } from '../../src/links/read.ts';
import type { LinkCopy } from '../../src/lib/content-types.ts';
import { parseScenario } from '../../src/links/url-state.ts';

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
