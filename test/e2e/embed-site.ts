// For browser tests of the real embed pages from another origin: the built site (dist/) served on
// its own origin (http://localhost:<port>/backfill/) under a strict script policy and with the
// CORS header static hosts such as GitHub Pages send, host pages on http://127.0.0.1:<port>
// (./two-origins.ts), the embed codes exactly as the Share dialog makes them, and the check that
// an iframe is as tall as its content.
import type { Frame, Locator, Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadContent } from '../../scripts/content/load.ts';
import { serveDist } from '../../scripts/serve.mjs';
import {
  defaultState,
  EMBED_CHART_IDS,
  isStoryChart,
  type EmbedChartId,
} from '../../src/share/chart-ids.ts';
import { embedCodes } from '../../src/share/codes.ts';
import { DEFAULT_LOOK, type ChartTarget, type EmbedLook } from '../../src/share/links.ts';
import { chartWords } from '../../src/embed/picture-text.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/simulate.ts';
import { expect } from './fixtures.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
export const content = loaded.content;
export const ledger = content.parameters;
export { EMBED_CHART_IDS, type EmbedChartId };

/** The site's own policy: scripts from itself only (no inline script anywhere). */
export const SITE_CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";

export interface EmbedSite {
  origin: string;
  /** The site root, as content/site.yaml's siteUrl would be in production. */
  siteUrl: string;
  close(): Promise<void>;
}

