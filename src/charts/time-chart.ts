// Where everything in a monthly chart goes, for a given size: one or more panels stacked on one
// time axis, lines with their Monte Carlo bands, gridlines, and direct labels. Pure and
// deterministic (text is measured by estimate, not in the DOM), so the prerendered chart and the
// hydrated one are identical and the label rules can be unit-tested.
//
// Rules this layout keeps, whatever the data:
// - every panel's time axis runs from the start of the first month to the end of the last, so
//   all of a page's charts of one run end at the same month;
// - direct labels sit in a gutter right of the plot, where no line goes, and never on top of
//   each other (they are pushed apart, and wrapped when long);
// - a series marked as the "twin" of another (the no-export baseline) loses its label when the
//   two lines coincide, and the other's label then says so.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { formatNumber } from '../lib/format.ts';
import { textWidth, wrapText } from '../lib/svg-text.ts';
import type { Band } from './series.ts';
import { ASCENT, bottomAxisOf, headOf, timeTicks, xTickOffset, type XTick } from './time-axis.ts';

export type SeriesColour = 'ukraine' | 'us' | 'japan' | 'unmet' | 'engaged' | 'muted';

/** One line, with an optional band, in a panel. */
export interface TimeSeries {
  /** Stable key, written to the path's data-series (tests and styles use it). */
  key: string;
  /** The direct label at the line's end. */
  label: string;
  values: ArrayLike<number>;
  /**
   * Where point i sits on the time axis, in months from the start of the first month: i +
   * offset. Stocks (start of month i) use 0, monthly rates 0.5 (mid-month), running totals to
   * the end of month i use 1.
   */
  offset: number;
  style: 'solid' | 'dashed';
  colour: SeriesColour;
  band?: Band;
  /** The key of the series this one is compared with; its label goes when they coincide. */
  twinOf?: string;
  /** The twin's label when the two coincide, e.g. "With or without Japan". */
  sameLabel?: string;
}

export interface TimePanel {
  key: string;
  yLabel: string;
  format: 'count' | 'percent';
  /** A fixed top for the y axis (shares use 1); otherwise the data's, rounded up. */
  yMax?: number;
  /**
   * Without yMax: the axis reaches at least this, so it holds still while a slider moves the
   * data beneath it (a line that grows is seen to grow, not rescaled to the same shape).
   */
  yAtLeast?: number;
  series: TimeSeries[];
  /** A horizontal reference line (a stock's floor), labelled in the gutter. */
  floor?: { value: number; label: string };
  /** A vertical marker, in months from the start (e.g. when a stock runs out). */
  marker?: { at: number; label: string };
  /** Relative height among the chart's panels (default 1). */
  weight?: number;
  /** About how many values the y axis marks (default: one per 40 px of panel, 2 to 4). */
  ticks?: number;
}

export interface TimeChartSpec {
  /** 'YYYY-MM' of each month modelled; the axis runs from the first's start to the last's end. */
  months: readonly string[];
  panels: TimePanel[];
}

export interface PlacedLabel {
  key: string;
  lines: string[];
  /** Baseline of the first line. */
  y: number;
  kind: 'series' | 'floor';
  style: 'solid' | 'dashed';
}

export interface PanelLayout {
  key: string;
  top: number;
  bottom: number;
  yLabel: { x: number; y: number; text: string };
  yTicks: { y: number; label: string }[];
  lines: { key: string; d: string; style: 'solid' | 'dashed'; colour: SeriesColour }[];
  bands: { key: string; d90: string; d50: string; colour: SeriesColour }[];
  floor?: { y: number };
  marker?: {
    x: number;
    top: number;
    label: { x: number; y: number; anchor: string; lines: string[] };
  };
  labels: PlacedLabel[];
}

export interface TimeChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** Labelled times (time-axis.ts). */
  xTicks: XTick[];
  xTickY: number;
  panels: PanelLayout[];
  fontSize: number;
}

const LEFT = 44;
const PANEL_GAP = 12;
const GUTTER_PAD = 8;
const EDGE = 4;
/** Direct labels are bold, wider than textWidth's average character: "With or without Japan"
 * was cut off at the frame's edge at every desktop width. */
const BOLD = 1.12;

/**
 * Room the right gutter takes: the widest label, within limits, so lines keep most of the
 * width; but never less than its longest word (a word is not broken, so it would run off the
 * picture: "Interceptors" in the projector's larger words on a phone).
 */
