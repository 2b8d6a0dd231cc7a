// Downloads from the real pages: every chart's SVG, PNG and CSV, and the sandbox's scenario pack.
// Pictures are complete, credited graphics made by the same code as the build's fallback
// pictures; every CSV starts with a UTF-8 byte-order mark, is named for its view and says in a
// header block what it holds; the CSV must hold exactly the table the chart shows, and in the
// scenario pack every stock must change each month by its inflows minus its outflows.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { load } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { readCsvFile } from '../unit/csv-parse.ts';
import { tableForState } from '../../src/graphics/registry.ts';
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

const BOM = [0xef, 0xbb, 0xbf];

/** A picture's words by part (title, caption, scenario, source, credit) and its chart's parts. */
function pictureParts(text: string) {
  const $ = load(text, { xml: true });
  const words = Object.fromEntries(
    $('svg > g')
      .map((_, g) => [
        [
          $(g).attr('class'),
          $(g)
            .find('text')
            .map((_, t) => $(t).text())
            .get()
            .join(' '),
        ],
      ])
      .get(),
  );
  const chart = $('svg > svg');
  return {
    words,
    title: $('svg > title').text(),
    size: [Number($('svg').first().attr('width')), Number($('svg').first().attr('height'))],
    chartParts: [
      ...new Set(
        chart
          .find('[class]')
          .map((_, el) => $(el).attr('class'))
          .get(),
      ),
    ].sort(),
    /** Every element of the chart with its geometry and text, in order. */
    geometry: chart
      .find('*')
      .map((_, el) => {
        const a = $(el).attr() ?? {};
        const own = $(el).children().length ? '' : $(el).text();
        return [[el.tagName, a.class, a.d, a.x, a.y, a.x1, a.y1, a.transform, own].join('|')];
      })
      .get(),
    chartBox: [chart.attr('width'), chart.attr('height'), chart.attr('viewBox')],
    legend: chart
      .find('.ts__legend text')
      .map((_, t) => $(t).text())
      .get(),
  };
}

