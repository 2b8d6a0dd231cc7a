// The journalist's own words on an embed: an optional title above the chart and an optional note
// under it, typed in the Share or embed dialog and carried in the embed's link
// (heading=…&note=…): a view of the option table (src/links/options.ts). Read like every link
// value: never throws; the text is cleaned of control and text-direction characters, cut to
// length, and only ever shown as text, never as HTML.
import type { LinkCopy } from '../lib/content-types.ts';
import { cleanText, type Notice } from '../lib/notice.ts';
import { groupByKey, queryPairs } from '../lib/query.ts';
import { EMBED_TEXT_MAX, LINK_OPTIONS } from '../links/options.ts';
import { readOptions, writeOption } from '../links/read.ts';

/** The link keys, and the longest text each takes (in characters). */
export const EMBED_TEXT = {
  heading: { key: LINK_OPTIONS.heading.key, max: EMBED_TEXT_MAX.heading },
  note: { key: LINK_OPTIONS.note.key, max: EMBED_TEXT_MAX.note },
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
  query: string,
  copy: LinkCopy,
): { text: EmbedText; notices: Notice[] } {
  const notices: Notice[] = [];
  const text = readOptions(
    ['heading', 'note'],
    groupByKey(queryPairs(query)),
    { page: 'embed', ledger: [], copy },
    notices,
  );
  return { text, notices };
}

/** The link's part for the text (no '?'), or '' when there is none. */
export function embedTextQuery(text: EmbedText): string {
  const context = { page: 'embed', ledger: [] } as const;
  return (Object.keys(EMBED_TEXT) as EmbedTextField[])
    .flatMap((field) => writeOption(field, text[field], context) ?? [])
    .join('&');
}
