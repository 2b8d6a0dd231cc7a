// Every link option of the site, defined once: its key, the pages that read it, how a
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
import { fill } from '../lib/template.ts';
import { DEFAULT_EMBED_THEME, EMBED_THEMES, THEMES } from '../lib/themes.ts';
import {
  CHART_VIEWS,
  DEFAULT_VIEW,
  EMBED_ID,
  EMBED_ID_MAX,
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
    pages: SCENARIO_PAGES,
    lookalikes: [],
    fallback: () => 0,
    parse(raw, { copy }, say) {
      const n = parseNumber(raw);
      const version = URL_FORMAT_VERSION;
      if (n === null || !Number.isInteger(n) || n < 0) {
        say('dropped', fill(copy.format.notVersion, { value: quoted(raw, copy), version }));
        return URL_FORMAT_VERSION;
      }
      if (n > URL_FORMAT_VERSION) {
        say('migrated', fill(copy.format.newer, { value: echo(raw.trim()), version }));
        return URL_FORMAT_VERSION;
      }
      return n;
    },
    serialize: () => String(URL_FORMAT_VERSION),
  },
  s: {
    key: 's',
    param: 'seed',
    pages: SCENARIO_PAGES,
    lookalikes: ['seed'],
    fallback: () => DEFAULT_SEED,
    parse(raw, { copy }, say) {
      const n = parseNumber(raw);
      const { numbers } = copy;
      if (n === null || !Number.isInteger(n)) {
        say('dropped', fill(numbers.notWhole, { value: quoted(raw, copy), seed: DEFAULT_SEED }));
        return DEFAULT_SEED;
      }
      const seed = Math.min(SEED_MAX, Math.max(SEED_MIN, n));
      if (seed !== n) {
        const why = n > SEED_MAX ? numbers.aboveMaximum : numbers.belowMinimum;
        say(
          'clamped',
          fill(numbers.outOfRange, { value: echo(raw.trim()), why, used: formatNumber(seed) }),
        );
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
    pages: ['story', 'classroom', 'teachers', 'worksheet'],
    lookalikes: [],
    fallback: () => DEFAULT_VIEW,
    parse(raw, { copy }, say) {
      const view = CHART_VIEWS.find((v) => v === raw);
      if (view) return view;
      say('dropped', fill(copy.view.notChart, { value: quoted(raw, copy) }));
      return DEFAULT_VIEW;
    },
    serialize: (view) => (CHART_VIEWS.includes(view) ? view : DEFAULT_VIEW),
  },
  step: {
    key: 'step',
    param: 'step',
    pages: ['story', 'embed'],
    lookalikes: [],
    fallback: () => null,
    parse(raw, context, say) {
      const known = context.stepIds;
      if (known ? known.includes(raw) : isStepId(raw)) return raw;
      const { view } = context.copy;
      say(
        'dropped',
        fill(context.page === 'embed' ? view.notState : view.notStep, {
          value: quoted(raw, context.copy),
        }),
      );
      return null;
    },
    serialize: (step) => (step !== null && isStepId(step) ? step : null),
  },
  theme: {
    key: 'theme',
    param: 'theme',
    pages: [...SITE, 'embed'],
    lookalikes: [],
    fallback: (c) => (c.page === 'embed' ? DEFAULT_EMBED_THEME : null),
    parse(raw, context, say) {
      const allowed = context.page === 'embed' ? EMBED_THEMES : THEMES;
      const theme = word(raw, allowed);
      if (theme !== null) return theme;
      const { copy } = context;
      const instead =
        context.page === 'embed'
          ? fill(copy.instead.used, { value: quoted(DEFAULT_EMBED_THEME, copy) })
          : THEME_INSTEAD(copy);
      say(
        'dropped',
        fill(copy.notOneOf, {
          value: quoted(raw, copy),
          allowed: orList(allowed, copy.lists),
          instead,
        }),
      );
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
    pages: ['story'],
    lookalikes: [],
    fallback: () => [],
    parse: (raw, c, say) => sandboxSliders(raw, c, say),
    serialize: (ids, c) => idList(ids, c.ledger).join(',') || null,
  },
  lock: {
    key: 'lock',
    param: 'lock',
    pages: ['story'],
    lookalikes: [],
    fallback: () => [],
    parse: (raw, c, say) => sandboxSliders(raw, c, say),
    serialize: (ids, c) => idList(ids, c.ledger).join(',') || null,
  },
  advanced: {
    key: 'advanced',
    param: 'advanced',
    pages: ['story'],
    lookalikes: [],
    fallback: () => 'closed',
    parse(raw, { copy }, say) {
      const allowed = ['0', '1'] as const;
      const value = word(raw, allowed);
      if (value !== null) return value === '0' ? 'hidden' : 'open';
      say(
        'dropped',
        fill(copy.notOneOf, {
          value: quoted(raw.trim(), copy),
          allowed: orList(allowed, copy.lists),
          instead: copy.instead.advanced,
        }),
      );
      return 'closed';
    },
    serialize: (value) => (value === 'closed' ? null : value === 'hidden' ? '0' : '1'),
  },
  chart: {
    key: 'chart',
    param: 'chart',
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
        fill(context.copy.view.notPageChart, {
          value: quoted(raw, context.copy),
          chart: quoted(fallback, context.copy),
        }),
      );
      return fallback;
    },
    serialize: (chart) => chart,
  },
  transparent: flag('transparent', false),
  controls: {
    key: 'controls',
    param: 'controls',
    pages: ['embed'],
    lookalikes: [],
    fallback: () => [],
    parse(raw, context, say) {
      if (word(raw, ['none']) !== null) return [];
      const { ids, refused } = sliderList(raw, context.ledger);
      const { sliders } = context.copy;
      const unknown: string[] = [];
      for (const { token, fixed } of refused) {
        if (fixed) say('dropped', fill(sliders.fixed, { label: fixed.label }));
        else unknown.push(token);
      }
      if (unknown.length > 0) {
        const sentence = unknown.length === 1 ? sliders.notSetting : sliders.notSettings;
        say('dropped', fill(sentence, { values: quotedList(unknown, context.copy) }));
      }
      return ids;
    },
    serialize: (ids, c) => idList(ids, c.ledger).join(',') || 'none',
  },
  title: flag('title', true),
  id: {
    key: 'id',
    param: 'id',
    pages: ['embed'],
    lookalikes: ['childId'],
    alias: 'childId',
    fallback: () => null,
    parse(raw, { copy }, say) {
      if (EMBED_ID.test(raw)) return raw;
      say('dropped', fill(copy.embedId, { value: quoted(raw, copy), max: EMBED_ID_MAX }));
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

/** How a reader knows an option, at the start of its notices (content/links.yaml labels). */
export const labelOf = (option: Pick<LinkOption<unknown>, 'key'>, context: ReadContext): string =>
  context.copy.labels[option.key];
