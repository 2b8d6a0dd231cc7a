// npm run bench: Backfill's speed budgets, measured (never asserted in tests).
//   1. The model in Node: one run and the Monte Carlo set (with the paired difference bands) at
//      horizons 36 and 120, and a goal-seek answer for each lever.
//   2. In Chromium: slider input to painted chart (100 inputs landing at random points in the
//      frame), unthrottled and with 4x CPU throttling; long tasks during a 3-second drag; the
//      JavaScript heap before and after 10,000 slider updates.
//   3. Lighthouse's mobile audit of the built site: the four category scores.
// Builds the site first. Prints plain tables; also writes .reports/bench.json.
import { chromium, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';
import { serveDist } from '../serve.mjs';
import { benchEnvironment, benchModel, formatBench } from './model-bench.ts';

const PORT = 4555;
const BASE = '/backfill/';
const URL_ROOT = `http://127.0.0.1:${PORT}${BASE}`;
const TARGETS = {
  monteCarlo120Ms: 10,
  goalSeekMs: 100,
  inputToPaintP95Ms: 17,
  inputToPaintP95Throttled4xMs: 33,
  longTaskMs: 50,
};

type Stats = { median: number; p95: number; max: number; n: number };
const stats = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, n: sorted.length };
};

async function openSandbox(page: Page) {
  await page.goto(`${URL_ROOT}#sandbox`);
  await page.locator('#sandbox[data-mode="worker"]').waitFor({ timeout: 15000 });
  await page.locator('#param-ballisticLaunchesPerMonth').waitFor();
}

/**
 * Each input lands at a random point in the frame; "painted" is a rAF after the chart's DOM
 * changed, then a setTimeout(0) (the frame has been produced by then).
 */
async function inputToPaint(
  page: Page,
  inputs: number,
): Promise<{ paint: number[]; complete: number[] }> {
  return page.evaluate(async (count) => {
    const input = document.getElementById('param-ballisticLaunchesPerMonth') as HTMLInputElement;
    // Every drawn result bumps data-revision (a chart's path may not change for every input).
    const sandbox = document.getElementById('sandbox')!;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const times: number[] = [];
    const complete: number[] = [];
    let value = Number(input.min);
    for (let i = 0; i < count; i++) {
      await frame();
      await new Promise((r) => setTimeout(r, Math.random() * 16));
      value = value >= Number(input.max) ? Number(input.min) : value + Number(input.step);
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(sandbox, { attributes: true, attributeFilter: ['data-revision'] });
      });
      const start = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      await frame();
      await new Promise((r) => setTimeout(r, 0));
      times.push(performance.now() - start);
      // Then the full result with its Monte Carlo bands, from the worker.
      while (sandbox.dataset.complete !== 'true') await new Promise((r) => setTimeout(r, 1));
      complete.push(performance.now() - start);
    }
    return { paint: times, complete };
  }, inputs);
}

async function dragLongTasks(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { __long: number[] }).__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const slider = page.locator('#param-japanExportPerYear');
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  const started = Date.now();
  let t = 0;
  while (Date.now() - started < 3000) {
    const phase = (Math.sin(t / 12) + 1) / 2;
    await page.mouse.move(box.x + 4 + phase * (box.width - 8), y);
    await page.waitForTimeout(8);
    t++;
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}

async function heapAfterUpdates(
  page: Page,
  updates: number,
): Promise<{ beforeMb: number; afterMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  };
  const beforeMb = await heap();
  await page.evaluate(async (count) => {
    const input = document.getElementById('param-ballisticLaunchesPerMonth') as HTMLInputElement;
    const sandbox = document.getElementById('sandbox')!;
    for (let i = 0; i < count; i++) {
      input.value = String(10 + (i % 29) * 5);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Let a result land now and then, as a real drag would.
      if (i % 50 === 49) {
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(sandbox, { attributes: true, attributeFilter: ['data-revision'] });
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, 200);
        });
      }
    }
  }, updates);
  await page.waitForTimeout(1000);
  return { beforeMb, afterMb: await heap() };
}

