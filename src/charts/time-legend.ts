// The legend of a monthly chart (time-chart.ts): one swatch and label for each line and each
// kind of shaded range, in rows that fit the chart's width, above the plot. Lines are labelled
// directly at their ends too; the legend is what says what the shading is, so a chart that
// travels (an embed, a download, a fallback picture) explains itself. Pure, like the layout.
import { textWidth } from '../lib/svg-text.ts';
import type { SeriesColour, TimeChartSpec } from './time-chart.ts';

/** The words for the shaded ranges (content/sharing.yaml, legend). */
export interface LegendWords {
  band50: string;
  band90: string;
}

export interface LegendItem {
  kind: 'line' | 'dashed' | 'band50' | 'band90';
  colour: SeriesColour;
  text: string;
  /** The swatch's left edge and the row's middle. */
  x: number;
  y: number;
}

export interface LegendLayout {
  items: LegendItem[];
  /** The room the legend takes above the plot (0 without one). */
  height: number;
}

/** A swatch's width; the gap between swatch and text, and between items. */
export const LEGEND_SWATCH = 22;
const TEXT_GAP = 6;
const ITEM_GAP = 16;
const EDGE = 4;

/**
 * Where each legend item goes in a chart `width` px wide. Each line once (by label and look),
 * solid lines first, then dashed ones, then the two ranges; a range's swatch takes its lines'
 * colour, or a neutral one where ranges of several colours share the chart.
 */
export function layoutLegend(
  spec: TimeChartSpec,
  words: LegendWords | undefined,
  width: number,
  fontSize = 12,
): LegendLayout {
  if (!words) return { items: [], height: 0 };
  const series = spec.panels.flatMap((p) => p.series);
  const seen = new Set<string>();
  const lines: Omit<LegendItem, 'x' | 'y'>[] = [];
  for (const style of ['solid', 'dashed'] as const)
    for (const s of series) {
      if (s.style !== style) continue;
      const key = `${style}|${s.colour}|${s.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push({ kind: style === 'solid' ? 'line' : 'dashed', colour: s.colour, text: s.label });
    }
  const banded = [...new Set(series.filter((s) => s.band).map((s) => s.colour))];
  const bandColour: SeriesColour = banded.length === 1 ? banded[0]! : 'muted';
  const items = [
    ...lines,
    ...(banded.length
      ? [
          { kind: 'band50' as const, colour: bandColour, text: words.band50 },
          { kind: 'band90' as const, colour: bandColour, text: words.band90 },
        ]
      : []),
  ];
  const row = Math.round(fontSize * 1.5);
  const placed: LegendItem[] = [];
  let x = 0;
  let r = 0;
  for (const item of items) {
    const w = LEGEND_SWATCH + TEXT_GAP + textWidth(item.text, fontSize) * 1.05;
    if (x > 0 && EDGE + x + w > width - EDGE) {
      r += 1;
      x = 0;
    }
    placed.push({ ...item, x: EDGE + x, y: r * row + row / 2 });
    x += w + ITEM_GAP;
  }
  return { items: placed, height: placed.length ? (r + 1) * row + 8 : 0 };
}

/** Where a legend item's text starts, from its swatch's left edge. */
export const LEGEND_TEXT_X = LEGEND_SWATCH + TEXT_GAP;
