// Downloads from the real pages: every chart's SVG, PNG and CSV, and the sandbox's scenario pack.
// Each file must parse, the CSV must hold exactly the table the chart shows, and in the scenario
// pack every stock must change each month by its inflows minus its outflows.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../unit/csv-parse.ts';
import { tableForState } from '../../src/graphics/tables.ts';
import { DESKTOP, expect, open, test } from './fixtures.ts';
import { content } from './embed-site.ts';

test.use({ viewport: DESKTOP });

async function save(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function openSandbox(page: Page) {
  await open(page, '#sandbox');
  await page.locator('#sandbox').scrollIntoViewIfNeeded();
  await expect(page.locator('#sandbox')).toHaveAttribute('data-mode', /worker|main-thread/);
}

/** The chart's data table, as shown: header, then rows. */
async function shownTable(page: Page, figure: string): Promise<string[][]> {
  const details = page.locator(`${figure} .chart-figure__table`).first();
  await details.locator('summary').click();
  // The table is drawn when first opened: wait for its rows.
  await expect(details.locator('tbody tr').first()).toBeVisible();
  return details
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
}

/** A number as the data table shows it (en-GB, at most one decimal). */
const shown = (field: string) =>
  /^-?\d+(\.\d+)?$/.test(field)
    ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Number(field) || 0)
    : field;

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkSvg(text: string, title: RegExp) {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(text).toMatch(/<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toMatch(title);
  expect(text).not.toContain('var(');
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text)!;
  return { width: Number(width), height: Number(height) };
}

for (const [chart, title] of [
  ['difference', "What Japan's exports change"],
  ['live-flow', 'Where the interceptors go, month by month'],
] as const) {
  test(`a sandbox chart (${chart}): its SVG, its PNG at twice the size, and the CSV of exactly its table`, async ({
    page,
  }) => {
    await openSandbox(page);
    const tools = page.locator(`[data-tools-for="${chart}"]`);
    const csv = await save(page, () => tools.getByRole('button', { name: /data as CSV/ }).click());
    expect(csv.name).toBe(`backfill-${chart}-data.csv`);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    const table = await shownTable(page, `[data-chart="${chart}"]`);
    expect(rows[0]).toEqual(table[0]);
    expect(rows.slice(1).map((row) => row.map(shown))).toEqual(table.slice(1));

    const svg = await save(page, () => tools.getByRole('button', { name: /SVG picture/ }).click());
    expect(svg.name).toBe(`backfill-${chart}-chart.svg`);
    const size = checkSvg(svg.bytes.toString('utf8'), new RegExp(`<title>${title}`));

    const png = await save(page, () => tools.getByRole('button', { name: /PNG picture/ }).click());
    expect(png.name).toBe(`backfill-${chart}-chart-2x.png`);
    expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
  });
}

test('a story graphic: files named for its state, and the CSV of its table', async ({ page }) => {
  await open(page);
  await expect(page.locator('.story-figure')).toHaveAttribute('data-state', 'threat-ballistic');
  const tools = page.locator('.story-figure [data-tools-for="flow"]');
  // Clicked in place: a test's scrolling into view would move the story on to the next step.
  const press = (name: RegExp) => () => tools.getByRole('button', { name }).dispatchEvent('click');
  const svg = await save(page, press(/SVG picture/));
  expect(svg.name).toBe('backfill-flow-threat-ballistic-chart.svg');
  checkSvg(svg.bytes.toString('utf8'), /<title>Where the interceptors go: Russian ballistic/);
  const csv = await save(page, press(/data as CSV/));
  expect(csv.name).toBe('backfill-flow-threat-ballistic-data.csv');
  // The table the figure shows at this state (opening it here would scroll the story on).
  const { labels, timeline, scale, sources, graphics, states } = content;
  const caption = `${graphics.flow!.title}: ${states['threat-ballistic']!.caption}`;
  const table = tableForState('threat-ballistic', { labels, timeline, scale, sources }, caption);
  expect(parseCsv(csv.bytes.toString('utf8'))).toEqual([
    table.columns,
    ...table.rows.map((row) => row.map(String)),
  ]);
});

test('the scenario pack: a zip whose CSV balances every stock, with metadata and a citation', async ({
  page,
}) => {
  await openSandbox(page);
  const slider = page.locator('#param-japanExportPerYear');
  await slider.focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('25');
  const pack = await save(page, () =>
    page.getByRole('button', { name: 'Download the scenario pack' }).click(),
  );
  expect(pack.name).toMatch(/^backfill-scenario-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(pack.bytes));
  expect(Object.keys(files).sort()).toEqual(['README.md', 'metadata.json', 'scenario.csv']);

  const [header, ...rows] = parseCsv(strFromU8(files['scenario.csv']!));
  for (const column of [
    ...['month', 'ukraine_stock', 'us_pool', 'japan_stock', 'us_to_ukraine', 'japan_to_us'],
    ...['mhi_to_japan', 'us_production_to_pool', 'backfill_to_us_pool', 'ukraine_fired'],
    ...['other_donors_to_ukraine', 'japan_to_ukraine', 'unmet_launches'],
    ...[
      'baseline_ukraine_stock',
      'baseline_us_to_ukraine',
      'ukraine_stock_p05',
      'ukraine_stock_p95',
    ],
    'baseline_ukraine_stock_p50',
  ])
    expect(header, column).toContain(column);
  const col = (name: string) => header!.indexOf(name);
  const value = (row: string[], name: string) => Number(row[col(name)]);
  const balance: Record<string, { in: string[]; out: string[] }> = {
    japan_stock: { in: ['mhi_to_japan'], out: ['japan_to_us'] },
    us_pool: { in: ['us_production_to_pool', 'backfill_to_us_pool'], out: ['us_to_ukraine'] },
    ukraine_stock: {
      in: ['us_to_ukraine', 'other_donors_to_ukraine', 'japan_to_ukraine'],
      out: ['ukraine_fired'],
    },
  };
  expect(rows.length).toBe(37); // 36 months and the stocks at the end of the last one
  for (const prefix of ['', 'baseline_']) {
    for (const [stock, flows] of Object.entries(balance)) {
      for (let t = 0; t + 1 < rows.length; t++) {
        const change = value(rows[t + 1]!, prefix + stock) - value(rows[t]!, prefix + stock);
        const net =
          flows.in.reduce((sum, f) => sum + value(rows[t]!, prefix + f), 0) -
          flows.out.reduce((sum, f) => sum + value(rows[t]!, prefix + f), 0);
        expect(Math.abs(change - net), `${prefix}${stock} in ${rows[t]![0]}`).toBeLessThan(1e-6);
      }
    }
  }
  // Japan's exports are part of this scenario and not of its baseline.
  expect(rows.some((row) => value(row, 'japan_to_us') > 0)).toBe(true);
  expect(
    rows.every(
      (row) => !row[col('baseline_japan_to_us')] || value(row, 'baseline_japan_to_us') === 0,
    ),
  ).toBe(true);

  const meta = JSON.parse(strFromU8(files['metadata.json']!));
  const exports = meta.parameters.find((p: { id: string }) => p.id === 'japanExportPerYear');
  expect(exports).toMatchObject({ value: 25, unit: 'interceptors a year', status: 'illustrative' });
  expect(exports.sources.length).toBeGreaterThan(0);
  expect(meta.modelVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  expect(meta.scenarioUrl).toMatch(/^https:\/\/backfill\.example\.org\/\?v=1&je=25&.*#sandbox$/);
  const readme = strFromU8(files['README.md']!);
  expect(readme).toContain('## How to cite');
  expect(readme).toContain(meta.scenarioUrl);
});
