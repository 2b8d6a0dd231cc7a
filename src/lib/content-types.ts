// The typed shape of everything in content/, after the build has validated it.
// The build (scripts/content) produces these; components only ever render them.

export const FIGURE_STATUSES = ['reported', 'derived', 'illustrative'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export interface Source {
  id: string;
  outlet: string;
  title: string;
  date: string;
  url?: string;
  via?: string;
  note?: string;
  /** What a credit line prints instead of `outlet`, where the outlet is not named. */
  credit?: string;
}

/** One citation mark in the text: which sources, their note numbers, and this mark's anchor. */
export interface CitationRef {
  id: string;
  n: number;
  anchor: string;
}

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'em'; c: Inline[] }
  | { t: 'strong'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'cite'; refs: CitationRef[] }
  | { t: 'figure'; v: string; status: FigureStatus }
  | { t: 'term'; id: string; c: Inline[]; first: boolean }
  | { t: 'br' };

export type Block =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'step'; state: string; index: number; blocks: Block[] }
  | { type: 'aside'; title: string; blocks: Block[] }
  | { type: 'sandbox' };

export interface Chapter {
  id: string;
  title: string;
  kicker?: string;
  file: string;
  blocks: Block[];
}

export interface StoryStep {
  index: number;
  state: string;
  chapterId: string;
}

export interface SourceNote {
  n: number;
  source: Source;
  /** Anchors of every citation mark that points here, in page order (for back-links). */
  backrefs: string[];
}

export interface TimelineEvent {
  id: string;
  date: string;
  label: string;
  detail: string;
  group: string;
  sources: string[];
}

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  sources: string[];
}

export interface GraphicCopy {
  title: string;
  description: string;
  /** The words of its data table (column heads and the like), by the keys its definition names. */
  table: Record<string, string>;
}

export interface StateCopy {
  /** The text equivalent of the graphic in this state, read in place of the picture. */
  alt: string;
  /** A short visible caption above the graphic. */
  caption: string;
}

/** What an embeddable chart adds, from content/embeds.yaml. */
export interface EmbedCopy {
  /** One line shown under the chart in every embed. */
  note: string;
  /** The suggested iframe height in CSS pixels, at a phone's width, with no sliders. */
  height: number;
  /** Sandbox charts: the fallback picture's text equivalent (story graphics use their states'). */
  alt?: string;
  /** Source ids credited under the chart. */
  sources: string[];
}

/** content/sharing.yaml: the words around a shared, embedded or downloaded chart. */
export type SharingCopy = import('valibot').InferOutput<
  typeof import('../../scripts/content/sharing-schemas.ts').SharingSchema
>;

/** content/links.yaml: what reading a link changed, in the readers' notices (src/links/). */
export type LinkCopy = import('valibot').InferOutput<
  typeof import('../../scripts/content/sharing-schemas.ts').LinksSchema
>;

/** content/scenario-pack.yaml: the scenario pack's column meanings, metadata and README. */
export type ScenarioPackCopy = import('valibot').InferOutput<
  typeof import('../../scripts/content/sharing-schemas.ts').ScenarioPackSchema
>;

export interface ScaleBar {
  id: string;
  label: string;
  value: number;
  unit: string;
  status: FigureStatus;
  sources: string[];
  note: string;
}

/** content/interface.yaml: copy around the site's tables and controls. */
/** content/interface.yaml: page furniture and copy around tables and controls. */
export interface InterfaceCopy {
  /** The assumptions ledger's table ({count} in its caption) and its link keys. */
  ledger: {
    caption: string;
    assumption: string;
    linkKeyColumn: string;
    default: string;
    status: string;
    uncertainty: string;
    control: string;
    range: string;
    sourcesAndNote: string;
    sources: string;
    fixed: string;
    main: string;
    advanced: string;
    held: string;
    linkKeys: string;
  };
  page: { skipToContent: string; skipToStory: string };
  /** Controls on every page: the display preferences, a notice's Dismiss, a chart's data table,
   *  and the word read before a citation's number. */
  controls: {
    display: string;
    dark: string;
    projector: string;
    reduceMotion: string;
    dismiss: string;
    dataTable: string;
    source: string;
  };
  nav: {
    label: string;
    story: string;
    sandbox: string;
    model: string;
    classroom: string;
    sources: string;
  };
  /** The numbered notes: `readVia` has {via}, `back` {i} and {n}. */
  sources: {
    title: string;
    intro: string;
    readVia: string;
    citedAt: string;
    back: string;
    corrections: string;
  };
  worksheet: { description: string };
  /** {site}; {reported}, {derived}, {illustrative}; {byline}, {updated}. */
  footer: {
    about: string;
    statuses: string;
    privacy: string;
    model: string;
    sources: string;
    corrections: string;
    byline: string;
  };
  story: {
    kicker: string;
    stepData: string;
    steps: string;
    previous: string;
    next: string;
    /** {n} of {count}. */
    stepOf: string;
    /** Before a step's graphic's text equivalent: {alt}. */
    graphic: string;
    /** Under the title: {byline}, {updated}. */
    byline: string;
    /** Above the notice when a link's ?step= names no step. */
    stepNotUsed: string;
    graphicFailed: string;
    /** The sandbox's placeholder in the story: a sentence, and the link to sandbox.html. */
    sandboxElsewhere: string;
    sandboxLink: string;
  };
  model: {
    title: string;
    description: string;
    ledgerTitle: string;
    ledgerIntro: string;
    sourcesIntro: string;
  };
  /** The teacher notes' link options: what each does, and its values in words where needed. */
  linkOptions: LinkOptionsCopy;
}

