// The scenario pack: one zip a reader can take home and cite.
//   scenario.csv   every stock, flow and demand series, month by month, for the scenario and its
//                  no-export baseline, then the Monte Carlo bands
//   metadata.json  every setting used with its status and sources, the seed, runs, model version
//   README.md      what the files are, the column dictionary, the status legend, how to cite
// Their words are content/scenario-pack.yaml; every number in them comes from the result, the
// model's constants or the site.
import { links, scenarioPack as copy } from 'virtual:backfill/content';
import { strToU8, zipSync } from 'fflate';
import type { SiteMeta, Source } from '../lib/content-types.ts';
import { formatMonth, formatWithUnit } from '../lib/format.ts';
import { fill } from '../lib/template.ts';
import { monthKey, STOCK_NAMES, type RunSeries } from '../../workers/stockpile/model.ts';
import {
  BAND_NAMES,
  BASELINE_BAND_SERIES,
  DIFFERENCE_NAMES,
  QUANTILE_LEVELS,
  SCENARIO_BAND_SERIES,
  type Bands,
  type DifferenceName,
} from '../../workers/stockpile/monte-carlo.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { CSV_DECIMALS, csvFile, toCsv } from './csv.ts';
import { SERIES_ORDER, snakeCase, type SeriesName } from './scenario-columns.ts';

export const PACK_FILES = {
  csv: 'scenario.csv',
  metadata: 'metadata.json',
  readme: 'README.md',
} as const;

export interface PackMeta {
  /** The pinned share link of this scenario, absolute. */
  scenarioUrl: string;
  /** The day the reader downloaded it, YYYY-MM-DD. */
  accessed: string;
  /** The model's version, as the site states it. */
  modelVersion: string;
  site: Pick<SiteMeta, 'title' | 'shortTitle' | 'siteUrl' | 'byline' | 'published'>;
}

export interface PackColumn {
  name: string;
  unit: string;
  description: string;
  /** The value in row t (t = 0..H), or undefined for an empty cell. */
  value: (t: number) => number | undefined;
}

const isStock = (name: SeriesName) => (STOCK_NAMES as readonly string[]).includes(name);

function seriesOf(run: RunSeries, name: SeriesName): Float64Array {
  if (name in run.stocks) return run.stocks[name as keyof RunSeries['stocks']];
  if (name in run.flows) return run.flows[name as keyof RunSeries['flows']];
  return run.demand[name as keyof RunSeries['demand']];
}

function describe(name: SeriesName): string {
  const info = copy.series[name];
  const route =
    'route' in info && info.route ? fill(copy.columns.route, { route: info.route }) : '';
  const when = isStock(name) ? copy.columns.stock : copy.columns.flow;
  return [route, info.description, when].filter(Boolean).join(' ');
}

/** A quantile level as a whole percentage: 0.05 → 5. */
const percent = (level: number) => Math.round(level * 100);
const percentile = (level: number) => fill(copy.columns.percentile, { level: percent(level) });

function bandColumns(prefix: string, name: SeriesName, bands: Bands, runs: number): PackColumn[] {
  const sentence = prefix ? copy.columns.baselineBand : copy.columns.band;
  return BAND_NAMES.map((band, i) => {
    const values = bands[band];
    return {
      name: `${prefix}${snakeCase(name)}_${band}`,
      unit: copy.series[name].unit,
      description: fill(sentence, {
        percentile: percentile(QUANTILE_LEVELS[i]!),
        name: snakeCase(name),
        runs,
      }),
      value: (t) => values[t],
    };
  });
}

/** Every column of scenario.csv after `month`, in order, with its unit and meaning. */
export function packColumns(result: ScenarioResult): PackColumn[] {
  const central = (run: RunSeries, prefix: string) =>
    SERIES_ORDER.map((name): PackColumn => {
      const values = seriesOf(run, name);
      return {
        name: `${prefix}${snakeCase(name)}`,
        unit: copy.series[name].unit,
        description: prefix
          ? fill(copy.columns.baselineSeries, {
              name: snakeCase(name),
              baseline: copy.columns.baseline,
            })
          : fill(copy.columns.central, { description: describe(name) }),
        value: (t) => values[t],
      };
    });
  return [
    ...central(result.scenario, ''),
    ...central(result.baseline, 'baseline_'),
    ...SCENARIO_BAND_SERIES.flatMap((name) =>
      bandColumns('', name, result.bands.scenario[name], result.runs),
    ),
    ...BASELINE_BAND_SERIES.flatMap((name) =>
      bandColumns('baseline_', name, result.bands.baseline[name], result.runs),
    ),
    ...DIFFERENCE_NAMES.flatMap((name) => differenceColumns(name, result)),
  ];
}

