// The bench's in-browser measures: slider input → painted chart, with one instrument for the
// sandbox and for the bare reference page, unthrottled and at 4× CPU throttle; long tasks
// during a drag; the JavaScript heap after many updates.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';

/** Median, 95th percentile, maximum and count of a set of milliseconds. */
export type Stats = { median: number; p95: number; max: number; n: number };
export const stats = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, n: sorted.length };
};

/** What the instrument needs to know about a page: its slider, and what it bumps once drawn. */
interface Subject {
  input: string;
  /** Element whose data-revision attribute changes when a new result is drawn. */
  revision: string;
  /** Attribute set to "true" when the full result (with bands) is drawn in every part, if any. */
  complete?: string;
}

const SLIDER = '#param-ballisticLaunchesPerMonth';
export const SANDBOX: Subject = { input: SLIDER, revision: '#sandbox', complete: 'complete' };
const REFERENCE: Subject = { input: SLIDER, revision: '#chart' };

/**
 * Each input lands at a random point in the frame; "painted" is a rAF after the chart's DOM
 * changed, then a setTimeout(0) (the frame has been produced by then). The same function times
 * the sandbox and the reference page.
 */
export async function inputToPaint(
  page: Page,
  subject: Subject,
  inputs: number,
): Promise<{ paint: number[]; complete: number[] }> {
  return page.evaluate(
    async ({ count, subject }) => {
      const input = document.querySelector(subject.input) as HTMLInputElement;
      // Every drawn result bumps data-revision (a chart's path may not change for every input).
      const target = document.querySelector(subject.revision) as HTMLElement;
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
          observer.observe(target, { attributes: true, attributeFilter: ['data-revision'] });
        });
        const start = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        await frame();
        await new Promise((r) => setTimeout(r, 0));
        times.push(performance.now() - start);
        if (subject.complete) {
          // Then the full result with its Monte Carlo bands, from the worker.
          while (target.dataset[subject.complete] !== 'true')
            await new Promise((r) => setTimeout(r, 1));
          complete.push(performance.now() - start);
        }
      }
      return { paint: times, complete };
    },
    { count: inputs, subject },
  );
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

export async function openPage(browser: Browser, url: string, ready: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  // tsx keeps function names with a __name() helper that does not exist inside the page.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  page.on('crash', () => console.error(`The page crashed: ${url}`));
  page.on('pageerror', (e) => console.error('Page error:', e.message));
  await page.goto(url);
  await page.locator(ready).waitFor({ timeout: 15000 });
  return page;
}

/** Input → paint for one page: warm-up, then unthrottled, then at 4× CPU throttle. */
async function timeSubject(page: Page, subject: Subject, inputs: number) {
  await inputToPaint(page, subject, 20); // warm-up
  const fast = await inputToPaint(page, subject, inputs);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await inputToPaint(page, subject, inputs);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { fast, slow };
}

export interface PaintFigures {
  sandbox: { unthrottled: Stats; throttled: Stats; unthrottledBands: Stats; throttledBands: Stats };
  reference: { unthrottled: Stats; throttled: Stats };
}

export interface BrowserFigures extends PaintFigures {
  longTasks: number[];
  heap: { beforeMb: number; afterMb: number };
}

const openSandbox = async (browser: Browser, siteUrl: string) => {
  const sandbox = await openPage(browser, `${siteUrl}#sandbox`, '#sandbox[data-mode="worker"]');
  await sandbox.locator(SLIDER).waitFor();
  return sandbox;
};

