// The Share or embed dialog, used as a journalist would: from the keyboard alone, on a phone and
// a desktop, in light and dark; its link and codes pin exactly the view on show; and a code
// copied from it, pasted into a bare page or a pym.js page on another origin, fits itself and
// shows the very chart the journalist saw.
import type { Page } from '@playwright/test';
import { shareUrl } from '../../src/share/links.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import {
  DESKTOP,
  PHONE,
  expect,
  open,
  scrollToStep,
  stepStates,
  test,
  violationsOf,
} from './fixtures.ts';
import {
  awake,
  codesFor,
  content,
  expectFits,
  ledger,
  newsPage,
  startEmbedSite,
  toggleTable,
  type EmbedSite,
} from './embed-site.ts';
import { html, startSite, type Site } from './two-origins.ts';

/** content/site.yaml's address: nothing made in the browser may point there. */
const PLACEHOLDER = content.site.siteUrl;
/** Where the tests serve the site: the address links and codes made in the browser use. */
const served = (page: Page) => new URL('./', page.url()).href;

test.use({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });

async function openSandbox(page: Page) {
  await open(page, '#sandbox');
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
}

/** Set Japan's exports with the keyboard, as a reader does, and wait for the whole result. */
async function setExports(page: Page, value: number) {
  const slider = page.locator('#param-japanExportPerYear');
  await slider.focus();
  const now = Number(await slider.inputValue());
  for (let i = now; i < value; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(value));
  await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
}

const tools = (page: Page, chart: string) => page.locator(`[data-tools-for="${chart}"]`);
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share or embed' });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// One sandbox (each check a named step): the keyboard alone, then a journalist's words.
test('the dialog in the sandbox: from the keyboard alone, and the journalist’s title and note', async ({
  page,
}) => {
  await openSandbox(page);
  await test.step('from the keyboard alone: open, tab through, copy, Escape closes, focus returns', async () => {
    // Start just before the chart's tools.
    await page.locator('[data-chart="difference"] .chart-figure__table summary').focus();
    await page.keyboard.press('Tab');
    const opener = tools(page, 'difference').getByRole('button', { name: 'Share or embed' });
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('button', { name: 'Copy link' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog(page).getByRole('status')).toHaveText('Link copied.');
    const link = await dialog(page).getByLabel('Link to this scenario in Backfill').inputValue();
    expect(await clipboard(page)).toBe(link);

    // Tab all the way round: focus never leaves the dialog, and reaches the embed code's button.
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        return { inside: !!el.closest('dialog[open]'), name: el.textContent?.trim() ?? '' };
      });
      expect(where.inside, `tab ${i}`).toBe(true);
      seen.add(where.name);
      if (where.name === 'Copy embed code' && seen.has('Close')) break;
    }
    expect(seen).toContain('Close');
    await expect(dialog(page).getByRole('button', { name: 'Copy embed code' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog(page).getByRole('status')).toHaveText('Embed code copied.');
    expect(await clipboard(page)).toBe(
      await dialog(page).getByLabel('Code to paste into your page').inputValue(),
    );

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(opener).toBeFocused();
  });
  await test.step('the journalist’s title and note go into the code, as text in the link, and into the preview', async () => {
    await tools(page, 'difference').getByRole('button', { name: 'Share or embed' }).click();
    const box = dialog(page);
    await box.getByLabel(content.sharing.dialog.headingLabel).fill('What Japan’s 10 a year buy');
    await box
      .getByLabel(content.sharing.dialog.noteLabel)
      .fill('Scenario by our desk <b>& Backfill</b>');
    const code = await box.getByLabel('Code to paste into your page').inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&'));
    expect(src.searchParams.get('heading')).toBe('What Japan’s 10 a year buy');
    expect(src.searchParams.get('note')).toBe('Scenario by our desk <b>& Backfill</b>');
    expect(code).not.toContain('<b>');
    // The suggested height makes room for the words.
    expect(Number(await box.getByLabel('Height in pixels').inputValue())).toBeGreaterThan(
      content.embeds.difference.height,
    );
    const [preview] = await Promise.all([
      page.waitForEvent('popup'),
      box.getByRole('link', { name: /Preview the embed/ }).click(),
    ]);
    await expect(preview.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
      'What Japan’s 10 a year buy',
    );
    await expect(preview.locator('.embed__user-note')).toHaveText(
      'Scenario by our desk <b>& Backfill</b>',
    );
    await preview.close();
  });
});

