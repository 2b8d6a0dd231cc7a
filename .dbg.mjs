import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
await page.goto('http://127.0.0.1:4461/backfill/#sandbox');
await page.waitForSelector('html[data-ready="true"]');
await page.locator('#sandbox').scrollIntoViewIfNeeded();
await page.waitForSelector('#param-japanExportPerYear:not([disabled])');
const s = page.locator('#param-japanExportPerYear');
await s.evaluate((el) => el.scrollIntoView({ block: 'center' }));
await s.focus();
const grab = () => page.evaluate(() => [...document.querySelectorAll('#sandbox path[data-series]:not([data-series*="band"])')].map(p => { const r = p.getBoundingClientRect(); return [(p.closest('[data-chart],[data-in-view]')?.getAttribute('data-chart')) + '/' + p.dataset.series, p.getAttribute('d').slice(-60), Math.round(r.top), Math.round(r.bottom), p.checkVisibility()]; }));
for (const v of [21, 22, 23, 24]) {
  await s.evaluate((el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); }, v);
  await page.waitForTimeout(300);
  console.log(v, JSON.stringify((await grab()).filter(x => x[0].startsWith('difference'))));
}
await browser.close();
