// Offline: after one visit the site works with the network off (the service worker), and the
// single file dist/backfill-offline.html works from file:// with no network at all.
import { resolve } from 'node:path';
import { expect, open, test } from './fixtures.ts';

test.describe('after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('reloads and moves between pages with the network off', async ({ page, context }) => {
    await open(page, 'classroom.html');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#predict-title')).toBeVisible();
    // A page never opened before, with a link's options, from the precache.
    await page.goto('./?v=1&je=20#sandbox');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.locator('#sandbox').scrollIntoViewIfNeeded();
    await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'worker');
    await expect(page.locator('#param-japanExportPerYear')).toHaveValue('20');
    await context.setOffline(false);
  });
});

test('the offline file opens from file:// and runs the sandbox and the classroom', async ({
  page,
  context,
}) => {
  await context.setOffline(true);
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
  });
  const file = `file://${resolve('dist/backfill-offline.html')}`;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${file}#sandbox`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  // The model worker travels inside the file as a Blob, allowed by the file's own strict policy.
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'worker');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-');
  const slider = page.locator('#param-japanExportPerYear');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('11');
  await expect(page.getByTestId('headline')).toContainText("Japan's exports have sent Ukraine");
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Classroom' })
    .click();
  await expect(page).toHaveURL(/backfill-offline\.html\?page=classroom$/);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: "Reveal the model's answer" }).click();
  await expect(page.getByTestId('reveal')).toContainText("model's central run");
  expect(outside).toEqual([]);
});
