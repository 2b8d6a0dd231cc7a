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
  typeof import('../../scripts/content/schemas.ts').SharingSchema
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
export interface InterfaceCopy {
  ledger: { linkKeyColumn: string; linkKeys: string };
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
