// Wires the page's story steps to the scroll engine and the shared story state.
import { preferences } from '../lib/preferences.svelte.ts';
import { createScrollEngine } from './scroll-engine.ts';
import { story } from './story-state.svelte.ts';

export function startStory(root: ParentNode = document): (() => void) | undefined {
  const scrolly = root.querySelector<HTMLElement>('.scrolly');
  const steps = [...root.querySelectorAll<HTMLElement>('.step[data-step]')];
  if (!scrolly || !steps.length) return undefined;
  story.count = steps.length;

  const mark = (index: number) => {
    steps.forEach((el, i) => {
      el.classList.toggle('is-active', i === index);
      if (i === index) el.setAttribute('aria-current', 'step');
      else el.removeAttribute('aria-current');
    });
  };

  // The layout says where the trigger line is and where a step lands when asked for (story.css):
  // below the graphic on phones, where the graphic sits above the text.
  const layout = () => getComputedStyle(scrolly);
  const engine = createScrollEngine({
    steps,
    line: () => Number.parseFloat(layout().getPropertyValue('--story-line')) || 0.55,
    align: () =>
      layout().getPropertyValue('--story-step-align').trim() === 'start' ? 'start' : 'center',
    smooth: () => !preferences.reduced,
    onChange: (index) => {
      story.index = index;
      mark(index);
    },
  });
  story.go = (index) => engine.goTo(index);

  // The step buttons sit at the foot of the screen: they show while the story is there, under
  // them, and not over what follows it (the sandbox's first figures).
  const visibility = new IntersectionObserver(
    ([entry]) => {
      story.inView = entry?.isIntersecting ?? false;
    },
    { rootMargin: '-88% 0px 0px 0px' },
  );
  visibility.observe(scrolly);

  // Chromium scrolls the page when Tab moves focus to a control in the sticky graphic, though
  // the control is on screen (it measures where the graphic would sit if it were not sticky).
  // That would move the story on a step under a keyboard reader, so the scroll is undone.
  const graphic = scrolly.querySelector<HTMLElement>('.scrolly__graphic');
  let beforeTab: number | null = null;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') beforeTab = window.scrollY;
  };
  const onFocusIn = (event: FocusEvent) => {
    const y = beforeTab;
    beforeTab = null;
    if (y === null || !graphic?.contains(event.target as Node)) return;
    requestAnimationFrame(() => {
      if (Math.abs(window.scrollY - y) > 1) window.scrollTo({ top: y, behavior: 'instant' });
    });
  };
  document.addEventListener('keydown', onKeydown, true);
  document.addEventListener('focusin', onFocusIn);

  engine.sync();
  // A link may name a step (?step=export-begins) instead of an anchor (#step-export-begins).
  // The page's link reader comes with the islands (the stepper has loaded it already).
  const stepIds = steps.map((el) => el.dataset.state ?? '');
  let stopped = false;
  void import('../links/page-link.ts').then(({ pageLink }) => {
    const link = pageLink('story', { ledger: [], stepIds });
    const index = stepIds.indexOf(link.value('step') ?? '');
    if (!stopped && !link.hash && index > 0) engine.goTo(index);
  });
  return () => {
    stopped = true;
    engine.destroy();
    visibility.disconnect();
    document.removeEventListener('keydown', onKeydown, true);
    document.removeEventListener('focusin', onFocusIn);
  };
}
