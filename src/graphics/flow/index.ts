// The flow diagram: where the interceptors go between the factories and stocks of the US and
// Japan, and Ukraine. Drawn by FlowDiagram.svelte; its states are in states.ts.
import { clampPx, defineGraphic } from '../definition.ts';
import { FLOW_WIDE_MIN } from './layout.ts';
import { FLOW_EDGES, FLOW_STATE_IDS, flowState, type FlowEdgeId } from './states.ts';

const ENDS: Record<FlowEdgeId, [string, string]> = {
  licence: ['lm', 'mhi'],
  lmToUs: ['lm', 'usPool'],
  mhiToJapan: ['mhi', 'japanStock'],
  japanToUs: ['japanStock', 'usPool'],
  usToUkraine: ['usPool', 'ukraine'],
  japanToUkraine: ['japanStock', 'ukraine'],
  russiaToUkraine: ['russia', 'ukraine'],
};

export const flow = defineGraphic({
  id: 'flow',
  states: FLOW_STATE_IDS,
  tableWords: ['from', 'to', 'what', 'view', 'focus', 'on', 'dim'],
  /** The arrows drawn in a state, as rows: from, to, what it carries, how it is drawn. */
  table(id, data, words) {
    const labels = data.labels.flow ?? {};
    const state = flowState(id);
    const rows = FLOW_EDGES.filter((e) => state.edges[e] !== 'hidden').map((e) => {
      const [from, to] = ENDS[e];
      const what =
        e === 'japanToUkraine' ? `${labels[e]}: ${labels.japanToUkraineRule}` : labels[e];
      return [labels[from] ?? from, labels[to] ?? to, what ?? e, words[state.edges[e]] ?? ''];
    });
    return { columns: [words.from!, words.to!, words.what!, words.view!], rows };
  },
  // Below FLOW_WIDE_MIN the diagram reads top to bottom and needs more height.
  height: (width) =>
    width < FLOW_WIDE_MIN ? clampPx(width * 1.45, 440, 640) : clampPx(width * 0.6, 380, 520),
  credits: () => [],
});
