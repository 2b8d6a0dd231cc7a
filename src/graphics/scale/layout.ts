// The scale chart: horizontal bars on one shared axis. Pure layout for a size, an axis maximum
// (animated by the component) and the bars on show.
import { bands, linear, nice, ticks } from '../scales.ts';
import { formatNumber } from '../../lib/format.ts';
import type { ScaleBar } from '../../lib/content-types.ts';

export interface BarBox {
  id: string;
  label: string;
  valueLabel: string;
  status: ScaleBar['status'];
  x: number;
  y: number;
  w: number;
  h: number;
  visible: boolean;
  focus: boolean;
  /** Value label inside the bar (long bars) or after it (short ones). */
  inside: boolean;
  /** The value label's lines: "500 a year · reported", or its two halves on two lines where
   *  one line fits neither in the bar nor after it (a narrow phone). */
  valueLines: string[];
}

export interface ScaleLayout {
  left: number;
  right: number;
  bottom: number;
  ticks: { x: number; label: string }[];
  bars: BarBox[];
  fontSize: number;
}

export const niceMax = (max: number) => nice(0, max, 4)[1];

/** A character's advance as a share of the font size: generous, for the bold value labels. */
const CHAR = 0.6;

export function scaleLayout(
  bars: readonly ScaleBar[],
  shown: readonly string[],
  focus: readonly string[],
  axisMax: number,
  width: number,
  height: number,
): ScaleLayout {
  const fontSize = width < 400 ? 13 : 14;
  const left = 12;
  // Room right of the axis for half its last tick's label, which is centred on its tick.
  const tickChars = formatNumber(axisMax).length;
  const right = width - Math.max(16, (tickChars * (fontSize - 2) * CHAR) / 2 + 4);
  const bottom = height - 44;
  const x = linear([0, axisMax], [left, right]);
  const band = bands(bars.length, [20, Math.min(bottom, 20 + bars.length * 110)], 0.45, 0.2);
  const h = Math.min(44, band.bandwidth);
  const layoutBars = bars.map((bar, i): BarBox => {
    const w = Math.max(2, x(bar.value) - left);
    const valueLabel = `${formatNumber(bar.value)} a year`;
    // As drawn: the value and its status, e.g. "500 a year · reported".
    const text = (valueLabel.length + 3 + bar.status.length) * fontSize * CHAR;
    const fitsAfter = left + w + 6 + text <= width - 4;
    const inside = w > valueLabel.length * fontSize * CHAR + 110 || (!fitsAfter && w > text + 12);
    const oneLine = `${valueLabel} · ${bar.status}`;
    return {
      id: bar.id,
      label: bar.label,
      valueLabel,
      status: bar.status,
      x: left,
      y: Math.round(band.starts[i]! + band.bandwidth - h),
      w: Math.round(w * 10) / 10,
      h,
      visible: shown.includes(bar.id),
      focus: focus.includes(bar.id),
      // Inside a long bar, or inside when there is no room after it.
      inside,
      valueLines: inside || fitsAfter ? [oneLine] : [`${valueLabel} ·`, bar.status],
    };
  });
  const axis = ticks(0, axisMax, 4).map((t) => ({
    x: Math.round(x(t) * 10) / 10,
    label: formatNumber(t),
  }));
  return { left, right, bottom, ticks: axis, bars: layoutBars, fontSize };
}
