// The browser entry: styles, then wake the islands on this page, then the story's scroll
// engine. Everything else on the page is already there, prerendered.
import { hydrate, type Component } from 'svelte';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/story.css';
import './styles/classroom.css';
import './styles/worksheet.css';
import './styles/print.css';
import type { IslandName } from './lib/islands.ts';
import { preferences } from './lib/preferences.svelte.ts';
import { startStory } from './story/start.ts';
import { preparePrintFigures } from './story/print-figures.ts';
import { registerServiceWorker } from './pwa/register.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- islands take different props
type Loader = () => Promise<{ default: Component<any> }>;

// Each island is its own chunk, loaded only on pages that use it.
const loaders: Record<IslandName, Loader> = {
  'story-graphic': () => import('./story/StoryGraphic.svelte'),
  stepper: () => import('./story/Stepper.svelte'),
  preferences: () => import('./lib/Preferences.svelte'),
  sandbox: () => import('./sandbox/Sandbox.svelte'),
  ledger: () => import('./sandbox/LedgerTable.svelte'),
  embed: () => import('./embed/EmbedView.svelte'),
  predict: () => import('./classroom/Predict.svelte'),
  'stage-nav': () => import('./classroom/StageNav.svelte'),
  'link-builder': () => import('./classroom/LinkBuilder.svelte'),
  worksheet: () => import('./classroom/Worksheet.svelte'),
};

async function wake(el: HTMLElement): Promise<void> {
  const name = el.dataset.island as IslandName;
  const loader = loaders[name];
  if (!loader) return;
  let props: Record<string, unknown> = {};
  try {
    props = JSON.parse(el.dataset.islandProps ?? '{}') as Record<string, unknown>;
  } catch {
    // Props are written by our own build; a broken attribute means default props.
  }
  try {
    const { default: component } = await loader();
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

async function start(): Promise<void> {
  const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')];
  await Promise.all(islands.filter((el) => el.dataset.hydrate !== 'visible').map(wake));
  islands.filter((el) => el.dataset.hydrate === 'visible').forEach(wakeWhenNear);
  // After hydration, so islands first render exactly what the server rendered.
  preferences.start();
  // The link's ?theme= (already applied before paint by public/theme-init.js) and what reading
  // it changed, from the page's link reader: loaded with the islands, not in this first script.
  void import('./links/page-link.ts').then(({ pageTheme }) => preferences.useLink(pageTheme()));
  startStory();
  preparePrintFigures();
  registerServiceWorker();
  // For tests and for CSS that should only apply once the page is interactive.
  document.documentElement.dataset.ready = 'true';
}

void start();
