// The scenario pack: one zip a reader can take home and cite.
//   scenario.csv   every stock, flow and demand series, month by month, for the scenario and its
//                  no-export baseline, then the Monte Carlo bands
//   metadata.json  every setting used with its status and sources, the seed, runs, model version
//   README.md      what the files are, the column dictionary, the status legend, how to cite
import { strToU8, zipSync } from 'fflate';
import type { SiteMeta, Source } from '../lib/content-types.ts';
import { formatMonth, formatWithUnit } from '../lib/format.ts';
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
import { csvFile, toCsv } from './csv.ts';
import {
  DIFFERENCE_INFO,
  SERIES_INFO,
  SERIES_ORDER,
  snakeCase,
  type SeriesName,
} from './scenario-columns.ts';

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

const STATUS_LEGEND = {
  reported: 'published by a government, company or news outlet',
  derived: 'our arithmetic on reported numbers, working shown',
  illustrative: 'no public figure exists; a labelled modelling choice',
} as const;

const BASELINE_MEANING =
  "the baseline: the same settings (and for the bands, the same random draws) with Japan's exports set to 0";

const isStock = (name: SeriesName) => (STOCK_NAMES as readonly string[]).includes(name);

function seriesOf(run: RunSeries, name: SeriesName): Float64Array {
  if (name in run.stocks) return run.stocks[name as keyof RunSeries['stocks']];
  if (name in run.flows) return run.flows[name as keyof RunSeries['flows']];
  return run.demand[name as keyof RunSeries['demand']];
}

function when(name: SeriesName): string {
  return isStock(name)
    ? 'At the start of the month (in the last row, at the end of the last month).'
    : 'During the month.';
}

function describe(name: SeriesName): string {
  const info = SERIES_INFO[name];
  return [info.route ? `${info.route}.` : '', info.description, when(name)]
    .filter(Boolean)
    .join(' ');
}

const percentile = (level: number) => `${Math.round(level * 100)}th percentile`;

