// Shared browser-test setup: every test fails if the page logs an error or throws, and pages
// are opened with reduced motion unless a test asks otherwise (so states settle at once).
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, run } from 'axe-core';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AFTER_FIRST_PAINT } from '../../scripts/prerender-html.ts';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1440, height: 900 };

/**
 * E2E_CPU_SLOWDOWN=2 runs every test's page with its CPU that many times slower (Chrome's CPU
 * throttling), to find races a slow or busy machine would show: the gate must stay green so.
 */
const CPU_SLOWDOWN = Number(process.env.E2E_CPU_SLOWDOWN ?? 1);

export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page }, use) => {
    if (CPU_SLOWDOWN > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    await use(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The story's inline scripts, exactly as the build writes them: the theme script and the loader
 * that requests everything else after the first paint (each allowed by its hash; issue 12 §5).
 * A link or a fuzzed address that added a script would show up beside them.
 */
export const STORY_INLINE_SCRIPTS = [
  readFileSync('public/theme-init.js', 'utf8'),
  AFTER_FIRST_PAINT,
];

/**
 * Wait, frame by frame, until `condition` holds in the page (up to expect's 10 s), so the expect
 * that follows passes at its first look and still names what failed if it never held. An expect
 * alone polls with a backoff (after 0.1 s, 0.35 s, 0.85 s, then every second), which costs a
 * slow wait like the islands or the sandbox waking up up to a second each time.
 */
export async function untilInPage(page: Page, condition: () => boolean) {
  await page.waitForFunction(condition, null, { timeout: 10_000 }).catch(() => undefined);
}

/** Open a page of the site and wait until its islands are awake. */
export async function open(
  page: Page,
  path = '',
  options: { motion?: 'reduce' | 'no-preference' } = {},
) {
  await page.emulateMedia({ reducedMotion: options.motion ?? 'reduce' });
  await page.goto(path);
  await untilInPage(page, () => document.documentElement.dataset.ready === 'true');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

export async function stepStates(page: Page): Promise<string[]> {
  return page
    .locator('.step[data-step]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-state')!));
}

/** Scroll so a step's top sits just above the trigger line, as a reader would reach it. */
export async function scrollToStep(page: Page, index: number) {
  await page.evaluate((i) => {
    const el = document.querySelectorAll<HTMLElement>('.step[data-step]')[i]!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.55 + 40, behavior: 'instant' });
  }, index);
  // The story's keys and step buttons answer only while the story is on screen, which the page
  // learns from an observer a frame or more after the scroll (later on a busy machine). A reader
  // sees the buttons appear first; a test waits for the same, or its next key may go unheard.
  await expect(page.getByRole('navigation', { name: 'Story steps' })).toBeVisible();
}

export const figure = (page: Page) => page.locator('.story-figure');

/**
 * Wait until the page has drawn `count` more frames: by then the layout of what a test just did
 * has happened and its IntersectionObserver and ResizeObserver callbacks have run. Use it (or a
 * condition on the page) instead of a fixed sleep.
 */
export async function nextFrames(page: Page, count = 2) {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const tick = (left: number) =>
          left === 0 ? done() : requestAnimationFrame(() => tick(left - 1));
        tick(n);
      }),
    count,
  );
}

/**
 * The HTML of `selector` once it has stopped changing: no CSS or Web animation running in the
 * page and the same HTML over three frames in a row (Svelte tweens change it every frame while
 * they run). Waits up to `timeout` ms, then throws.
 */
export async function settledHTML(page: Page, selector: string, timeout = 10_000) {
  return page.evaluate(
    async ({ selector, timeout }) => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const until = performance.now() + timeout;
      let last = '';
      let same = 0;
      while (performance.now() < until) {
        await frame();
        const html = document.querySelector(selector)!.innerHTML;
        const running = document.getAnimations().some((a) => a.playState === 'running');
        same = html === last && !running ? same + 1 : 0;
        last = html;
        if (same >= 2) return html;
      }
      throw new Error(`${selector} kept changing for ${timeout} ms`);
    },
    { selector, timeout },
  );
}

export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** WCAG 2.2 A and AA, plus axe's best practices: what every axe run in these tests checks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page, or only inside `include` (one selector or several), as one
 * readable line each.
 *
 * Scope repeated scans: a test that walks one page through many states (story steps, slider
 * moves, dialog tabs) scans the whole page once, then at each state only what that state
 * changes, e.g. `violationsOf(page, STEP_SCOPE(i))`. A full scan of the story page costs about
 * three times a scoped one; full scans per state are what made the gate time out when busy.
 */