function gutterWidth(texts: string[], width: number, fontSize: number): number {
  const widest = Math.max(0, ...texts.map((t) => textWidth(t, fontSize) * BOLD));
  const longestWord = Math.max(
    0,
    ...texts.flatMap((t) => t.split(/\s+/).map((w) => textWidth(w, fontSize) * BOLD)),
  );
  const most = Math.max(64, Math.min(170, width * 0.3));
  return Math.max(longestWord, Math.min(most, widest)) + GUTTER_PAD + EDGE;
}

/** Largest distance, in pixels, between two series drawn on the same scale. */
function separation(a: TimeSeries, b: TimeSeries, y: ScaleLinear<number, number>): number {
  let most = 0;
  const n = Math.min(a.values.length, b.values.length);
  for (let i = 0; i < n; i++) most = Math.max(most, Math.abs(y(a.values[i]!) - y(b.values[i]!)));
  if (a.values.length !== b.values.length || a.offset !== b.offset) most = Infinity;
  return most;
}

/**
 * Spread labels (wanted position, height) apart so none overlaps another, keeping each as close
 * to where it wants to be as the others allow, inside [top, bottom]. Returns the new top of each
 * label, in the input order.
 */
export function spreadLabels(
  items: { want: number; height: number }[],
  top: number,
  bottom: number,
  gap = 2,
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.want - items[b]!.want);
  const placed = new Array<number>(items.length);
  // Down from the top: each label below the one above it.
  let floor = top;
  for (const i of order) {
    const at = Math.max(items[i]!.want, floor);
    placed[i] = at;
    floor = at + items[i]!.height + gap;
  }
  // Up from the bottom: pull back any that ran past the end.
  let ceiling = bottom;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    placed[i] = Math.min(placed[i]!, ceiling - items[i]!.height);
    ceiling = placed[i]! - gap;
  }
  return placed;
}

function maxOf(panel: TimePanel): number {
  let max = panel.floor?.value ?? 0;
  const take = (arr?: ArrayLike<number>) => {
    if (!arr) return;
    for (let i = 0; i < arr.length; i++) if (arr[i]! > max) max = arr[i]!;
  };
  for (const s of panel.series) {
    take(s.values);
    take(s.band?.p95);
  }
  return max;
}

function minOf(panel: TimePanel): number {
  let min = 0;
  const take = (arr?: ArrayLike<number>) => {
    if (!arr) return;
    for (let i = 0; i < arr.length; i++) if (arr[i]! < min) min = arr[i]!;
  };
  for (const s of panel.series) {
    take(s.values);
    take(s.band?.p05);
  }
  return min;
}

const formatTick = (format: TimePanel['format'], v: number) =>
  format === 'percent' ? `${formatNumber(v * 100)}%` : formatNumber(v);

