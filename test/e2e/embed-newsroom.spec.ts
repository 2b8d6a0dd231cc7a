// Issue 13, as journalists tried it: every code form pasted into a light news page, a dark one
// that declares no color-scheme, and one whose CMS strips scripts, at 320 to 1440 px. The embed
// must fit (or scroll inside a fixed frame, credits always in view), look like the page when
// transparent, say which scenario it shows with a legend and the journalist's own words, and
// without JavaScript show the chart once, saying what it is. The embeds are the real built pages
// on http://localhost:<port>/backfill/; the news pages are on http://127.0.0.1:<port>.
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { sandboxChart } from '../../src/sandbox/charts.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { expect, test } from './fixtures.ts';
import {
  EMBED_CHART_IDS,
  allOnScreen,
  awake,
  codesFor,
  content,
  defaultTarget,
  embedMetrics,
  expectFits,
  ledger,
  newsPage,
  startEmbedSite,
  toggleTable,
  type EmbedChartId,
  type EmbedSite,
} from './embed-site.ts';
import { html, js, startSite, type Site } from './two-origins.ts';

let site: EmbedSite;
let host: Site;
const WIDTHS = [320, 360, 768, 1200, 1440];
const PLACEHOLDER = content.site.siteUrl;

test.beforeAll(async () => {
  [site, host] = await Promise.all([startEmbedSite(), startSite('127.0.0.1')]);
  host.routes.set(
    '/amp-iframe-standin.js',
    js(readFileSync('test/fixtures/amp-iframe-standin.js')),
  );
});

test.afterAll(async () => {
  await Promise.all([site?.close(), host?.close()]);
});

type Form = 'script' | 'iframe' | 'amp' | 'oembed' | 'stripped';

/** A chart's code in one form, as it reaches the page (a CMS that strips scripts included). */
function codeOf(form: Form, chart: EmbedChartId): string {
  if (form === 'oembed') {
    const json = JSON.parse(readFileSync(`dist/embed/oembed/${chart}.json`, 'utf8'));
    return (json.html as string).replaceAll(PLACEHOLDER, site.siteUrl);
  }
  const codes = codesFor(site.siteUrl, defaultTarget(chart));
  if (form === 'stripped') return codes.script.replace(/<script\b[^>]*><\/script>/g, '');
  return codes[form];
}

async function openNews(page: Page, path: string, body: string, style = '') {
  const news = newsPage(site.origin, host.origin, `${style}${body}`);
  host.routes.set(path, html(news.html, news.headers));
  await page.goto(`${host.origin}${path}`);
}

interface Embedded {
  chart: EmbedChartId;
  iframe: Locator;
  frame: Frame;
}

async function pasteAll(page: Page, form: Form): Promise<Embedded[]> {
  const body = EMBED_CHART_IDS.map((chart) => `<h2>${chart}</h2>\n${codeOf(form, chart)}`);
  const script = form === 'amp' ? '\n<script src="/amp-iframe-standin.js"></script>' : '';
  await openNews(page, `/${form}.html`, body.join('\n') + script);
  // Every frame near the window at once, so the lazy frames load together (a frame's fit does
  // not depend on the window's height: see allOnScreen); then each is waited for in turn.
  await allOnScreen(page, page.viewportSize()!.width);
  const embedded: Embedded[] = [];
  for (const chart of EMBED_CHART_IDS) {
    const iframe = page.locator(`iframe[src*="/embed/${chart}.html"]`);
    embedded.push({ chart, iframe, frame: await awake(iframe) });
  }
  return embedded;
}

/**
 * In a frame whose height nothing changes (the height in the code, content/embeds.yaml): the
 * credits are whole and in view, nothing needs scrolling, and the chart fills the frame with no
 * empty block under it.
 */
async function expectFixedFrameFits(embedded: Embedded, what: string) {
  const m = await settled(embedded);
  // Nothing resized the frame: it has the height written in the code.
  expect(m.frame, what).toBe(content.embeds[embedded.chart].height);
  expect(m.footTop, what).toBeGreaterThanOrEqual(0);
  expect(m.footBottom, what).toBeLessThanOrEqual(m.frame + 0.5);
  expect(m.scrolls, `${what}: ${JSON.stringify(m)}`).toBe(false);
  expect(m.blank, `${what}: ${JSON.stringify(m)}`).toBeLessThanOrEqual(8);
}

