// The embed pages themselves (dist/embed/<chart>.html): accessible in light and dark, a chart
// alone with its credits, options from the link, exactly the model's numbers for a pinned
// scenario, old links migrated, bad links harmless, and a readable default without JavaScript.
import type { Page } from '@playwright/test';
import { embedQuery, DEFAULT_LOOK, type SandboxTarget } from '../../src/share/links.ts';
import { tableForState } from '../../src/graphics/registry.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { sandboxChart } from '../../src/sandbox/charts.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { DESKTOP, PHONE, expect, test, violationsOf } from './fixtures.ts';
import { EMBED_CHART_IDS, content, ledger } from './embed-site.ts';
import { runs } from '../support/runs.ts';

async function openEmbed(page: Page, chart: string, query = '') {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`embed/${chart}.html${query ? `?${query}` : ''}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** The data table as a reader sees it: header row, then rows, every cell as shown. */
async function shownTable(page: Page): Promise<string[][]> {
  const details = page.locator('.chart-figure__table');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  // The table is drawn when first opened: wait for its rows.
  await expect(details.locator('tbody tr').first()).toBeVisible();
  return details
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
}

const asShown = (table: { columns: string[]; rows: (string | number)[][] }) => [
  table.columns,
  ...table.rows.map((row) => row.map((v) => (typeof v === 'number' ? formatNumber(v) : v))),
];

test('axe finds no violation on any embed page, light and dark', async ({ page }) => {
  test.setTimeout(150_000);
  for (const [i, chart] of EMBED_CHART_IDS.entries()) {
    await page.setViewportSize(i % 2 ? PHONE : DESKTOP);
    // A sandbox chart with sliders and a notice, and a story graphic at a later state.
    const query =
      chart === 'ukraine'
        ? 'controls=je,bl&bl=999'
        : chart === 'flow'
          ? 'step=no-direct-route'
          : '';
    // Each page is loaded once and scanned under a light system preference, then under a dark
    // one: the embed reads the preference only through its CSS, which follows it as it changes,
    // so this is the page a reader with a dark system loads.
    await page.emulateMedia({ colorScheme: 'light' });
    await openEmbed(page, chart, query);
    // One open data table is enough to check tables (and keeps axe quick).
    if (chart === 'unmet') await page.locator('.chart-figure__table summary').click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(
        await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
        `${chart}: the ${scheme} preference`,
      ).toBe(scheme === 'dark');
      expect(await violationsOf(page), `${chart}?${query} (${scheme})`).toEqual([]);
    }
  }
});

test('an embed is its chart alone: kept out of search, no site furniture, links in a new tab', async ({
  page,
}) => {
  await openEmbed(page, 'timeline', 'step=after-summit');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(
    1,
  );
  await expect(page.locator('.site-header, .site-footer, .stepper')).toHaveCount(0);
  await expect(page.locator('base')).toHaveAttribute('target', '_blank');
  await expect(page.locator('figure')).toHaveAttribute('data-state', 'after-summit');
  await expect(page.locator('.chart-figure__caption')).toHaveText(
    content.states['after-summit']!.caption,
  );
  // The credits sit at the foot of the frame, always in view.
  await expect(page.locator('.embed__credit')).toContainText('Sources:');
  await expect(page.locator('.embed__note')).toHaveText(content.embeds.timeline.note);
  await expect(page.getByRole('link', { name: /Open this graphic in Backfill/ })).toHaveAttribute(
    'href',
    '../#step-after-summit',
  );
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('theme, background and title follow the link', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const look = () =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const title = document.querySelector('.chart-figure__title')!.getBoundingClientRect();
      return {
        background: body.backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        titleShown: title.width > 1,
      };
    });
  await openEmbed(page, 'scale', 'theme=dark');
  expect(await look()).toEqual({ background: 'rgb(18, 20, 24)', scheme: 'dark', titleShown: true });
  await openEmbed(page, 'scale', 'theme=auto&transparent=1&title=0');
  expect(await look()).toEqual({
    background: 'rgba(0, 0, 0, 0)',
    scheme: 'light',
    titleShown: false,
  });
  // Hidden, the title still names the figure for screen readers.
  await expect(page.getByRole('figure', { name: content.graphics.scale!.title })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEmbed(page, 'scale', 'theme=light');
  expect((await look()).background).toBe('rgb(253, 252, 249)');
});

test('a pinned link shows exactly the model’s numbers for its scenario, and Open in Backfill carries them', async ({
  page,
}) => {
  const target: SandboxTarget = {
    chart: 'unmet',
    values: { ...defaultValues(ledger), japanExportPerYear: 25, ballisticLaunchesPerMonth: 80 },
    seed: 42,
  };
  await openEmbed(page, 'unmet', embedQuery(target, DEFAULT_LOOK, ledger));
  await expect(page.locator('.embed')).toHaveAttribute('data-complete', 'true');
  await expect(page.getByTestId('notices')).toHaveCount(0);
  const expected = sandboxChart(
    'unmet',
    simulate(ledger, target.values, { seed: target.seed }),
    ledger,
    { copy: content.sandboxCopy, strings: content.sandboxStrings },
  );
  expect(await shownTable(page)).toEqual(asShown(expected.table()));
  await expect(page.locator('.chart-figure__caption')).toHaveText(expected.caption);

  // The remix: the full sandbox opens with the same settings, in a new tab.
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: /Open this scenario in Backfill/ }).click(),
  ]);
  await expect(popup.locator('html')).toHaveAttribute('data-ready', 'true');
  await popup.locator('#sandbox').scrollIntoViewIfNeeded();
  await expect(popup.locator('#param-japanExportPerYear')).toHaveValue('25');
  await expect(popup.locator('#param-ballisticLaunchesPerMonth')).toHaveValue('80');
});

test('a story graphic’s link picks its state, and an unknown state falls back with a notice', async ({
  page,
}) => {
  await openEmbed(page, 'flow', 'v=1&step=backfill');
  await expect(page.locator('figure')).toHaveAttribute('data-state', 'backfill');
  const data = {
    graphics: content.graphics,
    labels: content.labels,
    timeline: content.timeline,
    scale: content.scale,
    sources: content.sources,
  };
  const title = content.graphics.flow!.title;
  expect(await shownTable(page)).toEqual(
    asShown(tableForState('backfill', data, `${title}: ${content.states.backfill!.caption}`)),
  );
  await openEmbed(page, 'flow', 'step=scale-need');
  await expect(page.locator('figure')).toHaveAttribute('data-state', 'threat-ballistic');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('“scale-need” is not a state of this graphic');
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
});

test('a link in the old, unversioned format opens the same scenario, and says so', async ({
  page,
}) => {
  await openEmbed(page, 'ukraine', 'japanExportPerYear=20&ballisticLaunchesPerMonth=80&seed=3');
  await expect(page.getByTestId('notices')).toContainText('earlier version of Backfill');
  await expect(page.locator('.embed')).toHaveAttribute('data-complete', 'true');
  const values = {
    ...defaultValues(ledger),
    japanExportPerYear: 20,
    ballisticLaunchesPerMonth: 80,
  };
  const expected = sandboxChart('ukraine', simulate(ledger, values, { seed: 3 }), ledger, {
    copy: content.sandboxCopy,
    strings: content.sandboxStrings,
  });
  expect(await shownTable(page)).toEqual(asShown(expected.table()));
});

// Sized by TEST_DEPTH (test/support/runs.ts): 200 links when thorough, 20 when quick (the
// readers behind them are fuzzed with 500 links a run in Node: test/unit/embed-options.test.ts).
const MALFORMED = runs(200);

test(`${MALFORMED} random malformed links raise no error and always show a chart`, async ({
  page,
}) => {
  test.setTimeout(30_000 + MALFORMED * 1000);
  let seed = 11;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const keys = [
    ...['v', 'je', 'bl', 'it', 'h', 's', 'view', 'step', 'theme', 'transparent'],
    ...['controls', 'title', 'id', 'childId', 'chart', 'japanExportPerYear', '__proto__'],
    ...['constructor', 'THEME', 'Controls', '%zz', '', 'v;', '\u202e'],
  ];
  const values = [
    ...['', '-1', '0', '1', '2', '1e309', 'NaN', '0x10', '%', '%E0%A4%A', 'dark', 'auto'],
    ...['je,bl', 'je,,je,zz', 'u4', 'none', 'backfill', 'scale-need', '../../x', '9'.repeat(400)],
    ...['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '\u0000', '🛡️', '1&1'],
  ];
  const encode = [encodeURIComponent, String];
  const links = Array.from({ length: MALFORMED }, (_, i) => {
    const query = Array.from(
      { length: 1 + Math.floor(rand() * 6) },
      () => `${pick(encode)(pick(keys))}=${pick(encode)(pick(values))}`,
    ).join(pick(['&', '&&', ';', '&amp;']));
    return `embed/${EMBED_CHART_IDS[i % EMBED_CHART_IDS.length]}.html?${query}`;
  });

  // Every frame records its own uncaught errors, from before its first script runs.
  await page.addInitScript(() => {
    const errors: string[] = [];
    Object.assign(window, { embedErrors: errors });
    addEventListener('error', (e) => errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
  // A page of the site holds the frames (same origin, so the test can look inside them); the
  // test server keeps hashed assets as a host would (scripts/serve.mjs, cacheControl), so the
  // frames load them once.
  // As every page in these tests is opened (fixtures.ts): with reduced motion, so a chart draws
  // its final state at once rather than animating into it while the other frames load.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('embed/scale.html');
  const started = Date.now();
  const BATCH = 10;
  for (let i = 0; i < links.length; i += BATCH) {
    const batch = links.slice(i, i + BATCH);
    const results = await page.evaluate(async (urls) => {
      document.body.replaceChildren();
      const frames = urls.map((url) => {
        const iframe = document.createElement('iframe');
        iframe.src = `../${url}`;
        iframe.width = '400';
        document.body.append(iframe);
        return iframe;
      });
      const deadline = Date.now() + 20_000;
      const ready = (f: HTMLIFrameElement) =>
        f.contentDocument?.documentElement?.dataset.ready === 'true';
      while (!frames.every(ready) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      return frames.map((f) => {
        const doc = f.contentDocument!;
        return {
          url: f.src,
          ready: ready(f),
          charts: doc.querySelectorAll('.embed figure svg').length,
          injected: doc.querySelectorAll('script:not([src]), img[src="x"]').length,
          errors: (f.contentWindow as unknown as { embedErrors?: string[] }).embedErrors ?? [],
        };
      });
    }, batch);
    for (const result of results) {
      expect(result, result.url).toMatchObject({ ready: true, injected: 0, errors: [] });
      expect(result.charts, result.url).toBeGreaterThan(0);
    }
  }
  console.log(`${MALFORMED} malformed links in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each embed shows its chart at its default view, with its data table', async ({ page }) => {
    for (const chart of EMBED_CHART_IDS) {
      await page.goto(`embed/${chart}.html`);
      await expect(page.locator('.embed figure svg').first()).toBeVisible();
      await page.locator('.chart-figure__table summary').click();
      await expect(page.locator('.chart-figure__table table')).toBeVisible();
    }
  });
});

test('if its script cannot run, the embed says that it shows the default view', async ({
  page,
  consoleErrors,
}) => {
  await page.clock.install();
  // As in a sandboxed frame whose host sends no CORS header: the module never loads.
  await page.route('**/assets/index-*.js', (route) => route.abort());
  await page.goto('embed/ukraine.html?je=30');
  await expect(page.locator('.embed figure svg')).toBeVisible();
  await expect(page.locator('.embed__stale')).toBeHidden();
  await page.clock.runFor(9000);
  await expect(page.locator('.embed__stale')).toBeVisible();
  // The only errors are the blocked script's.
  expect(consoleErrors.every((e) => /Failed to load resource/.test(e))).toBe(true);
  consoleErrors.length = 0;
});
