// npm run bench: Backfill's speed budgets, measured (never asserted in tests).
//   1. The model in Node: one run and the Monte Carlo set (with the paired difference bands) at
//      horizons 36 and 120, and a goal-seek answer for each lever.
//   2. In Chromium: slider input → painted chart in the sandbox and in a bare reference page
//      (one range input, one worker round trip, one SVG path, no framework), same instrument,
//      alternating rounds, unthrottled and at 4× CPU throttle; long tasks during a 3-second
//      drag; the JavaScript heap before and after 10,000 slider updates.
//   3. Lighthouse's mobile audit of the built story page and of a minimal Svelte page built in
//      the same run, both served compressed by the same server: the four scores, FCP, LCP, TBT,
//      CLS; and each page's first-view JavaScript, gzipped.
// Builds the site first. Prints plain tables, then the budgets with pass or fail; also writes
// .reports/bench.json. BENCH_LIGHTHOUSE_RUNS (default 3) audits per page, medians reported.
// BENCH_ONLY=lighthouse skips parts 1 and 2 (for work on the load figures); BENCH_NO_BUILD=1
// measures the dist/ already built; BENCH_LIGHTHOUSE_ASSETS=1 keeps each audit's trace beside
// its report in .reports/ (for reading where the main thread's time went).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { firstViewJs } from '../first-view-js.mjs';
import { serveDist } from '../serve.mjs';
import { browserBench } from './browser.ts';
import { lighthouseOnce, medianFigures, type LighthouseFigures } from './lighthouse.ts';
import { MODEL_BUDGETS_MS, benchEnvironment, benchModel, formatBench } from './model-bench.ts';
import { buildYardsticks } from './yardsticks.ts';

const BASE = '/backfill/';
const YARDSTICKS = '.reports/bench-pages';

/** Issue 12 §5 and issue 10 §4. */
const BUDGETS = {
  lighthouseScore: 100,
  lcpMs: 1200,
  tbtMs: 100,
  firstViewKb: 60,
  inputToPaintRatio: 1.2,
  longTaskMs: 50,
  ...MODEL_BUDGETS_MS,
};

const listen = async (dir: string, base: string) => {
  const server: Server = await serveDist({ port: 0, base, dir, compress: true });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}` };
};

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const kb = (bytes: number) => bytes / 1024;

/** Parts 1 and 2: the model in Node, then the sandbox beside the reference page in Chromium. */
async function modelAndBrowser(siteUrl: string, referenceUrl: string) {
  console.log('\nModel (Node)');
  const model = benchModel();
  console.log(formatBench(model));
  const mc120 = model.find((r) => r.case === 'Monte Carlo set' && r.horizonMonths === 120)!;
  const goalSeeks = model.filter((r) => r.case === 'goal seek');
  const slowestGoalSeek = Math.max(...goalSeeks.map((r) => r.medianMs));

  console.log('\nBrowser (Chromium, 1440 × 900): sandbox beside the bare reference page');
  const browser = await browserBench(siteUrl, referenceUrl);
  const rows = [
    ['sandbox: input → painted chart, unthrottled', browser.sandbox.unthrottled],
    ['reference: input → painted chart, unthrottled', browser.reference.unthrottled],
    ['sandbox: input → painted chart, 4× CPU', browser.sandbox.throttled],
    ['reference: input → painted chart, 4× CPU', browser.reference.throttled],
    ['sandbox: … → bands from the worker, unthrottled', browser.sandbox.unthrottledBands],
    ['sandbox: … → bands from the worker, 4× CPU', browser.sandbox.throttledBands],
  ] as const;
  console.log('measure                                            n  median ms  p95 ms  max ms');
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(48)} ${String(s.n).padStart(4)} ${fmt(s.median).padStart(10)} ${fmt(s.p95).padStart(7)} ${fmt(s.max).padStart(7)}`,
    );
  }
  const longest = Math.max(0, ...browser.longTasks);
  console.log(
    `long tasks during a 3 s drag: ${browser.longTasks.length} (longest ${fmt(longest)} ms)`,
  );
  console.log(
    `JS heap after GC: ${fmt(browser.heap.beforeMb)} MB before, ${fmt(browser.heap.afterMb)} MB after 10,000 slider updates`,
  );
  console.log(
    '(CDP throttling slows the page only, not the worker: throttled numbers understate slow devices.)',
  );

  return { model, mc120, slowestGoalSeek, browser, longest };
}

