// Reading query strings that anyone may have typed, pasted or forged: never throws, keeps every
// key (even __proto__) as plain data, and reads the first of repeated keys.
import type { LinkCopy } from './content-types.ts';
import { quoted, type Notice } from './notice.ts';
import { fill } from './template.ts';

export type QueryPair = readonly [key: string, value: string];

/** The key/value pairs of a query string (with or without its '?'). */
export function queryPairs(query: string): QueryPair[] {
  try {
    // The platform's parser drops a leading '?' and never throws on bad percent-escapes.
    return [...new URLSearchParams(query)];
  } catch {
    return [];
  }
}

/** Every value of each key, in order. A Map, not an object: keys such as __proto__ are just keys. */
export function groupByKey(pairs: readonly QueryPair[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const list = byKey.get(key);
    if (list) list.push(value);
    else byKey.set(key, [value]);
  }
  return byKey;
}

/**
 * The first value of a repeated key, with a notice when the others differ from it (its words:
 * content/links.yaml `repeated`, after the label).
 */
export function firstValue(
  raws: readonly string[],
  param: string,
  label: string,
  copy: Pick<LinkCopy, 'labelled' | 'repeated' | 'quote' | 'emptyValue'>,
  notices: Notice[],
): string {
  const first = raws[0] ?? '';
  if (raws.some((r) => r !== first)) {
    const message = fill(copy.repeated, { value: quoted(first, copy) });
    notices.push({
      param,
      label,
      kind: 'dropped',
      message: fill(copy.labelled, { label, message }),
    });
  }
  return first;
}

/** Lower case, letters and digits only: 'JE', ' je' and 'japan_export_per_year' look like ours. */
export const normalKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
