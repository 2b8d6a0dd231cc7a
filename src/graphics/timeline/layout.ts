// Where the timeline's dots, ticks and labels go, for a given size and window of time. Pure.
// Time runs top to bottom; labels sit to the right and are pushed apart so they never overlap,
// with a leader line back to their dot.
import { linear } from '../scales.ts';
import type { TimelineEvent } from '../../lib/content-types.ts';
import { wrapText } from '../../lib/svg-text.ts';
import { decimalYear, type TimelineGroup } from './states.ts';

export interface TimelineDot {
  id: string;
  y: number;
  visible: boolean;
  focus: boolean;
}

export interface TimelineLabel {
  id: string;
  dotY: number;
  top: number;
  date: string;
  lines: string[];
  detail: string[];
  focus: boolean;
}

export interface TimelineTick {
  y: number;
  label: string;
}

export interface TimelineLayout {
  axisX: number;
  labelX: number;
  top: number;
  bottom: number;
  dots: TimelineDot[];
  labels: TimelineLabel[];
  ticks: TimelineTick[];
  fontSize: number;
  lineHeight: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatEventDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function ticksFor(from: number, to: number): { value: number; label: string }[] {
  const span = to - from;
  const out: { value: number; label: string }[] = [];
  if (span >= 3) {
    const step = span >= 30 ? 10 : span >= 12 ? 5 : span >= 6 ? 2 : 1;
    for (let y = Math.ceil(from / step) * step; y <= to; y += step)
      out.push({ value: y, label: String(y) });
  } else {
    // Short windows: a tick every quarter.
    for (let q = Math.ceil(from * 4); q / 4 <= to; q++) {
      const value = q / 4;
      const year = Math.floor(value);
      const month = Math.round((value - year) * 12);
      out.push({ value, label: month === 0 ? String(year) : `${MONTHS[month]} ${year}` });
    }
  }
  return out;
}

export interface TimelineInput {
  events: readonly TimelineEvent[];
  from: number;
  to: number;
  show: readonly TimelineGroup[];
  focus: TimelineGroup;
  width: number;
  height: number;
}

export function timelineLayout(input: TimelineInput): TimelineLayout {
  const { events, from, to, show, focus, width, height } = input;
  const fontSize = width < 400 ? 13 : 14;
  const lineHeight = fontSize + 4;
  const top = 16;
  const bottom = height - 16;
  const axisX = width < 400 ? 66 : 78; // room for "Oct 2025" ticks on a phone
  const labelX = axisX + 28;
  const y = linear([from, to], [top, bottom]);
  const maxLabelWidth = Math.min(360, width - labelX - 8);

  const dots: TimelineDot[] = events.map((e) => {
    const t = decimalYear(e.date);
    const inWindow = t >= from && t <= to;
    return {
      id: e.id,
      y: Math.round(y(t) * 10) / 10,
      visible: inWindow && show.includes(e.group as TimelineGroup),
      focus: e.group === focus,
    };
  });

  const place = (withDetail: boolean) => {
    const labels: TimelineLabel[] = [];
    events.forEach((e, i) => {
      const dot = dots[i]!;
      if (!dot.visible) return;
      labels.push({
        id: e.id,
        dotY: dot.y,
        top: 0,
        date: formatEventDate(e.date),
        lines: wrapText(e.label, maxLabelWidth, fontSize),
        detail: withDetail && dot.focus ? wrapText(e.detail, maxLabelWidth, fontSize - 1) : [],
        focus: dot.focus,
      });
    });
    labels.sort((a, b) => a.dotY - b.dotY);
    const heightOf = (l: TimelineLabel) => (1 + l.lines.length + l.detail.length) * lineHeight;
    // Push down from the top so labels never overlap, centred on their dot where possible...
    let cursor = top;
    for (const l of labels) {
      l.top = Math.max(cursor, l.dotY - lineHeight / 2);
      cursor = l.top + heightOf(l) + 6;
    }
    // ...then pull back up from the bottom if the last ones ran off the end.
    let limit = bottom;
    for (let i = labels.length - 1; i >= 0; i--) {
      const l = labels[i]!;
      l.top = Math.min(l.top, limit - heightOf(l));
      limit = l.top - 6;
    }
    const fits = labels.every((l) => l.top >= top - 1);
    return { labels, fits };
  };

  let placed = place(true);
  if (!placed.fits) placed = place(false);

  const ticks = ticksFor(from, to).map((t) => ({
    y: Math.round(y(t.value) * 10) / 10,
    label: t.label,
  }));
  return { axisX, labelX, top, bottom, dots, labels: placed.labels, ticks, fontSize, lineHeight };
}
