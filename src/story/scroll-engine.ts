// A headless scroll engine: reports which step is active as the reader scrolls, and can move
// to a step on request. It knows nothing about layout or graphics.
//
// The active step is the last one whose top has passed a trigger line (by default half-way
// down the viewport), so gaps between steps keep the previous step, and step 0 holds until the
// first step is reached. A resize that only changes the height (a phone's address bar) never
// changes the step: we wait for the reader to scroll again.
//
// The answer is recomputed after anything that can move the steps past the line: every scroll,
// whatever caused it (the reader, an anchor or a citation's back-link, a restored position, an
// instant scrollTo), once per frame; a change of the page's size; a change of width. Watching
// only the steps' crossings of the line is not enough: an instant jump from one gap to another
// crosses nothing, so the page would keep showing the step it started on.

export interface ScrollEngineOptions {
  steps: readonly HTMLElement[];
  /** Trigger line as a fraction of the viewport height from the top (a function is asked at
   *  each measurement: the line may move with the layout, e.g. below a phone's graphic). */
  line?: number | (() => number);
  onChange: (index: number) => void;
  /** Whether scrolling should animate (checked at each move). */
  smooth?: () => boolean;
  /** Where a step asked for lands in the viewport (checked at each move): 'center' by
   *  default; 'start' puts its top at its scroll-margin-top (clear of a graphic above it). */
  align?: () => ScrollLogicalPosition;
}

export interface ScrollEngine {
  readonly index: number;
  goTo(index: number): void;
  /** Recompute from the current scroll position (e.g. after load at a #step anchor). */
  sync(): void;
  destroy(): void;
}

export function activeIndexFor(tops: readonly number[], line: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) {
    if (tops[i]! <= line) active = i;
  }
  return active;
}

export function createScrollEngine(options: ScrollEngineOptions): ScrollEngine {
  const { steps, onChange } = options;
  const line = options.line ?? 0.5;
  const lineFraction = typeof line === 'function' ? line : () => line;
  let index = -1;
  let lockedUntil = 0;
  let lockTarget = -1;
  let heightOnlyResize = false;
  let lastWidth = window.innerWidth;

  const set = (next: number) => {
    if (next === index) return;
    index = next;
    onChange(next);
  };

  const compute = () => {
    if (heightOnlyResize) return;
    if (lockTarget >= 0) {
      if (performance.now() < lockedUntil) return;
      lockTarget = -1;
    }
    set(
      activeIndexFor(
        steps.map((el) => el.getBoundingClientRect().top),
        window.innerHeight * lineFraction(),
      ),
    );
  };

  // At most one measurement a frame, however many scroll events arrive.
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      compute();
    });
  };

  // Layout changes (a font arriving, an image or a disclosure above the story opening) move the
  // steps without a scroll event.
  const observer = new ResizeObserver(schedule);
  observer.observe(document.documentElement);
  for (const el of steps) observer.observe(el);

  const onScroll = () => {
    heightOnlyResize = false;
    schedule();
  };
  const onScrollEnd = () => {
    if (lockTarget >= 0) {
      lockTarget = -1;
      lockedUntil = 0;
      // Where the move ended is the truth, even if the reader scrolled on during it.
      schedule();
    }
  };
  const onResize = () => {
    const width = window.innerWidth;
    if (width === lastWidth) {
      heightOnlyResize = true;
      return;
    }
    lastWidth = width;
    heightOnlyResize = false;
    compute();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scrollend', onScrollEnd);
  window.addEventListener('resize', onResize);

  return {
    get index() {
      return index;
    },
    goTo(target: number) {
      const next = Math.max(0, Math.min(steps.length - 1, target));
      const el = steps[next];
      if (!el) return;
      // Show the step at once, then ignore intermediate crossings while the page scrolls there.
      lockTarget = next;
      lockedUntil = performance.now() + 1500;
      heightOnlyResize = false;
      set(next);
      el.scrollIntoView({
        block: options.align?.() ?? 'center',
        behavior: options.smooth?.() ? 'smooth' : 'auto',
      });
    },
    sync() {
      heightOnlyResize = false;
      compute();
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', onScrollEnd);
      window.removeEventListener('resize', onResize);
    },
  };
}
