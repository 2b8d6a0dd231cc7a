// Every link option of the site, defined once: its key, its label, the pages that read it, how a
// value is read (parse), written (serialize) and what applies when the link sets none (fallback),
// and the keys a writer may mean by it (lookalikes). The readers (url-state.ts, embed-options.ts,
// control-options.ts, choices.ts), the page's one reading of its own link (page-link.ts), the
// teacher notes' table and the content checks (classroom/link-options.ts) and the README's tables
// (test/unit/link-table.test.ts) are all views of this table. What each option does, in words,
// is content (content/interface.yaml linkOptions, checked at build).
//
// OptionValues names each key's value; LINK_OPTIONS must define every one of them with a parser,
// so a key without a parser does not compile (as OWID Grapher's _AssertAllKeysPresent).
// The ledger's assumptions are one more family of keys (each parameter's `short`), read in
// url-state.ts; they are not listed here one by one because the ledger (content) defines them.
import { DEFAULT_SEED } from '../../workers/stockpile/random.ts';
import { formatNumber } from '../lib/format.ts';
import { echo, quoted } from '../lib/notice.ts';
import { DEFAULT_EMBED_THEME, EMBED_THEMES, THEMES } from '../lib/themes.ts';
import {
  CHART_VIEWS,
  DEFAULT_VIEW,
  EMBED_ID,
  EMBED_TEXT_MAX,
  SCENARIO_PAGES,
  SEED_MAX,
  SEED_MIN,
  SITE_LINK_PAGES as SITE,
  URL_FORMAT_VERSION,
  type LinkOption,
  type LinkPage,
  type OptionKey,
  type OptionTable,
  type ReadContext,
} from './definitions.ts';
import {
  PAPER_OPTION,
  SHEET_OPTION,
  STAGE_OPTION,
  THEME_INSTEAD,
  embedText,
  flag,
  idList,
  sandboxSliders,
} from './kinds.ts';
import { isStepId, orList, parseNumber, quotedList, sliderList, word } from './values.ts';

export * from './definitions.ts';
export { PAPER_OPTION, SHEET_OPTION, STAGE_OPTION, THEME_INSTEAD } from './kinds.ts';

