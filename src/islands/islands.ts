// Islands: the interactive parts of otherwise static, prerendered pages. The prerender renders
// each island on its own (so its hydration markers match) and the client hydrates it in place.
// ISLANDS is the one table of them: the browser entry (src/main.ts) loads and wakes them from
// it, the prerender (src/entry-server.ts) renders them from it, and the build
// (scripts/build.mjs) preloads the chunks of those woken at load. Adding an island is one entry.
import type { Component, ComponentProps } from 'svelte';

/**
 * When the client wakes an island: at load (its chunk is preloaded: only for what the first
 * screen needs to respond at once), when the browser is next idle after load, or when the
 * island comes near the viewport. Until then it is the prerendered HTML, readable but inert.
 */
export type IslandWake = 'load' | 'idle' | 'visible';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- islands take different props
type IslandModule = { default: Component<any> };

export interface IslandDefinition {
  /** The component's file from the project root (the build finds its chunk by it). */
  source: string;
  /** Loads the component (a chunk of its own in the browser). */
  load: () => Promise<IslandModule>;
  /** When it wakes unless the page says otherwise. */
  wake: IslandWake;
}

export const ISLANDS = {
  // The story: the sticky graphic is painted by the prerender and wakes when the page is idle;
  // the step buttons answer at once.
  'story-graphic': {
    source: 'src/story/StoryGraphic.svelte',
    load: () => import('../story/StoryGraphic.svelte'),
    wake: 'idle',
  },
  stepper: {
    source: 'src/story/Stepper.svelte',
    load: () => import('../story/Stepper.svelte'),
    wake: 'load',
  },
  preferences: {
    source: 'src/lib/Preferences.svelte',
    load: () => import('../lib/Preferences.svelte'),
    wake: 'load',
  },
  sandbox: {
    source: 'src/sandbox/Sandbox.svelte',
    load: () => import('../sandbox/Sandbox.svelte'),
    wake: 'visible',
  },
  ledger: {
    source: 'src/sandbox/LedgerTable.svelte',
    load: () => import('../sandbox/LedgerTable.svelte'),
    wake: 'load',
  },
  // An embed page (embed/<chart>.html) holds one of these: a story graphic or a sandbox chart.
  // Two islands, so a story graphic's page loads none of the model and sandbox charts' code.
  'story-embed': {
    source: 'src/embed/StoryEmbed.svelte',
    load: () => import('../embed/StoryEmbed.svelte'),
    wake: 'load',
  },
  'sandbox-embed': {
    source: 'src/embed/SandboxEmbed.svelte',
    load: () => import('../embed/SandboxEmbed.svelte'),
    wake: 'load',
  },
  // Classroom: the prediction activity, the lesson's stages, the teacher's link builder, the worksheet.
  predict: {
    source: 'src/classroom/Predict.svelte',
    load: () => import('../classroom/Predict.svelte'),
    wake: 'load',
  },
  'stage-nav': {
    source: 'src/classroom/StageNav.svelte',
    load: () => import('../classroom/StageNav.svelte'),
    wake: 'load',
  },
  'link-builder': {
    source: 'src/classroom/LinkBuilder.svelte',
    load: () => import('../classroom/LinkBuilder.svelte'),
    wake: 'load',
  },
  worksheet: {
    source: 'src/classroom/Worksheet.svelte',
    load: () => import('../classroom/Worksheet.svelte'),
    wake: 'load',
  },
} as const satisfies Record<string, IslandDefinition>;
export type IslandName = keyof typeof ISLANDS;

/**
 * The props island `N`'s component takes, so a page that places it (`<Island name props>`) is
 * type-checked against the component itself: a story graphic's chart id for "story-embed", a
 * sandbox chart's for "sandbox-embed".
 */
export type IslandProps<N extends IslandName> = ComponentProps<
  Awaited<ReturnType<(typeof ISLANDS)[N]['load']>>['default']
>;

export const isIslandName = (name: string): name is IslandName => Object.hasOwn(ISLANDS, name);

export interface IslandRequest {
  id: number;
  name: IslandName;
  props: Record<string, unknown>;
  hydrate: IslandWake;
}

/**
 * An island whose markup is left out of this page and lives on another (`href`, where it is
 * prerendered whole): here only a placeholder with `anchor` as its id and a sentence linking
 * there (for readers without JavaScript). The browser entry fetches the island's markup from
 * `href` when the reader comes near, puts it in place of the placeholder and wakes it. Used
 * for the sandbox, whose 2,700 prerendered elements the story's first paint need not wait for.
 */
export interface IslandElsewhere {
  href: string;
  anchor: string;
  text: string;
  link: string;
}

/** Collects the islands a page asks for while it is rendered on the server. */
export class IslandCollector {
  readonly requests: IslandRequest[] = [];
  /**
   * Render islands marked "elsewhere" in place after all (the offline file, which cannot fetch
   * another page).
   */
  constructor(readonly inlineElsewhere = false) {}
  add<N extends IslandName>(name: N, props: IslandProps<N>, hydrate: IslandWake): number {
    const id = this.requests.length;
    // Component props are plain objects (they travel as JSON).
    this.requests.push({ id, name, props: props as Record<string, unknown>, hydrate });
    return id;
  }
}

export const ISLAND_CONTEXT = Symbol('islands');

export const islandMarker = (id: number) => `<!--island:${id}-->`;
