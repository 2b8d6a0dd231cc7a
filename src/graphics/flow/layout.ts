// Where the flow diagram's boxes and arrows go for a given size. Pure: the same size always
// gives the same picture. A picture wider than it is tall reads left to right (Japan → US →
// Ukraine); a narrow, tall one (a phone) top to bottom. Where a size is too small for its
// layout, the layout is drawn on a larger canvas (its own width and height) that the SVG scales
// down to fit, rather than squeezing words into each other. flow/labels.ts places the words;
// test/unit/flow-labels.test.ts checks that none collide, at every size the site uses. The box
// and arrow helpers are shared with the sandbox's live diagram (live-layout.ts), which lays out
// the same chain with quantities on it.
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
  /** How the label's lines sit on labelY: centred on it, wholly below it or wholly above it. */
  labelBlock: 'middle' | 'below' | 'above';
  /** Middle of the path, for the "not allowed" mark. */
  midX: number;
  midY: number;
}

export interface FlowLayout {
  /** The canvas the diagram is drawn on (its viewBox): the size asked for, or larger. */
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

/** Where an edge's label goes, from the edge's middle. */
export interface LabelSpot {
  dx: number;
  dy: number;
  anchor: EdgePath['labelAnchor'];
  width?: number;
  block?: EdgePath['labelBlock'];
}

export function straight<Id extends string>(
  id: Id,
  a: { x: number; y: number },
  b: { x: number; y: number },
  label: LabelSpot,
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
    labelBlock: label.block ?? 'middle',
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
  label: LabelSpot,
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
    labelBlock: label.block ?? 'middle',
    midX: round(midX),
    midY: round(midY),
  };
}

/** Narrower than this, a picture is drawn top to bottom if it is tall enough. */
export const FLOW_WIDE_MIN = 560;
// The smallest canvases each layout's words fit on (checked by the layout tests).
const WIDE_MIN_HEIGHT = 300;
const NARROW_MIN_HEIGHT = 360;

/**
 * The diagram's layout for a picture of `width` × `height` px. Wide pictures, and any picture
 * more than a tenth wider than it is tall, read left to right; narrow tall ones top to bottom. The layout's own
 * width and height are the canvas it is drawn on: at least the minimum its words need, with the
 * picture's proportions, so a small picture shows the whole diagram scaled down.
 */
export function flowLayout(width: number, height: number): FlowLayout {
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  // Up to a tenth wider than tall still reads top to bottom: a phone's story graphic above its
  // text is about square, and left to right there it would be drawn at 60%.
  if (w < FLOW_WIDE_MIN && h * 1.1 >= w) {
    const scale = Math.max(1, NARROW_MIN_HEIGHT / Math.max(h, 1));
    return narrowLayout(w * scale, h * scale);
  }
  const scale = Math.max(1, FLOW_WIDE_MIN / Math.max(w, 1), WIDE_MIN_HEIGHT / Math.max(h, 1));
  return wideLayout(w * scale, h * scale);
}

