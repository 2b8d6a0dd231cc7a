import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
page.on('pageerror', (e) => console.log('PAGEERROR', e.stack.split('\n').slice(0, 8).join('\n')));
await page.goto('http://127.0.0.1:4461/backfill/#sandbox');
await page.waitForSelector('html[data-ready="true"]');
await page.locator('#sandbox').scrollIntoViewIfNeeded();
await page.waitForSelector('#param-japanExportPerYear:not([disabled])');
await page.evaluate(() => {
  Object.defineProperty(Intl.NumberFormat.prototype, 'format', { configurable: true, get() { throw new Error('Simulated failure while drawing'); } });
});
await page.locator('#param-japanExportPerYear').focus();
await page.keyboard.press('ArrowRight');
await page.waitForTimeout(1500);
console.log(await page.locator('[data-testid="sandbox-error"]').count());
await browser.close();
