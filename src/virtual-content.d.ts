// Types for the modules the content plugin (scripts/content/vite-plugin.ts) builds from content/.
// Each export is a separate constant, so a bundle only carries what it imports.
declare module 'virtual:backfill/content' {
  import type {
    Chapter,
    Preset,
    GlossaryTerm,
    GraphicCopy,
    ScaleBar,
    SiteMeta,
    Source,
    SourceNote,
    StateCopy,
    StoryStep,
    TimelineEvent,
  } from './lib/content-types.ts';
  import type { ParameterSpec } from '../workers/stockpile/parameters.ts';

  export const site: SiteMeta;
  export const chapters: Chapter[];
  export const steps: StoryStep[];
  export const notes: SourceNote[];
  export const sources: Source[];
  export const parameters: ParameterSpec[];
  export const presets: Preset[];
  export const timeline: TimelineEvent[];
  export const glossary: GlossaryTerm[];
  export const graphics: Record<string, GraphicCopy>;
  export const labels: Record<string, Record<string, string>>;
  export const states: Record<string, StateCopy>;
  export const scale: ScaleBar[];
  /** content/model.md, rendered at build time (Markdown without raw HTML). */
  export const modelDoc: { html: string; notes: SourceNote[] };
}
