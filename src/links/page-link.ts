// The page's own link, read once: the only module that reads location.search and location.hash
// for link options, and the only one that writes them (history.replaceState, through the option
// table). Islands ask it for what they need instead of reading the address bar themselves, so
// the link is read one way, and each option's notices go to the one island that shows them: the
// story's ?step= is explained beside the step buttons, once, not again in the sandbox.
import { links } from 'virtual:backfill/content';
import type { Notice } from '../lib/notice.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import {
  LINK_OPTIONS,
  optionsOf,
  type LinkPage,
  type OptionKey,
  type OptionValues,
  type ReadContext,
  type WriteContext,
} from './options.ts';
import { noteLookalikes, readOption, readOptions, targetsOf, writeOption } from './read.ts';

/**
 * The scenario's keys: the island that shows the scenario reads them with the ledger's
 * assumptions (url-state.ts parseScenario of `query`), so the first view needs no scenario code.
 */
const SCENARIO_KEYS: readonly OptionKey[] = ['v', 's', 'view'];

export interface PageReading {
  /** The query, without its '?'. */
  query: string;
  /** The fragment, with its '#' ('' for none). */
  hash: string;
  /** True when the link has this key at all (usable or not). */
  has(key: string): boolean;
  /** One of the page's own options (theme, step, stage, hide…): its value, or its fallback. */
  value<K extends OptionKey>(key: K): OptionValues[K];
  /** What reading these options changed, for the island that shows them. */
  noticesOf(...keys: OptionKey[]): Notice[];
}

/** Read a page's link. Pure: the page's reader below calls it with the address bar. */
export function readLink(
  query: string,
  hash: string,
  page: LinkPage,
  context: Omit<ReadContext, 'page'>,
): PageReading {
  const full: ReadContext = { ...context, page };
  const pairs = queryPairs(query);
  const byKey = groupByKey(pairs);
  const own = optionsOf(page).filter((key) => !SCENARIO_KEYS.includes(key));
  const values = new Map<OptionKey, unknown>();
  const notices = new Map<string, Notice[]>();
  const noticesOfParam = (param: string) => notices.get(param) ?? [];
  for (const key of own) {
    const said: Notice[] = [];
    values.set(key, readOption(key, byKey, full, said));
    notices.set(LINK_OPTIONS[key].param, said);
  }
  const lookalikes: Notice[] = [];
  noteLookalikes(byKey.keys(), targetsOf(own, full), full.copy, lookalikes);
  for (const n of lookalikes) notices.set(n.param, [...noticesOfParam(n.param), n]);
  return {
    query: query.replace(/^\?/, ''),
    hash,
    has: (key) => byKey.has(key),
    value: <K extends OptionKey>(key: K) =>
      (values.has(key) ? values.get(key) : LINK_OPTIONS[key].fallback(full)) as OptionValues[K],
    noticesOf: (...keys) => keys.flatMap((key) => noticesOfParam(LINK_OPTIONS[key].param)),
  };
}

/** What a page's islands say about their page: the notices' words are the site's own. */
type PageContext = Omit<ReadContext, 'page' | 'copy'>;

interface Cached {
  page: LinkPage;
  context: PageContext;
  search: string;
  hash: string;
  reading: PageReading;
}
let cached: Cached[] = [];

const sameContext = (a: PageContext, b: PageContext) =>
  a.ledger === b.ledger &&
  (a.stepIds ?? []).join() === (b.stepIds ?? []).join() &&
  (a.charts ?? []).join() === (b.charts ?? []).join();

/**
 * The address bar's query (without '?') and fragment, for readers that take a query: the embed
 * page reads its own set of keys (embed/read-embed.ts).
 */
export function pageAddress(): { query: string; hash: string } {
  return { query: location.search.replace(/^\?/, ''), hash: location.hash };
}

/**
 * This page's link, read from the address bar once (and again only when the address changed,
 * as after Back or Forward). Islands of a page that pass the same context share one reading.
 */
export function pageLink(page: LinkPage, context: PageContext): PageReading {
  const { query: search, hash } = pageAddress();
  cached = cached.filter((c) => c.search === search && c.hash === hash);
  let hit = cached.find((c) => c.page === page && sameContext(c.context, context));
  if (!hit) {
    hit = {
      page,
      context,
      search,
      hash,
      reading: readLink(search, hash, page, { ...context, copy: links }),
    };
    cached.push(hit);
  }
  return hit.reading;
}

/**
 * The theme a site page's link sets, for the header's preferences (lib/preferences.svelte.ts):
 * every site page reads ?theme= alike, so the browser entry reads it before knowing the page.
 */
export function pageTheme(): { theme: OptionValues['theme']; given: boolean; notices: Notice[] } {
  const notices: Notice[] = [];
  const byKey = groupByKey(queryPairs(pageAddress().query));
  const { theme } = readOptions(
    ['theme'],
    byKey,
    { page: 'story', ledger: [], copy: links },
    notices,
  );
  return { theme, given: byKey.has(LINK_OPTIONS.theme.key), notices };
}

/** The address with another query, the path and fragment kept ('' query: none). */
function replaceQuery(query: string): void {
  try {
    const search = query ? `?${query}` : '';
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  } catch {
    // Some file:// pages refuse; what the reader chose still applies to this page.
  }
}

/**
 * Write the scenario into the address (replaceState, not pushState: dragging a slider must not
 * flood the Back button). `query` is what serializeScenario wrote.
 */
export const writePageScenario = (query: string) => replaceQuery(query);

/**
 * Write one option into the address, keeping the rest of the link, so a reload keeps it (even
 * a default: the reader chose it).
 */
export function writePageOption<K extends OptionKey>(
  key: K,
  value: OptionValues[K],
  context: WriteContext,
): void {
  const option = LINK_OPTIONS[key];
  const text = writeOption(key, value, context, true);
  const kept = queryPairs(location.search)
    .filter(([k]) => k !== option.key)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  replaceQuery([...kept, ...(text === null ? [] : [text])].join('&'));
}