/** Input → paint in both pages, in alternating rounds, so a busy spell hits both. */
async function timeBoth(
  sandbox: Page,
  reference: Page,
  { rounds, inputs }: { rounds: number; inputs: number },
): Promise<PaintFigures> {
  const site = {
    fast: [] as number[],
    slow: [] as number[],
    fastC: [] as number[],
    slowC: [] as number[],
  };
  const bare = { fast: [] as number[], slow: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    console.log(`  round ${round + 1} of ${rounds}…`);
    const s = await timeSubject(sandbox, SANDBOX, inputs);
    site.fast.push(...s.fast.paint);
    site.slow.push(...s.slow.paint);
    site.fastC.push(...s.fast.complete);
    site.slowC.push(...s.slow.complete);
    const r = await timeSubject(reference, REFERENCE, inputs);
    bare.fast.push(...r.fast.paint);
    bare.slow.push(...r.slow.paint);
  }
  return {
    sandbox: {
      unthrottled: stats(site.fast),
      throttled: stats(site.slow),
      unthrottledBands: stats(site.fastC),
      throttledBands: stats(site.slowC),
    },
    reference: { unthrottled: stats(bare.fast), throttled: stats(bare.slow) },
  };
}

const openBoth = async (browser: Browser, siteUrl: string, referenceUrl: string) => {
  console.log('  opening the sandbox and the reference page…');
  const sandbox = await openSandbox(browser, siteUrl);
  const reference = await openPage(browser, referenceUrl, '#chart[data-revision="1"]');
  return { sandbox, reference };
};

const launch = () =>
  chromium.launch({ executablePath: chromiumPath({ full: true }), args: CHROMIUM_ARGS });

/**
 * The sandbox (at `siteUrl#sandbox`) and the reference page (at `referenceUrl`), timed with the
 * same instrument in alternating rounds, so a busy spell on a shared machine hits both.
 */
export async function browserBench(
  siteUrl: string,
  referenceUrl: string,
  { rounds = 3, inputs = 40 } = {},
): Promise<BrowserFigures> {
  const browser = await launch();
  try {
    const { sandbox, reference } = await openBoth(browser, siteUrl, referenceUrl);
    const paint = await timeBoth(sandbox, reference, { rounds, inputs });
    const longTasks = await dragLongTasks(sandbox);
    const heap = await heapAfterUpdates(sandbox, 10_000);
    return { ...paint, longTasks, heap };
  } finally {
    await browser.close();
  }
}

/** Input → paint only (scripts/bench/paint.ts): the same instrument and rounds as the bench. */
export async function paintBench(
  siteUrl: string,
  referenceUrl: string,
  { rounds = 3, inputs = 40 } = {},
): Promise<PaintFigures> {
  const browser = await launch();
  try {
    const { sandbox, reference } = await openBoth(browser, siteUrl, referenceUrl);
    return await timeBoth(sandbox, reference, { rounds, inputs });
  } finally {
    await browser.close();
  }
}

/** The main thread's busiest trace events, in total milliseconds over the traced inputs. */
function mainThreadTotals(events: TraceEvent[]): [string, number, number][] {
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.ph === 'M',
  );
  const totals = new Map<string, [number, number]>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    const name =
      e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire'
        ? `${e.name} ${e.args?.data?.functionName || e.args?.data?.type || ''}`
        : e.name;
    const [ms, n] = totals.get(name) ?? [0, 0];
    totals.set(name, [ms + e.dur / 1000, n + 1]);
  }
  return [...totals].map(([name, [ms, n]]) => [name, ms, n] as [string, number, number]);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string; type?: string } };
}

/**
 * A Chromium performance trace of 40 sandbox inputs (the instrument's own), written to `path`
 * (open it in the Performance panel), with the main thread's busiest events printed.
 */
export async function traceSandboxInputs(
  siteUrl: string,
  path: string,
  cpuThrottle = 1,
): Promise<void> {
  const browser = await launch();
  try {
    const page = await openSandbox(browser, siteUrl);
    await inputToPaint(page, SANDBOX, 20);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    await browser.startTracing(page, {
      path,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    const { paint } = await inputToPaint(page, SANDBOX, 40);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    console.log(`input → paint over 40 traced inputs: ${JSON.stringify(stats(paint))}`);
    const rows = mainThreadTotals(trace.traceEvents)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30);
    for (const [name, ms, n] of rows)
      console.log(
        `${(ms / 40).toFixed(2).padStart(8)} ms/input ${String(n).padStart(6)}×  ${name}`,
      );
  } finally {
    await browser.close();
  }
}
