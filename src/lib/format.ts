// The one place numbers, percentages and months are turned into words for readers. One fixed
// locale (LOCALE), so a sentence reads the same on every machine (and in tests); the few words
// around a number ("under 1%") come from content/sandbox/strings.yaml, passed in.

/** The site's language for numbers and month names: British English, as all its copy. */
export const LOCALE = 'en-GB';

/** Month names, January first, in LOCALE (the platform's own names, ready for another locale). */
const monthName = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
export const MONTH_NAMES = Array.from({ length: 12 }, (_, month) =>
  monthName.format(Date.UTC(2000, month, 1)),
);

const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const upToOneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A count of things, rounded to a whole number: "1,234". Never "-0". */
export function formatCount(n: number): string {
  return whole.format(Math.round(n) || 0);
}

/** A setting as a slider shows it: "2.5", "1,000". */
export function formatNumber(n: number): string {
  return upToOneDecimal.format(n || 0);
}

/** The words for a share too small or too large to round honestly: `{limit}` is "1%" or "99%". */
export interface PercentWords {
  below: string;
  above: string;
}

/**
 * A share from 0 to 1 as a whole percentage, without rounding a real share to 0% or 100%, and
 * without rounding a small one up: 12 of 2,160 (0.56%) is "under 1%" (`words.below`), not "1%".
 */
export function formatPercent(share: number, words: PercentWords): string {
  const percent = (n: number) => `${whole.format(n)}%`;
  if (share > 0 && share < 0.01) return words.below.replaceAll('{limit}', percent(1));
  if (share < 1 && share >= 0.995) return words.above.replaceAll('{limit}', percent(99));
  return percent(Math.round(share * 100) || 0);
}

/** 'YYYY-MM' → "March 2026". */
export function formatMonth(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTH_NAMES[Number(month) - 1]} ${year}`;
}

/** "1 interceptor", "18 interceptors", "no interceptors" (counts are rounded first). */
export function countOf(n: number, singular: string, plural: string, zero = 'no'): string {
  const rounded = Math.round(n) || 0;
  if (rounded === 0) return `${zero} ${plural}`;
  return `${formatCount(rounded)} ${rounded === 1 ? singular : plural}`;
}

/** A value with its ledger unit: "20 interceptors a year", "1 interceptor per missile", "30%". */
export function formatWithUnit(value: number, unit: string): string {
  if (unit.startsWith('%')) return `${formatNumber(value)}${unit}`;
  const [first = '', ...rest] = unit.split(' ');
  const word = value === 1 && first.endsWith('s') ? first.slice(0, -1) : first;
  return [formatNumber(value), word, ...rest].join(' ');
}
