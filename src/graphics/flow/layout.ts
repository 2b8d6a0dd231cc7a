// Where the flow diagram's boxes and arrows go for a given size. Pure: the same size always
// gives the same picture. Wide screens read left to right (Japan → US → Ukraine); narrow ones
// top to bottom. The box and arrow helpers are shared with the sandbox's live diagram
// (live-layout.ts), which lays out the same chain with quantities on it.
import type { FlowEdgeId, FlowNodeId } from './states.ts';

export interface NodeBox<Id extends string = FlowNodeId> {
  id: Id;
  x: number;
  y: number;
  w: number;
  h: number;
  kind: 'factory' | 'stock' | 'threat';
  country: 'japan' | 'us' | 'ukraine' | 'russia';
}

export interface EdgePath<Id extends string = FlowEdgeId> {
  id: Id;
  d: string;
  /** Where the edge's label sits. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  /** Room for the label before it must wrap. */
  labelWidth: number;
  /** Middle of the path, for the "not allowed" mark. */
  midX: number;
  midY: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  orientation: 'wide' | 'narrow';
  nodes: Record<FlowNodeId, NodeBox>;
  edges: Record<FlowEdgeId, EdgePath>;
}

export const round = (v: number) => Math.round(v * 10) / 10;

export function box<Id extends string>(
  id: Id,
  cx: number,
  cy: number,
  w: number,
  h: number,
  kind: NodeBox['kind'],
  country: NodeBox['country'],
): NodeBox<Id> {
  return {
    id,
    x: round(cx - w / 2),
    y: round(cy - h / 2),
    w: round(w),
    h: round(h),
    kind,
    country,
  };
}

// Edge endpoints sit on the box edges, with a gap so arrowheads stay visible.
const GAP = 6;
type Box = Pick<NodeBox<string>, 'x' | 'y' | 'w' | 'h'>;
export const right = (b: Box) => ({ x: b.x + b.w + GAP, y: b.y + b.h / 2 });
export const left = (b: Box) => ({ x: b.x - GAP, y: b.y + b.h / 2 });
export const top = (b: Box) => ({ x: b.x + b.w / 2, y: b.y - GAP });
export const bottom = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h + GAP });

export function straight<Id extends string>(
  id: Id,
  a: { x: number; y: number },
  b: { x: number; y: number },
  label: { dx: number; dy: number; anchor: EdgePath['labelAnchor']; width?: number },
): EdgePath<Id> {
  const midX = (a.x + b.x) / 2;
  const midY = (a.y + b.y) / 2;
  const horizontal = Math.abs(b.y - a.y) < 1;
  return {
    id,
    d: `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`,
    labelX: round(midX + label.dx),
    labelY: round(midY + label.dy),
    labelAnchor: label.anchor,
    labelWidth: round(label.width ?? (horizontal ? Math.abs(b.x - a.x) - 6 : 120)),
    midX: round(midX),
    midY: round(midY),
  };
}

/** A quadratic curve from a to b bending through control point c. */
export function curve<Id extends string>(
  id: Id,
  a: { x: number; y: number },
  c: { x: number; y: number },
  b: { x: number; y: number },
  label: { dx: number; dy: number; anchor: EdgePath['labelAnchor']; width?: number },
): EdgePath<Id> {
  // The curve's midpoint (t = 0.5) of a quadratic Bézier.
  const midX = 0.25 * a.x + 0.5 * c.x + 0.25 * b.x;
  const midY = 0.25 * a.y + 0.5 * c.y + 0.25 * b.y;
  return {
    id,
    d: `M${round(a.x)},${round(a.y)}Q${round(c.x)},${round(c.y)} ${round(b.x)},${round(b.y)}`,
    labelX: round(midX + label.dx),
    labelY: round(midY + label.dy),
    labelAnchor: label.anchor,
    labelWidth: round(label.width ?? 160),
    midX: round(midX),
    midY: round(midY),
  };
}

export function flowLayout(width: number, height: number): FlowLayout {
  return width >= 560 ? wideLayout(width, height) : narrowLayout(width, height);
}

