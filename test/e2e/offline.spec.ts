// Offline: after one visit the site works with the network off (the service worker), and the
// single file dist/backfill-offline.html works from file:// with no network at all.
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { loadLedger } from '../../scripts/content/load.ts';
import { loadSandboxStrings } from '../../scripts/content/sandbox-strings.ts';
import { describeHeadline } from '../../src/sandbox/describe.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { copyBuild, makeNextDeploy, serveDeploy } from './deploys.ts';
import { expect, open, test } from './fixtures.ts';

/** Wait until a service worker controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
    }
  });
}

test.describe('after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('reloads and moves between pages with the network off', async ({ page, context }) => {
    await open(page, 'classroom.html');
    await controlled(page);
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

  test('a tab opened before a new deploy keeps working after it; the new version takes over when no tab uses the old one', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const work = mkdtempSync(join(tmpdir(), 'backfill-deploys-'));
    const site = join(work, 'site');
    const next = join(work, 'next');
    copyBuild(site);
    copyBuild(next);
    const renamed = await makeNextDeploy(next);
    const server = await serveDeploy(site);
    try {
      // A reader opens the story (build A); the service worker installs and takes the tab.
      await open(page, server.url);
      await controlled(page);

      // Deploy B. Another tab opens the site, so the browser finds B's service worker.
      rmSync(site, { recursive: true, force: true });
      cpSync(next, site, { recursive: true });
      const other = await context.newPage();
      await open(other, `${server.url}model.html`);
      await expect(other.locator('script[src*="B.js"]').first()).toBeAttached();
      const foundNewWorker = await other.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (worker && worker.state === 'installing')
          await new Promise<void>((done) =>
            worker.addEventListener('statechange', () => worker.state !== 'installing' && done()),
          );
        return Boolean(worker);
      });
      expect(foundNewWorker, "build B's service worker").toBe(true);
      await other.close();

      // The old tab still works: its lazily loaded parts (the Share dialog, the sandbox) load.
      await page.locator('.story-figure').getByRole('button', { name: 'Share or embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share or embed' });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await page.locator('#sandbox').scrollIntoViewIfNeeded();
      await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', 'worker');
      const slider = page.locator('#param-japanExportPerYear');
      await expect(slider).toBeEnabled();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue('11');
      await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
      const ledger = loadLedger('content');
      await expect(page.getByTestId('headline')).toHaveText(
        describeHeadline(
          simulate(ledger, { ...simulate(ledger, {}).inputs, japanExportPerYear: 11 }),
          loadSandboxStrings('content'),
        ),
      );

      // Once no tab uses build A, build B's worker takes over, and B works offline.
      const outside = await context.newPage();
      await outside.goto(server.url.replace('/backfill/', '/outside-the-site'));
      await page.close();
      await outside.evaluate(async () => {
        for (;;) {
          const registration = await navigator.serviceWorker.getRegistration('/backfill/');
          if (registration?.active && !registration.waiting && !registration.installing) return;
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      await context.setOffline(true);
      await open(outside, `${server.url}classroom.html`);
      await expect(outside.locator('#predict-title')).toBeVisible();
      const scripts = await outside
        .locator('script[src]')
        .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
      const fromB = new Set(renamed.values());
      expect(scripts.some((src) => fromB.has(src.split('/').pop()!))).toBe(true);
      await context.setOffline(false);
    } finally {
      server.close();
      rmSync(work, { recursive: true, force: true });
    }
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
  await expect(page.getByTestId('headline')).toContainText("Japan's exports have freed");
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
