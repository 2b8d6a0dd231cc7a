// Chart pictures in real Chromium: the credited picture must look like the chart on screen without
// our stylesheet (the page's rules applied through the same cascade the build uses), in the light
// theme whatever the reader chose, the PNG must be that picture at least 1,200 pixels wide, and
// saving must download a file. The functions run on a fixture page (test/fixtures/downloads-page.*)
// served under a CSP like the site's.
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

interface Picture {
  markup: string;
  width: number;
  height: number;
}
interface Downloads {
  pictureOfChart(svg: SVGSVGElement, words: object): Picture;
  pictureToPng(picture: Picture, minWidth?: number): Promise<Blob>;
  saveBlob(blob: Blob, filename: string): void;
}
declare global {
  interface Window {
    backfillDownloads: Downloads;
  }
}

const WORDS = {
  title: 'A test chart',
  caption: 'What it shows.',
  scenario: 'Scenario: a test',
  alt: 'Bars and a line.',
  source: 'Source: a test.',
  credit: 'Graphic: Backfill, example.org',
};

async function open(page: Page) {
  await page.goto(`${site.origin}/`);
  await page.waitForFunction(() => 'backfillDownloads' in window);
}

/** The picture, parsed back, as the facts a test checks. */
function picture(page: Page) {
  return page.evaluate((words) => {
    const svg = document.querySelector<SVGSVGElement>('#chart')!;
    const { markup, width, height } = window.backfillDownloads.pictureOfChart(svg, words);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    const chart = root.querySelector('svg')!;
    const style = (selector: string, property: string) =>
      (chart.querySelector(selector) as SVGElement | null)?.style.getPropertyValue(property) ??
      null;
    return {
      markup,
      size: [width, height],
      parseError: doc.querySelector('parsererror') !== null,
      namespace: root.namespaceURI,
      rootSize: [root.getAttribute('width'), root.getAttribute('height')],
      title: root.querySelector('title')?.textContent,
      // Each block of words, its wrapped lines joined again.
      texts: [...root.querySelectorAll(':scope > g')].map((g) =>
        [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      ),
      chartBox: ['x', 'y', 'width', 'height', 'viewBox'].map((a) => chart.getAttribute(a)),
      chartAriaHidden: chart.getAttribute('aria-hidden'),
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
    };
  }, WORDS);
}

// One fixture page for every check (each a named step): the light page's picture, its PNG and a
// saved file, then the same page switched to dark.
test('chart pictures: styles, words and credit carried; light whatever the page; a PNG of at least 1,200 px; saved under a safe name', async ({
  page,
}) => {
  await open(page);
  await test.step('a chart’s picture carries its own styles, words and credit', async () => {
    const file = await picture(page);
    expect(file.parseError).toBe(false);
    expect(file.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(file.namespace).toBe('http://www.w3.org/2000/svg');
    expect(file.rootSize).toEqual([String(file.size[0]), String(file.size[1])]);
    expect(file.size[0]).toBe(200 + 48);
    expect(file.title).toBe('A test chart: What it shows.');
    expect(file.texts).toEqual([
      'A test chart',
      'What it shows.',
      'Scenario: a test',
      'Source: a test.',
      'Graphic: Backfill, example.org',
    ]);
    expect(file.chartBox.slice(2)).toEqual(['200', '100', '0 0 200 100']);
    expect(file.chartAriaHidden).toBeNull();
    expect(file.barFill).toBe('rgb(194, 81, 10)');
    expect(file.lineStroke).toBe('rgb(0, 122, 90)');
    expect(file.lineWidth).toBe('6');
    expect(file.lineDash).toBe('12, 4');
    expect(file.paintOrder).toBe('stroke');
    expect(file.opacity).toBe('0.5');
    expect(file.textFill).toBe('rgb(27, 27, 31)');
    expect(file.textFont).toEqual(['Georgia, serif', '14px', '700']);
    // A var() in an element's own style attribute is resolved too.
    expect(file.stop).toBe('rgb(0, 122, 90)');
    expect(file.markup).not.toContain('var(');
  });

  await test.step('the PNG is the picture at least 1,200 pixels wide, in the chart’s colours', async () => {
    const png = await page.evaluate(async (words) => {
      const svg = document.querySelector<SVGSVGElement>('#chart')!;
      const picture = window.backfillDownloads.pictureOfChart(svg, words);
      const blob = await window.backfillDownloads.pictureToPng(picture);
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / picture.width;
      // The chart sits inside the picture: find its box from the markup.
      const doc = new DOMParser().parseFromString(picture.markup, 'image/svg+xml');
      const chart = doc.documentElement.querySelector('svg')!;
      const [x0, y0] = [Number(chart.getAttribute('x')), Number(chart.getAttribute('y'))];
      const pixel = (x: number, y: number) => [
        ...context.getImageData(Math.round((x0 + x) * scale), Math.round((y0 + y) * scale), 1, 1)
          .data,
      ];
      const signature = [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())];
      return {
        type: blob.type,
        signature,
        size: [bitmap.width, bitmap.height],
        ratio: bitmap.height / bitmap.width,
        expectedRatio: picture.height / picture.width,
        background: pixel(90, 60),
        bar: pixel(40, 40),
        gradient: pixel(120, 30),
        faded: pixel(170, 30),
        line: pixel(3, 90),
      };
    }, WORDS);
    expect(png.type).toBe('image/png');
    expect(png.signature).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.size[0]).toBeGreaterThanOrEqual(1200);
    expect(Math.abs(png.ratio - png.expectedRatio)).toBeLessThan(0.01);
    expect(png.background).toEqual([255, 255, 255, 255]);
    expect(png.bar).toEqual([194, 81, 10, 255]);
    // Only a resolved var() in the gradient's stop style paints it green.
    expect(png.gradient).toEqual([0, 122, 90, 255]);
    // Black at half opacity over white.
    for (const channel of png.faded.slice(0, 3))
      expect(Math.abs(channel - 128)).toBeLessThanOrEqual(2);
    expect(png.line).toEqual([0, 122, 90, 255]);
  });

  await test.step('saving downloads the blob under a safe file name', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        const csv = window.backfillDownloads.saveBlob;
        csv(
          new Blob(['month,value\r\n2024-01,60\r\n'], { type: 'text/csv' }),
          'Ukraine: stock?.csv',
        );
      }),
    ]);
    expect(download.suggestedFilename()).toBe('Ukraine-stock.csv');
    expect(readFileSync(await download.path(), 'utf8')).toBe('month,value\r\n2024-01,60\r\n');
    // The temporary link is gone.
    expect(await page.locator('a[download]').count()).toBe(0);
  });

  await test.step('a picture is the light theme, even from a page the reader switched to dark', async () => {
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    const file = await picture(page);
    expect(file.textFill).toBe('rgb(27, 27, 31)');
  });
});
