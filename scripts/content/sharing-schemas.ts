// Schemas of the words around a shared chart: content/sharing.yaml (the chart tools, the Share
// or embed dialog, embeds, pictures and CSV files), content/links.yaml (the link readers'
// notices) and content/scenario-pack.yaml (the downloaded scenario pack). Each template must use exactly its {placeholders}.
import * as v from 'valibot';
import { FIGURE_STATUSES, type FigureStatus } from '../../src/lib/content-types.ts';
import { EMBED_THEMES, type EmbedTheme } from '../../src/lib/themes.ts';
import { SERIES_UNITS } from '../../src/charts/scenario-columns.ts';
import { DEMAND_NAMES, FLOW_NAMES, STOCK_NAMES } from '../../workers/stockpile/model.ts';
import { DIFFERENCE_NAMES } from '../../workers/stockpile/monte-carlo.ts';
import { EMBED_FORMS, type EmbedForm } from '../../src/share/snippets.ts';
import { OPTION_KEYS, type OptionKey } from '../../src/links/options.ts';
import { template, text } from './schemas.ts';

const themeCopy = v.strictObject({ label: text, hint: text });
const formCopy = v.strictObject({ label: text, hint: text });
/** The key of a CSV header line: one field, so no comma or quote. */
const csvKey = v.pipe(template(), v.regex(/^[^,"]+$/, 'must have no comma or quote'));

/** content/sharing.yaml: the words around a shared, embedded or downloaded chart. */
export const SharingSchema = v.strictObject({
  scenario: v.strictObject({
    default: template(),
    preset: template('preset'),
    custom: template('settings'),
    setting: template('label', 'value', 'default'),
    seed: template(),
  }),
  legend: v.strictObject({ band50: template(), band90: template() }),
  credit: v.strictObject({
    model: template('address'),
    source: template('outlets'),
    sources: template('outlets'),
    more: template('outlets', 'count'),
    graphic: template('address'),
  }),
  noscript: v.strictObject({ sandbox: template(), story: template() }),
  embed: v.strictObject({
    stale: template(),
    notices: template(),
    brand: template(),
    openGraphic: template(),
    openScenario: template(),
    ledger: template(),
    newTab: template(),
    controls: template(),
  }),
  tools: v.strictObject({
    group: template('title'),
    downloadLabel: template(),
    picture: template('format'),
    data: template('format'),
    downloading: template('file'),
    failed: template(),
  }),
  dialog: v.strictObject({
    title: template(),
    close: template(),
    aboutGraphic: template('title', 'caption'),
    aboutScenario: template('title'),
    link: template(),
    linkToGraphic: template(),
    linkToScenario: template(),
    copyLink: template(),
    embed: template(),
    embedCode: template(),
    // One entry per embed code (src/share/snippets.ts), no more.
    forms: v.strictObject(
      Object.fromEntries(EMBED_FORMS.map((f) => [f, formCopy])) as Record<
        EmbedForm,
        typeof formCopy
      >,
    ),
    codeLabel: template(),
    copyCode: template(),
    preview: template(),
    copied: template('what'),
    selected: template('what'),
    optionsLegend: template(),
    transparent: template(),
    showTitle: template(),
    sliders: template('count'),
    heightLabel: template(),
    themeLegend: template(),
    // One entry per embed theme (src/lib/themes.ts), no more.
    themes: v.strictObject(
      Object.fromEntries(EMBED_THEMES.map((t) => [t, themeCopy])) as Record<
        EmbedTheme,
        typeof themeCopy
      >,
    ),
    transparentHint: template(),
    headingLabel: template(),
    headingHint: template('max'),
    noteLabel: template(),
    noteHint: template('max'),
    heightHint: template('suggested'),
  }),
  csv: v.strictObject({
    chart: csvKey,
    caption: csvKey,
    step: csvKey,
    scenario: csvKey,
    units: csvKey,
    source: csvKey,
    link: csvKey,
    about: csvKey,
    aboutText: template(),
    columnUnits: template(),
  }),
});

/** content/links.yaml: what reading a link changed, in the readers' notices (src/links/). */
export const LinksSchema = v.strictObject({
  labels: v.strictObject(
    Object.fromEntries(OPTION_KEYS.map((k) => [k, template()])) as Record<
      OptionKey,
      ReturnType<typeof template>
    >,
  ),
  quote: template('value'),
  emptyValue: template(),
  labelled: template('label', 'message'),
  repeated: template('value'),
  lookalike: template('key', 'reads'),
  format: v.strictObject({
    notVersion: template('value', 'version'),
    newer: template('value', 'version'),
    oldLinkLabel: template(),
    oldLink: template(),
  }),
  numbers: v.strictObject({
    noValue: template('default'),
    notNumber: template('value', 'default'),
    notWhole: template('value', 'seed'),
    outOfRange: template('value', 'why', 'used'),
    aboveMaximum: template(),
    belowMinimum: template(),
    offStep: template('step'),
  }),
  notOneOf: template('value', 'allowed', 'instead'),
  instead: v.strictObject({
    used: template('value'),
    theme: template(),
    stage: template(),
    paper: template('paper'),
    sheet: template(),
    advanced: template(),
  }),
  view: v.strictObject({
    notChart: template('value'),
    notPageChart: template('value', 'chart'),
    notState: template('value'),
    notStep: template('value'),
  }),
  sliders: v.strictObject({
    notSlider: template('value'),
    fixed: template('label'),
    notSetting: template('values'),
    notSettings: template('values'),
  }),
  embedId: template('value', 'max'),
  embedText: v.strictObject({
    shortened: template('label', 'max'),
    cleaned: template('label'),
  }),
  lists: v.strictObject({
    or: template('items', 'last'),
    and: template('items', 'last'),
    more: template('count'),
  }),
  headings: v.strictObject({ adjusted: template(), themeNotUsed: template() }),
});

/** A series' unit, for flows its route ("from → to"), and what it is. */
const seriesEntry = v.strictObject({
  unit: v.picklist(SERIES_UNITS, `must be ${SERIES_UNITS.join(', ')}`),
  route: v.optional(template()),
  description: template(),
});
/** One entry per name, no more. */
const series = <K extends string>(names: readonly K[]) =>
  v.strictObject(
    Object.fromEntries(names.map((n) => [n, seriesEntry])) as Record<K, typeof seriesEntry>,
  );

/** content/scenario-pack.yaml: the scenario pack's column meanings, metadata and README. */
export const ScenarioPackSchema = v.strictObject({
  series: series([...STOCK_NAMES, ...FLOW_NAMES, ...DEMAND_NAMES]),
  differences: series(DIFFERENCE_NAMES),
  columns: v.strictObject({
    stock: template(),
    flow: template(),
    route: template('route'),
    central: template('description'),
    baselineSeries: template('name', 'baseline'),
    baseline: template(),
    percentile: template('level'),
    band: template('percentile', 'name', 'runs'),
    baselineBand: template('percentile', 'name', 'runs'),
    difference: template('description'),
    differenceBand: template('percentile', 'name', 'runs'),
    month: template(),
  }),
  statuses: v.strictObject(
    Object.fromEntries(FIGURE_STATUSES.map((s) => [s, template()])) as Record<
      FigureStatus,
      ReturnType<typeof template>
    >,
  ),
  metadata: v.strictObject({ about: template() }),
  citation: v.strictObject({
    inline: template('site', 'year'),
    full: template('byline', 'year', 'title', 'version', 'seed', 'runs', 'site', 'url', 'date'),
  }),
  readme: v.strictObject({
    title: template('site'),
    intro: template('title', 'date'),
    open: template('url'),
    notForecast: template(),
    files: template(),
    csvFile: template('file', 'first', 'last', 'count'),
    metadataFile: template('file', 'seed', 'runs', 'version'),
    readmeFile: template('file'),
    cite: template(),
    inline: template('citation'),
    full: template('citation'),
    creditSources: template(),
    statuses: template(),
    settings: template(),
    settingsHead: v.strictObject({
      setting: template(),
      id: template(),
      value: template(),
      status: template(),
      sources: template(),
    }),
    columns: template('file'),
    columnsIntro: template('last'),
    columnsHead: v.strictObject({ column: template(), unit: template(), meaning: template() }),
    asAbove: template(),
    asTheSeries: template(),
    baselineRow: template('baseline'),
    bandsRow: template(
      'percentiles',
      'runs',
      'outer',
      'outerShare',
      'inner',
      'innerShare',
      'scenario',
      'baseline',
    ),
    bandRange: template('low', 'high'),
    conservation: template('decimals'),
    sources: template(),
  }),
});
