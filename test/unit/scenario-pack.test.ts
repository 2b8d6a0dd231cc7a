import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { content, ledger } from '../support/content.ts';
import {
  scenarioPack,
  scenarioPackFilename,
  type PackMeta,
} from '../../src/charts/scenario-pack.ts';
import { snakeCase } from '../../src/charts/scenario-columns.ts';
import type { Source } from '../../src/lib/content-types.ts';
import { DEMAND_NAMES, FLOW_NAMES, STOCK_NAMES, monthKey } from '../../workers/stockpile/model.ts';
import { BAND_NAMES } from '../../workers/stockpile/monte-carlo.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { readCsvFile } from './csv-parse.ts';

const sources = parseYaml(readFileSync('content/sources.yaml', 'utf8')) as Source[];
const result = simulate(
  ledger,
  { japanExportPerYear: 30, ballisticLaunchesPerMonth: 80, horizonMonths: 48 },
  { seed: 7, runs: 60 },
);
const meta: PackMeta = {
  scenarioUrl: 'https://backfill.example.org/?v=1&je=30&bl=80&h=48&s=7',
  accessed: '2026-11-22',
  modelVersion: '1.0.0',
  site: {
    title: "Backfill: how Japan's Patriot missiles help Ukraine without going there",
    shortTitle: 'Backfill',
    siteUrl: 'https://backfill.example.org/',
    byline: 'The Backfill team',
    published: '2026-11-22',
  },
};

const zip = scenarioPack(result, ledger, sources, meta);
const files = unzipSync(zip);
const text = (name: string) => strFromU8(files[name]!);
// Read as bytes (TextDecoder would drop the byte-order mark the file must start with).
const rows = readCsvFile(Buffer.from(files['scenario.csv']!).toString('utf8')).rows;
const header = rows[0]!;
const body = rows.slice(1);
const H = result.scenario.horizon;

/** A column of the CSV as numbers (NaN for an empty cell). */
function column(name: string): number[] {
  const i = header.indexOf(name);
  expect(i, `column ${name}`).toBeGreaterThan(0);
  return body.map((row) => (row[i] === '' ? Number.NaN : Number(row[i])));
}

