// Where the flow diagram's words go, and the room they take: one definition for the diagram
// (which draws them) and the layout tests (which check that none collide at any size). Text
// widths are estimated from the character count (src/lib/svg-text.ts), as everywhere in the
// graphics, so the same size always gives the same picture on the server and in the browser.
import type { EdgePath, FlowLayout } from './layout.ts';
import { FLOW_EDGES, FLOW_NODES, type FlowEdgeId, type FlowNodeId } from './states.ts';
import { CHAR_WIDTH, wrapText } from '../../lib/svg-text.ts';

/** An axis-aligned box in the diagram's coordinates. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block of text: its lines, where the first baseline sits, and the box it covers. */
export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: EdgePath['labelAnchor'];
  fontSize: number;
  lineHeight: number;
  box: Rect;
}

export interface FlowText {
  /** The diagram's base font size in px (edge labels are one smaller). */
  fontSize: number;
  edges: Record<FlowEdgeId, TextBlock>;
  nodes: Record<FlowNodeId, TextBlock>;
  /** The rule under the diagram when the Japan → Ukraine arrow is in focus. */
  rule: TextBlock;
  /** The "not allowed" mark on the Japan → Ukraine arrow. */
  mark: Rect;
}

/** Radius of the "not allowed" mark, in px. */
export const MARK_RADIUS = 11;

// Glyphs reach about this far above and below their baseline, as a fraction of the font size.
const ASCENT = 0.8;
const DESCENT = 0.25;

function block(
  lines: string[],
  x: number,
  y: number,
  anchor: TextBlock['anchor'],
  fontSize: number,
  lineHeight: number,
): TextBlock {
  const w = Math.max(0, ...lines.map((l) => l.length)) * fontSize * CHAR_WIDTH;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const top = y - ASCENT * fontSize;
  const h = (lines.length - 1) * lineHeight + (ASCENT + DESCENT) * fontSize;
  return { lines, x, y, anchor, fontSize, lineHeight, box: { x: left, y: top, w, h } };
}

/** The diagram's font size for a layout: smaller on a phone. */
export function flowFontSize(layout: FlowLayout): number {
  return layout.width < 400 ? 13 : 14;
}

/**
 * Every label of the diagram at this layout: edge labels centred on their spot (wrapped to
 * the room the layout gives them), node names centred in their boxes, and the rule note at the
 * foot. `labels` maps node and edge ids (and `japanToUkraineRule`) to their words
 * (content/graphics.yaml); a missing label is empty (a node shows its id).
 */
export function flowText(layout: FlowLayout, labels: Record<string, string>): FlowText {
  const fontSize = flowFontSize(layout);
  const edges = {} as Record<FlowEdgeId, TextBlock>;
  for (const id of FLOW_EDGES) {
    const edge = layout.edges[id];
    const size = fontSize - 1;
    const lines = wrapText(labels[id] ?? '', edge.labelWidth, size);
    const tall = (lines.length - 1) * fontSize;
    const y =
      edge.labelBlock === 'below'
        ? edge.labelY + ASCENT * size
        : edge.labelBlock === 'above'
          ? edge.labelY - DESCENT * size - tall
          : edge.labelY - tall / 2;
    edges[id] = block(lines, edge.labelX, y, edge.labelAnchor, size, fontSize);
  }
  const nodes = {} as Record<FlowNodeId, TextBlock>;
  for (const id of FLOW_NODES) {
    const node = layout.nodes[id];
    const lines = wrapText(labels[id] ?? id, node.w - 12, fontSize);
    const lineHeight = fontSize + 2;
    // Centred in the box: the middle of the block sits on the box's middle.
    const middle = node.y + node.h / 2;
    const y = middle - ((lines.length - 1) * lineHeight) / 2 + ((ASCENT - DESCENT) * fontSize) / 2;
    nodes[id] = block(lines, node.x + node.w / 2, y, 'middle', fontSize, lineHeight);
  }
  const ruleLines = wrapText(labels.japanToUkraineRule ?? '', layout.width - 24, fontSize);
  const ruleHeight = fontSize + 3;
  const rule = block(
    ruleLines,
    layout.width / 2,
    layout.height - 8 - (ruleLines.length - 1) * ruleHeight,
    'middle',
    fontSize,
    ruleHeight,
  );
  const arc = layout.edges.japanToUkraine;
  const mark = {
    x: arc.midX - MARK_RADIUS,
    y: arc.midY - MARK_RADIUS,
    w: 2 * MARK_RADIUS,
    h: 2 * MARK_RADIUS,
  };
  return { fontSize, edges, nodes, rule, mark };
}