function expectClean(text: string) {
  expect(
    text.startsWith(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
    ),
  ).toBe(true);
  // No framework comments or generated class names, nothing only a stylesheet could resolve.
  expect(text).not.toMatch(/<!--|svelte-|var\(|color-mix|data-|aria-hidden/);
}

const copy = content.sandboxCopy.charts;
const { band50, band90 } = content.sharing.legend;
/** The sandbox's charts as a journalist downloads them, and the legend each picture carries. */
const SANDBOX_DOWNLOADS = [
  {
    chart: 'difference',
    legend: [copy.difference!.labels.engaged, copy.difference!.labels.delivered, band50, band90],
    units: copy.difference!.axes.difference,
  },
  {
    chart: 'ukraine',
    legend: [copy.ukraine!.labels.with, copy.ukraine!.labels.without, band50, band90],
    units: content.sharing.csv.columnUnits,
  },
  // The diagram labels its parts directly (as the story's graphics do): no legend.
  { chart: 'live-flow', legend: [], units: content.sharing.csv.columnUnits },
] as const;

/**
 * A sandbox chart's downloads in the scenario on show (Japan's exports at 25): a credited SVG and
 * PNG, and the CSV of exactly its table, named for its scenario.
 */
async function expectChartDownloads(
  page: Page,
  { chart, legend, units }: (typeof SANDBOX_DOWNLOADS)[number],
) {
  // A headline chart is one of two tabs: show it.
  const tab = page.locator(`[role="tab"][data-tab="${chart}"]`);
  if (await tab.count()) await tab.click();
  const figure = `[data-chart="${chart}"]`;
  const tools = page.locator(`[data-tools-for="${chart}"]`);
  // The diagram's pictures are of the month on show: move it on three months.
  let month = '';
  if (chart === 'live-flow') {
    const scrubber = page.locator(figure).getByRole('slider', { name: 'Month shown' });
    await scrubber.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(scrubber).toHaveAttribute('aria-valuetext', 'February 2026');
    month = '-2026-02';
  }
  const csv = await save(page, () => tools.getByRole('button', { name: /data as CSV/ }).click());
  expect(csv.name).toBe(`backfill-${chart}-je25-data.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
  const { notes, rows } = readCsvFile(csv.bytes.toString('utf8'));
  const sharing = content.sharing.csv;
  const note = (key: string) => notes.find(([k]) => k === key)?.[1];
  expect(note(sharing.chart)).toBe(copy[chart]!.title);
  expect(note(sharing.scenario)).toBe(
    "Scenario: Japan's exports to the US 25 interceptors a year (default 10)",
  );
  expect(note(sharing.units)).toBe(units);
  expect(note(sharing.source)).toMatch(/^Source: Backfill's stockpile model/);
  expect(note(sharing.link)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/backfill\/\?v=1&je=25&/);
  const table = await shownTable(page, figure);
  expect(rows[0]).toEqual(table[0]);
  expect(rows.slice(1).map((row) => row.map(shown))).toEqual(table.slice(1));

  const svg = await save(page, () => tools.getByRole('button', { name: /SVG picture/ }).click());
  expect(svg.name).toBe(`backfill-${chart}-je25${month}-chart.svg`);
  const text = svg.bytes.toString('utf8');
  expectClean(text);
  const parts = pictureParts(text);
  expect(parts.words).toMatchObject({
    title: copy[chart]!.title,
    scenario: "Scenario: Japan's exports to the US 25 interceptors a year (default 10)",
    credit: expect.stringMatching(/^Graphic: Backfill, 127\.0\.0\.1:\d+\/backfill$/),
    source: expect.stringMatching(/^Source: Backfill's stockpile model/),
  });
  expect(parts.words.caption).toBe(
    await page.locator(`${figure} .chart-figure__caption`).innerText(),
  );
  expect(parts.legend).toEqual(legend);

  const png = await save(page, () => tools.getByRole('button', { name: /PNG picture/ }).click());
  expect(png.name).toBe(`backfill-${chart}-je25${month}-chart.png`);
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThanOrEqual(1200);
  expect(Math.abs(size.height / size.width - parts.size[1]! / parts.size[0]!)).toBeLessThan(0.01);
}

/**
 * One code path: the default scenario's download of `chart` is the build's fallback picture,
 * drawn alike.
 */
async function expectDefaultDownload(page: Page, chart: string) {
  const tools = page.locator(`[data-tools-for="${chart}"]`);
  const svg = await save(page, () => tools.getByRole('button', { name: /SVG picture/ }).click());
  // The diagram's picture names its month: here the one it opens at, when exports begin.
  const month = chart === 'live-flow' ? '-2025-11' : '';
  expect(svg.name).toBe(`backfill-${chart}-default${month}-chart.svg`);
  const downloaded = pictureParts(svg.bytes.toString('utf8'));
  const built = pictureParts(readFileSync(`dist/embed/${chart}.svg`, 'utf8'));
  // The same words (the address aside: the build names siteUrl, the browser where it is served)…
  const withoutAddress = (words: Record<string, string>) => ({
    ...words,
    credit: undefined,
    source: undefined,
  });
  expect(withoutAddress(downloaded.words)).toEqual(withoutAddress(built.words));
  expect(downloaded.title).toBe(built.title);
  // …and the same drawing, element for element, at the same size.
  expect(downloaded.chartBox).toEqual(built.chartBox);
  expect(downloaded.chartParts).toEqual(built.chartParts);
  expect(downloaded.legend).toEqual(built.legend);
  expect(downloaded.geometry.length).toBeGreaterThan(20);
  expect(downloaded.geometry).toEqual(built.geometry);
  expect(downloaded.size).toEqual(built.size);
}

/** The scenario pack of the scenario on show (Japan's exports at 25). */
async function expectScenarioPack(page: Page) {
  const pack = await save(page, () =>
    page.getByRole('button', { name: 'Download the scenario pack' }).click(),
  );
  expect(pack.name).toMatch(/^backfill-scenario-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(pack.bytes));
  expect(Object.keys(files).sort()).toEqual(['README.md', 'metadata.json', 'scenario.csv']);

  // Every CSV starts with a UTF-8 byte-order mark; the pack's notes are its README and metadata.
  // (Buffer, not TextDecoder, which would drop the mark.)
  const { rows: csvRows, notes } = readCsvFile(
    Buffer.from(files['scenario.csv']!).toString('utf8'),
  );
  expect(notes).toEqual([]);
  const [header, ...rows] = csvRows;
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
  // The address the page was served from, not content/site.yaml's placeholder.
  expect(meta.scenarioUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/backfill\/\?v=1&je=25&.*#sandbox$/);
  const readme = strFromU8(files['README.md']!);
  expect(readme).toContain('## How to cite');
  expect(readme).toContain(meta.scenarioUrl);
}

// One sandbox for every download from it (each a named step): first the default scenario's, then,
// with Japan's exports moved to 25 as a reader would, the pack's and each chart's (the diagram's
// last: it moves the month on show).
test('the sandbox’s downloads: the default scenario’s pictures are the build’s, the scenario pack balances, each chart’s files are credited and named for its scenario', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openSandbox(page);
  for (const chart of ['us-pool', 'difference', 'live-flow'])
    await test.step(`one code path: the default scenario’s download is the build’s fallback picture, drawn alike (${chart})`, () =>
      expectDefaultDownload(page, chart));
  const slider = page.locator('#param-japanExportPerYear');
  await slider.focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('25');
  await expect(page.locator('#sandbox')).toHaveAttribute('data-complete', 'true');
  await test.step('the scenario pack: a zip whose CSV balances every stock, with metadata and a citation', () =>
    expectScenarioPack(page));
  for (const download of SANDBOX_DOWNLOADS)
    await test.step(`a sandbox chart (${download.chart}): a credited SVG and PNG, and the CSV of exactly its table, named for its scenario`, () =>
      expectChartDownloads(page, download));
});

test('a story graphic: files named for its state, a credited picture, and the CSV of its table', async ({
  page,
}) => {
  await open(page);
  await expect(page.locator('.story-figure')).toHaveAttribute('data-state', 'threat-ballistic');
  const tools = page.locator('.story-figure [data-tools-for="flow"]');
  // Clicked in place: a test's scrolling into view would move the story on to the next step.
  const press = (name: RegExp) => () => tools.getByRole('button', { name }).dispatchEvent('click');
  const svg = await save(page, press(/SVG picture/));
  expect(svg.name).toBe('backfill-flow-threat-ballistic-chart.svg');
  const text = svg.bytes.toString('utf8');
  expectClean(text);
  expect(text).toMatch(/<title[^>]*>Where the interceptors go: Russian ballistic/);
  const parts = pictureParts(text);
  expect(parts.words.source).toMatch(/^Sources?: /);
  expect(parts.words.credit).toMatch(/^Graphic: Backfill, /);
  const csv = await save(page, press(/data as CSV/));
  expect(csv.name).toBe('backfill-flow-threat-ballistic-data.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
  // The table the figure shows at this state (opening it here would scroll the story on).
  const { labels, timeline, scale, sources, graphics, states } = content;
  const caption = `${graphics.flow!.title}: ${states['threat-ballistic']!.caption}`;
  const data = { graphics, labels, timeline, scale, sources };
  const table = tableForState('threat-ballistic', data, caption);
  const file = readCsvFile(csv.bytes.toString('utf8'));
  expect(file.rows).toEqual([table.columns, ...table.rows.map((row) => row.map(String))]);
  expect(file.notes.map(([key]) => key)).toEqual([
    ...['chart', 'caption', 'step', 'units', 'source', 'link', 'about'].map(
      (key) => content.sharing.csv[key as keyof typeof content.sharing.csv],
    ),
  ]);
});

test('a spreadsheet reads non-ASCII text in a story CSV right: UTF-8 with its byte-order mark', async ({
  page,
}) => {
  await open(page, '?step=summit-agenda');
  const figure = page.locator('.story-figure');
  await expect(figure).toHaveAttribute('data-state', 'summit-agenda');
  const tools = page.locator('.story-figure [data-tools-for="timeline"]');
  const csv = await save(page, () =>
    tools.getByRole('button', { name: /data as CSV/ }).dispatchEvent('click'),
  );
  expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
  const text = csv.bytes.toString('utf8');
  // An en dash is three bytes in UTF-8: E2 80 93.
  const dash = text.indexOf('–');
  expect(dash).toBeGreaterThan(0);
  expect([...Buffer.from(text.slice(dash, dash + 1), 'utf8')]).toEqual([0xe2, 0x80, 0x93]);
});