describe('the scenario pack', () => {
  it('is a zip of exactly scenario.csv, metadata.json and README.md', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', 'metadata.json', 'scenario.csv']);
    expect(scenarioPackFilename(meta)).toBe('backfill-scenario-2026-11-22.zip');
  });

  it('is the same bytes for the same inputs', () => {
    expect(scenarioPack(result, ledger, sources, meta)).toEqual(zip);
  });

  it('has one row per month, then the stocks at the end of the last month', () => {
    expect(H).toBe(48);
    expect(body).toHaveLength(H + 1);
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: H + 1 }, (_, t) => monthKey(t)));
    expect(body[0]![0]).toBe('2024-01');
    expect(body[H]![0]).toBe('2028-01');
    for (const row of body) expect(row).toHaveLength(header.length);
    expect(column('us_to_ukraine')[H]).toBeNaN();
    expect(column('ukraine_stock')[H]).toBeCloseTo(result.scenario.stocks.ukraineStock[H]!, 9);
  });

  it('names columns mechanically: stocks, flows, demand, the same with baseline_, then bands', () => {
    const names = [...STOCK_NAMES, ...FLOW_NAMES, ...DEMAND_NAMES].map(snakeCase);
    expect(names.slice(0, 4)).toEqual(['japan_stock', 'us_pool', 'ukraine_stock', 'mhi_to_japan']);
    expect(names).toContain('us_to_ukraine');
    expect(names).toContain('other_donors_to_ukraine');
    expect(header.slice(0, 1 + 2 * names.length)).toEqual([
      'month',
      ...names,
      ...names.map((n) => `baseline_${n}`),
    ]);
    const bands = header.slice(1 + 2 * names.length);
    expect(bands.slice(0, 5)).toEqual(BAND_NAMES.map((b) => `japan_stock_${b}`));
    expect(bands).toContain('ukraine_stock_p05');
    expect(bands).toContain('unmet_launches_p95');
    expect(bands).toContain('baseline_ukraine_stock_p50');
    expect(bands).toContain('baseline_unmet_launches_p25');
    expect(bands).toContain('engaged_share_p50');
    expect(bands).toContain('baseline_engaged_share_p95');
    expect(bands.slice(5 * (5 + 3))).toEqual(
      ['extra_delivered', 'extra_engaged'].flatMap((n) => [
        n,
        ...BAND_NAMES.map((b) => `${n}_${b}`),
      ]),
    );
    expect(bands).toHaveLength(5 * (5 + 3) + 2 * 6);
  });

  it('holds what Japan’s exports change: the central difference and the paired bands', () => {
    const delivered = column('extra_delivered');
    const scenario = column('us_to_ukraine');
    const baseline = column('baseline_us_to_ukraine');
    let sum = 0;
    for (let t = 0; t < H; t++) {
      sum += scenario[t]! - baseline[t]!;
      expect(delivered[t]).toBeCloseTo(sum, 9);
      expect(column('extra_engaged_p50')[t]).toBeCloseTo(
        result.difference.bands.extraEngaged.p50[t]!,
        9,
      );
    }
    expect(delivered[H - 1]).toBeGreaterThan(0);
    // Paired: the median difference is not the difference of the two medians in general, but it
    // is what the model's paired bands hold, month by month.
    expect(column('extra_delivered_p95')[H - 1]).toBeCloseTo(
      result.difference.bands.extraDelivered.p95[H - 1]!,
      9,
    );
    expect(delivered[H]).toBeNaN();
  });

  it('holds the model’s numbers', () => {
    const fired = column('ukraine_fired');
    const stock = column('baseline_ukraine_stock');
    for (let t = 0; t < H; t++) {
      expect(fired[t]).toBeCloseTo(result.scenario.flows.ukraineFired[t]!, 9);
      expect(stock[t]).toBeCloseTo(result.baseline.stocks.ukraineStock[t]!, 9);
    }
    expect(column('japan_to_us').some((x) => x > 0)).toBe(true);
    expect(column('baseline_japan_to_us').slice(0, H)).toEqual(new Array(H).fill(0));
  });

  it('keeps every stock equal to last month’s plus its inflows minus its outflows', () => {
    const balances: [string, string[], string[]][] = [
      ['japan_stock', ['mhi_to_japan'], ['japan_to_us']],
      ['us_pool', ['us_production_to_pool', 'backfill_to_us_pool'], ['us_to_ukraine']],
      [
        'ukraine_stock',
        ['us_to_ukraine', 'other_donors_to_ukraine', 'japan_to_ukraine'],
        ['ukraine_fired'],
      ],
    ];
    for (const prefix of ['', 'baseline_']) {
      for (const [stockName, inflows, outflows] of balances) {
        const stock = column(prefix + stockName);
        const ins = inflows.map((n) => column(prefix + n));
        const outs = outflows.map((n) => column(prefix + n));
        for (let t = 0; t < H; t++) {
          const change = stock[t + 1]! - stock[t]!;
          const net = ins.reduce((s, c) => s + c[t]!, 0) - outs.reduce((s, c) => s + c[t]!, 0);
          expect(Math.abs(change - net), `${prefix}${stockName} in ${monthKey(t)}`).toBeLessThan(
            1e-6,
          );
        }
      }
    }
    // The balances are not trivially zero: stocks do move.
    for (const stock of ['japan_stock', 'us_pool', 'ukraine_stock']) {
      expect(new Set(column(stock)).size, stock).toBeGreaterThan(3);
    }
  });

  it('shows the Japan → Ukraine flow, and it is zero in every month', () => {
    expect(column('japan_to_ukraine').slice(0, H)).toEqual(new Array(H).fill(0));
    expect(column('baseline_japan_to_ukraine').slice(0, H)).toEqual(new Array(H).fill(0));
  });

  it('orders each band: p05 ≤ p25 ≤ p50 ≤ p75 ≤ p95', () => {
    for (const series of ['ukraine_stock', 'unmet_launches', 'baseline_ukraine_stock']) {
      const bands = BAND_NAMES.map((b) => column(`${series}_${b}`));
      for (let t = 0; t < H; t++) {
        for (let b = 1; b < bands.length; b++) {
          expect(bands[b]![t]!).toBeGreaterThanOrEqual(bands[b - 1]![t]! - 1e-9);
        }
      }
    }
    expect(column('unmet_launches_p50')[H]).toBeNaN();
    expect(column('ukraine_stock_p50')[H]).not.toBeNaN();
  });
});

