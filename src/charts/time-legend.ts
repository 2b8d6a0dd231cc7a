// The legend of a monthly chart (time-chart.ts): one swatch and label for each line and each
// kind of shaded range, in rows that fit the chart's width, above the plot. Lines are labelled
// directly at their ends too; the legend is what says what the shading is, so a chart that
// travels (an embed, a download, a fallback picture) explains itself. Pure, like the layout.
import { textWidth, wrapText } from '../lib/svg-text.ts';
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
  /** The text's lines: one, unless it is wider than the chart (a narrow one, larger words). */
  lines: string[];
  /** The swatch's left edge and the middle of the item's first line. */
  x: number;
  y: number;
}

export interface LegendLayout {
  items: LegendItem[];
  /** The room the legend takes above the plot (0 without one). */
  height: number;
  /** From one line of a wrapped item's text to the next. */
  lineHeight: number;
}

/** A swatch's width; the gap between swatch and text, and between items. */
export const LEGEND_SWATCH = 22;
const TEXT_GAP = 6;
/** Where a legend item's text starts, from its swatch's left edge. */
export const LEGEND_TEXT_X = LEGEND_SWATCH + TEXT_GAP;
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
  const lineHeight = Math.round(fontSize * 1.15);
  if (!words) return { items: [], height: 0, lineHeight };
  const series = spec.panels.flatMap((p) => p.series);
  const seen = new Set<string>();
  const lines: Omit<LegendItem, 'x' | 'y' | 'lines'>[] = [];
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
  const room = Math.max(40, width - 2 * EDGE - LEGEND_TEXT_X);
  const placed: LegendItem[] = [];
  let x = 0;
  let rowTop = 0;
  let rowLines = 1;
  for (const item of items) {
    const lines =
      textWidth(item.text, fontSize) * 1.05 <= room
        ? [item.text]
        : wrapText(item.text, room / 1.05, fontSize);
    const w = LEGEND_TEXT_X + Math.max(...lines.map((line) => textWidth(line, fontSize) * 1.05));
    if (x > 0 && EDGE + x + w > width - EDGE) {
      rowTop += row + (rowLines - 1) * lineHeight;
      rowLines = 1;
      x = 0;
    }
    placed.push({ ...item, lines, x: EDGE + x, y: rowTop + row / 2 });
    rowLines = Math.max(rowLines, lines.length);
    x += w + ITEM_GAP;
  }
  const height = placed.length ? rowTop + row + (rowLines - 1) * lineHeight + 8 : 0;
  return { items: placed, height, lineHeight };
}
