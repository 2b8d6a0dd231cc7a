// The sentences the sandbox's describers fill in live in content/sandbox/strings.yaml, so a
// writer can edit them. This file says which sentences there are and which {names} each must
// use (the build checks the file against it, with file and line), and fills them in.
import { countOf, formatNumber } from '../lib/format.ts';

/** Every sentence, by group and key, with the {names} it must use (and no others). */
export const STRING_NAMES = {
  summary: {
    follows: ['start', 'end'],
    japan: ['perYear', 'month', 'backfill'],
    backfillAll: [],
    backfillNone: [],
    backfillShare: ['share'],
    demand: ['launches', 'reach', 'perTarget', 'wanted', 'us', 'others'],
    perTargetUnit: [],
    usNothing: [],
    usAtMost: ['cap'],
    othersNothing: [],
    othersSend: ['count'],
  },
  period: {
    from: ['month'],
    fromTo: ['month', 'end'],
    in: ['month'],
  },
  events: {
    exportsBegin: ['month', 'perYear'],
    japanFloor: ['period', 'floor', 'mhi'],
    japanFloorNoOutput: ['period', 'floor'],
    japanBelowFloor: ['period', 'floor'],
    transferCap: ['period', 'cap'],
    transferCapZero: ['period'],
    usPoolFloor: ['period', 'floor', 'cap'],
    usPoolBelowFloor: ['period', 'floor'],
    ukraineShort: ['period', 'share'],
    ukraineStockCross: ['period', 'steady', 'end'],
    usPoolCross: ['period', 'steady', 'end'],
  },
  headline: {
    noExports: ['end'],
    afterHorizon: ['month', 'end'],
    nothingToExport: ['end'],
    atFloor: ['end'],
    noBackfill: ['end', 'exported'],
    staysInPool: ['end', 'freed'],
    tooLittle: ['end'],
    allFired: ['end', 'extra', 'engaged', 'days'],
    allKept: ['end', 'extra', 'days'],
    someKept: ['end', 'extra', 'engaged', 'fired', 'kept', 'days'],
    daysNone: [],
    daysOne: [],
    daysMany: ['days'],
  },
  difference: {
    scale: ['end', 'extra', 'days', 'share', 'need', 'months', 'times', 'mhi'],
    range: ['runs', 'end', 'low', 'high', 'median'],
    rangeOne: ['runs', 'end', 'extra'],
  },
  engagedShare: {
    differs: ['start', 'end', 'with', 'without'],
    same: ['start', 'end', 'with'],
  },
  goalSeek: {
    answer: ['goal', 'end', 'lever', 'central', 'half', 'runs', 'nineTenths'],
    atLeast: ['value'],
    atMin: ['value'],
    already: ['share'],
    beyond: ['max'],
    everywhere: ['goal', 'end', 'lever'],
    nowhere: ['goal', 'end', 'lever', 'max', 'best'],
    instead: ['others'],
    otherLever: ['lever', 'value'],
    noOther: [],
  },
  levers: {
    japanExportPerYear: [],
    mhiOutputPerYear: [],
    usProductionFrom2026: [],
    usShareForUkraine: [],
  },
  runOut: {
    bothLast: ['end'],
    lastWith: ['end', 'without'],
    differs: ['with', 'without'],
    same: ['with'],
  },
  unmet: {
    none: ['start', 'end'],
    noneWith: ['start', 'end', 'without'],
    same: ['start', 'end', 'share'],
    differs: ['start', 'end', 'with', 'without'],
  },
  percent: {
    below: ['limit'],
    above: ['limit'],
  },
  range: {
    one: ['runs', 'end', 'count'],
    between: ['runs', 'end', 'low', 'high', 'median'],
  },
  stockPath: {
    usPool: [],
    japanStock: [],
    belowFloor: ['name', 'start', 'floor', 'end', 'last'],
    neverFloor: ['name', 'start', 'floor', 'end', 'last'],
    reachesFloor: ['name', 'start', 'floor', 'month', 'end', 'last'],
  },
  table: {
    month: ['when'],
    start: [],
    during: [],
    end: [],
    rangeLow: ['level'],
    rangeHigh: ['level'],
    duringPercent: ['name'],
    percent: ['name'],
  },
  change: {
    setting: ['label', 'value', 'consequence'],
    delivered: ['end', 'now', 'direction', 'was'],
    wasBy: ['was', 'end'],
    up: [],
    down: [],
    runOutLasts: ['end', 'was'],
    runOutNow: ['now', 'end'],
    runOutMoved: ['now', 'was'],
    unmet: ['now', 'direction', 'was'],
    finalStock: ['end', 'now', 'direction', 'was'],
    wasAtEnd: ['was', 'end'],
    nothing: [],
    crossing: ['month'],
    sameTotal: ['end'],
    preset: ['preset'],
    reset: [],
  },
  predict: {
    lastsBeyond: ['month'],
    bothLast: ['end'],
    guessRunsOut: ['guess', 'end'],
    guessLasts: ['end', 'model'],
    sameMonth: ['model'],
    gap: ['guess', 'gap', 'direction', 'model'],
    later: [],
    earlier: [],
    inRange: ['inside', 'dates'],
    matches: [],
    furthest: ['date', 'guess', 'model'],
    date: ['month'],
    guessValue: ['guess', 'date'],
    start: ['month', 'count', 'status'],
    startSheet: ['month', 'count', 'status'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

type Names = typeof STRING_NAMES;
/** content/sandbox/strings.yaml, validated: one template per sentence. */
export type SandboxStrings = { [G in keyof Names]: { [K in keyof Names[G]]: string } };

/** {name} or {name|singular|plural}. */
const PLACEHOLDER = /\{([a-zA-Z]+)(?:\|([^|{}]+)\|([^|{}]+))?\}/g;

/** The {names} a template uses, in order (repeats kept). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Braces that are not a well-formed {name} or {name|singular|plural}. */
export function strayBraces(template: string): boolean {
  return /[{}]/.test(template.replace(PLACEHOLDER, ''));
}

/**
 * Fill a template. A {name} takes a string as it is, or a number written with up to one
 * decimal; a {name|singular|plural} takes a count: "1 interceptor", "12 interceptors",
 * "no interceptors". Throws if a name has no value (the build makes sure none is missing).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (_match, name: string, one?: string, other?: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    if (one !== undefined && other !== undefined) return countOf(Number(value), one, other);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * A template filled on either side of one {slot} that the component draws as markup (a status
 * label in its colour): the text before the slot and the text after it. A template without the
 * slot (the build makes sure it has it) gives all its text before.
 */
export function fillAround(
  template: string,
  slot: string,
  values: Record<string, string | number>,
): [before: string, after: string] {
  const at = template.indexOf(`{${slot}}`);
  if (at < 0) return [fill(template, values), ''];
  return [fill(template.slice(0, at), values), fill(template.slice(at + slot.length + 2), values)];
}