describe('metadata.json', () => {
  const metadata = JSON.parse(text('metadata.json'));

  it('lists every setting with the value used, its unit, status and sources', () => {
    expect(metadata.parameters).toHaveLength(ledger.length);
    for (const p of ledger) {
      const entry = metadata.parameters.find((e: { id: string }) => e.id === p.id);
      expect(entry).toMatchObject({
        id: p.id,
        label: p.label,
        value: result.inputs[p.id],
        unit: p.unit,
        status: p.status,
        sources: p.sources,
      });
    }
    expect(
      metadata.parameters.find((e: { id: string }) => e.id === 'japanExportPerYear').value,
    ).toBe(30);
  });

  it('describes every cited source, and the run', () => {
    const cited = new Set(ledger.flatMap((p) => p.sources));
    expect(metadata.sources.map((s: { id: string }) => s.id).sort()).toEqual([...cited].sort());
    const lm = metadata.sources.find((s: { id: string }) => s.id === 'reuters-2024-07-20');
    expect(lm).toMatchObject({ outlet: expect.any(String), title: expect.any(String) });
    expect(lm.url).toMatch(/^https:\/\//);
    expect(metadata).toMatchObject({
      seed: 7,
      runs: 60,
      modelVersion: '1.0.0',
      scenarioUrl: meta.scenarioUrl,
      accessed: '2026-11-22',
      months: { first: '2024-01', last: '2027-12', count: 48 },
    });
    expect(metadata.columns.map((c: { name: string }) => c.name)).toEqual(header);
  });
});

describe('README.md', () => {
  const readme = text('README.md');

  it('gives an in-line and a full citation with the scenario URL and the access date', () => {
    expect(readme).toContain('In-line: Backfill (2026)');
    expect(readme).toContain(
      `Full: The Backfill team (2026). "${meta.site.title}": scenario model, version 1.0.0 (seed 7, 60 runs). Backfill. ${meta.scenarioUrl} (accessed 22 November 2026).`,
    );
  });

  it('explains every file, every central column and the status legend', () => {
    for (const file of ['scenario.csv', 'metadata.json', 'README.md']) {
      expect(readme).toContain(`\`${file}\``);
    }
    for (const name of [...STOCK_NAMES, ...FLOW_NAMES, ...DEMAND_NAMES]) {
      expect(readme).toContain(`| \`${snakeCase(name)}\` |`);
    }
    for (const status of ['reported', 'derived', 'illustrative']) {
      expect(readme).toContain(`- **${status}**: `);
    }
    expect(readme).toContain(
      "| Japan's exports to the US | `japanExportPerYear` | 30 interceptors a year | illustrative |",
    );
    expect(readme).toContain('2028-01');
  });

  it('refuses a malformed access date', () => {
    expect(() =>
      scenarioPack(result, ledger, sources, { ...meta, accessed: '22/11/2026' }),
    ).toThrow(/YYYY-MM-DD/);
  });
});

describe('the column dictionary', () => {
  const doc = readFileSync('content/model.md', 'utf8');
  /** A row of a model.md table, by its first cell's `name`. */
  const rowOf = (name: string) => {
    const line = doc.split('\n').find((l) => l.startsWith(`| \`${name}\``));
    return line
      ?.split('|')
      .slice(2, -1)
      .map((cell) => cell.trim());
  };

  /** content/scenario-pack.yaml's entry for each series. */
  const SERIES_INFO = content.scenarioPack.series;

  it('says what content/model.md says about each series', () => {
    for (const name of STOCK_NAMES) {
      expect(rowOf(name)?.at(-1), name).toBe(SERIES_INFO[name].description);
    }
    for (const name of FLOW_NAMES) {
      const [route, what] = rowOf(name)!;
      expect(route, name).toBe(SERIES_INFO[name].route);
      // The one flow whose model.md text points elsewhere in that page ("see below").
      if (name !== 'japanToUkraine') expect(what, name).toBe(SERIES_INFO[name].description);
    }
    for (const name of DEMAND_NAMES) {
      const [unit, what] = rowOf(name)!;
      expect(unit, name).toBe(SERIES_INFO[name].unit);
      expect(what, name).toBe(SERIES_INFO[name].description);
    }
  });
});
