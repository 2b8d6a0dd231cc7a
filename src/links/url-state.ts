// The scenario in the URL: every model input, the seed, the chart on show and the story step, as
// short query parameters, e.g. ?v=1&je=20&bl=80&s=7&view=unmet.
//
// Reading a link never throws and never yields a value outside the ledger: a value that is not a
// number is dropped (the default is kept), one outside [min, max] or off the slider's steps is
// clamped and snapped, and each change comes back as a Notice the page can show. Links carry a
// format version (`v`); older formats are upgraded by MIGRATIONS, one step at a time, so a link
// shared today still opens the same scenario after the format changes.
import {
  clampToSpec,
  defaultValues,
  type ParameterId,
  type ParameterSpec,
  type ParameterValues,
} from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/random.ts';
import type { LinkCopy } from '../lib/content-types.ts';
import { formatNumber } from '../lib/format.ts';
import { echo, quoted, type Notice } from '../lib/notice.ts';
import { firstValue, groupByKey, queryPairs, type QueryPair } from '../lib/query.ts';
import { fill } from '../lib/template.ts';
import {
  DEFAULT_VIEW,
  LINK_OPTIONS,
  URL_FORMAT_VERSION,
  type ChartView,
  type LinkPage,
  type ReadContext,
  type WriteContext,
} from './options.ts';
import { noteLookalikes, readOption, targetsOf, type KeyTarget } from './read.ts';
import { parseNumber } from './values.ts';

export type { QueryPair };

export { CHART_VIEWS, DEFAULT_VIEW, SEED_MAX, SEED_MIN, URL_FORMAT_VERSION } from './options.ts';
export type { ChartView } from './options.ts';
export { parseNumber } from './values.ts';

/** The keys that are not ledger parameters (those use each parameter's `short`). */
export const QUERY_KEYS = {
  version: LINK_OPTIONS.v.key,
  seed: LINK_OPTIONS.s.key,
  view: LINK_OPTIONS.view.key,
  step: LINK_OPTIONS.step.key,
} as const;

/** The keys that make a link carry a scenario: its format, seed or any assumption. */
export const scenarioKeys = (ledger: readonly ParameterSpec[]): string[] => [
  QUERY_KEYS.version,
  QUERY_KEYS.seed,
  ...ledger.map((p) => p.short),
];

export interface ScenarioState {
  values: ParameterValues;
  seed: number;
  view: ChartView;
  /** The story state to open at, or null for none. */
  step: string | null;
}

export interface ParsedScenario {
  state: ScenarioState;
  notices: Notice[];
  /** The format the link was written in: 0 for links without `v`; a newer format reads as current. */
  fromVersion: number;
}

export type { LinkCopy };

export interface ParseOptions {
  /** The notices' words (content/links.yaml). */
  copy: LinkCopy;
  /** The story's state ids; when given, `step` must be one of them. */
  stepIds?: Iterable<string>;
  /** The page reading it (its notices say what that page does instead); the story by default. */
  page?: LinkPage;
  /** Keys this page does not read (a sandbox embed is one chart: no `view`, no `step`). */
  without?: readonly ('view' | 'step')[];
}

export interface SerializeOptions {
  /**
   * true: write every parameter, the seed and the view, so the link means the same scenario even
   * if the ledger's defaults change later (embeds, share links). false: only what differs from
   * the defaults (the address bar while a reader plays).
   */
  pin: boolean;
}

export interface Migration {
  from: number;
  to: number;
  /** Rewrites a link's key/value pairs from format `from` to `to`; `moved` counts settings carried over. */
  apply(
    pairs: readonly QueryPair[],
    ledger: readonly ParameterSpec[],
  ): {
    pairs: QueryPair[];
    moved: number;
  };
}

/**
 * Format 0 is the unversioned format of the first share links: the long ledger ids as keys and
 * `seed` for the seed (e.g. ?japanExportPerYear=20&seed=3); `view` and `step` were as today.
 * Format 1 adds `v` and uses each parameter's `short` key and `s` for the seed.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    apply(pairs, ledger) {
      const renamed = new Map<string, string>(ledger.map((p) => [p.id, p.short]));
      renamed.set('seed', QUERY_KEYS.seed);
      let moved = 0;
      const out = pairs.map(([key, value]): QueryPair => {
        const to = renamed.get(key);
        if (to === undefined) return [key, value];
        moved++;
        return [to, value];
      });
      return { pairs: out, moved };
    },
  },
];

// --- reading -------------------------------------------------------------------------------------

function migrate(
  pairs: QueryPair[],
  from: number,
  ledger: readonly ParameterSpec[],
  copy: LinkCopy,
  notices: Notice[],
): QueryPair[] {
  let version = from;
  let moved = 0;
  while (version < URL_FORMAT_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) break;
    const result = step.apply(pairs, ledger);
    pairs = result.pairs;
    moved += result.moved;
    version = step.to;
  }
  if (moved > 0) {
    // A reader needs to know only that the link still works, in plain words.
    notices.push({
      param: QUERY_KEYS.version,
      label: copy.format.oldLinkLabel,
      kind: 'migrated',
      message: copy.format.oldLink,
    });
  }
  return pairs;
}

function readParameter(
  spec: ParameterSpec,
  raws: string[] | undefined,
  copy: LinkCopy,
  notices: Notice[],
): number {
  if (raws === undefined) return spec.default;
  const { id: param, label } = spec;
  const { numbers } = copy;
  const raw = firstValue(raws, param, label, copy, notices);
  const n = parseNumber(raw);
  if (n === null) {
    const fallback = formatNumber(spec.default);
    const message =
      raw.trim() === ''
        ? fill(numbers.noValue, { default: fallback })
        : fill(numbers.notNumber, { value: quoted(raw, copy), default: fallback });
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: fill(copy.labelled, { label, message }),
    });
    return spec.default;
  }
  const value = clampToSpec(spec, n);
  let why: string | null = null;
  if (n > spec.max) why = numbers.aboveMaximum;
  else if (n < spec.min) why = numbers.belowMinimum;
  else if (Math.abs(value - n) > 1e-9) {
    why = fill(numbers.offStep, { step: formatNumber(spec.step) });
  }
  if (why) {
    const message = fill(numbers.outOfRange, {
      value: echo(raw.trim()),
      why,
      used: formatNumber(value),
    });
    notices.push({
      param,
      label,
      kind: 'clamped',
      message: fill(copy.labelled, { label, message }),
    });
  }
  return value;
}

/** The scenario a page opens with when its link says nothing. */
export function defaultScenario(ledger: readonly ParameterSpec[]): ScenarioState {
  return { values: defaultValues(ledger), seed: DEFAULT_SEED, view: DEFAULT_VIEW, step: null };
}

