// The host script's defences, in real Chromium, across two origins: a news page on
// http://127.0.0.1:<port> embeds a fixture page (test/fixtures) from http://localhost:<port>,
// which forgers, late loading and embeds added later try to confuse. How the real embed pages
// fit their frames, through this script, pym.js and AMP, is in embed-hosts.spec.ts.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { embedSnippets } from '../../src/share/snippets.ts';
import { PHONE, expect, test } from './fixtures.ts';
import { bundle, html, js, startSite, type Site } from './two-origins.ts';

test.describe.configure({ mode: 'serial' });

let host: Site;
let child: Site;
const TOLERANCE = 4;

test.beforeAll(async () => {
  [host, child] = await Promise.all([startSite('127.0.0.1'), startSite('localhost')]);
  const childCsp = { 'Content-Security-Policy': "default-src 'self'; style-src 'unsafe-inline'" };
  child.routes.set(
    '/embed-child.html',
    html(readFileSync('test/fixtures/embed-child.html', 'utf8'), childCsp),
  );
  child.routes.set('/embed-child.js', js(await bundle('test/fixtures/embed-child.ts')));
  child.routes.set('/embed.js', js(readFileSync('public/embed.js')));
  const forger = html(
    '<!doctype html><title>0</title><script src="/forger.js"></script>',
    childCsp,
  );
  for (const site of [host, child]) {
    site.routes.set('/forger.html', forger);
    site.routes.set('/forger.js', js(readFileSync('test/fixtures/forger.js')));
  }
  host.routes.set('/pym.v1.min.js', js(readFileSync('node_modules/pym.js/dist/pym.v1.min.js')));
});

test.afterAll(async () => {
  await Promise.all([host?.close(), child?.close()]);
});