// The story's dialog at desktop size, light (axe, then its theme choices); the sandbox's on a
// 360 px phone, light (its edges), then dark (axe).
test('axe finds no violation in the open dialog (desktop light, phone dark); the theme starts light, each choice saying when to pick it; on a 360 px phone nothing runs past its edges', async ({
  page,
}) => {
  await test.step('axe finds no violation in the open dialog (desktop light)', async () => {
    await open(page);
    await tools(page, 'flow').getByRole('button', { name: 'Share or embed' }).click();
    await expect(dialog(page)).toBeVisible();
    expect(await violationsOf(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
  });
  await test.step('the theme starts light, and each choice says in one line when to pick it', async () => {
    // The same dialog again, as it opens.
    await tools(page, 'flow').getByRole('button', { name: 'Share or embed' }).click();
    const box = dialog(page);
    const themes = box.getByRole('group', { name: content.sharing.dialog.themeLegend });
    for (const [id, copy] of Object.entries(content.sharing.dialog.themes)) {
      const radio = themes.getByRole('radio', { name: new RegExp(`^${copy.label}`) });
      await expect(radio).toHaveAccessibleDescription(copy.hint);
      await expect(themes.getByText(copy.hint)).toBeVisible();
      if (id === 'light') await expect(radio).toBeChecked();
      else await expect(radio).not.toBeChecked();
    }
    const code = box.getByLabel('Code to paste into your page');
    await expect(code).toHaveValue(/theme=light/);
    await expect(code).toHaveValue(/color-scheme:light/);
    await themes.getByRole('radio', { name: /^Automatic/ }).check();
    await expect(code).toHaveValue(/theme=auto&amp;.*color-scheme:light dark/s);
    await page.keyboard.press('Escape');
  });
  await test.step('on a 360 px phone, nothing in the dialog runs past its edges', async () => {
    await page.setViewportSize(PHONE);
    await openSandbox(page);
    await tools(page, 'japan').getByRole('button', { name: 'Share or embed' }).click();
    const box = dialog(page);
    await box.getByText(/Sliders readers can move/).click();
    const overflow = await box.evaluate((dialog) => {
      const edge = dialog.getBoundingClientRect();
      const out: string[] = [];
      if (edge.left < 0 || edge.right > window.innerWidth)
        out.push(`the dialog: ${edge.left}–${edge.right}`);
      if (dialog.scrollWidth > dialog.clientWidth)
        out.push(`the dialog scrolls sideways by ${dialog.scrollWidth - dialog.clientWidth}px`);
      for (const el of dialog.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5)
          out.push(
            `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(edge.left)}–${Math.round(edge.right)}`,
          );
      }
      return out;
    });
    expect(overflow).toEqual([]);
  });
  await test.step('axe finds no violation in the open dialog (phone dark)', async () => {
    // The same page turned dark, as a reader's system turns: the page follows it as it changes.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
    expect(await violationsOf(page, 'dialog')).toEqual([]);
  });
});

test('its link and codes pin the scenario on show and the options chosen', async ({ page }) => {
  await openSandbox(page);
  await setExports(page, 25);
  await tools(page, 'us-pool').getByRole('button', { name: 'Share or embed' }).click();
  const box = dialog(page);
  await box.getByRole('radio', { name: /^Plain frame/ }).check();
  await box.getByRole('radio', { name: /^Dark/ }).check();
  await box.getByLabel(/Transparent background/).check();
  await box.getByText(/Sliders readers can move/).click();
  await box.getByLabel("Japan's exports to the US").check();

  const values = { ...defaultValues(ledger), japanExportPerYear: 25 };
  const target = { chart: 'us-pool' as const, values, seed: 1 };
  const site = served(page);
  expect(site).not.toBe(PLACEHOLDER);
  await expect(box.getByLabel('Link to this scenario in Backfill')).toHaveValue(
    shareUrl(site, target, ledger),
  );
  const height = content.embeds['us-pool'].height + 160;
  await expect(box.getByLabel('Height in pixels')).toHaveValue(String(height));
  const expected = codesFor(
    site,
    target,
    { theme: 'dark', transparent: true, controls: ['japanExportPerYear'] },
    height,
  );
  await expect(box.getByLabel('Code to paste into your page')).toHaveValue(expected.iframe);
  await box.getByRole('radio', { name: /^AMP/ }).check();
  await expect(box.getByLabel('Code to paste into your page')).toHaveValue(expected.amp);
  await box.getByLabel('Height in pixels').fill('900');
  await expect(box.getByLabel('Code to paste into your page')).toHaveValue(/height="900"/);
});

test.describe('a journalist pastes a copied code on another origin', () => {
  let site: EmbedSite;
  let host: Site;
  test.beforeAll(async () => {
    [site, host] = await Promise.all([startEmbedSite(), startSite('127.0.0.1')]);
    host.routes.set('/pym.v1.min.js', {
      type: 'text/javascript',
      body: (await import('node:fs')).readFileSync('node_modules/pym.js/dist/pym.v1.min.js'),
    });
  });
  test.afterAll(async () => {
    await Promise.all([site?.close(), host?.close()]);
  });

  test('into a bare page and a pym.js page: it fits on a phone and a desktop, and shows exactly that chart', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    await openSandbox(page);
    await setExports(page, 25);
    const chart = page.locator('[data-chart="us-pool"]');
    await chart.locator('.chart-figure__table summary').click();
    const seenTable = await chart.locator('table').innerText();
    await tools(page, 'us-pool').getByRole('button', { name: 'Share or embed' }).click();
    await dialog(page).getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText('Embed code copied.');
    // Copied from the site as served here; published on the test's other origin.
    const code = (await clipboard(page)).replaceAll(served(page), site.siteUrl);
    expect(code).not.toContain(PLACEHOLDER);
    await dialog(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText('Link copied.');
    const link = await clipboard(page);
    expect(link.startsWith(served(page))).toBe(true);

    const src = /src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
    for (const [path, body] of [
      ['/bare.html', code],
      [
        '/pym.html',
        `<div id="chart" data-pym-src="${src}"></div><script src="/pym.v1.min.js"></script>`,
      ],
    ] as const) {
      const news = newsPage(site.origin, host.origin, body);
      host.routes.set(path, html(news.html, news.headers));
      const reader = await context.newPage();
      await reader.setViewportSize(PHONE);
      await reader.goto(`${host.origin}${path}`);
      const iframe = reader.locator('iframe');
      const frame = await awake(iframe);
      await expectFits(iframe, frame, `${path} on a phone`);
      await reader.setViewportSize({ width: 1200, height: 900 });
      await expectFits(iframe, frame, `${path} on a desktop`);
      await expect(frame.locator('.embed')).toHaveAttribute('data-complete', 'true');
      await toggleTable(frame, true, path);
      expect(await frame.locator('table').innerText()).toBe(seenTable);
      await expectFits(iframe, frame, `${path} with its table open`);
      await reader.close();
    }

    // The link opens the same scenario in the full site.
    const reader = await context.newPage();
    await reader.goto(link);
    await expect(reader.locator('html')).toHaveAttribute('data-ready', 'true');
    await reader.locator('#sandbox').scrollIntoViewIfNeeded();
    await expect(reader.locator('#param-japanExportPerYear')).toHaveValue('25');
    await expect(reader.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
    const again = reader.locator('[data-chart="us-pool"]');
    await again.locator('.chart-figure__table summary').click();
    expect(await again.locator('table').innerText()).toBe(seenTable);
  });
});

test('a story graphic’s link opens the story at that step', async ({ page }) => {
  await open(page);
  const states = await stepStates(page);
  const index = states.indexOf('export-begins');
  await scrollToStep(page, index);
  await expect(page.locator('.story-figure')).toHaveAttribute('data-state', 'export-begins');
  await tools(page, 'flow').getByRole('button', { name: 'Share or embed' }).click();
  const link = await dialog(page).getByLabel('Link to this graphic in Backfill').inputValue();
  const site = served(page);
  expect(link).toBe(`${site}#step-export-begins`);
  await expect(dialog(page).getByLabel('Code to paste into your page')).toHaveValue(
    /embed\/flow\.html\?v=1&amp;step=export-begins&amp;theme=light/,
  );
  await page.keyboard.press('Escape');
  await page.goto('about:blank');
  await open(page, link.replace(site, ''));
  await expect(page.locator('.story-figure')).toHaveAttribute('data-state', 'export-begins');
});

test('tabbing to a story graphic’s tools keeps the story at its step, and shares that step', async ({
  page,
}) => {
  await open(page, '?step=backfill');
  const story = page.locator('.story-figure');
  await expect(story).toHaveAttribute('data-state', 'backfill');
  await story.locator('.chart-figure__table summary').focus();
  const y = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Tab');
  await expect(story.getByRole('button', { name: 'Share or embed' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(2);
  await expect(story).toHaveAttribute('data-state', 'backfill');
  const code = await dialog(page).getByLabel('Code to paste into your page').inputValue();
  expect(code).toContain('embed/flow.html?');
  expect(code).toContain('step=backfill');
});
