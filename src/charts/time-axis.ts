// The room a monthly chart (time-chart.ts) keeps around its plot for the axes' words, and the
// time axis's ticks. Pure: text is measured by estimate, as in the chart's layout.
import { formatMonth } from '../lib/format.ts';
import { textWidth } from '../lib/svg-text.ts';

/** A labelled time; the ticks at the plot's ends are anchored inwards (start, end), so they keep
 * clear of the y axis's labels and of the direct labels in the gutter. */
export interface XTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** How far a line of text's box reaches above and below its baseline, in font sizes (the UI
 * font's ascent and descent), and either side of its middle when centred on it. */
export const ASCENT = 0.95;
const DESCENT = 0.25;
const HALF_LINE = 0.6;
/** Room above a panel for its y axis's name: a line of text clear of the top tick's label,
 * which is centred on the panel's top. */
export const headOf = (fontSize: number) =>
  Math.ceil((ASCENT + DESCENT + HALF_LINE) * fontSize + 4);
/** From the plot's foot to the time axis's baseline: its labels clear of the y axis's bottom
 * label, centred on the foot (a date centred on the first month sat on the "0"). */
export const xTickOffset = (fontSize: number) => Math.ceil((HALF_LINE + ASCENT) * fontSize + 2);
/** Room under the last panel for the time axis. */
export const bottomAxisOf = (fontSize: number) =>
  xTickOffset(fontSize) + Math.ceil(DESCENT * fontSize + 2);

/**
 * Ticks on the time axis: years (every one or two), or every six months on a short run. The
 * first and last, at the plot's ends, are anchored inwards; a label that would meet the one
 * before it is left out (the last one stays: it says where the run ends).
 */
export function timeTicks(
  months: readonly string[],
  x: (m: number) => number,
  fontSize: number,
): XTick[] {
  const H = months.length;
  const step = H > 72 ? 24 : H > 30 ? 12 : 6;
  const [y0 = 2024, m0 = 1] = (months[0] ?? '2024-01').split('-').map(Number);
  const ticks: { x: number; label: string }[] = [];
  for (let i = 0; i <= H; i++) {
    const monthIndex = m0 - 1 + i;
    const year = y0 + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    if (monthIndex % step !== 0) continue;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    ticks.push({
      x: x(i),
      label: step >= 12 ? String(year) : formatMonth(key).replace(/(\w{3})\w* /, '$1 '),
    });
  }
  const left = x(0);
  const right = x(H);
  const placed = ticks.map((t) => {
    const anchor: 'start' | 'middle' | 'end' =
      Math.abs(t.x - left) < 1 ? 'start' : Math.abs(t.x - right) < 1 ? 'end' : 'middle';
    const w = textWidth(t.label, fontSize);
    const from = anchor === 'start' ? t.x : anchor === 'end' ? t.x - w : t.x - w / 2;
    return { ...t, anchor, from, to: from + w };
  });
  // Half a letter's height apart at least.
  const gap = fontSize / 2;
  const kept: typeof placed = [];
  for (const [i, t] of placed.entries()) {
    const isLast = i === placed.length - 1;
    while (isLast && kept.length > 1 && kept.at(-1)!.to + gap > t.from) kept.pop();
    if (!kept.length || isLast || kept.at(-1)!.to + gap <= t.from) kept.push(t);
  }
  return kept.map(({ x: at, label, anchor }) => ({ x: at, label, anchor }));
}