/** A news page on the host origin; its scripts may come from itself and the embed's origin. */
function hostPage(path: string, body: string) {
  const csp = `default-src 'self'; script-src 'self' ${child.origin}; frame-src ${child.origin} ${host.origin}; style-src 'unsafe-inline'`;
  host.routes.set(
    path,
    html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news story</title></head>
<body><h1>A news story</h1><p>Some reporting before the chart.</p>
${body}
<p>More reporting after the chart.</p></body></html>`,
      { 'Content-Security-Policy': csp },
    ),
  );
  return `${host.origin}${path}`;
}

/** Our embed code for the fixture child, exactly as a journalist would paste it. */
function snippet(id: string, kind: 'script' | 'iframe' = 'script') {
  return embedSnippets({
    chartId: 'ukraine',
    title: `Test chart ${id}`,
    embedUrl: `${child.origin}/embed-child.html?v=1&id=${id}`,
    fallbackImageUrl: `${child.origin}/fallback.png`,
    alt: 'A test chart.',
    height: 321,
    hostScriptUrl: `${child.origin}/embed.js`,
    colorScheme: 'light',
  })[kind];
}

/** Every request a page makes, to check that none leaves this machine. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectLocalOnly(urls: string[]) {
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    const { hostname, protocol } = new URL(url);
    if (protocol === 'data:' || protocol === 'about:') continue;
    expect(['127.0.0.1', 'localhost'], url).toContain(hostname);
  }
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('#content');
  return frame!;
}

/** The child page's own height, measured inside it. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
const frameHeight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

/** Wait until the iframe is as tall as its content (within TOLERANCE), and return that height. */
async function expectFits(page: Page, selector: string, frame: Frame): Promise<number> {
  await expect
    .poll(
      async () => Math.abs((await frameHeight(page, selector)) - (await contentHeight(frame))),
      {
        timeout: 5000,
      },
    )
    .toBeLessThanOrEqual(TOLERANCE);
  return frameHeight(page, selector);
}

const addBlock = (frame: Frame) =>
  frame.evaluate(() => {
    const block = document.createElement('div');
    block.className = 'block';
    document.querySelector('#content')!.append(block);
  });

test.describe('our host script (public/embed.js)', () => {
  test('sizes several embeds on one page independently, and ones added later', async ({ page }) => {
    const requests = recordRequests(page);
    await page.setViewportSize(PHONE);
    await page.goto(hostPage('/two.html', `${snippet('one')}\n<p>Between.</p>\n${snippet('two')}`));
    const one = 'iframe[src*="id=one"]';
    const two = 'iframe[src*="id=two"]';
    const frameOne = await frameOf(page, one);
    const frameTwo = await frameOf(page, two);
    await addBlock(frameTwo);
    await expectFits(page, one, frameOne);
    const twoHeight = await expectFits(page, two, frameTwo);
    expect(twoHeight).toBeGreaterThan((await frameHeight(page, one)) + 390);

    // A CMS adds a third embed after load (without another script tag).
    const third = snippet('three', 'iframe').replace('<iframe ', '<iframe data-backfill-embed ');
    await page.evaluate((markup) => {
      const box = document.createElement('div');
      box.innerHTML = markup;
      document.body.append(box);
    }, third);
    const frameThree = await frameOf(page, 'iframe[src*="id=three"]');
    await addBlock(frameThree);
    await expectFits(page, 'iframe[src*="id=three"]', frameThree);
    expectLocalOnly(requests);
  });

  test('asks for the height when it loads after the embed has settled', async ({ page }) => {
    await page.setViewportSize(PHONE);
    // The plain iframe, marked for the script, but the script comes later.
    const marked = snippet('late', 'iframe').replace('<iframe ', '<iframe data-backfill-embed ');
    // Note the height messages the host page receives (before any script of ours is there).
    await page.addInitScript(() => {
      if (window.top !== window) return;
      const seen: unknown[] = [];
      (window as unknown as { __heights: unknown[] }).__heights = seen;
      addEventListener('message', (e) => {
        if ((e.data as { type?: string })?.type === 'backfill:height') seen.push(e.data);
      });
    });
    await page.goto(hostPage('/late.html', marked));
    const frame = await frameOf(page, 'iframe[data-backfill-embed]');
    // The child has sent its height, to no one; its poll only sends changes.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __heights: [] }).__heights.length))
      .toBeGreaterThan(0);
    expect(await frameHeight(page, 'iframe[data-backfill-embed]')).toBe(321);
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    }, `${child.origin}/embed.js`);
    await expectFits(page, 'iframe[data-backfill-embed]', frame);
  });

  test('ignores forged messages: from the page itself, from other frames, from another origin', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(
      hostPage(
        '/forged.html',
        `${snippet('one')}
<iframe id="sibling" title="Not an embed" src="${child.origin}/forger.html"></iframe>
<iframe id="moved" data-backfill-embed title="Embed that navigated away" height="222" src="${child.origin}/embed-child.html?id=moved"></iframe>`,
      ),
    );
    const frame = await frameOf(page, 'iframe[src*="id=one"]');
    const fitted = await expectFits(page, 'iframe[src*="id=one"]', frame);

    // The marked iframe navigates itself to a page on the host's origin: its window is the same,
    // but the origin in its src no longer matches the sender's.
    const movedTo = `${host.origin}/forger.html`;
    await (await frameOf(page, '#moved')).evaluate((url) => location.replace(url), movedTo);
    await expect.poll(() => page.frame({ url: movedTo }) !== null).toBe(true);
    const moved = page.frame({ url: movedTo });
    // (While it showed our page it was sized from it, as it should be.)
    const movedHeight = await frameHeight(page, '#moved');
    // The page itself posts to itself, in both formats.
    await page.evaluate(() => {
      for (let i = 0; i < 10; i++) {
        window.postMessage({ type: 'backfill:height', id: 'one', height: 999, version: 1 }, '*');
        window.postMessage('pymxPYMxonexPYMxheightxPYMx999', '*');
      }
    });
    // Let both forgers post a good many messages.
    const sibling = page.frame({ url: `${child.origin}/forger.html` })!;
    await expect
      .poll(async () => Number(await sibling.title()), { timeout: 5000 })
      .toBeGreaterThan(10);
    await expect
      .poll(async () => Number(await moved!.title()), { timeout: 5000 })
      .toBeGreaterThan(10);

    expect(
      Math.abs((await frameHeight(page, 'iframe[src*="id=one"]')) - fitted),
    ).toBeLessThanOrEqual(TOLERANCE);
    expect(await frameHeight(page, '#moved')).toBe(movedHeight);
    expect(movedHeight).not.toBe(1234);
    expect(await page.locator('#sibling').evaluate((el) => (el as HTMLElement).style.height)).toBe(
      '',
    );
  });

  test('rejects heights outside 50 to 20,000 px', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(hostPage('/story.html', snippet('one')));
    const selector = 'iframe[data-backfill-embed]';
    const frame = await frameOf(page, selector);
    const fitted = await expectFits(page, selector, frame);
    // Every height the host script gives the frame from now on.
    await page.locator(selector).evaluate((el) => {
      const set: string[] = [];
      (window as unknown as { __set: string[] }).__set = set;
      new MutationObserver(() => set.push((el as HTMLElement).style.height)).observe(el, {
        attributeFilter: ['style'],
      });
    });
    // The embed's own window sends bad heights (as a compromised or buggy embed might).
    await frame.evaluate(() => {
      for (const height of [10, 49, 20001, 1e9, -5, Number.NaN, '500']) {
        parent.postMessage({ type: 'backfill:height', id: 'one', height, version: 1 }, '*');
      }
      parent.postMessage('pymxPYMxonexPYMxheightxPYMx25000', '*');
      parent.postMessage({ type: 'backfill:height', id: 'one', height: 700, version: 2 }, '*');
    });
    expect(await frameHeight(page, selector)).toBe(fitted);
    // And a good one from it is taken (the protocol itself still works). Messages arrive in
    // order, so once it is applied every bad one before it has been seen, and none was applied.
    await frame.evaluate(() =>
      parent.postMessage({ type: 'backfill:height', id: 'one', height: 640, version: 1 }, '*'),
    );
    await expect.poll(() => frameHeight(page, selector)).toBe(640);
    const set = await page.evaluate(() => (window as unknown as { __set: string[] }).__set);
    expect(set.filter((h) => h !== `${fitted}px`)).toEqual(['640px']);
  });
});
