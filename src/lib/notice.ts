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

/**
 * Text from a link, made safe to quote back in a message: no control or bidirectional-override
 * characters (which could make the sentence read differently from what it says), and short.
 */
export function echo(raw: string): string {
  // Cc: control characters; Cf: format characters (bidi overrides, zero-width joiners...).
  const visible = raw.replace(/[\p{Cc}\p{Cf}]/gu, '');
  const chars = Array.from(visible);
  return chars.length > LONGEST_ECHO ? `${chars.slice(0, LONGEST_ECHO - 1).join('')}…` : visible;
}

/** “value”, echoed safely; "an empty value" when there is nothing to quote. */
export function quoted(raw: string): string {
  const shown = echo(raw.trim());
  return shown ? `“${shown}”` : 'an empty value';
}
