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

  const engine = createScrollEngine({
    steps,
    line: 0.55,
    smooth: () => !preferences.reduced,
    onChange: (index) => {
      story.index = index;
      mark(index);
    },
  });
  story.go = (index) => engine.goTo(index);

  const visibility = new IntersectionObserver(([entry]) => {
    story.inView = entry?.isIntersecting ?? false;
  });
  visibility.observe(scrolly);

  engine.sync();
  // A link may name a step (?step=export-begins) instead of an anchor (#step-export-begins).
  const step = new URLSearchParams(location.search).get('step');
  const index = steps.findIndex((el) => el.dataset.state === step);
  if (!location.hash && index > 0) engine.goTo(index);
  return () => {
    engine.destroy();
    visibility.disconnect();
  };
}