export function layoutTimeChart(
  spec: TimeChartSpec,
  width: number,
  height: number,
  fontSize = 12,
): TimeChartLayout {
  const H = Math.max(1, spec.months.length);
  const labelTexts = spec.panels.flatMap((p) => [
    ...p.series.map((s) => s.sameLabel ?? s.label),
    ...p.series.map((s) => s.label),
    ...(p.floor ? [p.floor.label] : []),
  ]);
  const gutter = gutterWidth(labelTexts, width, fontSize);
  const plotLeft = LEFT;
  const plotRight = Math.max(plotLeft + 40, width - gutter);
  const x = scaleLinear().domain([0, H]).range([plotLeft, plotRight]);
  const lineHeight = Math.round(fontSize * 1.15);
  const labelWidth = gutter - GUTTER_PAD - EDGE;

  // The marker's label goes in rows above its panel's plot, where no line is drawn: right of
  // the marker where it fits, else left, wrapped if it fits neither way.
  const markers = spec.panels.map((panel) => {
    if (!panel.marker) return null;
    const mx = x(panel.marker.at);
    const w = textWidth(panel.marker.label, fontSize) * 1.1;
    const right = width - EDGE - (mx + 5);
    const left = mx - 5 - EDGE;
    const onRight = w <= right || right >= left;
    const room = onRight ? right : left;
    const lines = w <= room ? [panel.marker.label] : wrapText(panel.marker.label, room, fontSize);
    return { mx, onRight, lines };
  });

  const weights = spec.panels.map((p) => p.weight ?? 1);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const head = headOf(fontSize);
  const headRooms = markers.map((m) => head + (m ? m.lines.length * lineHeight : 0));
  const fixed =
    bottomAxisOf(fontSize) +
    PANEL_GAP * (spec.panels.length - 1) +
    headRooms.reduce((sum, h) => sum + h, 0);
  const free = Math.max(40 * spec.panels.length, height - fixed);

  let cursor = 0;
  const panels = spec.panels.map((panel, index): PanelLayout => {
    const headRoom = headRooms[index]!;
    const top = cursor + headRoom;
    const bottom = top + (free * weights[index]!) / total;
    cursor = bottom + PANEL_GAP;
    const y = scaleLinear()
      .domain([minOf(panel), panel.yMax ?? Math.max(4, panel.yAtLeast ?? 0, maxOf(panel))])
      .range([bottom, top]);
    if (panel.yMax === undefined) y.nice(4);

    const toX = (s: TimeSeries) => (i: number) => x(i + s.offset);
    const lines = panel.series.map((s) => {
      const px = toX(s);
      const d =
        line<number>()
          .x((i) => px(i))
          .y((i) => y(s.values[i]!))(Array.from({ length: s.values.length }, (_, i) => i)) ?? '';
      return { key: s.key, d, style: s.style, colour: s.colour };
    });
    const bands = panel.series.flatMap((s) => {
      if (!s.band) return [];
      const px = toX(s);
      const band = s.band;
      const idx = Array.from({ length: band.p05.length }, (_, i) => i);
      const shape = (lo: ArrayLike<number>, hi: ArrayLike<number>) =>
        area<number>()
          .x((i) => px(i))
          .y0((i) => y(lo[i]!))
          .y1((i) => y(hi[i]!))(idx) ?? '';
      return [
        {
          key: s.key,
          d90: shape(band.p05, band.p95),
          d50: shape(band.p25, band.p75),
          colour: s.colour,
        },
      ];
    });

    // Direct labels: one per series (twins that coincide share one), and the floor's.
    const hidden = new Set<string>();
    const relabel = new Map<string, string>();
    for (const s of panel.series) {
      const twin = s.twinOf ? panel.series.find((t) => t.key === s.twinOf) : undefined;
      if (twin && separation(s, twin, y) < 1.5) {
        hidden.add(s.key);
        if (s.sameLabel) relabel.set(twin.key, s.sameLabel);
      }
    }
    const wanted = [
      ...panel.series
        .filter((s) => !hidden.has(s.key) && s.values.length > 0)
        .map((s) => ({
          key: s.key,
          text: relabel.get(s.key) ?? s.label,
          at: y(s.values[s.values.length - 1]!),
          kind: 'series' as const,
          style: s.style,
        })),
      ...(panel.floor
        ? [
            {
              key: 'floor',
              text: panel.floor.label,
              at: y(panel.floor.value),
              kind: 'floor' as const,
              style: 'dashed' as const,
            },
          ]
        : []),
    ].map((l) => {
      const lines = wrapText(l.text, labelWidth / BOLD, fontSize);
      return { ...l, lines, height: lines.length * lineHeight };
    });
    // Up to half a line beyond the plot's top and foot, but not up into a marker's label.
    const tops = spreadLabels(
      wanted.map((l) => ({ want: l.at - l.height / 2, height: l.height })),
      markers[index] ? top : top - fontSize * 0.5,
      bottom + fontSize * 0.5,
    );
    const labels = wanted.map((l, i) => ({
      key: l.key,
      lines: l.lines,
      // Text baselines sit about 0.8 of a line below the label's top.
      y: tops[i]! + lineHeight * 0.8,
      kind: l.kind,
      style: l.style,
    }));

    const m = markers[index];
    const marker: PanelLayout['marker'] = m
      ? {
          x: m.mx,
          top,
          label: {
            x: m.onRight ? m.mx + 5 : m.mx - 5,
            y: top - 5 - (m.lines.length - 1) * lineHeight,
            anchor: m.onRight ? 'start' : 'end',
            lines: m.lines,
          },
        }
      : undefined;

    return {
      key: panel.key,
      top,
      bottom,
      // The first line of the head room (a marker's label lines sit below it).
      yLabel: {
        x: plotLeft - 36,
        y: top - headRoom + Math.ceil(ASCENT * fontSize),
        text: panel.yLabel,
      },
      // About one gridline per 40 px: four on a full chart, two on a compact one.
      yTicks: y
        .ticks(panel.ticks ?? Math.max(2, Math.min(4, Math.floor((bottom - top) / 40))))
        .map((t) => ({
          y: y(t),
          label: formatTick(panel.format, t),
        })),
      lines,
      bands,
      floor: panel.floor ? { y: y(panel.floor.value) } : undefined,
      marker,
      labels,
    };
  });

  const last = panels.at(-1);
  return {
    width,
    height,
    plotLeft,
    plotRight,
    xTicks: timeTicks(spec.months, (m) => x(m), fontSize),
    xTickY: (last?.bottom ?? height - bottomAxisOf(fontSize)) + xTickOffset(fontSize),
    panels,
    fontSize,
  };
}