/** content/interface.yaml's linkOptions, by option (with {placeholders}, checked at build). */
export interface LinkOptionsCopy {
  theme: { does: string };
  stage: { does: string };
  step: { values: string; does: string };
  hide: { values: string; does: string };
  lock: { values: string; does: string };
  advanced: { values: string; does: string };
  paper: { does: string };
  sheet: { does: string };
  scenario: { values: string; does: string };
}

export interface SiteMeta {
  title: string;
  shortTitle: string;
  description: string;
  siteUrl: string;
  socialImageAlt: string;
  byline: string;
  published: string;
  updated: string;
  lang: string;
}

export interface StoryContent {
  site: SiteMeta;
  chapters: Chapter[];
  steps: StoryStep[];
  notes: SourceNote[];
}

export interface Preset {
  id: string;
  label: string;
  description: string;
  /** Values by ledger id; parameters not named keep their defaults. */
  values: Record<string, number>;
}

/** One sandbox chart's words, from content/sandbox/page.yaml. */
export interface SandboxChartCopy {
  title: string;
  /** Added to the chart's text equivalent: how to read it. */
  about: string;
  /** The y-axis title of each panel, by panel key. */
  axes: Record<string, string>;
  /** The direct label of each line, by line key. */
  labels: Record<string, string>;
}

/** content/sandbox/page.yaml: the sandbox's chart copy and the words around its controls. */
export interface SandboxCopy {
  /** The sandbox's heading. */
  title: string;
  /** The row of preset buttons: its name, and the button that goes back to the defaults. */
  presets: string;
  reset: string;
  charts: Record<string, SandboxChartCopy>;
  /** The source line under every sandbox chart. */
  source: string;
  /** The tabs over the charts beside the sliders: their list's name and each tab's. */
  tabs: { label: string; difference: string; ukraine: string };
  /** The sandbox's introduction; {runs} is the number of Monte Carlo runs. */
  intro: string;
  /** Shown until the sandbox is interactive. */
  noScript: string;
  /** The live diagram's month scrubber. */
  scrubber: ScrubberCopy;
  /** "What would it take?" */
  goal: GoalCopy;
  /** The figures beside the chart of what Japan's exports change. */
  figures: { extra: string; days: string; share: string; times: string };
  /** The scenario pack's button and words; `saving` has the file's {name}. */
  pack: { button: string; about: string; saving: string; failed: string };
  /** The links under the sandbox, and where the model runs. */
  foot: {
    model: string;
    ledger: string;
    worksheet: string;
    qr: string;
    runs: string;
    worker: string;
    page: string;
    starting: string;
  };
  /** In place of the sandbox if drawing it fails. */
  failed: { title: string; settings: string; reset: string };
  /** The sliders' groups, the assumptions held fixed, and each slider's note and popover. */
  controls: {
    main: string;
    more: string;
    held: string;
    /** "See {ledger}.", {ledger} a link whose text is `ledger`. */
    see: string;
    ledger: string;
    locked: string;
    /** {min}, {max}, {default}, each with its unit. */
    range: string;
    sources: string;
  };
}

/** The words around "What would it take?" ({names} as GOAL_PLACEHOLDERS in src/sandbox/copy.ts). */
export interface GoalCopy {
  title: string;
  intro: string;
  target: string;
  targetAfter: string;
  lever: string;
  noScript: string;
  working: string;
  failed: string;
  current: string;
  apply: string;
  show: string;
  central: string;
  half: string;
  nineTenths: string;
  yours: string;
  beyond: string;
  mark: string;
}

/** The words of a month scrubber: its name and its buttons'. */
export interface ScrubberCopy {
  label: string;
  play: string;
  pause: string;
  previous: string;
  next: string;
}
