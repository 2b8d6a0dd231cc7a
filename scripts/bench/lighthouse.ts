// Lighthouse's mobile audit for `npm run bench`. Lighthouse (about 200 packages) is not in the
// project's own dependencies: it lives in scripts/bench/package.json (pinned, with its lock) and
// is installed there on first use, so `npm ci` and the gate never carry it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';

const run = promisify(execFile);
const here = import.meta.dirname;

/** Install scripts/bench's own packages (Lighthouse) if they are not there yet. */
async function ensureLighthouse(): Promise<string> {
  const cli = join(here, 'node_modules/.bin/lighthouse');
  if (!existsSync(cli)) {
    console.log('Installing Lighthouse for the bench into scripts/bench/node_modules (once)…');
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here });
  }
  return cli;
}

/** One audit's figures: the four category scores (0-100) and the load metrics. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** First and largest contentful paint, total blocking time: milliseconds (simulated). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
  /** The element Lighthouse took as the largest contentful paint. */
  lcpElement: string;
  /** Render-blocking requests Lighthouse found, and the JavaScript the page loaded (transfer). */
  renderBlocking: string[];
  scriptTransferBytes: number;
}

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: Record<string, unknown>[] } } | undefined
  >;
};

/** Lighthouse's mobile audit (its default: simulated slow 4G, 4× CPU) of `url`, once. */
export async function lighthouseOnce(url: string, name: string): Promise<LighthouseFigures> {
  const cli = await ensureLighthouse();
  mkdirSync('.reports', { recursive: true });
  const out = resolve(`.reports/lighthouse-${name}.json`);
  // Run as a child process (asynchronously: the site's server lives in this process).
  await run(
    cli,
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      ...(process.env.BENCH_LIGHTHOUSE_ASSETS ? ['--save-assets'] : []),
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: chromiumPath({ full: true }) },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const { categories, audits } = JSON.parse(readFileSync(out, 'utf8')) as Report;
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  const value = (key: string) => audits[key]?.numericValue ?? NaN;
  const lcpTable = audits['largest-contentful-paint-element']?.details?.items?.[0] as
    { items?: { node?: { selector?: string } }[] } | undefined;
  const requests = (audits['network-requests']?.details?.items ?? []) as {
    resourceType?: string;
    transferSize?: number;
  }[];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    lcpElement: lcpTable?.items?.[0]?.node?.selector ?? '',
    renderBlocking: (audits['render-blocking-resources']?.details?.items ?? []).map((i) =>
      String(i.url),
    ),
    scriptTransferBytes: requests
      .filter((r) => r.resourceType === 'Script')
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Each figure's median over several audits (Lighthouse's own advice on a noisy machine); the
 * LCP element and render-blocking list come from the audit with the median LCP.
 */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const byLcp = [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor((runs.length - 1) / 2)]!;
  const m = (key: keyof LighthouseFigures) => median(runs.map((r) => r[key] as number));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    'best-practices': m('best-practices'),
    seo: m('seo'),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    lcpElement: byLcp.lcpElement,
    renderBlocking: byLcp.renderBlocking,
    scriptTransferBytes: m('scriptTransferBytes'),
  };
}