function wideLayout(width: number, height: number): FlowLayout {
  const colJapan = width * 0.15;
  const colUs = width * 0.5;
  const colUkraine = width * 0.85;
  const w = Math.min(160, Math.max(96, width * 0.17));
  const h = 54;
  const hStock = h + 8;
  const fontSize = width < 400 ? 13 : 14;
  // From the foot up: the rule note (up to two lines), "not allowed" under its mark, the mark,
  // then the arc's dip under the stocks.
  const markY = height - 8 - (fontSize + 3) - 0.8 * fontSize - 4 - 1.1 * fontSize - 15;
  const rowFactory = Math.max(h / 2 + 6, height * 0.16);
  const rowStock = Math.max(
    rowFactory + h / 2 + 64 + hStock / 2,
    Math.min(height * 0.5, markY - 56 - hStock / 2),
  );
  const nodes: Record<FlowNodeId, NodeBox> = {
    mhi: box('mhi', colJapan, rowFactory, w, h, 'factory', 'japan'),
    lm: box('lm', colUs, rowFactory, w, h, 'factory', 'us'),
    russia: box('russia', colUkraine, rowFactory, w * 0.8, h * 0.8, 'threat', 'russia'),
    japanStock: box('japanStock', colJapan, rowStock, w, hStock, 'stock', 'japan'),
    usPool: box('usPool', colUs, rowStock, w, hStock, 'stock', 'us'),
    ukraine: box('ukraine', colUkraine, rowStock, w, hStock, 'stock', 'ukraine'),
  };
  const n = nodes;
  // Beside a vertical arrow: as far as the next column (or the picture's edge).
  const besideRoom = Math.min(150, colUs - w / 2 - colJapan - 16);
  const edgeRoom = Math.min(150, width - colUkraine - 12);
  const arcStart = bottom(n.japanStock);
  const edges: Record<FlowEdgeId, EdgePath> = {
    licence: straight('licence', left(n.lm), right(n.mhi), {
      dx: 0,
      dy: -6,
      anchor: 'middle',
      block: 'above',
    }),
    lmToUs: straight('lmToUs', bottom(n.lm), top(n.usPool), {
      dx: 8,
      dy: 0,
      anchor: 'start',
      width: besideRoom,
    }),
    mhiToJapan: straight('mhiToJapan', bottom(n.mhi), top(n.japanStock), {
      dx: 8,
      dy: 0,
      anchor: 'start',
      width: besideRoom,
    }),
    japanToUs: straight('japanToUs', right(n.japanStock), left(n.usPool), {
      dx: 0,
      dy: 8,
      anchor: 'middle',
      block: 'below',
    }),
    usToUkraine: straight('usToUkraine', right(n.usPool), left(n.ukraine), {
      dx: 0,
      dy: 8,
      anchor: 'middle',
      block: 'below',
    }),
    russiaToUkraine: straight('russiaToUkraine', bottom(n.russia), top(n.ukraine), {
      dx: 8,
      dy: 0,
      anchor: 'start',
      width: edgeRoom,
    }),
    // The curve's middle (where the mark goes) is halfway between its ends and its control.
    japanToUkraine: curve(
      'japanToUkraine',
      arcStart,
      { x: colUs, y: 2 * markY - arcStart.y },
      bottom(n.ukraine),
      { dx: 0, dy: 15, anchor: 'middle', block: 'below' },
    ),
  };
  return { width, height, orientation: 'wide', nodes, edges };
}

function narrowLayout(width: number, height: number): FlowLayout {
  // Factories on the left, stocks on the right, and between them enough room for an arrow with
  // its label above it; on the far right, room for the "not allowed" arc.
  const margin = 4;
  const arcRoom = 30;
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
  // Labels of the arrows down the stock column sit to its left, as far as the middle.
  const gapRoom = (colStock - colFactory) / 2 - 12;
  const arcControl = { x: width - 2, y: (rowJapan + rowUkraine) / 2 };
  const arcEnd = right(n.ukraine);
  // Between the US → Ukraine arrow and the arc: where "not allowed" goes.
  const arcInner = 0.25 * arcEnd.x + 0.75 * arcControl.x - 6;
  const arc = curve('japanToUkraine', right(n.japanStock), arcControl, arcEnd, {
    dx: 0,
    dy: 0,
    anchor: 'start',
  });
  const edges: Record<FlowEdgeId, EdgePath> = {
    licence: straight('licence', top(n.lm), bottom(n.mhi), {
      dx: 8,
      dy: 0,
      anchor: 'start',
      width: gapRoom,
    }),
    mhiToJapan: straight('mhiToJapan', right(n.mhi), left(n.japanStock), {
      dx: 0,
      dy: -6,
      anchor: 'middle',
      block: 'above',
    }),
    lmToUs: straight('lmToUs', right(n.lm), left(n.usPool), {
      dx: 0,
      dy: -6,
      anchor: 'middle',
      block: 'above',
    }),
    russiaToUkraine: straight('russiaToUkraine', right(n.russia), left(n.ukraine), {
      dx: 0,
      dy: -6,
      anchor: 'middle',
      block: 'above',
    }),
    japanToUs: straight('japanToUs', bottom(n.japanStock), top(n.usPool), {
      dx: -8,
      dy: 0,
      anchor: 'end',
      width: gapRoom,
    }),
    usToUkraine: straight('usToUkraine', bottom(n.usPool), top(n.ukraine), {
      dx: -8,
      dy: 0,
      anchor: 'end',
      width: gapRoom,
    }),
    // "not allowed" between the US → Ukraine arrow and the arc, level with that arrow's middle.
    japanToUkraine: {
      ...arc,
      labelX: round(colStock + 8),
      labelY: round((rowUs + rowUkraine) / 2),
      labelWidth: round(arcInner - colStock - 8),
    },
  };
  return { width, height, orientation: 'narrow', nodes, edges };
}
