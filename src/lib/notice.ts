// What reading a link changed, in words a reader can act on. Share links and embed options are
// read the same way: a value that cannot be used is dropped (the default is kept), one outside
// its range is clamped, an old link format is migrated, and each change says so.

export type NoticeKind = 'clamped' | 'dropped' | 'migrated';

export interface Notice {
  /** What the notice is about: a ledger id (e.g. 'ballisticLaunchesPerMonth') or a setting name. */
  param: string;
  /** How a reader knows it: the ledger label, or a plain name such as "Random seed". */
  label: string;
  kind: NoticeKind;
  /**
   * One plain-English sentence, starting with the label ("Random seed: …"); an old link that
   * still opens the same scenario says only that, in plain words. Text only: never as HTML.
   */
  message: string;
}

const LONGEST_ECHO = 24;

/** Cc: control characters; Cf: format characters (bidi overrides, zero-width joiners...). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * Text from outside (a link), made safe to show as text: no control or bidirectional-override
 * characters (which could make a sentence read differently from what it says), runs of white
 * space as one space, and at most `longest` characters (code points), the last one an ellipsis
 * when it was cut. `cleaned`: characters were removed; `cut`: it was shortened.
 */
export function cleanText(
  raw: string,
  longest: number,
): { text: string; cleaned: boolean; cut: boolean } {
  const spaced = raw.replace(/\s+/g, ' ');
  const visible = spaced.replace(INVISIBLE, '');
  const chars = Array.from(visible);
  const cut = chars.length > longest;
  return {
    text: cut ? `${chars.slice(0, longest - 1).join('')}…` : visible,
    cleaned: visible !== spaced,
    cut,
  };
}

/**
 * Text from a link, made safe to quote back in a message: no control or bidirectional-override
 * characters, and short.
 */
export function echo(raw: string): string {
  return cleanText(raw, LONGEST_ECHO).text;
}

/** “value”, echoed safely; "an empty value" when there is nothing to quote (`words`). */
export function quoted(raw: string, words: QuoteWords): string {
  const shown = echo(raw.trim());
  return shown ? words.quote.replace('{value}', () => shown) : words.emptyValue;
}

/** How a value from a link is quoted back, and what stands for nothing (content/links.yaml). */
export interface QuoteWords {
  /** The value in quotation marks, e.g. '“{value}”'. */
  quote: string;
  emptyValue: string;
}
