// Reading options from a link with the table (options.ts): each key's first value through its
// parser, every change said as a Notice that starts with the option's label, and keys that look
// like ours (another case, stray punctuation, an old name) ignored with a notice. Other keys are
// ignored silently: hosts and analytics add their own (utm_source, fbclid, childId...).
import type { LinkCopy } from '../lib/content-types.ts';
import { quoted, type Notice } from '../lib/notice.ts';
import { firstValue, normalKey } from '../lib/query.ts';
import { fill } from '../lib/template.ts';
import {
  LINK_OPTIONS,
  labelOf,
  type OptionKey,
  type OptionValues,
  type ReadContext,
  type WriteContext,
} from './options.ts';

/** A key a link may carry and what it stands for, for the lookalike check. */
export interface KeyTarget {
  /** The key as this page reads it. */
  key: string;
  /** Another key the page reads for it (childId for id). */
  alias?: string;
  /** Other spellings that mean it (old names); their other cases and punctuation too. */
  lookalikes: readonly string[];
  param: string;
  label: string;
}

/** One option's value from a link grouped by key (queryPairs → groupByKey). */
export function readOption<K extends OptionKey>(
  key: K,
  byKey: ReadonlyMap<string, readonly string[]>,
  context: ReadContext,
  notices: Notice[],
): OptionValues[K] {
  const option = LINK_OPTIONS[key];
  const raws = byKey.get(option.key) ?? (option.alias ? byKey.get(option.alias) : undefined);
  if (raws === undefined) return option.fallback(context) as OptionValues[K];
  const label = labelOf(option, context);
  const param = option.param;
  const raw = firstValue(raws, param, label, context.copy, notices);
  return option.parse(raw, context, (kind, message, whole = false) =>
    notices.push({
      param,
      label,
      kind,
      message: whole ? message : fill(context.copy.labelled, { label, message }),
    }),
  ) as OptionValues[K];
}

/** The table's options as lookalike targets. */
export function targetsOf(keys: readonly OptionKey[], context: ReadContext): KeyTarget[] {
  return keys.map((key) => {
    const option = LINK_OPTIONS[key];
    return {
      key: option.key,
      alias: option.alias,
      lookalikes: option.lookalikes,
      param: option.param,
      label: labelOf(option, context),
    };
  });
}

/**
 * Notices for keys that are not ours exactly but look like one of `targets` (each target once),
 * in the link's order. The first target to claim a spelling keeps it.
 */
export function noteLookalikes(
  linkKeys: Iterable<string>,
  targets: readonly KeyTarget[],
  copy: Pick<LinkCopy, 'labelled' | 'lookalike' | 'quote' | 'emptyValue'>,
  notices: Notice[],
): void {
  const exact = new Set(targets.flatMap((t) => (t.alias ? [t.key, t.alias] : [t.key])));
  const byNormal = new Map<string, KeyTarget>();
  for (const target of targets) {
    for (const name of [target.key, ...target.lookalikes]) {
      if (!byNormal.has(normalKey(name))) byNormal.set(normalKey(name), target);
    }
  }
  const noted = new Set<string>();
  for (const key of linkKeys) {
    if (exact.has(key)) continue;
    const target = byNormal.get(normalKey(key));
    if (!target || noted.has(target.param)) continue;
    noted.add(target.param);
    const message = fill(copy.lookalike, { key: quoted(key, copy), reads: target.key });
    notices.push({
      param: target.param,
      label: target.label,
      kind: 'dropped',
      message: fill(copy.labelled, { label: target.label, message }),
    });
  }
}

/** Several options at once, then their lookalikes: what a page's reader does. */
export function readOptions<K extends OptionKey>(
  keys: readonly K[],
  byKey: ReadonlyMap<string, readonly string[]>,
  context: ReadContext,
  notices: Notice[],
): Pick<OptionValues, K> {
  const values = {} as Pick<OptionValues, K>;
  for (const key of keys) values[key] = readOption(key, byKey, context, notices);
  noteLookalikes(byKey.keys(), targetsOf(keys, context), context.copy, notices);
  return values;
}

/**
 * One option's value as link text ("key=value", encoded), or null when the link needs none:
 * nothing to write, or (unless `pin`) a value that reads as the option's fallback. Pinned links
 * write every setting, so a later change of a default never changes what they show.
 */
export function writeOption<K extends OptionKey>(
  key: K,
  value: OptionValues[K],
  context: WriteContext,
  pin = false,
): string | null {
  const option = LINK_OPTIONS[key];
  const serialize = option.serialize as (
    value: OptionValues[K],
    context: WriteContext,
  ) => string | null;
  const text = serialize(value, context);
  if (text === null) return null;
  if (!pin && text === serialize(option.fallback(context) as OptionValues[K], context)) return null;
  const encoded = encodeURIComponent(text);
  // Commas stay readable in lists of sliders (hide=je,bl).
  return `${option.key}=${Array.isArray(value) ? encoded.replace(/%2C/g, ',') : encoded}`;
}