function wideLayout(width: number, height: number): FlowLayout {
  const colJapan = width * 0.17;
  const colUs = width * 0.5;
  const colUkraine = width * 0.83;
  const rowFactory = height * 0.2;
  const rowStock = height * 0.54;
  const w = Math.min(160, width * 0.2);
  const h = 54;
  const nodes: Record<FlowNodeId, NodeBox> = {
    mhi: box('mhi', colJapan, rowFactory, w, h, 'factory', 'japan'),
    lm: box('lm', colUs, rowFactory, w, h, 'factory', 'us'),
    russia: box('russia', colUkraine, rowFactory, w * 0.8, h * 0.8, 'threat', 'russia'),
    japanStock: box('japanStock', colJapan, rowStock, w, h + 8, 'stock', 'japan'),
    usPool: box('usPool', colUs, rowStock, w, h + 8, 'stock', 'us'),
    ukraine: box('ukraine', colUkraine, rowStock, w, h + 8, 'stock', 'ukraine'),
  };
  const n = nodes;
  const arcY = Math.min(height - 30, rowStock + height * 0.36);
  const edges: Record<FlowEdgeId, EdgePath> = {
    licence: straight('licence', left(n.lm), right(n.mhi), { dx: 0, dy: -10, anchor: 'middle' }),
    lmToUs: straight('lmToUs', bottom(n.lm), top(n.usPool), { dx: 8, dy: 4, anchor: 'start' }),
    mhiToJapan: straight('mhiToJapan', bottom(n.mhi), top(n.japanStock), {
      dx: 8,
      dy: 4,
      anchor: 'start',
    }),
    japanToUs: straight('japanToUs', right(n.japanStock), left(n.usPool), {
      dx: 0,
      dy: 20,
      anchor: 'middle',
    }),
    usToUkraine: straight('usToUkraine', right(n.usPool), left(n.ukraine), {
      dx: 0,
      dy: 20,
      anchor: 'middle',
    }),
    russiaToUkraine: straight('russiaToUkraine', bottom(n.russia), top(n.ukraine), {
      dx: 8,
      dy: 4,
      anchor: 'start',
    }),
    japanToUkraine: curve(
      'japanToUkraine',
      bottom(n.japanStock),
      { x: colUs, y: arcY + (arcY - rowStock) * 0.6 },
      bottom(n.ukraine),
      { dx: 0, dy: 34, anchor: 'middle' },
    ),
  };
  return { width, height, orientation: 'wide', nodes, edges };
}

function narrowLayout(width: number, height: number): FlowLayout {
  // Factories on the left, stocks on the right, and between them enough room for an arrow with
  // its label above it; on the far right, room for the "not allowed" arc.
  const margin = 4;
  const arcRoom = 26;
  const room = Math.max(0, width - margin - arcRoom);
  const wFactory = Math.min(130, room * 0.34);
  const wStock = Math.min(120, room * 0.32);
  const colFactory = margin + wFactory / 2;
  const colStock = width - arcRoom - wStock / 2;
  const rowJapan = height * 0.18;
  const rowUs = height * 0.48;
  const rowUkraine = height * 0.78;
  const h = 56;
  const nodes: Record<FlowNodeId, NodeBox> = {
    mhi: box('mhi', colFactory, rowJapan, wFactory, h, 'factory', 'japan'),
    japanStock: box('japanStock', colStock, rowJapan, wStock, h, 'stock', 'japan'),
    lm: box('lm', colFactory, rowUs, wFactory, h, 'factory', 'us'),
    usPool: box('usPool', colStock, rowUs, wStock, h, 'stock', 'us'),
    russia: box('russia', colFactory, rowUkraine, wFactory * 0.8, h * 0.8, 'threat', 'russia'),
    ukraine: box('ukraine', colStock, rowUkraine, wStock, h, 'stock', 'ukraine'),
  };
  const n = nodes;
  // A label of up to two lines, centred on this offset, stays clear of its arrow.
  const ABOVE = -16;
  const edges: Record<FlowEdgeId, EdgePath> = {
    licence: straight('licence', top(n.lm), bottom(n.mhi), { dx: -8, dy: 0, anchor: 'end' }),
    mhiToJapan: straight('mhiToJapan', right(n.mhi), left(n.japanStock), {
      dx: 0,
      dy: ABOVE,
      anchor: 'middle',
    }),
    lmToUs: straight('lmToUs', right(n.lm), left(n.usPool), { dx: 0, dy: ABOVE, anchor: 'middle' }),
    russiaToUkraine: straight('russiaToUkraine', right(n.russia), left(n.ukraine), {
      dx: 0,
      dy: ABOVE,
      anchor: 'middle',
    }),
    japanToUs: straight('japanToUs', bottom(n.japanStock), top(n.usPool), {
      dx: -8,
      dy: 0,
      anchor: 'end',
    }),
    usToUkraine: straight('usToUkraine', bottom(n.usPool), top(n.ukraine), {
      dx: -8,
      dy: 0,
      anchor: 'end',
    }),
    japanToUkraine: curve(
      'japanToUkraine',
      right(n.japanStock),
      { x: width - 2, y: (rowJapan + rowUkraine) / 2 },
      right(n.ukraine),
      // No room beside the arc: its label goes under the mark.
      { dx: 0, dy: height * 0.13, anchor: 'end' },
    ),
  };
  return { width, height, orientation: 'narrow', nodes, edges };
}
