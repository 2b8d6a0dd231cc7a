// Schemas for the YAML content files. A file that does not match gets one problem per mismatch,
// each with the line of the offending value.
import * as v from 'valibot';
import { FIGURE_STATUSES } from '../../src/lib/content-types.ts';
import { PARAMETER_IDS } from '../../workers/stockpile/parameters.ts';
import type { ContentProblems } from './errors.ts';
import type { YamlFile } from './yaml-file.ts';

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens'),
);
export const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
// YAML reads a bare year as a number; accept it and keep every date a string.
const date = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))], 'must be a date'),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'must be an http(s) address'));
const sourceIds = v.pipe(v.array(id), v.minLength(1, 'needs at least one source'));
const status = v.picklist(FIGURE_STATUSES, 'must be reported, derived or illustrative');

export const SourcesSchema = v.array(
  v.strictObject({
    id,
    outlet: text,
    title: text,
    date,
    url: v.optional(httpUrl),
    via: v.optional(text),
    note: v.optional(text),
    /** What a credit line prints, where `outlet` describes an outlet it cannot name. */
    credit: v.optional(text),
  }),
);

export const ParametersSchema = v.array(
  v.strictObject({
    id: v.picklist(PARAMETER_IDS, 'is not a parameter the model knows'),
    short: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]{0,2}$/, 'must be 1–3 lowercase characters')),
    label: text,
    unit: text,
    default: v.number(),
    min: v.number(),
    max: v.number(),
    step: v.pipe(v.number(), v.minValue(0, 'must be positive')),
    status,
    spread: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    control: v.picklist(['main', 'advanced', 'fixed']),
    sources: sourceIds,
    note: text,
  }),
);

export const TimelineSchema = v.array(
  v.strictObject({
    id,
    date,
    label: text,
    detail: text,
    group: id,
    sources: sourceIds,
  }),
);

export const GlossarySchema = v.array(
  v.strictObject({
    id,
    term: text,
    aliases: v.optional(v.array(text), []),
    definition: text,
    sources: v.optional(v.array(id), []),
  }),
);

const ScaleBarSchema = v.union([
  // A bar that shows a ledger number names it; a status, if written, must be the ledger's.
  v.strictObject({
    id,
    label: text,
    param: v.picklist(PARAMETER_IDS),
    status: v.optional(status),
    note: text,
  }),
  v.strictObject({
    id,
    label: text,
    value: v.number(),
    unit: text,
    status,
    sources: sourceIds,
    note: text,
  }),
]);

export const GraphicsSchema = v.strictObject({
  graphics: v.record(
    id,
    v.strictObject({ title: text, description: text, table: v.record(v.string(), text) }),
  ),
  labels: v.record(id, v.record(v.string(), text)),
  states: v.record(id, v.strictObject({ caption: text, alt: text })),
  scale: v.array(ScaleBarSchema),
});

/** content/embeds.yaml: what each embeddable chart adds (checked against the chart ids in load.ts). */
export const EmbedsSchema = v.record(
  id,
  v.strictObject({
    note: v.pipe(
      text,
      v.regex(/^[^\n]*$/, 'must be one line'),
      v.maxLength(140, 'must be at most 140 characters'),
    ),
    height: v.pipe(
      v.number(),
      v.integer('must be a whole number of pixels'),
      v.minValue(200),
      v.maxValue(2000),
    ),
    alt: v.optional(text),
    sources: v.optional(v.array(id), []),
  }),
);

/** Text with exactly these {placeholders}, each at least once, and no others. */
export function template(...names: string[]) {
  const wanted = new Set(names);
  return v.pipe(
    text,
    v.check(
      (value) => {
        const used = new Set([...value.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!));
        return used.size === wanted.size && [...wanted].every((n) => used.has(n));
      },
      `must use exactly the placeholders ${names.map((n) => `{${n}}`).join(', ') || '(none)'}`,
    ),
  );
}

