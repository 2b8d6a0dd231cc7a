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
import { acceptEarlyInput, enableEarlySliders } from './lib/early-input.ts';
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

/**
 * An island whose markup lives on another page (data-island-from, see IslandElsewhere in
 * src/islands/islands.ts): fetch that page, and fill the placeholder with its island's markup.
 * The placeholder element stays (a reader, or a test, may be holding it) but gives up its id
 * to the island's own. Returns the island's element, or null if it could not be fetched (the
 * placeholder stays as it was, and its link still leads to the page).
 */
async function fetchIsland(placeholder: HTMLElement, name: string): Promise<HTMLElement | null> {
  const from = placeholder.dataset.islandFrom ?? '';
  try {
    const response = await fetch(from);
    if (!response.ok) throw new Error(`${from} answered ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const found = page.querySelector<HTMLElement>(`[data-island="${name}"]`);
    if (!found) throw new Error(`${from} has no "${name}" island`);
    const island = document.importNode(found, true);
    placeholder.removeAttribute('id');
    placeholder.removeAttribute('data-island-from');
    placeholder.className = island.className;
    placeholder.dataset.islandProps = island.dataset.islandProps ?? '{}';
    placeholder.replaceChildren(...island.childNodes);
    enableEarlySliders(placeholder);
    return placeholder;
  } catch (error) {
    console.warn(`The "${name}" part of the page could not be fetched:`, error);
    placeholder.dataset.islandFailed = 'true';
    return null;
  }
}

async function wake(target: HTMLElement): Promise<void> {
  const name = target.dataset.island ?? '';
  if (!isIslandName(name)) return;
  const island: IslandDefinition = ISLANDS[name];
  // The code loads while markup kept on another page is fetched.
  const loading = island.load();
  loading.catch(() => undefined); // reported below, once the markup is in
  const el = target.dataset.islandFrom ? await fetchIsland(target, name) : target;
  if (!el) return;
  let props: Record<string, unknown> = {};
  try {
    props = JSON.parse(el.dataset.islandProps ?? '{}') as Record<string, unknown>;
  } catch {
    // Props are written by our own build; a broken attribute means default props.
  }
  try {
    const { default: component } = await loading;
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
