// Where the sandbox's live stock-flow diagram puts its boxes and arrows for a given size: the
// story's flow diagram (layout.ts) with quantities on it. The same boxes and arrow helpers; the
// chain MHI → Japan → US pool → Ukraine → fired, with US production and other donors flowing in
// and the Japan → Ukraine route crossed out. Pure: the same size always gives the same picture.
import {
  box,
  bottom,
  curve,
  left,
  right,
  straight,
  top,
  type EdgePath,
  type LabelSpot,
  type NodeBox,
} from './layout.ts';

export const LIVE_NODES = [
  'mhi',
  'japanStock',
  'lm',
  'usPool',
  'donors',
  'ukraine',
  'fired',
] as const;
export const LIVE_EDGES = [
  'mhiToJapan',
  'japanToUs',
  'lmToUs',
  'usToUkraine',
  'donorsToUkraine',
  'ukraineFired',
  'japanToUkraine',
] as const;
export type LiveNodeId = (typeof LIVE_NODES)[number];
export type LiveEdgeId = (typeof LIVE_EDGES)[number];
/** The boxes that hold a stock (filled to their level); the others make, send or use. */
export const LIVE_STOCKS = ['japanStock', 'usPool', 'ukraine'] as const;
export type LiveStockId = (typeof LIVE_STOCKS)[number];

export interface LiveFlowLayout {
  width: number;
  height: number;
  orientation: 'wide' | 'narrow';
  nodes: Record<LiveNodeId, NodeBox<LiveNodeId>>;
  edges: Record<LiveEdgeId, EdgePath<LiveEdgeId>>;
  /** The widest an arrow gets (the run's largest monthly flow). */
  maxArrow: number;
}

/**
 * The diagram's height at a width: a phone stacks the chain (600 px); a wide screen lays it out
 * in rows, a little taller on a very wide one (an embed across a page) so it is not squat.
 */
export function liveFlowHeight(width: number): number {
  return width >= 560 ? Math.round(Math.min(440, Math.max(360, width * 0.36))) : 600;
}

type Nodes = Record<LiveNodeId, NodeBox<LiveNodeId>>;
type StraightEdgeId = Exclude<LiveEdgeId, 'japanToUkraine'>;

/** Which sides of its boxes a run of arrows leaves and enters, and where its labels go. */
interface ArrowRun {
  out: (b: NodeBox<LiveNodeId>) => { x: number; y: number };
  into: (b: NodeBox<LiveNodeId>) => { x: number; y: number };
  label: LabelSpot;
}

/**
 * The six straight arrows, the same in both layouts but for their direction: each source into
 * its stock (`supply`: MHI, US production, other donors) and along the chain from stock to stock
 * (`chain`: Japan → US pool → Ukraine → fired).
 */
function straightArrows(
  n: Nodes,
  supply: ArrowRun,
  chain: ArrowRun,
): Record<StraightEdgeId, EdgePath<StraightEdgeId>> {
  const arrow = <Id extends StraightEdgeId>(
    id: Id,
    from: NodeBox<LiveNodeId>,
    to: NodeBox<LiveNodeId>,
    run: ArrowRun,
  ) => straight(id, run.out(from), run.into(to), run.label);
  return {
    mhiToJapan: arrow('mhiToJapan', n.mhi, n.japanStock, supply),
    lmToUs: arrow('lmToUs', n.lm, n.usPool, supply),
    donorsToUkraine: arrow('donorsToUkraine', n.donors, n.ukraine, supply),
    japanToUs: arrow('japanToUs', n.japanStock, n.usPool, chain),
    usToUkraine: arrow('usToUkraine', n.usPool, n.ukraine, chain),
    ukraineFired: arrow('ukraineFired', n.ukraine, n.fired, chain),
  };
}

export function liveFlowLayout(width: number, height = liveFlowHeight(width)): LiveFlowLayout {
  // A container not laid out yet measures 0: draw for a small phone until it is.
  const w = Math.max(280, width);
  return w >= 560 ? wide(w, height) : narrow(w, height);
}