function bandColumns(prefix: string, name: SeriesName, bands: Bands, runs: number): PackColumn[] {
  return BAND_NAMES.map((band, i) => {
    const values = bands[band];
    return {
      name: `${prefix}${snakeCase(name)}_${band}`,
      unit: SERIES_INFO[name].unit,
      description: `The ${percentile(QUANTILE_LEVELS[i]!)} of ${prefix ? 'the baseline ' : ''}${snakeCase(name)} over ${runs} Monte Carlo runs.`,
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
        unit: SERIES_INFO[name].unit,
        description: prefix
          ? `${snakeCase(name)} in ${BASELINE_MEANING}.`
          : `${describe(name)} The central run, at the settings' values.`,
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
  const info = DIFFERENCE_INFO[name];
  const central = result.difference.central[name];
  const bands = result.difference.bands[name];
  return [
    {
      name: snakeCase(name),
      unit: info.unit,
      description: `${info.description} The central run.`,
      value: (t) => central[t],
    },
    ...BAND_NAMES.map((band, i) => ({
      name: `${snakeCase(name)}_${band}`,
      unit: info.unit,
      description: `The ${percentile(QUANTILE_LEVELS[i]!)} of ${snakeCase(name)} over ${result.runs} Monte Carlo runs: the difference is taken within each run, then its quantile.`,
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
  return {
    inline: `${meta.site.shortTitle} (${year})`,
    full:
      `${meta.site.byline} (${year}). "${meta.site.title}": scenario model, version ` +
      `${meta.modelVersion} (seed ${result.seed}, ${result.runs} runs). ${meta.site.shortTitle}. ` +
      `${meta.scenarioUrl} (accessed ${longDate(meta.accessed)}).`,
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
    about:
      'One scenario of the Backfill stockpile model: an illustration of one mechanism, not a forecast.',
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
    statusLegend: STATUS_LEGEND,
    columns: [
      { name: 'month', unit: 'YYYY-MM', description: 'The month.' },
      ...packColumns(result).map(({ name, unit, description }) => ({ name, unit, description })),
    ],
    citation: citation(result, meta),
  };
}

/** Markdown table cells: no line breaks, and a literal | escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

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
  const lines = [
    `# ${meta.site.shortTitle} scenario pack`,
    '',
    `One scenario of the stockpile model in "${meta.site.title}", downloaded on ${longDate(meta.accessed)}.`,
    `Open the same scenario: ${meta.scenarioUrl}`,
    '',
    'The model illustrates one mechanism, the backfill; it is not a forecast. Many of its inputs are not public: those are marked illustrative below.',
    '',
    '## Files',
    '',
    `- \`${PACK_FILES.csv}\`: the model's monthly series, ${monthKey(0)} to ${monthKey(H - 1)} (${H} months), as CSV (RFC 4180, UTF-8, comma-separated).`,
    `- \`${PACK_FILES.metadata}\`: every setting used, with its unit, status and sources; the seed (${result.seed}), the number of Monte Carlo runs (${result.runs}) and the model version (${meta.modelVersion}); the column dictionary and this citation.`,
    `- \`${PACK_FILES.readme}\`: this file.`,
    '',
    '## How to cite',
    '',
    `In-line: ${cite.inline}`,
    '',
    `Full: ${cite.full}`,
    '',
    'Please also credit the sources listed for each setting.',
    '',
    '## Status of each figure',
    '',
    ...Object.entries(STATUS_LEGEND).map(([status, meaning]) => `- **${status}**: ${meaning}.`),
    '',
    '## Settings used',
    '',
    '| Setting | Id | Value | Status | Sources |',
    '| --- | --- | --- | --- | --- |',
    ...ledger.map(
      (p) =>
        `| ${cell(p.label)} | \`${p.id}\` | ${cell(formatWithUnit(result.inputs[p.id], p.unit))} | ${p.status} | ${p.sources.join(', ')} |`,
    ),
    '',
    '## Columns of scenario.csv',
    '',
    `One row per month. \`month\` is the month as YYYY-MM. Stocks are counted at the start of each month; flows and demand are totals during it. The last row, ${monthKey(H)}, holds only the stocks at the end of the last month; its other cells are empty. Interceptors are counted with fractions (a yearly rate becomes a twelfth of it each month).`,
    '',
    '| Column | Unit | Meaning |',
    '| --- | --- | --- |',
    '| `month` | YYYY-MM | The month. |',
    ...central.map((c) => `| \`${c.name}\` | ${c.unit} | ${cell(c.description)} |`),
    `| \`baseline_…\` | as above | The same series in ${BASELINE_MEANING}. |`,
    `| \`…_p05\`, \`…_p25\`, \`…_p50\`, \`…_p75\`, \`…_p95\` | as the series | The 5th, 25th, 50th, 75th and 95th percentiles over ${result.runs} Monte Carlo runs in which every setting with a spread is drawn at random (type 7 quantiles, as in R and NumPy). p05 to p95 is the 90% band, p25 to p75 the 50% band. The median need not equal the central run. Bands are given for ${SCENARIO_BAND_SERIES.map(snakeCase).join(', ')}, and for ${BASELINE_BAND_SERIES.map((n) => `baseline_${snakeCase(n)}`).join(', ')}. |`,
    '',
    'Every stock changes by its inflows minus its outflows (exactly in the model; to the 9 decimal places written here):',
    '',
    '- `japan_stock`: + `mhi_to_japan` − `japan_to_us`',
    '- `us_pool`: + `us_production_to_pool` + `backfill_to_us_pool` − `us_to_ukraine`',
    '- `ukraine_stock`: + `us_to_ukraine` + `other_donors_to_ukraine` + `japan_to_ukraine` − `ukraine_fired`',
    '',
    '## Sources',
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
