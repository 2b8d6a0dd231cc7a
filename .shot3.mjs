import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
const [out, size = '360x780', theme = 'light', ...sels] = process.argv.slice(2);
const [w, h] = size.split('x').map(Number);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme === 'dark' ? 'dark' : 'light', reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
const q = theme === 'projector' ? '?theme=projector' : '';
await page.goto(`http://127.0.0.1:4461/backfill/${q}#sandbox`);
await page.waitForSelector('html[data-ready="true"]');
await page.locator('#sandbox').scrollIntoViewIfNeeded();
await page.waitForSelector('#param-japanExportPerYear:not([disabled])');
await page.waitForTimeout(800);
let i = 0;
for (const sel of sels) {
  await page.evaluate((s) => { const el = document.querySelector(s); window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 8); }, sel);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}-${i++}.png` });
}
await browser.close();
