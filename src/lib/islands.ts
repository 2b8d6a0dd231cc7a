// Islands: the interactive parts of otherwise static, prerendered pages. The prerender renders
// each island on its own (so its hydration markers match) and the client hydrates it in place.

export type IslandWake = 'load' | 'visible';

export interface IslandRequest {
  id: number;
  name: IslandName;
  props: Record<string, unknown>;
  /** When the client wakes it: at load, or when it comes near the viewport. */
  hydrate: IslandWake;
}

/** Each island's component file: the build preloads the chunks of islands woken at load. */
export const ISLAND_SOURCES = {
  'story-graphic': 'src/story/StoryGraphic.svelte',
  stepper: 'src/story/Stepper.svelte',
  preferences: 'src/lib/Preferences.svelte',
  sandbox: 'src/sandbox/Sandbox.svelte',
  ledger: 'src/sandbox/LedgerTable.svelte',
  embed: 'src/embed/EmbedView.svelte',
  // Classroom: the prediction activity, the lesson's stages, the teacher's link builder, the worksheet.
  predict: 'src/classroom/Predict.svelte',
  'stage-nav': 'src/classroom/StageNav.svelte',
  'link-builder': 'src/classroom/LinkBuilder.svelte',
  worksheet: 'src/classroom/Worksheet.svelte',
} as const;
export type IslandName = keyof typeof ISLAND_SOURCES;

/** Collects the islands a page asks for while it is rendered on the server. */
export class IslandCollector {
  readonly requests: IslandRequest[] = [];
  add(name: IslandName, props: Record<string, unknown>, hydrate: IslandWake): number {
    const id = this.requests.length;
    this.requests.push({ id, name, props, hydrate });
    return id;
  }
}

export const ISLAND_CONTEXT = Symbol('islands');

export const islandMarker = (id: number) => `<!--island:${id}-->`;
