// Types for the module the content plugin (scripts/content/vite-plugin.ts) builds from content/.
// Each export is a separate constant, so a bundle only carries what it imports.
// (An ambient declaration may not import relatively, so types are named with import().)
declare module 'virtual:backfill/content' {
  export const site: import('./lib/content-types.ts').SiteMeta;
  export const chapters: import('./lib/content-types.ts').Chapter[];
  export const steps: import('./lib/content-types.ts').StoryStep[];
  export const notes: import('./lib/content-types.ts').SourceNote[];
  export const sources: import('./lib/content-types.ts').Source[];
  export const parameters: import('../workers/stockpile/parameters.ts').ParameterSpec[];
  export const presets: import('./lib/content-types.ts').Preset[];
  export const timeline: import('./lib/content-types.ts').TimelineEvent[];
  export const glossary: import('./lib/content-types.ts').GlossaryTerm[];
  export const graphics: Record<string, import('./lib/content-types.ts').GraphicCopy>;
  export const labels: Record<string, Record<string, string>>;
  export const states: Record<string, import('./lib/content-types.ts').StateCopy>;
  export const scale: import('./lib/content-types.ts').ScaleBar[];
  /** content/embeds.yaml, by embeddable chart id (src/share/chart-ids.ts). */
  export const embeds: Record<
    import('./share/chart-ids.ts').EmbedChartId,
    import('./lib/content-types.ts').EmbedCopy
  >;
  /** content/sharing.yaml: the words around a shared, embedded or downloaded chart. */
  export const sharing: import('./lib/content-types.ts').SharingCopy;
  /** content/links.yaml: what reading a link changed, in the readers' notices (src/links/). */
  export const links: import('./lib/content-types.ts').LinkCopy;
  /** content/scenario-pack.yaml: the scenario pack's column meanings, metadata and README. */
  export const scenarioPack: import('./lib/content-types.ts').ScenarioPackCopy;
  /** content/model.md, rendered at build time (Markdown without raw HTML). */
  export const modelDoc: { html: string; notes: import('./lib/content-types.ts').SourceNote[] };
  /** content/classroom/: the classroom view, teacher notes and worksheet, parsed per page. */
  export const classroom: import('./lib/classroom-types.ts').ClassroomContent;
  /** content/CORRECTIONS.md, the corrections log, rendered at build time (newest first). */
  export const corrections: {
    title: string;
    summary: string;
    html: string;
    notes: import('./lib/content-types.ts').SourceNote[];
    dates: string[];
  };
  /** content/interface.yaml: copy around the site's tables and controls. */
  export const ui: import('./lib/content-types.ts').InterfaceCopy;
}

declare module 'virtual:backfill/sandbox' {
  /** content/sandbox/page.yaml: the sandbox's chart copy and the words around its controls. */
  export const sandboxCopy: import('./lib/content-types.ts').SandboxCopy;
}

/** content/sandbox/strings.yaml: the sentences the sandbox's describers fill in. */
declare module 'virtual:backfill/sandbox-strings' {
  export const sandboxStrings: import('./sandbox/strings.ts').SandboxStrings;
}