export async function violationsOf(page: Page, include?: string | string[]): Promise<string[]> {
  const axeContext = { include: include === undefined ? [] : [include].flat(), exclude: [] };
  // Only violations are read, so axe keeps no node details for passes and the rest (its own
  // advice for faster runs): the same rules on the same nodes, less to build and send back.
  const axeOptions = {
    runOnly: { type: 'tag' as const, values: AXE_TAGS },
    resultTypes: ['violations' as const],
  };
  // Chapters off screen skip rendering (content-visibility: auto), so axe's rules that measure
  // boxes (target size, contrast) would see zero-sized targets there: render them for the scan
  // (in the one-document scan below too).
  const renderAll = () => {
    for (const el of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  };
  let violations: AxeResults['violations'] | null;
  if (page.frames().length > 1) {
    await page.evaluate(renderAll);
    // A page with frames: AxeBuilder runs axe in each frame and merges the results.
    let builder = new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .options({ resultTypes: ['violations'] });
    for (const selector of axeContext.include) builder = builder.include(selector);
    violations = (await builder.analyze()).violations;
  } else {
    // One document: the same axe.run, without what AxeBuilder adds around it for frames (it
    // injects axe's 580 KB again at every scan and merges the results in a new blank page,
    // which cost two thirds of a scoped scan). axe stays in the page until it navigates; the
    // scan is one round trip (null: axe is not in the page yet, so it is injected first).
    const scan = ({
      context,
      options,
    }: {
      context: typeof axeContext;
      options: typeof axeOptions;
    }) => {
      for (const el of document.querySelectorAll<HTMLElement>('*'))
        if (getComputedStyle(el).contentVisibility === 'auto')
          el.style.contentVisibility = 'visible';
      const axe = (window as unknown as { axe?: { run: typeof run } }).axe;
      return axe ? axe.run(context, options).then((results) => results.violations) : null;
    };
    const args = { context: axeContext, options: axeOptions };
    violations = await page.evaluate(scan, args);
    if (violations === null) {
      await page.evaluate(axeSource());
      await page.evaluate(lightenAxe);
      violations = await page.evaluate(scan, args);
    }
  }
  return violations!.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Runs in the page, once axe is in it, for the same checks with less work. axe's colour contrast
 * rule, most of a scan's time, parses the same few computed colour strings thousands of times
 * per scan through colorjs: about a third of a whole-page scan. Parsing a string always gives
 * the same colour, so each string's result is kept for the page's life: every rule runs on every
 * node as before, with the same results (checked equal, passes and all, on the story, model,
 * worksheet and classroom pages). Strings that fail to parse go to axe every time (it records
 * them as incomplete). If a later axe has no such method, scans run unchanged, only slower.
 * And axe keeps no HTML source per checked node (noHtml: it serialises each node's outerHTML;
 * only `target` is read here): the output only, no rule or node changes.
 */
function lightenAxe() {
  type Color = { r: number; g: number; b: number; alpha: number };
  type Parse = (this: Color, colorString: string) => Color;
  const axe = (
    window as unknown as {
      axe: { configure: (spec: object) => void; commons?: { color?: { Color?: unknown } } };
    }
  ).axe;
  axe.configure({ noHtml: true });
  const proto = (axe.commons?.color?.Color as { prototype?: { parseString?: Parse } })?.prototype;
  const parse = proto?.parseString;
  if (!proto || typeof parse !== 'function') return;
  const parsed = new Map<string, [number, number, number, number]>();
  proto.parseString = function (this: Color, colorString: string) {
    const known = parsed.get(colorString);
    if (known) {
      [this.r, this.g, this.b, this.alpha] = known;
      return this;
    }
    parse.call(this, colorString);
    parsed.set(colorString, [this.r, this.g, this.b, this.alpha]);
    return this;
  };
}

let axeScript: string | undefined;
/** axe-core's browser script, the one AxeBuilder injects (read once). */
const axeSource = () =>
  (axeScript ??= readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  ));

/**
 * What moving the story to step `index` changes, for a scoped axe scan: the sticky figure, the
 * step's own text card (the active step is styled apart) and the step buttons with their status.
 */
export const STEP_SCOPE = (index: number) => [
  '.story-figure',
  `.step[data-step="${index}"]`,
  '.stepper-dock',
];