/**
 * The embed's metrics once they hold still (a chart redrawn for a new width moves a little):
 * waited for in the frame, at the iframe's width, over three of the embed's frames in a row,
 * with the iframe on screen.
 */
async function settled({ iframe, frame }: Embedded) {
  // On screen first (one round trip with its width): an off-screen frame may draw no frames.
  const width = await iframe.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
    return el.clientWidth;
  });
  return embedMetrics(frame, 3, width);
}

/**
 * With the data table open in a fixed frame (toggleTable): the credits stay in view, and its last
 * row is reachable.
 */
async function expectTableReachable(embedded: Embedded, what: string) {
  const { frame } = embedded;
  // One round trip: waited for in the frame (up to 10 s, as an expect would), then measured.
  const seen = await frame.evaluate(async () => {
    const details = document.querySelector<HTMLDetailsElement>('.chart-figure__table')!;
    const rows = () => document.querySelectorAll('.chart-figure__table tbody tr');
    const root = document.querySelector<HTMLElement>('.embed')!;
    const scroller = document.querySelector<HTMLElement>('.embed__scroll')!;
    // As embedMetrics measures them.
    const measure = () => ({
      frame: window.innerHeight,
      content:
        root.getBoundingClientRect().height -
        scroller.clientHeight +
        scroller.scrollHeight -
        Number(root.dataset.extra ?? 0),
      scrolls: scroller.scrollHeight > scroller.clientHeight + 1,
      footBottom: document.querySelector('.embed__foot')!.getBoundingClientRect().bottom,
    });
    const ready = () => {
      const m = measure();
      return details.open && rows().length > 0 && m.scrolls === m.content > m.frame + 1;
    };
    const until = performance.now() + 10_000;
    while (!ready() && performance.now() < until)
      await new Promise((done) => {
        requestAnimationFrame(done);
        setTimeout(done, 50);
      });
    const metrics = measure();
    const open = details.open;
    const hasRows = rows().length > 0;
    scroller.scrollTo({ top: scroller.scrollHeight });
    const box = scroller.getBoundingClientRect();
    const all = rows();
    const table = document.querySelector('.data-table')!;
    // The table scrolls inside its own box: its end, then the box in the embed.
    table.scrollTop = table.scrollHeight;
    const row = all[all.length - 1]?.getBoundingClientRect();
    const reachable = !!row && row.bottom <= box.bottom + 1 && row.top >= box.top - 1;
    return { open, hasRows, metrics, reachable };
  });
  expect(seen.open, what).toBe(true);
  expect(seen.hasRows, `${what}: the table's last row`).toBe(true);
  // It scrolls exactly when the open table needs more than the frame: a frame with room to
  // spare (the difference chart's, wide) takes the table in, the chart giving back what it grew.
  const { metrics } = seen;
  expect(metrics.scrolls, `${what}: ${JSON.stringify(metrics)}`).toBe(
    metrics.content > metrics.frame + 1,
  );
  expect(metrics.footBottom, what).toBeLessThanOrEqual(metrics.frame + 0.5);
  expect(seen.reachable, what).toBe(true);
}

for (const form of ['script', 'amp'] as const) {
  test(`${form} code: every chart is as tall as its frame at every width from 320 px`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 900 });
    const frames = await pasteAll(page, form);
    for (const width of WIDTHS) {
      // Every frame on screen at once (Chromium sizes and draws an off-screen cross-origin
      // frame late), so all nine are checked together: the page as tall as its content.
      await page.setViewportSize({ width, height: 900 });
      await allOnScreen(page, width);
      await Promise.all(
        frames.map(({ chart, iframe, frame }) =>
          expectFits(iframe, frame, `${form}, ${chart} at ${width}px`),
        ),
      );
    }
  });
}