export async function startEmbedSite(
  headers: Record<string, string> = {
    'Content-Security-Policy': SITE_CSP,
    'Access-Control-Allow-Origin': '*',
  },
): Promise<EmbedSite> {
  const server = (await serveDist({ port: 0, base: '/backfill/', headers })) as Server;
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    siteUrl: `${origin}/backfill/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export function chartTitle(chart: EmbedChartId): string {
  if (isStoryChart(chart)) return content.graphics[chart]!.title;
  return content.sandboxCopy.charts[chart]!.title;
}

export function defaultTarget(chart: EmbedChartId): ChartTarget {
  return isStoryChart(chart)
    ? { chart, step: defaultState(chart, content.states) }
    : { chart, values: defaultValues(ledger), seed: DEFAULT_SEED };
}

/** The three embed codes for a chart, as the Share dialog makes them, on `siteUrl`. */
export function codesFor(
  siteUrl: string,
  target: ChartTarget,
  look: Partial<EmbedLook> = {},
  height = content.embeds[target.chart].height,
) {
  const { alt } = chartWords(target, content, siteUrl);
  return embedCodes(
    {
      siteUrl,
      target,
      look: { ...DEFAULT_LOOK, ...look },
      title: chartTitle(target.chart),
      alt,
      height,
    },
    ledger,
    content.presets,
  );
}

/** A plain news page on the host's origin; it may load scripts from itself and the embed site. */
export function newsPage(embedOrigin: string, hostOrigin: string, body: string) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${embedOrigin}`,
    `frame-src ${embedOrigin}`,
    `img-src ${embedOrigin}`,
    "style-src 'unsafe-inline'",
  ].join('; ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news story</title></head>
<body><main><h1>A news story</h1><p>Some reporting before the chart.</p>
${body}
<p>More reporting after the chart.</p></main></body></html>`;
  return { html, headers: { 'Content-Security-Policy': csp }, origin: hostOrigin };
}

/** The frame inside an iframe, once the embed page in it is awake. */
export async function awake(iframe: Locator): Promise<Frame> {
  // Embed codes load lazily: a frame far below the fold loads when a reader scrolls near it.
  await iframe.scrollIntoViewIfNeeded();
  const handle = await iframe.elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  return frame;
}

/**
 * Resolves once `elements`' boxes, the page's height and its scroll position have been the same
 * over three animation frames in a row (or after 3 s). Runs in the page (locator.evaluateAll).
 */
const standStill = (elements: Element[]) =>
  new Promise<void>((done) => {
    const until = performance.now() + 3000;
    let last = '';
    let same = 0;
    const tick = () => {
      const boxes = elements.map((el) => {
        const r = el.getBoundingClientRect();
        return `${r.x} ${r.y} ${r.width} ${r.height}`;
      });
      const now = `${boxes.join()} ${document.documentElement.scrollHeight} ${scrollX} ${scrollY}`;
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 3 || performance.now() > until) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

/** Wait (up to 3 s) until the host page and every iframe on it hold still (see standStill). */
export const pageSteady = (page: Page) => page.locator('iframe').evaluateAll(standStill);

/**
 * Open or close a chart's data table in an embed on a host page, as a keyboard reader does (Enter
 * on its summary), and wait until it is so (the table drawn, or gone).
 *
 * By keyboard because a key goes to the focused summary wherever its frame sits on the host page.
 * A mouse click into a cross-origin frame is aimed at where the iframe was a moment before, and
 * Playwright's checks (a steady element, the right element under the point) run inside the frame,
 * where an iframe moving on the host page (pym or our script resizing a frame above it, the page
 * scrolling) does not show: a click that lands outside the frame is lost without an error. That
 * was the flake in embed-hosts and embed-newsroom. A same-origin click on a summary is tested on
 * the embed pages themselves (embed-pages.spec.ts).
 */
export async function toggleTable(frame: Frame, open: boolean, what = '') {
  const before = await frame.evaluate(
    () => document.querySelector<HTMLDetailsElement>('.chart-figure__table')?.open,
  );
  expect(before, `${what}: the table before`).toBe(!open);
  await frame.locator('.chart-figure__table summary').press('Enter');
  // Waited for in the frame (one round trip): the details open (or closed) and its table drawn
  // and visible (or hidden), as Playwright's toBeVisible sees it: a box with a size, not hidden.
  const after = await frame.evaluate(async (open) => {
    const details = document.querySelector<HTMLDetailsElement>('.chart-figure__table');
    const shown = () => {
      const table = details?.querySelector('table');
      if (!table) return false;
      const box = table.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(table).visibility !== 'hidden';
    };
    const until = performance.now() + 10_000;
    while (!(details?.open === open && shown() === open) && performance.now() < until)
      await new Promise((done) => {
        requestAnimationFrame(done);
        setTimeout(done, 50);
      });
    return { open: details?.open, shown: shown() };
  }, open);
  expect(after.open, `${what}: the table after Enter`).toBe(open);
  expect(after.shown, `${what}: the table ${open ? 'shown' : 'hidden'}`).toBe(open);
}

/** How an embed sits in its frame: see embedMetrics. */
export interface EmbedMetrics {
  frame: number;
  content: number;
  extra: number;
  scrolls: boolean;
  blank: number;
  footTop: number;
  footBottom: number;
  /** Given a number of steady frames to wait for: whether they came before the time limit. */
  steady?: boolean;
}

/**
 * How an embed sits in its frame, measured in the frame. The embed is as tall as the frame; its
 * credits sit at the foot and the rest scrolls (src/share/fit.ts), so the height its content
 * needs is what is around the scrolling part plus what that part holds (its scrollHeight), less
 * the height the chart grew by to fill a frame taller than that (`extra`).
 *
 * With `steadyFrames`, waits in the frame (one round trip) until the frame is `width` px wide
 * (the iframe's width on the host page: the new size of a frame reaches it a little after the
 * host's layout) and the metrics are the same over that many of the embed's animation frames in
 * a row with no animation running (a chart redrawn for a new width passes through other sizes),
 * its fonts loaded and a sandbox chart's runs drawn, then returns them; after `timeout` ms it returns the last metrics, for the caller's
 * assertions to report.
 */
export const embedMetrics = (
  frame: Frame,
  steadyFrames = 0,
  width?: number,
  timeout = 8000,
  fitted?: number,
) =>
  frame.evaluate(
    async ({ steadyFrames, width, timeout, fitted }): Promise<EmbedMetrics> => {
      const measure = (): EmbedMetrics => {
        const root = document.querySelector<HTMLElement>('.embed')!;
        const scroller = document.querySelector<HTMLElement>('.embed__scroll')!;
        const main = scroller.querySelector('main')!;
        const foot = document.querySelector('.embed__foot')!.getBoundingClientRect();
        const extra = Number(root.dataset.extra ?? 0);
        const style = getComputedStyle(scroller);
        const held = main.getBoundingClientRect().height;
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return {
          frame: window.innerHeight,
          /** What the content needs with the chart at its own size. */
          content:
            root.getBoundingClientRect().height -
            scroller.clientHeight +
            scroller.scrollHeight -
            extra,
          extra,
          /** The scrolling part holds more than it shows. */
          scrolls: scroller.scrollHeight > scroller.clientHeight + 1,
          /** Empty height left in the scrolling part. */
          blank: scroller.clientHeight - padding - held,
          /** The credits and "Open in Backfill", where they are in the frame. */
          footTop: foot.top,
          footBottom: foot.bottom,
        };
      };
      if (steadyFrames === 0) return measure();
      const until = performance.now() + timeout;
      // Text is measured in its own font: the site's fonts load after the page is awake.
      await document.fonts.ready;
      // A frame off screen may draw no frames: then the time limit ends the wait.
      const nextFrame = () =>
        new Promise<number>((done) => {
          requestAnimationFrame(done);
          setTimeout(() => done(performance.now()), Math.max(0, until - performance.now()));
        });
      let last = '';
      let steady = 0;
      let metrics = measure();
      let frameTime = -1;
      while (performance.now() < until) {
        // After the frame's resize observers and layout have run. A cross-origin frame may run
        // several animation-frame callbacks for one frame it draws (they share its timestamp):
        // only a new timestamp is a new frame, with its layout and resize observers done.
        const time = await nextFrame();
        if (time === frameTime) continue;
        frameTime = time;
        metrics = measure();
        const now = JSON.stringify(metrics);
        const running = document.getAnimations().some((a) => a.playState === 'running');
        const sized = width === undefined || Math.abs(window.innerWidth - width) <= 1;
        // A sandbox chart draws the model's runs when they arrive (data-complete).
        const drawn = document.querySelector<HTMLElement>('.embed')?.dataset.complete !== 'false';
        // With `fitted`: and the frame is as tall as the content (within that many px), the
        // chart at its own size, nothing scrolling (a frame its host sizes).
        const fits =
          fitted === undefined ||
          (Math.abs(metrics.frame - metrics.content) <= fitted &&
            metrics.extra <= fitted &&
            !metrics.scrolls);
        steady = now === last && !running && sized && drawn && fits ? steady + 1 : 0;
        last = now;
        if (steady >= steadyFrames) return { ...metrics, steady: true };
      }
      return { ...metrics, steady: false };
    },
    { steadyFrames, width, timeout, fitted },
  );

export const contentHeight = async (frame: Frame) => (await embedMetrics(frame)).content;
export const frameHeight = (iframe: Locator) =>
  iframe.evaluate((el) => el.getBoundingClientRect().height);

export const TOLERANCE = 4;

/**
 * Wait until the iframe is as tall as its content (within 4 px), with the chart at its own size
 * (a host that sizes the frame never leaves it room to fill), and the content has settled: the
 * same metrics, fitting so, over eight of the embed's frames in a row (a chart redrawn for a new
 * width passes through other heights, and the host's new height for the frame lands a few frames
 * after the embed asks for it). The wait happens in the frame, so a check is one round trip
 * when all is well; returns the iframe's height.
 */
export async function expectFits(iframe: Locator, frame: Frame, what = ''): Promise<number> {
  let seen = '';
  let fitted = 0;
  // A poll's message is fixed when it starts: the last measurement is added when it gives up.
  const poll = expect
    .poll(
      async () => {
        // On screen (Chromium defers giving an off-screen cross-origin frame its new size), with
        // its width: one round trip.
        const width = await iframe.evaluate((el) => {
          const box = el.getBoundingClientRect();
          if (box.top < 0 || box.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
          return el.clientWidth;
        });
        const { content, extra, scrolls, steady } = await embedMetrics(
          frame,
          8,
          width,
          3000,
          TOLERANCE,
        );
        const height = await frameHeight(iframe);
        fitted = height;
        seen = `iframe ${height}px, content ${content}px, chart grown by ${extra}px${steady ? '' : ', not steady'}`;
        return Math.abs(height - content) <= TOLERANCE && extra <= TOLERANCE && !scrolls && steady;
      },
      { message: what, timeout: 8000, intervals: [0] },
    )
    .toBe(true);
  await poll.catch((error: Error) => {
    throw new Error(`${what}: ${seen}\n${error.message}`);
  });
  // The iframe's height in the measurement that passed.
  return fitted;
}

/**
 * Make the window as tall as the page (and a screenful more, for frames that grow as they fit
 * the new width), so that every frame on it is on screen: a reader's window shows one at a time,
 * but a frame's fit does not depend on how tall the window is, only on its width.
 */
export async function allOnScreen(page: Page, width: number) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: height + Math.max(900, Math.round(height / 2)) });
}

/** Every request a page makes, with the URL of the frame that made it. */
export function recordRequests(page: Page): { url: string; frame: string }[] {
  const requests: { url: string; frame: string }[] = [];
  page.on('request', (request) => {
    let frame = '';
    try {
      frame = request.frame().url();
    } catch {
      // A service worker or a navigation without a frame.
    }
    requests.push({ url: request.url(), frame });
  });
  return requests;
}

/** Nothing leaves the machine, and the embeds load only from their own site. */
export function expectPrivate(requests: { url: string; frame: string }[], site: EmbedSite) {
  expect(requests.length).toBeGreaterThan(0);
  for (const { url, frame } of requests) {
    const { hostname, protocol } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') continue;
    expect(['127.0.0.1', 'localhost'], url).toContain(hostname);
    if (frame.startsWith(site.siteUrl)) expect(url.startsWith(site.origin), url).toBe(true);
  }
}
