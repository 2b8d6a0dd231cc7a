// Server-side rendering for the prerender (build) and the dev server: renders a page's shell,
// then each island on its own, so the browser can hydrate islands independently.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import Preferences from './lib/Preferences.svelte';
import { ISLAND_CONTEXT, IslandCollector, islandMarker, type IslandName } from './lib/islands.ts';
import StoryPage from './pages/StoryPage.svelte';
import LedgerTable from './sandbox/LedgerTable.svelte';
import ModelPage from './pages/ModelPage.svelte';
import CorrectionsPage from './pages/CorrectionsPage.svelte';
import Sandbox from './sandbox/Sandbox.svelte';
import Stepper from './story/Stepper.svelte';
import Predict from './classroom/Predict.svelte';
import StageNav from './classroom/StageNav.svelte';
import LinkBuilder from './classroom/LinkBuilder.svelte';
import Worksheet from './classroom/Worksheet.svelte';
import WorksheetPage from './pages/WorksheetPage.svelte';
import TeacherPage from './pages/TeacherPage.svelte';
import ClassroomPage from './pages/ClassroomPage.svelte';
import StoryGraphic from './story/StoryGraphic.svelte';
import EmbedView from './embed/EmbedView.svelte';
import EmbedPage from './pages/EmbedPage.svelte';
import { EMBED_CHART_IDS } from './share/chart-ids.ts';
import { embedPath } from './share/links.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- islands take different props
const ISLANDS: Record<IslandName, Component<any>> = {
  'story-graphic': StoryGraphic,
  stepper: Stepper,
  preferences: Preferences,
  sandbox: Sandbox,
  ledger: LedgerTable,
  embed: EmbedView,
  predict: Predict,
  'stage-nav': StageNav,
  'link-builder': LinkBuilder,
  worksheet: Worksheet,
};

export interface PageSpec {
  /** Output path under dist/, e.g. "index.html". */
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every page takes { base }
  component: Component<any>;
  /** Props beside { base }, e.g. which chart an embed page shows. */
  props?: Record<string, unknown>;
}

export const PAGES: PageSpec[] = [
  { path: 'index.html', component: StoryPage },
  { path: 'model.html', component: ModelPage },
  { path: 'corrections.html', component: CorrectionsPage },
  // One page per embeddable chart, for other sites' iframes.
  ...EMBED_CHART_IDS.map((chart) => ({
    path: embedPath(chart),
    component: EmbedPage,
    props: { chart },
  })),
  { path: 'classroom.html', component: ClassroomPage },
  { path: 'teachers.html', component: TeacherPage },
  { path: 'worksheet.html', component: WorksheetPage },
];

// The build's static fallback pictures and oEmbed files (scripts/build-embeds.ts).
export { embedDrawings, embedCatalogue, siteAddress } from './embed/fallbacks.ts';

export interface RenderedPage {
  head: string;
  body: string;
  /** Islands woken at load (their chunks are preloaded). */
  islands: IslandName[];
}

/** Relative path from a page to the site root: "./" for index.html, "../" for embed/x.html. */
export const baseFor = (path: string) => '../'.repeat(path.split('/').length - 1) || './';

export function renderPage(path: string): RenderedPage {
  const page = PAGES.find((p) => p.path === path);
  if (!page) throw new Error(`No page renders ${path}`);
  const collector = new IslandCollector();
  const shell = render(page.component, {
    props: { ...page.props, base: baseFor(path) },
    context: new Map([[ISLAND_CONTEXT, collector]]),
  });
  let body = shell.body;
  for (const request of collector.requests) {
    const island = render(ISLANDS[request.name], {
      props: request.props,
      idPrefix: `i${request.id}-`,
    });
    const marker = islandMarker(request.id);
    if (!body.includes(marker)) throw new Error(`Island ${request.name} lost its marker`);
    // A function replacement, so "$" in the island's HTML is never read as a pattern.
    body = body.replace(marker, () => island.body);
  }
  const awake = collector.requests.filter((r) => r.hydrate === 'load').map((r) => r.name);
  return { head: shell.head, body, islands: [...new Set(awake)] };
}
