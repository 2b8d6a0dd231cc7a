// usage: node shot.mjs url outprefix [theme]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '/work/wt-sandbox-ui/scripts/chromium.mjs';
const [url, out, theme = 'light', sel = '#sandbox'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [w, h] of [[360, 780], [1280, 720], [1440, 900]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme === 'dark' ? 'dark' : 'light', reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console.error', m.text()));
  if (theme === 'projector') await page.addInitScript(() => localStorage.setItem('backfill:preferences', JSON.stringify({ theme: 'projector' })));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.locator(sel).scrollIntoViewIfNeeded();
  await page.evaluate((s) => { const el = document.querySelector(s); window.scrollTo(0, el.getBoundingClientRect().top + scrollY); }, sel);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${out}-${w}-${theme}.png` });
  await ctx.close();
}
await browser.close();