for (const form of ['iframe', 'oembed', 'stripped'] as const) {
  test(`${form === 'stripped' ? 'responsive code in a CMS that strips scripts' : `${form} code`}: the chart fills its fixed frame at every width, credits in view; an open table scrolls inside`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 900 });
    const frames = await pasteAll(page, form);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await allOnScreen(page, width);
      await Promise.all(
        frames.map((embedded) =>
          expectFixedFrameFits(embedded, `${form}, ${embedded.chart} at ${width}px`),
        ),
      );
    }
    // A reader opens the data table: it scrolls inside the frame, the credits stay in view.
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const embedded of frames) {
        const what = `${form}, ${embedded.chart} at ${width}px`;
        await settled(embedded);
        await toggleTable(embedded.frame, true, what);
        await expectTableReachable(embedded, what);
        await toggleTable(embedded.frame, false, what);
      }
    }
  });
}

/** An sRGB colour's relative luminance (WCAG). */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const rgb = (css: string) =>
  css
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);

test('transparent embeds show the page through in every theme, on pages that declare no color-scheme', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // Page colours no theme of ours uses, so a backdrop painted by the browser cannot pass for them.
  const pages = [
    { name: 'dark', background: [32, 42, 68], themes: ['dark', 'auto'] as const, scheme: 'dark' },
    {
      name: 'light',
      background: [247, 239, 224],
      themes: ['light', 'auto'] as const,
      scheme: 'light',
    },
  ] as const;
  for (const news of pages) {
    await page.emulateMedia({ colorScheme: news.scheme });
    await page.setViewportSize({ width: 1200, height: 900 });
    const [r, g, b] = news.background;
    const style = `<style>body{background:rgb(${r},${g},${b});color:${news.name === 'dark' ? '#eee' : '#111'}}</style>`;
    const body = news.themes
      .map((theme) =>
        codesFor(site.siteUrl, defaultTarget('scale'), { theme, transparent: true }).iframe.replace(
          '<iframe ',
          `<iframe id="${theme}" `,
        ),
      )
      .join('\n');
    await openNews(page, `/transparent-${news.name}.html`, body, style);
    for (const theme of news.themes) {
      const iframe = page.locator(`#${theme}`);
      const frame = await awake(iframe);
      await iframe.scrollIntoViewIfNeeded();
      // Sampled from a screenshot of the host page: inside the frame, where the embed draws
      // nothing (its top-left padding), the pixel is the page's own background.
      const box = (await iframe.boundingBox())!;
      const shot = await page.screenshot({
        clip: { x: box.x + 2, y: box.y + 2, width: 4, height: 4 },
      });
      const pixel = await page.evaluate(
        async (png) => {
          const blob = new Blob([new Uint8Array(png)], { type: 'image/png' });
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return [...context.getImageData(1, 1, 1, 1).data];
        },
        [...shot],
      );
      expect(pixel.slice(0, 3), `${news.name} page, theme=${theme}`).toEqual([...news.background]);
      // And the embed's text reads on that background.
      const ink = rgb(
        await frame.locator('.chart-figure__title').evaluate((el) => getComputedStyle(el).color),
      );
      expect(
        contrast(ink, [...news.background]),
        `${news.name} page, theme=${theme}`,
      ).toBeGreaterThan(4.5);
    }
  }
});

