// Draws the social card (public/social.png, 1200×630) and the touch icon
// (public/apple-touch-icon.png, 180×180) with headless Chromium. Run it after changing the
// title or the artwork: node scripts/make-images.mjs. The PNGs are committed.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const icon = readFileSync('public/favicon.svg', 'utf8');
const card = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;background:#121418;color:#ececf0;font-family:system-ui,sans-serif;position:relative;overflow:hidden">
  <div style="position:absolute;left:72px;top:64px;font-size:30px;font-weight:800;letter-spacing:.08em;color:#ff9a5c">BACKFILL</div>
  <div style="position:absolute;left:72px;top:120px;width:1050px;font-size:54px;line-height:1.12;font-weight:800">How Japan's Patriot missiles can help Ukraine without going there</div>
  <svg width="1200" height="300" style="position:absolute;left:0;top:330px" viewBox="0 0 1200 300" font-family="system-ui,sans-serif" font-size="28" font-weight="700">
    <defs>
      <marker id="a" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="#ff9a5c"/></marker>
      <marker id="b" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="#6cbcf0"/></marker>
      <marker id="c" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="#ff8a8a"/></marker>
    </defs>
    <rect x="72" y="40" width="250" height="84" rx="18" fill="#1b1e24" stroke="#ff9a5c" stroke-width="4"/><text x="197" y="92" text-anchor="middle" fill="#ececf0">Japan</text>
    <rect x="475" y="40" width="250" height="84" rx="18" fill="#1b1e24" stroke="#6cbcf0" stroke-width="4"/><text x="600" y="92" text-anchor="middle" fill="#ececf0">United States</text>
    <rect x="878" y="40" width="250" height="84" rx="18" fill="#1b1e24" stroke="#3fd1a4" stroke-width="4"/><text x="1003" y="92" text-anchor="middle" fill="#ececf0">Ukraine</text>
    <path d="M330,82L467,82" stroke="#ff9a5c" stroke-width="8" marker-end="url(#a)"/>
    <path d="M733,82L870,82" stroke="#6cbcf0" stroke-width="8" marker-end="url(#b)"/>
    <path d="M197,132Q600,330 1003,132" fill="none" stroke="#ff8a8a" stroke-width="6" stroke-dasharray="14 10" marker-end="url(#c)"/>
    <g transform="translate(600,231)"><circle r="22" fill="#121418" stroke="#ff8a8a" stroke-width="6"/><line x1="-15" y1="-15" x2="15" y2="15" stroke="#ff8a8a" stroke-width="6"/></g>
    <text x="600" y="288" text-anchor="middle" fill="#ff8a8a" font-size="24">not allowed</text>
  </svg>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(card);
await page.screenshot({ path: 'public/social.png' });
await page.setViewportSize({ width: 180, height: 180 });
await page.setContent(
  `<body style="margin:0">${icon.replace('<svg ', '<svg width="180" height="180" ')}</body>`,
);
await page.screenshot({ path: 'public/apple-touch-icon.png' });
await browser.close();
console.log('Wrote public/social.png and public/apple-touch-icon.png');
