// Component tests without a browser (the Reuters pattern): render a Svelte component with
// svelte/server, as the prerender does, and query its HTML with cheerio. For markup and ARIA of
// shared components; behaviour that needs events, focus, scrolling or workers stays in
// Playwright (test/e2e). Components may import `virtual:backfill/content` (vitest.config.ts
// adds the content plugin).
//
//   const $ = renderHTML(DataTable, { table });
//   expect($('th[scope="col"]').length).toBe(3);
import { load, type CheerioAPI } from 'cheerio';
import { createRawSnippet, type Component, type Snippet } from 'svelte';
import { render } from 'svelte/server';

/** The component's server-rendered body (no <head>), parsed: a cheerio `$` to query it. */
export function renderHTML<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
): CheerioAPI {
  const { body } = render(component, { props });
  // Svelte's hydration markers are comments; cheerio keeps them out of text() and selectors.
  return load(body, null, false);
}

/** A snippet prop that renders fixed HTML (one root element), e.g. a chart's <svg>. */
export function htmlSnippet(html: string): Snippet {
  return createRawSnippet(() => ({ render: () => html }));
}