async function main() {
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`Building… (load average at start: ${load.join(', ')})`);
  if (!process.env.BENCH_NO_BUILD)
    execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const only = process.env.BENCH_ONLY;
  if (only && only !== 'lighthouse')
    throw new Error(`BENCH_ONLY=${only}: only "lighthouse" is known`);
  const full = only !== 'lighthouse';
  await buildYardsticks(YARDSTICKS);
  const site = await listen('dist', BASE);
  const yard = await listen(YARDSTICKS, '/bench/');
  try {
    const mb = full ? await modelAndBrowser(site.url, `${yard.url}reference/`) : null;

    const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);
    console.log(`\nLighthouse (mobile), ${runs} audit(s) of each page, alternating; medians`);
    const siteRuns: LighthouseFigures[] = [];
    const minimalRuns: LighthouseFigures[] = [];
    for (let i = 0; i < runs; i++) {
      siteRuns.push(await lighthouseOnce(site.url, `site-${i}`));
      minimalRuns.push(await lighthouseOnce(`${yard.url}minimal/`, `minimal-${i}`));
    }
    const lh = { site: medianFigures(siteRuns), minimal: medianFigures(minimalRuns) };
    const js = {
      site: firstViewJs('dist', 'index.html'),
      minimal: firstViewJs(`${YARDSTICKS}/minimal`, 'index.html'),
    };
    const siteRange = (key: keyof LighthouseFigures) =>
      siteRuns.map((r) => (typeof r[key] === 'number' ? Math.round(r[key]) : '')).join('/');
    console.log(`site performance per audit: ${siteRange('performance')}`);
    console.log(`site LCP ms per audit: ${siteRange('lcpMs')}`);
    console.log(`site LCP element: ${lh.site.lcpElement}`);
    console.log(
      `render-blocking requests: site ${lh.site.renderBlocking.length ? lh.site.renderBlocking.join(', ') : 'none'}; minimal ${lh.minimal.renderBlocking.length ? lh.minimal.renderBlocking.join(', ') : 'none'}`,
    );
    console.log(
      `JavaScript transferred during the audit (incl. islands woken on idle): site ${fmt(kb(lh.site.scriptTransferBytes))} KB, minimal ${fmt(kb(lh.minimal.scriptTransferBytes))} KB`,
    );

    // The budget table: one row per budget, the site beside its yardstick, pass or fail.
    type Row = [string, string, string, string, boolean | null];
    const score = (key: 'performance' | 'accessibility' | 'best-practices' | 'seo'): Row => [
      `Lighthouse ${key}`,
      String(lh.site[key]),
      String(lh.minimal[key]),
      String(BUDGETS.lighthouseScore),
      lh.site[key] >= BUDGETS.lighthouseScore,
    ];
    const table: Row[] = [
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      [
        'first contentful paint',
        `${fmt(lh.site.fcpMs / 1000, 2)} s`,
        `${fmt(lh.minimal.fcpMs / 1000, 2)} s`,
        '(reported)',
        null,
      ],
      [
        'largest contentful paint',
        `${fmt(lh.site.lcpMs / 1000, 2)} s`,
        `${fmt(lh.minimal.lcpMs / 1000, 2)} s`,
        `≤ ${BUDGETS.lcpMs / 1000} s`,
        lh.site.lcpMs <= BUDGETS.lcpMs,
      ],
      [
        'total blocking time',
        `${Math.round(lh.site.tbtMs)} ms`,
        `${Math.round(lh.minimal.tbtMs)} ms`,
        `< ${BUDGETS.tbtMs} ms`,
        lh.site.tbtMs < BUDGETS.tbtMs,
      ],
      [
        'cumulative layout shift',
        fmt(lh.site.cls, 3),
        fmt(lh.minimal.cls, 3),
        '0',
        Number(fmt(lh.site.cls, 3)) === 0,
      ],
      [
        'first-view JS, gzipped',
        `${fmt(kb(js.site.gzipBytes))} KB`,
        `${fmt(kb(js.minimal.gzipBytes))} KB`,
        `≤ ${BUDGETS.firstViewKb} KB`,
        js.site.gzipBytes <= BUDGETS.firstViewKb * 1024,
      ],
    ];
    if (mb) {
      const { browser, mc120, slowestGoalSeek, longest } = mb;
      const ref = browser.reference;
      const sb = browser.sandbox;
      table.push(
        [
          'input → paint p95, unthrottled',
          `${fmt(sb.unthrottled.p95)} ms`,
          `${fmt(ref.unthrottled.p95)} ms`,
          `≤ ${BUDGETS.inputToPaintRatio}× ref (${fmt(sb.unthrottled.p95 / ref.unthrottled.p95, 2)}×)`,
          sb.unthrottled.p95 <= BUDGETS.inputToPaintRatio * ref.unthrottled.p95,
        ],
        [
          'input → paint p95, 4× CPU',
          `${fmt(sb.throttled.p95)} ms`,
          `${fmt(ref.throttled.p95)} ms`,
          `≤ ${BUDGETS.inputToPaintRatio}× ref (${fmt(sb.throttled.p95 / ref.throttled.p95, 2)}×)`,
          sb.throttled.p95 <= BUDGETS.inputToPaintRatio * ref.throttled.p95,
        ],
        [
          'Monte Carlo set, 120 months (median)',
          `${fmt(mc120.medianMs, 2)} ms`,
          '',
          `≤ ${BUDGETS.monteCarlo120} ms`,
          mc120.medianMs <= BUDGETS.monteCarlo120,
        ],
        [
          'goal seek, slowest lever (median)',
          `${fmt(slowestGoalSeek, 2)} ms`,
          '',
          `≤ ${BUDGETS.goalSeek} ms`,
          slowestGoalSeek <= BUDGETS.goalSeek,
        ],
        [
          'long tasks in a 3 s drag (longest)',
          `${fmt(longest)} ms`,
          '',
          `≤ ${BUDGETS.longTaskMs} ms`,
          longest <= BUDGETS.longTaskMs,
        ],
      );
    }
    const head: Row = ['budget', 'site', 'yardstick', 'target', true];
    const cells = (r: Row) => [
      r[0],
      r[1],
      r[2],
      r[3],
      r === head ? 'verdict' : r[4] === null ? '' : r[4] ? 'pass' : 'FAIL',
    ];
    const widths = [0, 1, 2, 3, 4].map((i) =>
      Math.max(...[head, ...table].map((r) => cells(r)[i]!.length)),
    );
    const env = benchEnvironment();
    const endLoad = loadavg().map((l) => l.toFixed(1));
    console.log(
      `\nBudgets (${new Date().toISOString()}; ${env.cpu}, ${env.cores} cores, Node ${env.node}; load average ${load.join(', ')} at start, ${endLoad.join(', ')} at end)`,
    );
    console.log(
      'yardstick: Lighthouse and first-view JS → the minimal Svelte page; input → paint → the bare reference page',
    );
    for (const r of [head, ...table])
      console.log(
        cells(r)
          .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
          .join('  '),
      );
    const failed = table.filter((r) => r[4] === false).length;
    const budgets = table.filter((r) => r[4] !== null).length;
    console.log(failed ? `${failed} of ${budgets} budgets failed.` : `All ${budgets} budgets met.`);

    const report = {
      date: new Date().toISOString(),
      machine: { ...env, loadAverageAtStart: load, loadAverageAtEnd: endLoad },
      model: mb?.model,
      browser: mb?.browser,
      lighthouse: { ...lh, siteRuns, minimalRuns },
      firstViewJs: js,
      budgets: BUDGETS,
      verdicts: Object.fromEntries(table.filter((r) => r[4] !== null).map((r) => [r[0], r[4]])),
    };
    mkdirSync('.reports', { recursive: true });
    writeFileSync('.reports/bench.json', JSON.stringify(report, null, 2));
    console.log('Written: .reports/bench.json');
  } finally {
    site.server.close();
    yard.server.close();
  }
}

await main();
