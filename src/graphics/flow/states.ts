// The flow diagram's states: which stocks and arrows are shown, and which are in focus.
// Pure data; the layout (positions) is computed separately from the container's size.

export const FLOW_NODES = ['lm', 'usPool', 'mhi', 'japanStock', 'ukraine', 'russia'] as const;
export const FLOW_EDGES = [
  'licence',
  'lmToUs',
  'mhiToJapan',
  'japanToUs',
  'usToUkraine',
  'japanToUkraine',
  'russiaToUkraine',
] as const;
export type FlowNodeId = (typeof FLOW_NODES)[number];
export type FlowEdgeId = (typeof FLOW_EDGES)[number];

/** hidden: not drawn; dim: context; on: part of the picture; focus: what this step is about. */
export type Emphasis = 'hidden' | 'dim' | 'on' | 'focus';

export interface FlowState {
  nodes: Record<FlowNodeId, Emphasis>;
  edges: Record<FlowEdgeId, Emphasis>;
}

type FlowSpec = {
  nodes?: Partial<Record<FlowNodeId, Emphasis>>;
  edges?: Partial<Record<FlowEdgeId, Emphasis>>;
};

const SPECS = {
  'threat-ballistic': {
    nodes: { ukraine: 'focus', russia: 'on' },
    edges: { russiaToUkraine: 'focus' },
  },
  'us-supply-strain': {
    nodes: { ukraine: 'on', russia: 'dim', lm: 'focus', usPool: 'focus' },
    edges: { russiaToUkraine: 'dim', lmToUs: 'focus', usToUkraine: 'focus' },
  },
  'licence-loop': {
    nodes: {
      lm: 'on',
      usPool: 'dim',
      mhi: 'focus',
      japanStock: 'focus',
      ukraine: 'dim',
      russia: 'dim',
    },
    edges: {
      licence: 'focus',
      mhiToJapan: 'focus',
      lmToUs: 'dim',
      usToUkraine: 'dim',
      russiaToUkraine: 'dim',
    },
  },
  'export-begins': {
    nodes: {
      lm: 'dim',
      usPool: 'focus',
      mhi: 'on',
      japanStock: 'focus',
      ukraine: 'dim',
      russia: 'dim',
    },
    edges: {
      licence: 'dim',
      mhiToJapan: 'on',
      japanToUs: 'focus',
      lmToUs: 'dim',
      usToUkraine: 'dim',
      russiaToUkraine: 'dim',
    },
  },
  'no-direct-route': {
    nodes: {
      lm: 'dim',
      usPool: 'on',
      mhi: 'dim',
      japanStock: 'focus',
      ukraine: 'focus',
      russia: 'dim',
    },
    edges: {
      licence: 'dim',
      mhiToJapan: 'dim',
      japanToUs: 'on',
      japanToUkraine: 'focus',
      lmToUs: 'dim',
      usToUkraine: 'dim',
      russiaToUkraine: 'dim',
    },
  },
  backfill: {
    nodes: {
      lm: 'on',
      usPool: 'focus',
      mhi: 'on',
      japanStock: 'on',
      ukraine: 'focus',
      russia: 'dim',
    },
    edges: {
      licence: 'dim',
      mhiToJapan: 'on',
      japanToUs: 'focus',
      japanToUkraine: 'on',
      lmToUs: 'on',
      usToUkraine: 'focus',
      russiaToUkraine: 'dim',
    },
  },
} satisfies Record<string, FlowSpec>;

export type FlowStateId = keyof typeof SPECS;
export const FLOW_STATE_IDS = Object.keys(SPECS) as FlowStateId[];

export function flowState(id: FlowStateId): FlowState {
  const spec: FlowSpec = SPECS[id];
  const nodes = {} as Record<FlowNodeId, Emphasis>;
  const edges = {} as Record<FlowEdgeId, Emphasis>;
  for (const n of FLOW_NODES) nodes[n] = spec.nodes?.[n] ?? 'hidden';
  for (const e of FLOW_EDGES) edges[e] = spec.edges?.[e] ?? 'hidden';
  return { nodes, edges };
}
