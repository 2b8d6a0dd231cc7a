// The journalist's own words on an embed: an optional title above the chart and an optional note
// under it, typed in the Share or embed dialog and carried in the embed's link
// (heading=…&note=…). Read like every link value: never throws; the text is cleaned of control
// and text-direction characters, cut to length, and only ever shown as text, never as HTML.
import type { SharingCopy } from '../lib/content-types.ts';
import { cleanText, type Notice } from '../lib/notice.ts';
import { firstValue, groupByKey, queryPairs } from '../lib/query.ts';
import { fill } from '../lib/template.ts';

/** The link keys, and the longest text each takes (in characters). */
export const EMBED_TEXT = {
  heading: { key: 'heading', max: 100 },
  note: { key: 'note', max: 280 },
} as const;
export type EmbedTextField = keyof typeof EMBED_TEXT;

export interface EmbedText {
  /** '' for none. */
  heading: string;
  /** '' for none. */
  note: string;
}

export const NO_EMBED_TEXT: EmbedText = { heading: '', note: '' };

/** What a link's text may be: cleaned and cut as an embed would show it. */
export function cleanEmbedText(field: EmbedTextField, raw: string): string {
  return cleanText(raw, EMBED_TEXT[field].max).text.trim();
}

export function readEmbedText(
  query: string | URLSearchParams,
  copy: SharingCopy['notices'],
): { text: EmbedText; notices: Notice[] } {
  const byKey = groupByKey(queryPairs(query));
  const notices: Notice[] = [];
  const text = { ...NO_EMBED_TEXT };
  for (const field of Object.keys(EMBED_TEXT) as EmbedTextField[]) {
    const { key, max } = EMBED_TEXT[field];
    const raws = byKey.get(key);
    if (raws === undefined) continue;
    const label = field === 'heading' ? copy.headingLabel : copy.noteLabel;
    const raw = firstValue(raws, key, label, notices);
    const clean = cleanText(raw, max);
    text[field] = clean.text.trim();
    if (clean.cleaned)
      notices.push({ param: key, label, kind: 'clamped', message: fill(copy.cleaned, { label }) });
    if (clean.cut)
      notices.push({
        param: key,
        label,
        kind: 'clamped',
        message: fill(copy.shortened, { label, max }),
      });
  }
  return { text, notices };
}

/** The link's part for the text (no '?'), or '' when there is none. */
export function embedTextQuery(text: EmbedText): string {
  return (Object.keys(EMBED_TEXT) as EmbedTextField[])
    .map((field) => [EMBED_TEXT[field].key, cleanEmbedText(field, text[field])] as const)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
