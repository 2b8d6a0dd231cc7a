// A journalist's page on another origin embeds every Backfill chart, in every form of embed code
// the Share dialog gives, and through the real pym.js Parent from npm. The embeds are the real
// built pages (dist/embed/<chart>.html) on http://localhost:<port>/backfill/; the news pages are
// on http://127.0.0.1:<port>. The iframe must be as tall as its content (within 4 px) on a phone
// and on a desktop, and again after the content changes (a data table opens and closes).
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { PHONE, expect, test } from './fixtures.ts';
import {
  EMBED_CHART_IDS,
  allOnScreen,
  awake,
  codesFor,
  defaultTarget,
  expectFits,
  expectPrivate,
  frameHeight,
  newsPage,
  pageSteady,
  recordRequests,
  startEmbedSite,
  TOLERANCE,
  toggleTable,
  type EmbedChartId,
  type EmbedSite,
} from './embed-site.ts';
import { html, js, startSite, type Site } from './two-origins.ts';

let site: EmbedSite;
let host: Site;
const DESKTOP = { width: 1200, height: 900 };

test.beforeAll(async () => {
  [site, host] = await Promise.all([startEmbedSite(), startSite('127.0.0.1')]);
  host.routes.set('/pym.v1.min.js', js(readFileSync('node_modules/pym.js/dist/pym.v1.min.js')));
  host.routes.set(
    '/amp-iframe-standin.js',
    js(readFileSync('test/fixtures/amp-iframe-standin.js')),
  );
});

test.afterAll(async () => {
  await Promise.all([site?.close(), host?.close()]);
});

/** Serve a news page on the host origin and open it. */
async function openNews(page: Page, path: string, body: string) {
  const news = newsPage(site.origin, host.origin, body);
  host.routes.set(path, html(news.html, news.headers));
  await page.goto(`${host.origin}${path}`);
}

interface Embedded {
  chart: EmbedChartId;
  iframe: Locator;
  frame: Frame;
}

async function embedded(
  page: Page,
  selector: (chart: EmbedChartId) => string,
): Promise<Embedded[]> {
  // Every frame near the window at once, so the lazy frames load together (a frame's fit does
  // not depend on the window's height: see allOnScreen); then each is waited for in turn.
  await allOnScreen(page, page.viewportSize()!.width);
  const frames: Embedded[] = [];
  for (const chart of EMBED_CHART_IDS) {
    const iframe = page.locator(selector(chart));
    frames.push({ chart, iframe, frame: await awake(iframe) });
  }
  return frames;
}

/** Every frame's check at once, each under its own chart's name. */
const eachFit = (frames: Embedded[], what: (chart: EmbedChartId) => string) =>
  Promise.all(
    frames.map(async ({ chart, iframe, frame }) =>
      expectFits(iframe, frame, what(chart)).then((height) => [chart, height] as const),
    ),
  ).then((heights) => new Map(heights));

/** At each width, then with each chart's data table open, then closed again: every frame fits. */
async function expectAllFit(page: Page, frames: Embedded[]) {
  let fitted = new Map<EmbedChartId, number>();
  for (const viewport of [PHONE, DESKTOP]) {
    // All frames on screen and checked together (see allOnScreen).
    await page.setViewportSize(viewport);
    await allOnScreen(page, viewport.width);
    fitted = await eachFit(frames, (chart) => `${chart} at ${viewport.width}px`);
  }
  // The content changes (on the desktop, where each chart was just seen to fit): each chart's
  // data table opens (much taller), then closes. The clicks go from the last chart up, so a frame
  // that grows or shrinks moves only frames already clicked; then all are checked together.
  const upwards = [...frames].reverse();
  for (const { chart, frame } of upwards) await toggleTable(frame, true, chart);
  await pageSteady(page);
  await allOnScreen(page, DESKTOP.width);
  const opened = await eachFit(frames, (chart) => `${chart} with its table open`);
  for (const { chart } of frames)
    expect(opened.get(chart), chart).toBeGreaterThan(fitted.get(chart)! + 100);
  for (const { chart, frame } of upwards) await toggleTable(frame, false, chart);
  await pageSteady(page);
  await allOnScreen(page, DESKTOP.width);
  const closed = await eachFit(frames, (chart) => `${chart} with its table closed`);
  for (const { chart } of frames)
    expect(Math.abs(closed.get(chart)! - fitted.get(chart)!), chart).toBeLessThanOrEqual(TOLERANCE);
}

