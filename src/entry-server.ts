// Server-side rendering for the prerender (build) and the dev server: renders a page's shell,
// then each island on its own, so the browser can hydrate islands independently. Pages come
// from the one pages table (src/pages/pages.ts), islands from the one islands table
// (src/islands/islands.ts).
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import {
  ISLANDS,
  ISLAND_CONTEXT,
  IslandCollector,
  islandMarker,
  type IslandName,
} from './islands/islands.ts';
import { PAGES, type PageDefinition } from './pages/pages.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pages and islands take different props
type AnyComponent = Component<any>;

// Every page component, by file name; the table names them.
const pageModules = import.meta.glob<{ default: AnyComponent }>('./pages/*Page.svelte', {
  eager: true,
});
const pageComponent = (name: string): AnyComponent => {
  const module = pageModules[`./pages/${name}.svelte`];
  if (!module)
    throw new Error(`The pages table names a component src/pages/${name}.svelte that is not there`);
  return module.default;
};
for (const page of PAGES) pageComponent(page.component);

// The islands' components, loaded once: rendering is synchronous.
const islandComponents = Object.fromEntries(
  await Promise.all(
    Object.entries(ISLANDS).map(async ([name, island]) => [name, (await island.load()).default]),
  ),
) as Record<IslandName, AnyComponent>;

export { PAGES, type PageDefinition };
export { ISLANDS };

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

/**
 * A page's HTML. `inlineElsewhere` renders islands the page keeps on another page in place after
 * all (the offline file, which cannot fetch one).
 */
export function renderPage(path: string, { inlineElsewhere = false } = {}): RenderedPage {
  const page: PageDefinition | undefined = PAGES.find((p) => p.path === path);
  if (!page) throw new Error(`No page renders ${path}`);
  const collector = new IslandCollector(inlineElsewhere);
  const shell = render(pageComponent(page.component), {
    props: { ...page.props, base: baseFor(path) },
    context: new Map([[ISLAND_CONTEXT, collector]]),
  });
  let body = shell.body;
  const seen = new Map<IslandName, number>();
  for (const request of collector.requests) {
    // Ids by the island's name and its count on the page, not its place among the page's
    // islands: an island fetched from another page (IslandElsewhere) keeps ids unique here too.
    const nth = (seen.get(request.name) ?? 0) + 1;
    seen.set(request.name, nth);
    const island = render(islandComponents[request.name], {
      props: request.props,
      idPrefix: `i-${request.name}${nth > 1 ? nth : ''}-`,
    });
    const marker = islandMarker(request.id);
    if (!body.includes(marker)) throw new Error(`Island ${request.name} lost its marker`);
    // A function replacement, so "$" in the island's HTML is never read as a pattern.
    body = body.replace(marker, () => island.body);
  }
  const awake = collector.requests.filter((r) => r.hydrate === 'load').map((r) => r.name);
  return { head: shell.head, body, islands: [...new Set(awake)] };
}
