// The browser entry: styles, then wake the islands on this page, then the story's scroll
// engine. Everything else on the page is already there, prerendered. What the first screen
// needs wakes at load; the rest when the browser is idle, or when it comes near the viewport
// (src/islands/islands.ts).
import { hydrate } from 'svelte';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/story.css';
import './styles/classroom.css';
import './styles/worksheet.css';
import './styles/print.css';
import { acceptEarlyInput } from './lib/early-input.ts';
import { ISLANDS, isIslandName, type IslandDefinition } from './islands/islands.ts';
import { preferences } from './lib/preferences.svelte.ts';
import { startStory } from './story/start.ts';
import { preparePrintFigures } from './story/print-figures.ts';
import { registerServiceWorker } from './pwa/register.ts';

/**
 * Pages whose first screen's CSS is inlined load the whole stylesheet as media="print" so it
 * never blocks the first paint (scripts/prerender-html.ts); here it applies to the screen.
 * Resolves once it is in (or failed: the page stays readable with the first screen's CSS).
 */
function applyDeferredStylesheets(): Promise<void> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-deferred-style]')];
  return Promise.all(
    links.map(
      (link) =>
        new Promise<void>((resolve) => {
          if (!link.sheet) {
            link.addEventListener('load', () => resolve(), { once: true });
            link.addEventListener('error', () => resolve(), { once: true });
          } else resolve();
          link.media = 'all';
        }),
    ),
  ).then(() => undefined);
}

async function wake(el: HTMLElement): Promise<void> {
  const name = el.dataset.island ?? '';
  if (!isIslandName(name)) return;
  let props: Record<string, unknown> = {};
  try {
    props = JSON.parse(el.dataset.islandProps ?? '{}') as Record<string, unknown>;
  } catch {
    // Props are written by our own build; a broken attribute means default props.
  }
  try {
    const island: IslandDefinition = ISLANDS[name];
    const { default: component } = await island.load();
    hydrate(component, { target: el, props });
  } catch (error) {
    // The prerendered island is still there and readable; it just will not respond. Say so in
    // the console for whoever is debugging, and carry on with the other islands.
    console.warn(`The "${name}" part of the page could not start:`, error);
    el.dataset.islandFailed = 'true';
  }
}

function wakeWhenNear(el: HTMLElement): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void wake(el);
      }
    },
    { rootMargin: '800px 0px' },
  );
  observer.observe(el);
}

/** The next moment the browser is idle (or half a second from now, whichever is first). */
const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });

async function start(): Promise<void> {
  acceptEarlyInput();
  const stylesheet = applyDeferredStylesheets();
  const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')];
  const when = (wake: string) => islands.filter((el) => el.dataset.hydrate === wake);
  await Promise.all(when('load').map(wake));
  // Each idle island in an idle moment of its own, so no one task blocks a reader's input long.
  for (const el of when('idle')) {
    await idle();
    await wake(el);
  }
  when('visible').forEach(wakeWhenNear);
  // After hydration, so islands first render exactly what the server rendered; in a task of its
  // own (the scroll engine measures every step).
  await idle();
  preferences.start();
  // The link's ?theme= (already applied before paint by public/theme-init.js) and what reading
  // it changed, from the page's link reader: loaded with the islands, not in this first script.
  void import('./links/page-link.ts').then(({ pageTheme }) => preferences.useLink(pageTheme()));
  startStory();
  preparePrintFigures();
  registerServiceWorker();
  await stylesheet;
  // For tests and for CSS that should only apply once the page is interactive.
  document.documentElement.dataset.ready = 'true';
}

void start();