export const LINK_OPTIONS: OptionTable = {
  v: {
    key: 'v',
    param: 'v',
    label: 'Link format',
    pages: SCENARIO_PAGES,
    lookalikes: [],
    fallback: () => 0,
    parse(raw, _context, say) {
      const n = parseNumber(raw);
      if (n === null || !Number.isInteger(n) || n < 0) {
        say(
          'dropped',
          `${quoted(raw)} is not a format version, so the link is read as format ${URL_FORMAT_VERSION}.`,
        );
        return URL_FORMAT_VERSION;
      }
      if (n > URL_FORMAT_VERSION) {
        say(
          'migrated',
          `this link was made by a newer version of this page (format ${echo(raw.trim())}), so it is read as format ${URL_FORMAT_VERSION} and any setting this version does not know is ignored.`,
        );
        return URL_FORMAT_VERSION;
      }
      return n;
    },
    serialize: () => String(URL_FORMAT_VERSION),
  },
  s: {
    key: 's',
    param: 'seed',
    label: 'Random seed',
    pages: SCENARIO_PAGES,
    lookalikes: ['seed'],
    fallback: () => DEFAULT_SEED,
    parse(raw, _context, say) {
      const n = parseNumber(raw);
      if (n === null || !Number.isInteger(n)) {
        say(
          'dropped',
          `${quoted(raw)} is not a whole number, so the default seed, ${DEFAULT_SEED}, is used.`,
        );
        return DEFAULT_SEED;
      }
      const seed = Math.min(SEED_MAX, Math.max(SEED_MIN, n));
      if (seed !== n) {
        const why = n > SEED_MAX ? 'above the maximum' : 'below the minimum';
        say('clamped', `${echo(raw.trim())} is ${why}, so ${formatNumber(seed)} is used.`);
      }
      return seed;
    },
    serialize(seed) {
      if (!Number.isFinite(seed)) return String(DEFAULT_SEED);
      return String(Math.min(SEED_MAX, Math.max(SEED_MIN, Math.trunc(seed))));
    },
  },
  view: {
    key: 'view',
    param: 'view',
    label: 'Chart',
    pages: ['story', 'classroom', 'teachers', 'worksheet'],
    lookalikes: [],
    fallback: () => DEFAULT_VIEW,
    parse(raw, _context, say) {
      const view = CHART_VIEWS.find((v) => v === raw);
      if (view) return view;
      say(
        'dropped',
        `${quoted(raw)} is not one of the sandbox's charts, so the default chart is shown.`,
      );
      return DEFAULT_VIEW;
    },
    serialize: (view) => (CHART_VIEWS.includes(view) ? view : DEFAULT_VIEW),
  },
  step: {
    key: 'step',
    param: 'step',
    label: 'Story step',
    pages: ['story', 'embed'],
    lookalikes: [],
    fallback: () => null,
    parse(raw, context, say) {
      const known = context.stepIds;
      if (known ? known.includes(raw) : isStepId(raw)) return raw;
      say(
        'dropped',
        context.page === 'embed'
          ? `${quoted(raw)} is not a state of this graphic, so its first state is shown.`
          : `${quoted(raw)} is not a step of this story, so the story opens at its start.`,
      );
      return null;
    },
    serialize: (step) => (step !== null && isStepId(step) ? step : null),
  },
  theme: {
    key: 'theme',
    param: 'theme',
    label: 'Theme',
    pages: [...SITE, 'embed'],
    lookalikes: [],
    fallback: (c) => (c.page === 'embed' ? DEFAULT_EMBED_THEME : null),
    parse(raw, context, say) {
      const allowed = context.page === 'embed' ? EMBED_THEMES : THEMES;
      const theme = word(raw, allowed);
      if (theme !== null) return theme;
      const instead =
        context.page === 'embed' ? `${quoted(DEFAULT_EMBED_THEME)} is used` : THEME_INSTEAD;
      say('dropped', `${quoted(raw)} is not ${orList(allowed)}, so ${instead}.`);
      return LINK_OPTIONS.theme.fallback(context);
    },
    serialize: (theme) => theme,
  },
  stage: STAGE_OPTION,
  paper: PAPER_OPTION,
  sheet: SHEET_OPTION,
  hide: {
    key: 'hide',
    param: 'hide',
    label: 'Hidden sliders',
    pages: ['story'],
    lookalikes: [],
    fallback: () => [],
    parse: (raw, c, say) => sandboxSliders(raw, c.ledger, say),
    serialize: (ids, c) => idList(ids, c.ledger).join(',') || null,
  },
  lock: {
    key: 'lock',
    param: 'lock',
    label: 'Locked sliders',
    pages: ['story'],
    lookalikes: [],
    fallback: () => [],
    parse: (raw, c, say) => sandboxSliders(raw, c.ledger, say),
    serialize: (ids, c) => idList(ids, c.ledger).join(',') || null,
  },
  advanced: {
    key: 'advanced',
    param: 'advanced',
    label: 'More assumptions',
    pages: ['story'],
    lookalikes: [],
    fallback: () => 'closed',
    parse(raw, _context, say) {
      const value = word(raw, ['0', '1']);
      if (value !== null) return value === '0' ? 'hidden' : 'open';
      say('dropped', `${quoted(raw.trim())} is not 0 or 1, so the group is shown closed.`);
      return 'closed';
    },
    serialize: (value) => (value === 'closed' ? null : value === 'hidden' ? '0' : '1'),
  },
  chart: {
    key: 'chart',
    param: 'chart',
    label: 'Chart',
    pages: ['embed'],
    lookalikes: [],
    fallback: (c) => {
      const first = c.charts?.[0];
      if (first === undefined) throw new Error('an embed needs at least one chart');
      return first;
    },
    parse(raw, context, say) {
      const found = context.charts?.find((c) => c === raw);
      if (found !== undefined) return found;
      const fallback = LINK_OPTIONS.chart.fallback(context);
      say(
        'dropped',
        `${quoted(raw)} is not one of this page's charts, so ${quoted(fallback)} is used.`,
      );
      return fallback;
    },
    serialize: (chart) => chart,
  },
  transparent: flag('transparent', 'Transparent background', false),
  controls: {
    key: 'controls',
    param: 'controls',
    label: 'Sliders',
    pages: ['embed'],
    lookalikes: [],
    fallback: () => [],
    parse(raw, context, say) {
      if (word(raw, ['none']) !== null) return [];
      const { ids, refused } = sliderList(raw, context.ledger);
      const unknown: string[] = [];
      for (const { token, fixed } of refused) {
        if (fixed)
          say('dropped', `${fixed.label} is fixed in this model, so it has no slider in an embed.`);
        else unknown.push(token);
      }
      if (unknown.length > 0) {
        const one = unknown.length === 1;
        say(
          'dropped',
          `${quotedList(unknown)} ${one ? 'is not a setting' : 'are not settings'} an embed can show, so ${one ? 'it is' : 'they are'} left out.`,
        );
      }
      return ids;
    },
    serialize: (ids, c) => idList(ids, c.ledger).join(',') || 'none',
  },
  title: flag('title', 'Title', true),
  id: {
    key: 'id',
    param: 'id',
    label: 'Embed id',
    pages: ['embed'],
    lookalikes: ['childId'],
    alias: 'childId',
    fallback: () => null,
    parse(raw, _context, say) {
      if (EMBED_ID.test(raw)) return raw;
      say(
        'dropped',
        `${quoted(raw)} is not used: an id may have only letters, digits, '-' and '_', at most 64 of them.`,
      );
      return null;
    },
    serialize: (id) => (id !== null && EMBED_ID.test(id) ? id : null),
  },
  heading: embedText('heading', EMBED_TEXT_MAX.heading),
  note: embedText('note', EMBED_TEXT_MAX.note),
};

/** Every key, in the table's order. */
export const OPTION_KEYS = Object.keys(LINK_OPTIONS) as OptionKey[];

/** The options a page reads, in the table's order (the scenario's assumptions not included). */
export const optionsOf = (page: LinkPage): OptionKey[] =>
  OPTION_KEYS.filter((key) => LINK_OPTIONS[key].pages.includes(page));

export const labelOf = (
  option: Pick<LinkOption<unknown>, 'label'>,
  context: ReadContext,
): string => (typeof option.label === 'function' ? option.label(context) : option.label);