test('the responsive code: every chart fits its frame on a phone and a desktop, as it changes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const requests = recordRequests(page);
  await page.setViewportSize(PHONE);
  const body = EMBED_CHART_IDS.map(
    (chart) => `<h2>${chart}</h2>\n${codesFor(site.siteUrl, defaultTarget(chart)).script}`,
  ).join('\n');
  await openNews(page, '/responsive.html', body);
  const frames = await embedded(page, (chart) => `iframe[data-backfill-embed="${chart}"]`);
  await expectAllFit(page, frames);
  expectPrivate(requests, site);
});

test('the real pym.js Parent sizes every chart from its pym messages', async ({ page }) => {
  test.setTimeout(90_000);
  const requests = recordRequests(page);
  await page.setViewportSize(PHONE);
  // A newsroom's usual pym code: the container names the embed; pym adds childId=<id> to its URL.
  const body = EMBED_CHART_IDS.map((chart) => {
    const src = /src="([^"]+)"/.exec(codesFor(site.siteUrl, defaultTarget(chart)).iframe)![1]!;
    return `<div id="pym-${chart}" data-pym-src="${src}">Loading…</div>`;
  }).join('\n');
  await openNews(page, '/pym.html', `${body}\n<script src="/pym.v1.min.js"></script>`);
  const frames = await embedded(page, (chart) => `#pym-${chart} iframe`);
  for (const { chart, frame } of frames) expect(frame.url()).toContain(`childId=pym-${chart}`);
  await expectAllFit(page, frames);
  expectPrivate(requests, site);
});

test('the AMP code: every chart sends AMP its size (through a stand-in for <amp-iframe>)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  const body = EMBED_CHART_IDS.map((chart) => codesFor(site.siteUrl, defaultTarget(chart)).amp);
  await openNews(
    page,
    '/amp.html',
    `${body.join('\n')}\n<script src="/amp-iframe-standin.js"></script>`,
  );
  const frames = await embedded(page, (chart) => `iframe[src*="/embed/${chart}.html"]`);
  await expectAllFit(page, frames);
});

// The plain frame, oEmbed's frame and a responsive code whose script a CMS stripped keep the
// height in the code: embed-newsroom.spec.ts checks how each chart fills it at every width.

test('sliders in an embed drive the model, in a worker or, in a frame without one, on the page', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const requests = recordRequests(page);
  await page.setViewportSize(PHONE);
  const code = codesFor(site.siteUrl, defaultTarget('ukraine'), {
    controls: ['japanExportPerYear', 'ballisticLaunchesPerMonth'],
  }).script;
  // The same code twice: as pasted, and in a CMS that sandboxes embeds without allow-same-origin
  // (an opaque origin: no worker, no storage).
  const sandboxed = code.replace('<iframe ', '<iframe sandbox="allow-scripts" id="strict" ');
  await openNews(
    page,
    '/sliders.html',
    `${code.replace('<iframe ', '<iframe id="open" ')}\n${sandboxed}`,
  );
  for (const [id, mode] of [
    ['open', 'worker'],
    ['strict', 'main-thread'],
  ] as const) {
    const iframe = page.locator(`#${id}`);
    const frame = await awake(iframe);
    const embed = frame.locator('.embed');
    await expect(embed).toHaveAttribute('data-mode', mode);
    await expect(embed).toHaveAttribute('data-complete', 'true');
    const slider = frame.locator('#param-japanExportPerYear');
    await expect(slider).toBeEnabled();
    // Ukraine's chart: the share of missiles in reach it engages, with Japan's exports.
    const line = frame.locator('[data-panel="share"] [data-series="scenario"]');
    const before = await line.getAttribute('d');
    await slider.focus();
    for (let i = 0; i < 20; i++) await slider.press('ArrowRight');
    await expect(slider).toHaveValue('30');
    await expect(line).not.toHaveAttribute('d', before!);
    await expect(embed).toHaveAttribute('data-complete', 'true');
    // "Open in Backfill" carries the reader's remix into the full sandbox.
    await expect(
      frame.getByRole('link', { name: /Open this scenario in Backfill/ }),
    ).toHaveAttribute('href', /^\.\.\/\?v=1&je=30&.*#sandbox$/);
    if (id === 'open') await expectFits(iframe, frame, 'sliders');
  }
  // Our host script cannot tell a frame without an origin from any other page, so it leaves the
  // sandboxed one at the height written in the code (the README says so).
  const written = Number(/height="(\d+)"/.exec(code)![1]);
  expect(await frameHeight(page.locator('#strict'))).toBe(written);
  expectPrivate(requests, site);
});