/** What Japan's exports change (central run), then the quantiles of the paired difference. */
function differenceColumns(name: DifferenceName, result: ScenarioResult): PackColumn[] {
  const info = copy.differences[name];
  const central = result.difference.central[name];
  const bands = result.difference.bands[name];
  return [
    {
      name: snakeCase(name),
      unit: info.unit,
      description: fill(copy.columns.difference, { description: info.description }),
      value: (t) => central[t],
    },
    ...BAND_NAMES.map((band, i) => ({
      name: `${snakeCase(name)}_${band}`,
      unit: info.unit,
      description: fill(copy.columns.differenceBand, {
        percentile: percentile(QUANTILE_LEVELS[i]!),
        name: snakeCase(name),
        runs: result.runs,
      }),
      value: (t: number) => bands[band][t],
    })),
  ];
}

/**
 * scenario.csv: a header, then one row per month t = 0..H−1, then a last row (month H) that holds
 * only the stocks at the end of the last month; its flow and demand cells are empty. UTF-8 with a
 * byte-order mark; its companion notes are README.md and metadata.json (units, sources).
 */
export function scenarioCsv(result: ScenarioResult): string {
  const columns = packColumns(result);
  const H = result.scenario.horizon;
  const rows: (string | number)[][] = [['month', ...columns.map((c) => c.name)]];
  for (let t = 0; t <= H; t++) {
    rows.push([monthKey(t), ...columns.map((c) => c.value(t) ?? '')]);
  }
  return csvFile(toCsv(rows));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-11-22' → "22 November 2026". */
function longDate(date: string): string {
  const match = DATE.exec(date);
  if (!match) throw new Error(`accessed must be YYYY-MM-DD, not ${JSON.stringify(date)}`);
  return `${Number(match[3])} ${formatMonth(`${match[1]}-${match[2]}`)}`;
}

export function citation(result: ScenarioResult, meta: PackMeta): { inline: string; full: string } {
  const year = meta.site.published.slice(0, 4);
  const site = meta.site.shortTitle;
  return {
    inline: fill(copy.citation.inline, { site, year }),
    full: fill(copy.citation.full, {
      byline: meta.site.byline,
      year,
      title: meta.site.title,
      version: meta.modelVersion,
      seed: result.seed,
      runs: result.runs,
      site,
      url: meta.scenarioUrl,
      date: longDate(meta.accessed),
    }),
  };
}

function citedSources(ledger: readonly ParameterSpec[], sources: readonly Source[]): Source[] {
  const ids = new Set(ledger.flatMap((p) => p.sources));
  return sources.filter((s) => ids.has(s.id));
}

export function scenarioMetadata(
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
  sources: readonly Source[],
  meta: PackMeta,
) {
  const H = result.scenario.horizon;
  return {
    title: meta.site.title,
    about: copy.metadata.about,
    scenarioUrl: meta.scenarioUrl,
    accessed: meta.accessed,
    modelVersion: meta.modelVersion,
    seed: result.seed,
    runs: result.runs,
    months: { first: monthKey(0), last: monthKey(H - 1), count: H },
    parameters: ledger.map((p) => ({
      id: p.id,
      label: p.label,
      value: result.inputs[p.id],
      default: p.default,
      unit: p.unit,
      min: p.min,
      max: p.max,
      status: p.status,
      spread: p.spread,
      sources: p.sources,
      note: p.note,
    })),
    sources: citedSources(ledger, sources).map((s) => ({
      id: s.id,
      outlet: s.outlet,
      title: s.title,
      date: s.date,
      ...(s.url ? { url: s.url } : {}),
    })),
    statusLegend: copy.statuses,
    columns: [
      { name: 'month', unit: MONTH_FORMAT, description: copy.columns.month },
      ...packColumns(result).map(({ name, unit, description }) => ({ name, unit, description })),
    ],
    citation: citation(result, meta),
  };
}

/** Markdown table cells: no line breaks, and a literal | escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** A Markdown table row. */
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** How the month column is written. */
const MONTH_FORMAT = 'YYYY-MM';

/** "a, b and c", in the links' list words. */
const andList = (items: readonly string[]) =>
  items.length > 1
    ? fill(links.lists.and, { items: items.slice(0, -1).join(', '), last: items.at(-1)! })
    : (items[0] ?? '');

export function scenarioReadme(
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
  sources: readonly Source[],
  meta: PackMeta,
): string {
  const H = result.scenario.horizon;
  const cite = citation(result, meta);
  const columns = packColumns(result);
  const central = columns.filter((c) => !c.name.startsWith('baseline_') && !/_p\d\d$/.test(c.name));
  const r = copy.readme;
  const code = (name: string) => `\`${name}\``;
  const last = BAND_NAMES.length - 1;
  const range = (low: number, high: number) =>
    fill(r.bandRange, { low: BAND_NAMES[low]!, high: BAND_NAMES[high]! });
  const share = (low: number, high: number) =>
    `${percent(QUANTILE_LEVELS[high]! - QUANTILE_LEVELS[low]!)}%`;
  const lines = [
    `# ${fill(r.title, { site: meta.site.shortTitle })}`,
    '',
    fill(r.intro, { title: meta.site.title, date: longDate(meta.accessed) }),
    fill(r.open, { url: meta.scenarioUrl }),
    '',
    r.notForecast,
    '',
    `## ${r.files}`,
    '',
    `- ${fill(r.csvFile, { file: code(PACK_FILES.csv), first: monthKey(0), last: monthKey(H - 1), count: H })}`,
    `- ${fill(r.metadataFile, { file: code(PACK_FILES.metadata), seed: result.seed, runs: result.runs, version: meta.modelVersion })}`,
    `- ${fill(r.readmeFile, { file: code(PACK_FILES.readme) })}`,
    '',
    `## ${r.cite}`,
    '',
    fill(r.inline, { citation: cite.inline }),
    '',
    fill(r.full, { citation: cite.full }),
    '',
    r.creditSources,
    '',
    `## ${r.statuses}`,
    '',
    ...Object.entries(copy.statuses).map(([status, meaning]) => `- **${status}**: ${meaning}.`),
    '',
    `## ${r.settings}`,
    '',
    row(Object.values(r.settingsHead)),
    row(Object.values(r.settingsHead).map(() => '---')),
    ...ledger.map((p) =>
      row([
        cell(p.label),
        code(p.id),
        cell(formatWithUnit(result.inputs[p.id], p.unit)),
        p.status,
        p.sources.join(', '),
      ]),
    ),
    '',
    `## ${fill(r.columns, { file: PACK_FILES.csv })}`,
    '',
    fill(r.columnsIntro, { last: monthKey(H) }),
    '',
    row(Object.values(r.columnsHead)),
    row(Object.values(r.columnsHead).map(() => '---')),
    row([code('month'), MONTH_FORMAT, copy.columns.month]),
    ...central.map((c) => row([code(c.name), c.unit, cell(c.description)])),
    row([code('baseline_…'), r.asAbove, fill(r.baselineRow, { baseline: copy.columns.baseline })]),
    row([
      BAND_NAMES.map((band) => code(`…_${band}`)).join(', '),
      r.asTheSeries,
      fill(r.bandsRow, {
        percentiles: andList(QUANTILE_LEVELS.map((level) => `${percent(level)}th`)),
        runs: result.runs,
        outer: range(0, last),
        outerShare: share(0, last),
        inner: range(1, last - 1),
        innerShare: share(1, last - 1),
        scenario: SCENARIO_BAND_SERIES.map(snakeCase).join(', '),
        baseline: BASELINE_BAND_SERIES.map((n) => `baseline_${snakeCase(n)}`).join(', '),
      }),
    ]),
    '',
    fill(r.conservation, { decimals: CSV_DECIMALS }),
    '',
    '- `japan_stock`: + `mhi_to_japan` − `japan_to_us`',
    '- `us_pool`: + `us_production_to_pool` + `backfill_to_us_pool` − `us_to_ukraine`',
    '- `ukraine_stock`: + `us_to_ukraine` + `other_donors_to_ukraine` + `japan_to_ukraine` − `ukraine_fired`',
    '',
    `## ${r.sources}`,
    '',
    ...citedSources(ledger, sources).map(
      (s) => `- \`${s.id}\`: ${s.outlet}, ${s.title}, ${s.date}.${s.url ? ` ${s.url}` : ''}`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** The zip, ready to save (as application/zip). Deterministic: the same inputs give the same bytes. */
export function scenarioPack(
  result: ScenarioResult,
  ledger: readonly ParameterSpec[],
  sources: readonly Source[],
  meta: PackMeta,
): Uint8Array {
  longDate(meta.accessed); // fail early on a bad date
  const mtime = new Date(`${meta.accessed}T12:00:00Z`);
  const metadata = scenarioMetadata(result, ledger, sources, meta);
  return zipSync(
    {
      [PACK_FILES.csv]: strToU8(scenarioCsv(result)),
      [PACK_FILES.metadata]: strToU8(`${JSON.stringify(metadata, null, 2)}\n`),
      [PACK_FILES.readme]: strToU8(scenarioReadme(result, ledger, sources, meta)),
    },
    { level: 6, mtime },
  );
}

/** e.g. backfill-scenario-2026-11-22.zip */
export function scenarioPackFilename(meta: Pick<PackMeta, 'accessed'>): string {
  return `backfill-scenario-${meta.accessed}.zip`;
}