export const SiteSchema = v.strictObject({
  title: text,
  shortTitle: text,
  description: text,
  siteUrl: v.pipe(httpUrl, v.regex(/\/$/, 'must end with a slash')),
  socialImageAlt: text,
  byline: text,
  published: date,
  updated: date,
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Z]{2})?$/)),
});

/** content/interface.yaml: copy around tables and controls. */
export const InterfaceSchema = v.strictObject({
  ledger: v.strictObject({
    caption: template('count'),
    assumption: template(),
    linkKeyColumn: text,
    default: template(),
    status: template(),
    uncertainty: template(),
    control: template(),
    range: template(),
    sourcesAndNote: template(),
    sources: template(),
    fixed: template(),
    main: template(),
    advanced: template(),
    held: template(),
    linkKeys: text,
  }),
  page: v.strictObject({ skipToContent: template(), skipToStory: template() }),
  controls: v.strictObject({
    display: template(),
    dark: template(),
    projector: template(),
    reduceMotion: template(),
    dismiss: template(),
    dataTable: template(),
    source: template(),
  }),
  nav: v.strictObject({
    label: template(),
    story: template(),
    sandbox: template(),
    model: template(),
    classroom: template(),
    sources: template(),
  }),
  sources: v.strictObject({
    title: template(),
    intro: template(),
    readVia: template('via'),
    citedAt: template(),
    back: template('i', 'n'),
    corrections: template(),
  }),
  worksheet: v.strictObject({ description: template() }),
  footer: v.strictObject({
    about: template('site'),
    statuses: template('reported', 'derived', 'illustrative'),
    privacy: template(),
    model: template(),
    sources: template(),
    corrections: template(),
    byline: template('byline', 'updated'),
  }),
  story: v.strictObject({
    kicker: template(),
    stepData: template(),
    steps: template(),
    previous: template(),
    next: template(),
    stepOf: template('n', 'count'),
    graphic: template('alt'),
    byline: template('byline', 'updated'),
    stepNotUsed: template(),
    graphicFailed: template(),
    sandboxElsewhere: template(),
    sandboxLink: template(),
  }),
  model: v.strictObject({
    title: template(),
    description: template(),
    ledgerTitle: template(),
    ledgerIntro: template(),
    sourcesIntro: template(),
  }),
  // The teacher notes' link options (src/classroom/link-options.ts), each with its placeholders.
  linkOptions: v.strictObject({
    theme: v.strictObject({ does: template('instead') }),
    stage: v.strictObject({ does: template('instead') }),
    step: v.strictObject({ values: template('steps'), does: template() }),
    hide: v.strictObject({ values: template('sliders'), does: template() }),
    lock: v.strictObject({ values: template('hide'), does: template() }),
    advanced: v.strictObject({ values: template(), does: template() }),
    paper: v.strictObject({ does: template('instead') }),
    sheet: v.strictObject({ does: template('instead') }),
    scenario: v.strictObject({ values: template('seed', 'view', 'charts'), does: template() }),
  }),
});

export const PresetsSchema = v.array(
  v.strictObject({
    id,
    label: text,
    description: text,
    values: v.record(v.picklist(PARAMETER_IDS, 'is not a parameter the model knows'), v.number()),
  }),
);

export const FrontMatterSchema = v.strictObject({
  chapter: id,
  title: text,
  kicker: v.optional(text),
});

/** Validate parsed YAML against a schema; report each issue at the line of its value. */
export function check<S extends v.GenericSchema>(
  schema: S,
  file: string,
  yaml: YamlFile,
  problems: ContentProblems,
): v.InferOutput<S> | null {
  if (yaml.data === null) return null;
  const result = v.safeParse(schema, yaml.data);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    const where = path.length ? `${path.join('.')}: ` : '';
    problems.add(file, yaml.lineOf(path), `${where}${issue.message}`);
  }
  return null;
}
