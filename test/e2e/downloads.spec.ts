// Chart downloads in real Chromium: a standalone SVG must look like the chart on screen without
// our stylesheet, the PNG must be that picture at twice the size, and saving must download a
// file. The functions run on a fixture page (test/fixtures/downloads-page.*) served under a CSP
// like the site's.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bundle, html, js, startSite, type Site } from './two-origins.ts';

test.describe.configure({ mode: 'serial' });

let site: Site;

test.beforeAll(async () => {
  site = await startSite('127.0.0.1');
  const csp = {
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' blob:; style-src 'unsafe-inline'",
  };
  site.routes.set('/', html(readFileSync('test/fixtures/downloads-page.html', 'utf8'), csp));
  site.routes.set('/downloads-page.js', js(await bundle('test/fixtures/downloads-page.ts')));
});

test.afterAll(async () => {
  await site?.close();
});

interface Downloads {
  svgToStandalone(svg: SVGSVGElement, options?: object): string;
  svgToPng(svg: SVGSVGElement, scale?: number): Promise<Blob>;
  saveBlob(blob: Blob, filename: string): void;
}
declare global {
  interface Window {
    backfillDownloads: Downloads;
  }
}

async function open(page: Page, dark = false) {
  await page.goto(`${site.origin}/`);
  if (dark) await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForFunction(() => 'backfillDownloads' in window);
}

/** The standalone file, parsed back, as the facts a test checks. */
function standalone(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('#chart')!;
    const markup = window.backfillDownloads.svgToStandalone(svg);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    const style = (selector: string, property: string) =>
      (root.querySelector(selector) as SVGElement | null)?.style.getPropertyValue(property) ?? null;
    return {
      markup,
      parseError: doc.querySelector('parsererror') !== null,
      namespace: root.namespaceURI,
      xmlns: root.getAttribute('xmlns'),
      size: [root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')],
      ariaHidden: root.getAttribute('aria-hidden'),
      first: root.firstElementChild?.tagName,
      title: root.querySelector('title')?.textContent,
      background: root.children[1]?.getAttribute('fill'),
      backgroundBox: ['x', 'y', 'width', 'height'].map((a) => root.children[1]?.getAttribute(a)),
      barFill: style('.bar', 'fill'),
      lineStroke: style('.line', 'stroke'),
      lineWidth: style('.line', 'stroke-width'),
      lineDash: style('.line', 'stroke-dasharray'),
      paintOrder: style('.line', 'paint-order'),
      opacity: style('.faded', 'opacity'),
      textFill: style('text', 'fill'),
      textFont: [
        style('text', 'font-family'),
        style('text', 'font-size'),
        style('text', 'font-weight'),
      ],
      stop: style('stop', 'stop-color'),
      stopOpacity: style('stop', 'opacity'),
    };
  });
}

test('a standalone SVG carries its own styles, background and title', async ({ page }) => {
  await open(page);
  const file = await standalone(page);
  expect(file.parseError).toBe(false);
  expect(file.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(file.namespace).toBe('http://www.w3.org/2000/svg');
  expect(file.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(file.size).toEqual(['200', '100', '0 0 200 100']);
  expect(file.ariaHidden).toBeNull();
  expect(file.first).toBe('title');
  expect(file.title).toBe('A test chart');
  expect(file.background).toBe('#ffffff');
  expect(file.backgroundBox).toEqual(['0', '0', '200', '100']);
  expect(file.barFill).toBe('rgb(194, 81, 10)');
  expect(file.lineStroke).toBe('rgb(0, 122, 90)');
  expect(file.lineWidth).toBe('6px');
  expect(file.lineDash).toBe('12px, 4px');
  expect(file.paintOrder).toBe('stroke');
  expect(file.opacity).toBe('0.5');
  expect(file.textFill).toBe('rgb(27, 27, 31)');
  expect(file.textFont).toEqual(['Georgia, serif', '14px', '700']);
  expect(file.stop).toBe('rgb(0, 122, 90)');
  expect(file.stopOpacity).toBe('');
  expect(file.markup).not.toContain('var(');
});

test('a standalone SVG of a dark chart has a dark background and light text', async ({ page }) => {
  await open(page, true);
  const file = await standalone(page);
  expect(file.background).toBe('#121418');
  expect(file.textFill).toBe('rgb(236, 236, 240)');
});

test('the PNG is the chart at twice its size, in the chart’s colours', async ({ page }) => {
  await open(page);
  const png = await page.evaluate(async () => {
    const svg = document.querySelector<SVGSVGElement>('#chart')!;
    const blob = await window.backfillDownloads.svgToPng(svg);
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixel = (x: number, y: number) => [...context.getImageData(x * 2, y * 2, 1, 1).data];
    const signature = [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())];
    return {
      type: blob.type,
      signature,
      size: [bitmap.width, bitmap.height],
      background: pixel(90, 60),
      bar: pixel(40, 40),
      gradient: pixel(120, 30),
      faded: pixel(170, 30),
      line: pixel(3, 90),
    };
  });
  expect(png.type).toBe('image/png');
  expect(png.signature).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.size).toEqual([400, 200]);
  expect(png.background).toEqual([255, 255, 255, 255]);
  expect(png.bar).toEqual([194, 81, 10, 255]);
  // Only a resolved var() in the gradient's stop style paints it green.
  expect(png.gradient).toEqual([0, 122, 90, 255]);
  // Black at half opacity over white.
  for (const channel of png.faded.slice(0, 3))
    expect(Math.abs(channel - 128)).toBeLessThanOrEqual(2);
  expect(png.line).toEqual([0, 122, 90, 255]);
});

test('saving downloads the blob under a safe file name', async ({ page }) => {
  await open(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => {
      const csv = window.backfillDownloads.saveBlob;
      csv(new Blob(['month,value\r\n2024-01,60\r\n'], { type: 'text/csv' }), 'Ukraine: stock?.csv');
    }),
  ]);
  expect(download.suggestedFilename()).toBe('Ukraine-stock.csv');
  expect(readFileSync(await download.path(), 'utf8')).toBe('month,value\r\n2024-01,60\r\n');
  // The temporary link is gone.
  expect(await page.locator('a[download]').count()).toBe(0);
});
