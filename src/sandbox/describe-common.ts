// Small pieces the sandbox's describers share.
import { formatCount, formatMonth } from '../lib/format.ts';
import { monthKey, type RunSeries } from '../../workers/stockpile/model.ts';
import { fill, type SandboxStrings } from './strings.ts';

/** Average days in a month, to turn a monthly rate of fire into days. */
export const DAYS_PER_MONTH = 30.44;
/** A stock under half an interceptor shows as 0: that is when it has run out. */
export const EMPTY = 0.5;

export const sum = (a: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i]!;
  return total;
};

/** Month t (t = 0 is January 2024) for readers: "March 2026". */
export const month = (t: number): string => formatMonth(monthKey(t));

/** The last month modelled, e.g. "December 2026". */
export function endMonth(run: RunSeries): string {
  return month(run.horizon - 1);
}

/** Days of Ukraine's wanted fire that `interceptors` buy: `extra / wantedPerMonth × 30.44`. */
export function daysOf(interceptors: number, wantedPerMonth: number): number {
  return wantedPerMonth > 0 ? (interceptors / wantedPerMonth) * DAYS_PER_MONTH : 0;
}

/** "about 9 days of defence at this rate of attack", from content/sandbox/strings.yaml. */
export function daysOfDefence(
  interceptors: number,
  wantedPerMonth: number,
  strings: SandboxStrings,
): string {
  const days = Math.round(daysOf(interceptors, wantedPerMonth));
  if (days < 1) return strings.headline.daysNone;
  if (days === 1) return strings.headline.daysOne;
  return fill(strings.headline.daysMany, { days: formatCount(days) });
}
