// The small readers every link option is built from: a number, one word of a few, a list of
// sliders. Each takes the raw text of one value and says what it changed through `say`; none
// throws. The option table (options.ts) puts them together, one per key.
import type { ParameterId, ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { LinkCopy } from '../lib/content-types.ts';
import type { NoticeKind } from '../lib/notice.ts';
import { quoted } from '../lib/notice.ts';
import { fill } from '../lib/template.ts';

/**
 * Says what reading a value changed. The table's reader puts the option's label in front
 * ("Random seed: …"), unless the message is `whole` (a content sentence with its own label).
 */
export type Say = (kind: NoticeKind, message: string, whole?: boolean) => void;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const LONGEST_NUMBER = 64;

/** A plain decimal number (optionally with an exponent), or null: no hex, no Infinity, no ''. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim();
  if (text.length > LONGEST_NUMBER || !NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** "a, b or c" (content/links.yaml lists.or). */
export function orList(items: readonly string[], lists: LinkCopy['lists']): string {
  return items.length > 1
    ? fill(lists.or, { items: items.slice(0, -1).join(', '), last: items.at(-1)! })
    : (items[0] ?? '');
}

/**
 * One word of a few, read the one way every option reads words: spaces around it and letter case
 * do not matter ("Dark " is dark, "A4" is a4). null when it is none of them.
 */
export function word<T extends string>(raw: string, allowed: readonly T[]): T | null {
  const text = raw.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === text) ?? null;
}

/** Story state ids are kebab-case, e.g. 'export-begins'. */
export const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LONGEST_STEP_ID = 64;
export const isStepId = (raw: string) => raw.length <= LONGEST_STEP_ID && STEP_ID.test(raw);

/** A sane bound: there are not this many parameters, and a forged link may list thousands. */
const LONGEST_LIST = 200;

/** Sliders a reader can move: main and advanced assumptions. Fixed values stay in the ledger. */
export const adjustable = (p: ParameterSpec) => p.control === 'main' || p.control === 'advanced';

/**
 * Sliders named by short key, separated by commas ("je,bl"): those a reader can move, in the
 * link's order without repeats, and the keys that name none (each once, in the link's order,
 * with its assumption when it names a fixed one).
 */
export function sliderList(
  raw: string,
  ledger: readonly ParameterSpec[],
): { ids: ParameterId[]; refused: { token: string; fixed: ParameterSpec | null }[] } {
  const byShort = new Map(ledger.map((p) => [p.short, p]));
  const ids: ParameterId[] = [];
  const refused: { token: string; fixed: ParameterSpec | null }[] = [];
  for (const token of raw.split(',', LONGEST_LIST).map((t) => t.trim())) {
    if (token === '') continue;
    const spec = byShort.get(token);
    if (spec && adjustable(spec)) {
      if (!ids.includes(spec.id)) ids.push(spec.id);
    } else if (!refused.some((r) => r.token === token)) {
      refused.push({ token, fixed: spec ?? null });
    }
  }
  return { ids, refused };
}

/** “a”, “b”, “c” and 2 more (content/links.yaml lists.and and lists.more). */
export function quotedList(
  items: readonly string[],
  copy: Pick<LinkCopy, 'lists' | 'quote' | 'emptyValue'>,
  most = 3,
): string {
  const { lists } = copy;
  const shown = items.slice(0, most).map((item) => quoted(item, copy));
  const more = items.length - shown.length;
  if (more > 0) shown.push(fill(lists.more, { count: more }));
  return shown.length > 1
    ? fill(lists.and, { items: shown.slice(0, -1).join(', '), last: shown.at(-1)! })
    : shown[0]!;
}