async function browserBench() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  // tsx keeps function names with a __name() helper that does not exist inside the page.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  page.on('crash', () => console.error('The page crashed.'));
  page.on('pageerror', (e) => console.error('Page error:', e.message));
  console.log('  opening the sandbox…');
  await openSandbox(page);
  console.log('  warming up…');
  await inputToPaint(page, 20); // warm-up
  const fast = await inputToPaint(page, 120);
  const unthrottled = stats(fast.paint);
  const unthrottledBands = stats(fast.complete);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await inputToPaint(page, 120);
  const throttled = stats(slow.paint);
  const throttledBands = stats(slow.complete);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const longTasks = await dragLongTasks(page);
  const heap = await heapAfterUpdates(page, 10_000);
  await browser.close();
  return { unthrottled, throttled, unthrottledBands, throttledBands, longTasks, heap };
}

async function lighthouseScores(): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(URL_ROOT, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
    });
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(
      Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]),
    );
  } finally {
    await chrome.kill();
  }
}

const fmt = (n: number) => n.toFixed(1);

async function main() {
  console.log('Building…');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const server: Server = await serveDist({ port: PORT, base: BASE, compress: true });
  try {
    console.log('\nModel (Node)');
    const model = benchModel();
    console.log(formatBench(model));
    const mc120 = model.find((r) => r.case === 'Monte Carlo set' && r.horizonMonths === 120)!;
    const slowestGoalSeek = Math.max(
      ...model.filter((r) => r.case === 'goal seek').map((r) => r.medianMs),
    );

    console.log('\nBrowser (Chromium, desktop viewport, sandbox)');
    const browser = await browserBench();
    const rows = [
      ['slider input → painted chart, unthrottled', browser.unthrottled, TARGETS.inputToPaintP95Ms],
      [
        'slider input → painted chart, 4x CPU throttle',
        browser.throttled,
        TARGETS.inputToPaintP95Throttled4xMs,
      ],
      ['… → bands from the worker, unthrottled', browser.unthrottledBands, null],
      ['… → bands from the worker, 4x CPU throttle', browser.throttledBands, null],
    ] as const;
    console.log(
      'measure                                          n   median ms  p95 ms  max ms  target p95',
    );
    for (const [name, s, target] of rows) {
      console.log(
        `${name.padEnd(46)} ${String(s.n).padStart(4)} ${fmt(s.median).padStart(10)} ${fmt(s.p95).padStart(7)} ${fmt(s.max).padStart(7)}  ${target === null ? '' : `≤ ${target}`}`,
      );
    }
    const longest = Math.max(0, ...browser.longTasks);
    console.log(
      `long tasks during a 3 s drag: ${browser.longTasks.length} (longest ${fmt(longest)} ms; target: none over ${TARGETS.longTaskMs} ms)`,
    );
    console.log(
      `JS heap after GC: ${fmt(browser.heap.beforeMb)} MB before, ${fmt(browser.heap.afterMb)} MB after 10,000 slider updates`,
    );
    console.log(
      '(CDP throttling slows the page only, not the worker: throttled numbers understate slow devices.)',
    );

    console.log('\nLighthouse (mobile)');
    const scores = await lighthouseScores();
    for (const [key, score] of Object.entries(scores)) console.log(`${key.padEnd(16)} ${score}`);

    const env = benchEnvironment();
    const report = {
      date: new Date().toISOString(),
      machine: env,
      model,
      browser,
      lighthouse: scores,
      targets: TARGETS,
      verdicts: {
        monteCarlo120: mc120.medianMs <= TARGETS.monteCarlo120Ms,
        goalSeek: slowestGoalSeek <= TARGETS.goalSeekMs,
        inputToPaint: browser.unthrottled.p95 <= TARGETS.inputToPaintP95Ms,
        inputToPaintThrottled: browser.throttled.p95 <= TARGETS.inputToPaintP95Throttled4xMs,
        longTasks: longest <= TARGETS.longTaskMs,
      },
    };
    mkdirSync('.reports', { recursive: true });
    writeFileSync('.reports/bench.json', JSON.stringify(report, null, 2));
    console.log('\nVerdicts:', JSON.stringify(report.verdicts));
    console.log('Written: .reports/bench.json');
  } finally {
    server.close();
  }
}

await main();