test('a pinned scenario says which it is: its own caption, the settings changed, a legend, the journalist’s title and note', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1200, height: 900 });
  const defaults = defaultValues(ledger);
  const values = {
    ...defaults,
    japanExportPerYear: 40,
    ballisticLaunchesPerMonth: 90,
  };
  const target = { chart: 'ukraine' as const, values, seed: 7 };
  const heading = 'If Japan sent 40 a year \u202egnp.exe <b>not bold</b>';
  const note = 'Our scenario: an illustration, not a forecast.';
  const code = codesFor(site.siteUrl, target, { heading, note }).iframe;
  await openNews(page, '/pinned.html', code);
  const frame = await awake(page.locator('iframe'));
  await expect(frame.locator('.embed')).toHaveAttribute('data-complete', 'true');
  const expected = sandboxChart('ukraine', simulate(ledger, values, { seed: 7 }), ledger, {
    copy: content.sandboxCopy,
    strings: content.sandboxStrings,
  });
  const visible = (locator: Locator) => expect(locator).toBeVisible();

  // Its own caption, and what Japan's exports change, in plain view.
  await expect(frame.locator('.chart-figure__caption')).toHaveText(expected.caption);
  await visible(frame.getByText(expected.description, { exact: true }));
  // The settings that differ from the defaults, with both values.
  const scenario = frame.getByTestId('scenario');
  await visible(scenario);
  await expect(scenario).toHaveText(
    `Scenario: Japan's exports to the US 40 interceptors a year (default ${defaults.japanExportPerYear}); Russian ballistic missiles launched 90 missiles a month (default ${defaults.ballisticLaunchesPerMonth}); Random seed 7 (default 1)`,
  );
  // A legend for the lines and the shaded ranges, drawn with the chart.
  const legend = frame.locator('.ts__legend text');
  await expect(legend).toHaveText([
    "With Japan's exports",
    'Without',
    content.sharing.legend.band50,
    content.sharing.legend.band90,
  ]);
  for (const item of await legend.all()) await visible(item);
  // The journalist's words, as text: no markup, no direction override.
  const title = frame.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('If Japan sent 40 a year gnp.exe <b>not bold</b>');
  await expect(frame.locator('.embed b')).toHaveCount(0);
  await expect(frame.locator('.embed__user-note')).toHaveText(note);
  // The dialog's link carries the words already cleaned: the embed has nothing to adjust.
  await expect(frame.getByTestId('notices')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each code shows its chart once, and the frame says it shows the default view', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1200, height: 900 });
    const target = {
      chart: 'ukraine' as const,
      values: { ...defaultValues(ledger), japanExportPerYear: 40 },
      seed: 1,
    };
    const codes = codesFor(site.siteUrl, target);
    await openNews(page, '/nojs.html', `${codes.script}\n${codes.iframe}`);
    // No picture beside the frames: the frame is the chart.
    await expect(page.locator('img')).toHaveCount(0);
    for (const iframe of await page.locator('iframe').all()) {
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      await expect(frame.locator('.embed figure svg')).toHaveCount(1);
      await expect(frame.locator('.embed__nojs')).toBeVisible();
      await expect(frame.locator('.embed__nojs')).toHaveText(content.sharing.noscript.sandbox);
      // The credits are in view in the frame.
      const m = await embedMetrics(frame);
      expect(m.footBottom).toBeLessThanOrEqual(m.frame + 0.5);
    }
  });
});

test('AMP’s placeholder is the pinned view’s picture: a preset’s own, or the default labelled as such', async () => {
  const preset = content.presets.find((p) => p.id === 'winter-barrage')!;
  const presetTarget = {
    chart: 'unmet' as const,
    values: { ...defaultValues(ledger), ...preset.values },
    seed: 1,
  };
  const custom = { ...presetTarget, values: { ...presetTarget.values, japanExportPerYear: 33 } };
  const placeholder = (amp: string) => /<amp-img placeholder[^>]* src="([^"]+)"/.exec(amp)![1]!;
  const presetPicture = placeholder(codesFor(site.siteUrl, presetTarget).amp);
  expect(presetPicture).toBe(`${site.siteUrl}embed/unmet.winter-barrage.svg`);
  expect(readFileSync('dist/embed/unmet.winter-barrage.svg', 'utf8')).toContain(
    `Scenario: ${preset.label} (a Backfill preset)`,
  );
  const customPicture = placeholder(codesFor(site.siteUrl, custom).amp);
  expect(customPicture).toBe(`${site.siteUrl}embed/unmet.svg`);
  // The default picture says on it which scenario it is.
  expect(readFileSync('dist/embed/unmet.svg', 'utf8')).toMatch(
    new RegExp(
      `<g class="scenario"><text[^>]*>${content.sharing.scenario.default.replace("'", '&#39;')}</text>`,
    ),
  );
  const story = codesFor(site.siteUrl, { chart: 'flow', step: 'backfill' }).amp;
  expect(placeholder(story)).toBe(`${site.siteUrl}embed/flow.backfill.svg`);
});
