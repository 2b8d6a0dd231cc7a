// Every link option of the site, defined once: its key, its label, the pages that read it, how a
// value is read (parse), written (serialize) and what applies when the link sets none (fallback),
// and the keys a writer may mean by it (lookalikes). The readers (url-state.ts, embed-options.ts,
// control-options.ts, choices.ts), the page's one reading of its own link (page-link.ts), the
// teacher notes' table and the content checks (classroom/link-options.ts) and the README's tables
// (test/unit/link-table.test.ts) are all views of this table. Its documentation (accepted values
// and what each option does, in words) is content/links.yaml, checked against it at build.
//
// OptionValues names each key's value; LINK_OPTIONS must define every one of them with a parser,
// so a key without a parser does not compile (as OWID Grapher's _AssertAllKeysPresent).
// The ledger's assumptions are one more family of keys (each parameter's `short`), read in
// url-state.ts; they are not listed here one by one because the ledger (content) defines them.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/random.ts';
import { SANDBOX_CHART_IDS, type SandboxChartId } from '../lib/chart-ids.ts';
import { CLASSROOM_STAGES, type ClassroomStage } from '../lib/classroom-types.ts';
import type { SharingCopy } from '../lib/content-types.ts';
import { formatNumber } from '../lib/format.ts';
import { cleanText, echo, quoted } from '../lib/notice.ts';
import { fill } from '../lib/template.ts';
import { DEFAULT_EMBED_THEME, EMBED_THEMES, THEMES, type Theme } from '../lib/themes.ts';
import {
  adjustable,
  isStepId,
  orList,
  parseNumber,
  quotedList,
  sliderList,
  word,
  type Say,
} from './values.ts';

/** The pages that read their link, by the name the site's page table uses. */
export const LINK_PAGES = [
  'story',
  'classroom',
  'teachers',
  'worksheet',
  'model',
  'embed',
] as const;
export type LinkPage = (typeof LINK_PAGES)[number];

/** The format this code writes. Bump it (and add a migration) whenever a key's meaning changes. */
export const URL_FORMAT_VERSION = 1;

/** Seeds are positive 32-bit integers, so every platform draws the same numbers from them. */
export const SEED_MIN = 1;
export const SEED_MAX = 2 ** 31 - 1;

/** The sandbox charts a link can ask for, by id. */
export const CHART_VIEWS = SANDBOX_CHART_IDS;
export type ChartView = SandboxChartId;
export const DEFAULT_VIEW: ChartView = 'ukraine';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The worksheet's two sheets, printed apart: predictions and tasks, and the model's answer. */
export const WORKSHEET_SHEETS = ['student', 'answers'] as const;
export type WorksheetSheet = (typeof WORKSHEET_SHEETS)[number];

/** Ids a host may give an embed: safe in a message, a CSS selector and a pym.js string. */
export const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What each key reads as. Add a key here and the compiler asks for its definition below. */
export interface OptionValues {
  /** The link's format (0: written before formats were numbered). */
  v: number;
  s: number;
  view: ChartView;
  /** A story step (story) or a graphic's state (embeds); null for none. */
  step: string | null;
  /** null: no usable theme in the link (the saved or system theme applies). */
  theme: Theme | null;
  stage: ClassroomStage | null;
  paper: PaperSize;
  sheet: WorksheetSheet;
  hide: ParameterId[];
  lock: ParameterId[];
  /** 'hidden': no "More assumptions" group; 'open': it starts open; 'closed': the default. */
  advanced: 'hidden' | 'open' | 'closed';
  chart: string;
  transparent: boolean;
  controls: ParameterId[];
  title: boolean;
  id: string | null;
  heading: string;
  note: string;
}
export type OptionKey = keyof OptionValues;

/** What a reading may depend on besides the link: the ledger, the page, its steps or charts. */
export interface ReadContext {
  page: LinkPage;
  ledger: readonly ParameterSpec[];
  /** The story's steps (story) or the graphic's states (embed); absent: any well-formed id. */
  stepIds?: readonly string[];
  /** An embed page's charts; the first is the default. */
  charts?: readonly string[];
  /** content/sharing.yaml's notices: the embed text's labels and sentences. */
  sharing?: SharingCopy['notices'];
}

export interface LinkOption<T> {
  /** The key in the link. */
  key: OptionKey;
  /** What notices name as their subject (Notice.param). */
  param: string;
  /** How a reader knows it, at the start of a notice. */
  label: string | ((context: ReadContext) => string);
  /** The pages that read it. */
  pages: readonly LinkPage[];
  /** Keys a writer may mean by this one (another case or punctuation of `key` is always one). */
  lookalikes: readonly string[];
  /** Another key read when this one is absent (pym.js writes childId for id). */
  alias?: string;
  /** The value when the link does not set it (or sets something unusable). */
  fallback: (context: ReadContext) => T;
  /** The value of one raw text; what it changed goes to `say`. Never throws. */
  parse: (raw: string, context: ReadContext, say: Say) => T;
  /**
   * The value as link text, or null when there is nothing to write (no step, no id, no text).
   * Writers leave out a value that reads as the fallback unless they pin every setting.
   */
  serialize: (value: T, context: ReadContext) => string | null;
}

