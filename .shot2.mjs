// usage: node shot2.mjs url out selector widthxheight theme
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '/work/wt-sandbox-ui/scripts/chromium.mjs';
const [url, out, sel, size = '1440x900', theme = 'light', full = ''] = process.argv.slice(2);
const [w, h] = size.split('x').map(Number);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme === 'dark' ? 'dark' : 'light', reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console.error', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
if (theme === 'projector') await page.addInitScript(() => localStorage.setItem('backfill:preferences', JSON.stringify({ theme: 'projector' })));
await page.goto(url);
await page.waitForSelector('html[data-ready="true"]');
await page.locator(sel).first().scrollIntoViewIfNeeded();
await page.evaluate((s) => { const el = document.querySelector(s); window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 10); }, sel);
await page.waitForTimeout(1500);
if (full) await page.locator(sel).first().screenshot({ path: out });
else await page.screenshot({ path: out });
await browser.close();
