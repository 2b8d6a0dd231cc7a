// The shapes of the link-option table (options.ts): the pages that read links, each key's
// value (OptionValues), what a reading may depend on (ReadContext) and what defines an option
// (LinkOption), with the constants the definitions share.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { SANDBOX_CHART_IDS, type SandboxChartId } from '../lib/chart-ids.ts';
import type { ClassroomStage } from '../lib/classroom-types.ts';
import type { LinkCopy } from '../lib/content-types.ts';
import type { Theme } from '../lib/themes.ts';
import type { Say } from './values.ts';

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
export const DEFAULT_VIEW: ChartView = 'difference';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The worksheet's two sheets, printed apart: predictions and tasks, and the model's answer. */
export const WORKSHEET_SHEETS = ['student', 'answers'] as const;
export type WorksheetSheet = (typeof WORKSHEET_SHEETS)[number];

/** The longest id a host may give an embed, in characters. */
export const EMBED_ID_MAX = 64;
/** Ids a host may give an embed: safe in a message, a CSS selector and a pym.js string. */
export const EMBED_ID = new RegExp(`^[A-Za-z0-9_-]{1,${EMBED_ID_MAX}}$`);

/** What each key reads as. Add a key here and the compiler asks for its definition in options.ts. */
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

/** What writing a link may depend on: the ledger, the page, its steps or charts. */
export interface WriteContext {
  page: LinkPage;
  ledger: readonly ParameterSpec[];
  /** The story's steps (story) or the graphic's states (embed); absent: any well-formed id. */
  stepIds?: readonly string[];
  /** An embed page's charts; the first is the default. */
  charts?: readonly string[];
}

/** What reading a link may depend on: as for writing, and the words of its notices. */
export interface ReadContext extends WriteContext {
  /** content/links.yaml: the sentences of the notices. */
  copy: LinkCopy;
}

export interface LinkOption<T> {
  /** The key in the link. */
  key: OptionKey;
  /** What notices name as their subject (Notice.param). */
  param: string;
  /** The pages that read it. */
  pages: readonly LinkPage[];
  /** Keys a writer may mean by this one (another case or punctuation of `key` is always one). */
  lookalikes: readonly string[];
  /** Another key read when this one is absent (pym.js writes childId for id). */
  alias?: string;
  /** The value when the link does not set it (or sets something unusable). */
  fallback: (context: WriteContext) => T;
  /** The value of one raw text; what it changed goes to `say`. Never throws. */
  parse: (raw: string, context: ReadContext, say: Say) => T;
  /**
   * The value as link text, or null when there is nothing to write (no step, no id, no text).
   * Writers leave out a value that reads as the fallback unless they pin every setting.
   */
  serialize: (value: T, context: WriteContext) => string | null;
}

/** Every key with its definition: a key of OptionValues without one does not compile. */
export type OptionTable = { readonly [K in OptionKey]: LinkOption<OptionValues[K]> };

/** The site's pages (all but embeds). */
export const SITE_LINK_PAGES: readonly LinkPage[] = [
  'story',
  'classroom',
  'teachers',
  'worksheet',
  'model',
];
/** Pages with a scenario: the sandbox, the prediction, the worksheet, the QR code. */
export const SCENARIO_PAGES: readonly LinkPage[] = [
  'story',
  'classroom',
  'teachers',
  'worksheet',
  'embed',
];

/** The longest title and note an embed's link carries (in characters). */
export const EMBED_TEXT_MAX = { heading: 100, note: 280 } as const;