type OptionTable = { readonly [K in OptionKey]: LinkOption<OptionValues[K]> };

const SITE: readonly LinkPage[] = ['story', 'classroom', 'teachers', 'worksheet', 'model'];
/** Pages with a scenario: the sandbox, the prediction, the worksheet, the QR code. */
export const SCENARIO_PAGES: readonly LinkPage[] = [
  'story',
  'classroom',
  'teachers',
  'worksheet',
  'embed',
];

const idList = (ids: readonly ParameterId[], ledger: readonly ParameterSpec[]) => {
  const shortOf = new Map(ledger.filter(adjustable).map((p) => [p.id, p.short]));
  return [...new Set(ids)].flatMap((id) => shortOf.get(id) ?? []);
};

/** A list of sliders for the sandbox's own options (hide, lock): each refused key said apart. */
function sandboxSliders(raw: string, ledger: readonly ParameterSpec[], say: Say): ParameterId[] {
  const { ids, refused } = sliderList(raw, ledger);
  for (const { token } of refused) {
    say('dropped', `${quoted(token)} is not a slider in the sandbox, so it is ignored.`);
  }
  return ids;
}

function flag(key: 'transparent' | 'title', label: string, fallback: boolean): LinkOption<boolean> {
  return {
    key,
    param: key,
    label,
    pages: ['embed'],
    lookalikes: [],
    fallback: () => fallback,
    parse(raw, _context, say) {
      const value = word(raw, ['1', '0']);
      if (value !== null) return value === '1';
      say('dropped', `${quoted(raw)} is not 1 or 0, so ${quoted(fallback ? '1' : '0')} is used.`);
      return fallback;
    },
    serialize: (value) => (value ? '1' : '0'),
  };
}

function embedText(key: 'heading' | 'note', max: number): LinkOption<string> {
  const label = (c: ReadContext) =>
    key === 'heading' ? (c.sharing?.headingLabel ?? key) : (c.sharing?.noteLabel ?? key);
  return {
    key,
    param: key,
    label,
    pages: ['embed'],
    lookalikes: [],
    fallback: () => '',
    parse(raw, context, say) {
      const clean = cleanText(raw, max);
      const copy = context.sharing;
      if (copy && clean.cleaned)
        say('clamped', fill(copy.cleaned, { label: label(context) }), true);
      if (copy && clean.cut)
        say('clamped', fill(copy.shortened, { label: label(context), max }), true);
      return clean.text.trim();
    },
    serialize: (value) => {
      const text = cleanText(value, max).text.trim();
      return text === '' ? null : text;
    },
  };
}

/** The longest title and note an embed's link carries (in characters). */
export const EMBED_TEXT_MAX = { heading: 100, note: 280 } as const;

/** The options that take one word of a few, with their words and what a page does instead. */
export const STAGE_OPTION = choice(
  'stage',
  'Classroom stage',
  ['classroom'],
  CLASSROOM_STAGES,
  null,
  'the classroom view opens at its start',
);
export const PAPER_OPTION = choice(
  'paper',
  'Paper',
  ['worksheet'],
  PAPER_SIZES,
  'a4',
  'the worksheet is laid out for A4',
);
export const SHEET_OPTION = choice(
  'sheet',
  'Sheet',
  ['worksheet'],
  WORKSHEET_SHEETS,
  'student',
  'the student sheet is printed',
);
/** What a site page does with a theme it cannot use (embeds fall back to light). */
export const THEME_INSTEAD = 'the saved or system theme is used';

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

/** A word of a few (stage, paper, sheet): read in any case, anything else said and ignored. */
function choice<T extends string, F extends T | null>(
  key: OptionKey,
  label: string,
  pages: readonly LinkPage[],
  values: readonly T[],
  fallback: F,
  instead: string,
): LinkOption<T | F> & { values: readonly T[]; instead: string } {
  return {
    key,
    param: key,
    label,
    pages,
    lookalikes: [],
    values,
    instead,
    fallback: () => fallback,
    parse(raw, _context, say) {
      const found = word(raw, values);
      if (found !== null) return found;
      say('dropped', `${quoted(raw.trim())} is not ${orList(values)}, so ${instead}.`);
      return fallback;
    },
    serialize: (value) => value,
  };
}

/** Every key, in the table's order. */
export const OPTION_KEYS = Object.keys(LINK_OPTIONS) as OptionKey[];

/** The options a page reads, in the table's order (the scenario's assumptions not included). */
export const optionsOf = (page: LinkPage): OptionKey[] =>
  OPTION_KEYS.filter((key) => LINK_OPTIONS[key].pages.includes(page));

export const labelOf = (
  option: Pick<LinkOption<unknown>, 'label'>,
  context: ReadContext,
): string => (typeof option.label === 'function' ? option.label(context) : option.label);
