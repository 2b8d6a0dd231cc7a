// The corrections log (corrections.html, from content/CORRECTIONS.md): reachable from every
// page's footer, accessible, prerendered for readers without JavaScript, and inside the offline
// file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DESKTOP,
  PHONE,
  expect,
  nextFrames,
  open,
  screenshot,
  test,
  violationsOf,
} from './fixtures.ts';

// One page, opened once per width, scanned in the light scheme, then switched to the dark (as
// the OS would; the page's auto theme follows it) and scanned again.
test('axe finds no violation on the corrections page (phone and desktop, light and dark)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await test.step(`${name}, ${scheme}`, async () => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        if (scheme === 'light') await open(page, 'corrections.html');
        else {
          expect(
            await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
            'the page in the dark scheme',
          ).toBe(true);
          // The page's own listeners have answered and it has been drawn.
          await nextFrames(page);
        }
        await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
        expect(await violationsOf(page), `${name}, ${scheme}`).toEqual([]);
        await screenshot(page, `corrections-${name}-${scheme}`);
      });
    }
  }
});

test('the footer links to the log, whose dated entries cite their sources both ways', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await open(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).click();
  await expect(page).toHaveURL(/corrections\.html$/);
  const section = page.locator('h2#corrections-2026-11-30');
  await expect(section.locator('time')).toHaveAttribute('datetime', '2026-11-30');
  await expect(section).toHaveText('30 November 2026');
  const entries = page.locator('.corrections h2#corrections-2026-11-30 ~ ul > li');
  expect(await entries.count()).toBeGreaterThan(10);
  // A citation mark leads to its note, and the note leads back.
  const mark = entries.first().locator('sup.cite a').first();
  const target = await mark.getAttribute('href');
  await mark.click();
  await expect(page.locator(target!)).toBeInViewport();
  await page.locator(`${target} a[href="#${await mark.getAttribute('id')}"]`).click();
  await expect(mark).toBeInViewport();
});

test('the log is prerendered, and travels in the offline file', async ({ page }) => {
  const html = readFileSync('dist/corrections.html', 'utf8');
  expect(html).toContain('<time datetime="2026-11-30">30 November 2026</time>');
  const offline = readFileSync('dist/backfill-offline.html', 'utf8');
  expect(offline).toContain('<template data-page="corrections"');

  await page.context().setOffline(true);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`file://${resolve('dist/backfill-offline.html')}?page=corrections`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  await expect(page.locator('#corrections-2026-11-30')).toBeVisible();
});