/**
 * The link's format (`v`, 0 when absent) and its pairs upgraded to the current format, with a
 * notice when an old link's settings were carried over.
 */
export function readLinkFormat(
  pairs: QueryPair[],
  context: ReadContext,
  notices: Notice[],
): { pairs: QueryPair[]; fromVersion: number } {
  const fromVersion = readOption('v', groupByKey(pairs), context, notices);
  return { pairs: migrate(pairs, fromVersion, context.ledger, context.copy, notices), fromVersion };
}

/** The scenario's keys besides the assumptions: each is an option of the table. */
const SCENARIO_KEYS = ['s', 'view', 'step'] as const;

/** The assumptions as lookalike targets: each by its short key, and by its format-0 name. */
const parameterTargets = (ledger: readonly ParameterSpec[]): KeyTarget[] =>
  ledger.map((p) => ({ key: p.short, lookalikes: [p.id], param: p.id, label: p.label }));

/**
 * Read a scenario from a query string (with or without its '?'). Total: never throws, and every value is inside the ledger's range.
 */
export function parseScenario(
  query: string,
  ledger: readonly ParameterSpec[],
  options: ParseOptions,
): ParsedScenario {
  const context: ReadContext = {
    page: options.page ?? 'story',
    ledger,
    stepIds: options.stepIds ? [...options.stepIds] : undefined,
    copy: options.copy,
  };
  const notices: Notice[] = [];
  const { pairs, fromVersion } = readLinkFormat(queryPairs(query), context, notices);
  const byKey = groupByKey(pairs);
  // Only the keys this page reads: a ?step= means nothing to the classroom view.
  const keys = SCENARIO_KEYS.filter(
    (k) =>
      LINK_OPTIONS[k].pages.includes(context.page) &&
      !(options.without as readonly string[] | undefined)?.includes(k),
  );
  const reads = (key: 'view' | 'step') => keys.includes(key);

  const values = {} as Record<ParameterId, number>;
  for (const spec of ledger)
    values[spec.id] = readParameter(spec, byKey.get(spec.short), context.copy, notices);
  const seed = readOption('s', byKey, context, notices);
  const view = reads('view') ? readOption('view', byKey, context, notices) : DEFAULT_VIEW;
  const step = reads('step') ? readOption('step', byKey, context, notices) : null;
  noteLookalikes(
    byKey.keys(),
    [...parameterTargets(ledger), ...targetsOf([...keys, 'v'], context)],
    context.copy,
    notices,
  );

  return { state: { values, seed, view, step }, notices, fromVersion };
}

// --- writing -------------------------------------------------------------------------------------

/**
 * The scenario as a query string, without the leading '?', always starting with v=1. Values are
 * clamped to the ledger first, so whatever is passed in, the link is one parseScenario reads
 * without notices.
 */
export function serializeScenario(
  state: ScenarioState,
  ledger: readonly ParameterSpec[],
  { pin }: SerializeOptions,
): string {
  const context: WriteContext = { page: 'story', ledger };
  const { v, s, view, step } = LINK_OPTIONS;
  const parts = [`${v.key}=${v.serialize(URL_FORMAT_VERSION, context)}`];
  for (const spec of ledger) {
    const value = clampToSpec(spec, state.values[spec.id]);
    if (pin || value !== spec.default) parts.push(`${spec.short}=${String(value)}`);
  }
  const seed = s.serialize(state.seed, context);
  if (pin || seed !== String(DEFAULT_SEED)) parts.push(`${s.key}=${seed}`);
  const chart = view.serialize(state.view, context);
  if (pin || chart !== DEFAULT_VIEW) parts.push(`${view.key}=${chart}`);
  const written = step.serialize(state.step, context);
  if (written !== null) parts.push(`${step.key}=${written}`);
  return parts.join('&');
}
