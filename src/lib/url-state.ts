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
import { formatNumber } from './format.ts';
import { echo, quoted, type Notice } from './notice.ts';
import { firstValue, groupByKey, normalKey, queryPairs, type QueryPair } from './query.ts';
import { SANDBOX_CHART_IDS, type SandboxChartId } from '../sandbox/chart-ids.ts';

export type { QueryPair };

/** The format this code writes. Bump it (and add a migration) whenever a key's meaning changes. */
export const URL_FORMAT_VERSION = 1;

/** The sandbox charts a link can ask for, by id. */
export const CHART_VIEWS = SANDBOX_CHART_IDS;
export type ChartView = SandboxChartId;
export const DEFAULT_VIEW: ChartView = 'ukraine';

/** Seeds are positive 32-bit integers, so every platform draws the same numbers from them. */
export const SEED_MIN = 1;
export const SEED_MAX = 2 ** 31 - 1;

/** The keys that are not ledger parameters (those use each parameter's `short`). */
export const QUERY_KEYS = { version: 'v', seed: 's', view: 'view', step: 'step' } as const;

/** Story state ids are kebab-case, e.g. 'export-begins'. */
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LONGEST_STEP_ID = 64;

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

export interface ParseOptions {
  /** The story's state ids; when given, `step` must be one of them. */
  stepIds?: Iterable<string>;
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

const LABELS = {
  version: 'Link format',
  seed: 'Random seed',
  view: 'Chart',
  step: 'Story step',
} as const;

// --- reading -------------------------------------------------------------------------------------

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const LONGEST_NUMBER = 64;

/** A plain decimal number (optionally with an exponent), or null: no hex, no Infinity, no ''. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim();
  if (text.length > LONGEST_NUMBER || !NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function readVersion(raws: string[] | undefined, notices: Notice[]): number {
  if (raws === undefined) return 0;
  const param = QUERY_KEYS.version;
  const label = LABELS.version;
  const raw = firstValue(raws, param, label, notices);
  const n = parseNumber(raw);
  if (n === null || !Number.isInteger(n) || n < 0) {
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: `${label}: ${quoted(raw)} is not a format version, so the link is read as format ${URL_FORMAT_VERSION}.`,
    });
    return URL_FORMAT_VERSION;
  }
  if (n > URL_FORMAT_VERSION) {
    notices.push({
      param,
      label,
      kind: 'migrated',
      message: `${label}: this link was made by a newer version of this page (format ${echo(raw.trim())}), so it is read as format ${URL_FORMAT_VERSION} and any setting this version does not know is ignored.`,
    });
    return URL_FORMAT_VERSION;
  }
  return n;
}

function migrate(
  pairs: QueryPair[],
  from: number,
  ledger: readonly ParameterSpec[],
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
      label: 'This link',
      kind: 'migrated',
      message:
        'This link was made by an earlier version of Backfill, and it opens the same scenario as it did then.',
    });
  }
  return pairs;
}

function readParameter(spec: ParameterSpec, raws: string[] | undefined, notices: Notice[]): number {
  if (raws === undefined) return spec.default;
  const { id: param, label } = spec;
  const raw = firstValue(raws, param, label, notices);
  const n = parseNumber(raw);
  if (n === null) {
    const what = raw.trim() === '' ? 'the link gives no value' : `${quoted(raw)} is not a number`;
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: `${label}: ${what}, so the default, ${formatNumber(spec.default)}, is used.`,
    });
    return spec.default;
  }
  const value = clampToSpec(spec, n);
  const given = echo(raw.trim());
  let why: string | null = null;
  if (n > spec.max) why = 'is above the maximum';
  else if (n < spec.min) why = 'is below the minimum';
  else if (Math.abs(value - n) > 1e-9) {
    why = `is not one of the slider's settings (steps of ${formatNumber(spec.step)})`;
  }
  if (why) {
    notices.push({
      param,
      label,
      kind: 'clamped',
      message: `${label}: ${given} ${why}, so ${formatNumber(value)} is used.`,
    });
  }
  return value;
}

function readSeed(raws: string[] | undefined, notices: Notice[]): number {
  if (raws === undefined) return DEFAULT_SEED;
  const param = 'seed';
  const label = LABELS.seed;
  const raw = firstValue(raws, param, label, notices);
  const n = parseNumber(raw);
  if (n === null || !Number.isInteger(n)) {
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: `${label}: ${quoted(raw)} is not a whole number, so the default seed, ${DEFAULT_SEED}, is used.`,
    });
    return DEFAULT_SEED;
  }
  const seed = Math.min(SEED_MAX, Math.max(SEED_MIN, n));
  if (seed !== n) {
    notices.push({
      param,
      label,
      kind: 'clamped',
      message: `${label}: ${echo(raw.trim())} is ${n > SEED_MAX ? 'above the maximum' : 'below the minimum'}, so ${formatNumber(seed)} is used.`,
    });
  }
  return seed;
}

function readView(raws: string[] | undefined, notices: Notice[]): ChartView {
  if (raws === undefined) return DEFAULT_VIEW;
  const param = 'view';
  const label = LABELS.view;
  const raw = firstValue(raws, param, label, notices);
  const view = CHART_VIEWS.find((v) => v === raw);
  if (view) return view;
  notices.push({
    param,
    label,
    kind: 'dropped',
    message: `${label}: ${quoted(raw)} is not one of the sandbox's charts, so the default chart is shown.`,
  });
  return DEFAULT_VIEW;
}

function readStep(
  raws: string[] | undefined,
  known: ReadonlySet<string> | null,
  notices: Notice[],
): string | null {
  if (raws === undefined) return null;
  const param = 'step';
  const label = LABELS.step;
  const raw = firstValue(raws, param, label, notices);
  const valid = known ? known.has(raw) : raw.length <= LONGEST_STEP_ID && STEP_ID.test(raw);
  if (valid) return raw;
  notices.push({
    param,
    label,
    kind: 'dropped',
    message: `${label}: ${quoted(raw)} is not a step of this story, so the story opens at its start.`,
  });
  return null;
}

/**
 * Keys that are not ours exactly but look like ours (another case, stray spaces or punctuation,
 * a format-0 key in a newer link) are ignored with a notice; any other key is ignored silently,
 * since hosts and analytics add their own (utm_source, fbclid, childId...).
 */
function noteLookalikes(
  byKey: Map<string, string[]>,
  ledger: readonly ParameterSpec[],
  notices: Notice[],
): void {
  const accepted = new Set<string>([...Object.values(QUERY_KEYS), ...ledger.map((p) => p.short)]);
  const targets = new Map<string, { param: string; label: string; key: string }>();
  const add = (name: string, target: { param: string; label: string; key: string }) => {
    if (!targets.has(normalKey(name))) targets.set(normalKey(name), target);
  };
  for (const p of ledger) {
    const target = { param: p.id, label: p.label, key: p.short };
    add(p.short, target);
    add(p.id, target);
  }
  add(QUERY_KEYS.seed, { param: 'seed', label: LABELS.seed, key: QUERY_KEYS.seed });
  add('seed', { param: 'seed', label: LABELS.seed, key: QUERY_KEYS.seed });
  add(QUERY_KEYS.version, { param: 'v', label: LABELS.version, key: QUERY_KEYS.version });
  add(QUERY_KEYS.view, { param: 'view', label: LABELS.view, key: QUERY_KEYS.view });
  add(QUERY_KEYS.step, { param: 'step', label: LABELS.step, key: QUERY_KEYS.step });

  const noted = new Set<string>();
  for (const key of byKey.keys()) {
    if (accepted.has(key)) continue;
    const target = targets.get(normalKey(key));
    if (!target || noted.has(target.param)) continue;
    noted.add(target.param);
    notices.push({
      param: target.param,
      label: target.label,
      kind: 'dropped',
      message: `${target.label}: the link's key ${quoted(key)} is not one this page reads (it reads “${target.key}”), so it was ignored.`,
    });
  }
}

/** The scenario a page opens with when its link says nothing. */
export function defaultScenario(ledger: readonly ParameterSpec[]): ScenarioState {
  return { values: defaultValues(ledger), seed: DEFAULT_SEED, view: DEFAULT_VIEW, step: null };
}

/**
 * Read a scenario from a query string (`location.search`, with or without the '?') or from
 * URLSearchParams. Total: never throws, and every value is inside the ledger's range.
 */
export function parseScenario(
  query: string | URLSearchParams,
  ledger: readonly ParameterSpec[],
  options: ParseOptions = {},
): ParsedScenario {
  const notices: Notice[] = [];
  let pairs = queryPairs(query);
  const fromVersion = readVersion(groupByKey(pairs).get(QUERY_KEYS.version), notices);
  pairs = migrate(pairs, fromVersion, ledger, notices);
  const byKey = groupByKey(pairs);

  const values = {} as Record<ParameterId, number>;
  for (const spec of ledger) values[spec.id] = readParameter(spec, byKey.get(spec.short), notices);
  const seed = readSeed(byKey.get(QUERY_KEYS.seed), notices);
  const view = readView(byKey.get(QUERY_KEYS.view), notices);
  const known = options.stepIds ? new Set(options.stepIds) : null;
  const step = readStep(byKey.get(QUERY_KEYS.step), known, notices);
  noteLookalikes(byKey, ledger, notices);

  return { state: { values, seed, view, step }, notices, fromVersion };
}

// --- writing -------------------------------------------------------------------------------------

function validSeed(seed: number): number {
  if (!Number.isFinite(seed)) return DEFAULT_SEED;
  return Math.min(SEED_MAX, Math.max(SEED_MIN, Math.trunc(seed)));
}

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
  const parts = [`${QUERY_KEYS.version}=${URL_FORMAT_VERSION}`];
  for (const spec of ledger) {
    const value = clampToSpec(spec, state.values[spec.id]);
    if (pin || value !== spec.default) parts.push(`${spec.short}=${String(value)}`);
  }
  const seed = validSeed(state.seed);
  if (pin || seed !== DEFAULT_SEED) parts.push(`${QUERY_KEYS.seed}=${seed}`);
  const view = CHART_VIEWS.includes(state.view) ? state.view : DEFAULT_VIEW;
  if (pin || view !== DEFAULT_VIEW) parts.push(`${QUERY_KEYS.view}=${view}`);
  const step = state.step;
  if (step && step.length <= LONGEST_STEP_ID && STEP_ID.test(step)) {
    parts.push(`${QUERY_KEYS.step}=${step}`);
  }
  return parts.join('&');
}