function wide(width: number, height: number): LiveFlowLayout {
  const w = Math.min(140, width * 0.16);
  const col = { japan: width * 0.1, us: width * 0.38, ukraine: width * 0.66, fired: width * 0.9 };
  const rowMake = height * 0.15;
  const rowStock = height * 0.52;
  const nodes = {
    mhi: box('mhi', col.japan, rowMake, w, 58, 'factory', 'japan'),
    lm: box('lm', col.us, rowMake, w, 58, 'factory', 'us'),
    donors: box('donors', col.ukraine, rowMake, w, 58, 'factory', 'ukraine'),
    japanStock: box('japanStock', col.japan, rowStock, w, 92, 'stock', 'japan'),
    usPool: box('usPool', col.us, rowStock, w, 92, 'stock', 'us'),
    ukraine: box('ukraine', col.ukraine, rowStock, w, 92, 'stock', 'ukraine'),
    fired: box(
      'fired',
      col.fired,
      rowStock,
      Math.min(w * 0.9, width * 0.16),
      60,
      'threat',
      'russia',
    ),
  } satisfies Record<LiveNodeId, NodeBox<LiveNodeId>>;
  const n = nodes;
  const maxArrow = Math.max(8, Math.min(22, width / 40));
  const beside = { dx: maxArrow / 2 + 6, dy: 0, anchor: 'start' as const, width: 90 };
  const above = { dx: 0, dy: -(maxArrow / 2 + 8), anchor: 'middle' as const };
  const arcY = Math.min(height - 24, rowStock + height * 0.34);
  // Sources above their stocks, the chain left to right.
  const edges = {
    ...straightArrows(
      n,
      { out: bottom, into: top, label: beside },
      { out: right, into: left, label: above },
    ),
    japanToUkraine: curve(
      'japanToUkraine',
      bottom(n.japanStock),
      { x: col.us, y: arcY + (arcY - rowStock) * 0.5 },
      bottom(n.ukraine),
      { dx: 0, dy: 30, anchor: 'middle' },
    ),
  } satisfies Record<LiveEdgeId, EdgePath<LiveEdgeId>>;
  return { width, height, orientation: 'wide', nodes, edges, maxArrow };
}

function narrow(width: number, height: number): LiveFlowLayout {
  // Sources on the left, stocks on the right, the chain running down them; on the far right,
  // room for the crossed-out arc.
  const arcRoom = 28;
  const wMake = Math.min(130, width * 0.34);
  const wStock = Math.min(150, width * 0.42);
  const colMake = 2 + wMake / 2;
  const colStock = width - arcRoom - wStock / 2;
  const rows = {
    japan: height * 0.1,
    us: height * 0.37,
    ukraine: height * 0.64,
    fired: height * 0.9,
  };
  const nodes = {
    mhi: box('mhi', colMake, rows.japan, wMake, 60, 'factory', 'japan'),
    japanStock: box('japanStock', colStock, rows.japan, wStock, 96, 'stock', 'japan'),
    lm: box('lm', colMake, rows.us, wMake, 60, 'factory', 'us'),
    usPool: box('usPool', colStock, rows.us, wStock, 96, 'stock', 'us'),
    donors: box('donors', colMake, rows.ukraine, wMake, 60, 'factory', 'ukraine'),
    ukraine: box('ukraine', colStock, rows.ukraine, wStock, 96, 'stock', 'ukraine'),
    fired: box('fired', colStock, rows.fired, wStock * 0.8, 52, 'threat', 'russia'),
  } satisfies Record<LiveNodeId, NodeBox<LiveNodeId>>;
  const n = nodes;
  const maxArrow = 14;
  const above = { dx: 0, dy: -(maxArrow / 2 + 8), anchor: 'middle' as const };
  const beside = { dx: -(maxArrow / 2 + 6), dy: 0, anchor: 'end' as const, width: 80 };
  // Sources left of their stocks, the chain top to bottom.
  const edges = {
    ...straightArrows(
      n,
      { out: right, into: left, label: above },
      { out: bottom, into: top, label: beside },
    ),
    japanToUkraine: curve(
      'japanToUkraine',
      right(n.japanStock),
      { x: width - 2, y: (rows.japan + rows.ukraine) / 2 },
      right(n.ukraine),
      { dx: -4, dy: 0, anchor: 'end' },
    ),
  } satisfies Record<LiveEdgeId, EdgePath<LiveEdgeId>>;
  return { width, height, orientation: 'narrow', nodes, edges, maxArrow };
}
