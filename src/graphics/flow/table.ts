import type { TableData } from '../../lib/table-data.ts';
import { FLOW_EDGES, flowState, type FlowEdgeId, type FlowStateId } from './states.ts';

const ENDS: Record<FlowEdgeId, [string, string]> = {
  licence: ['lm', 'mhi'],
  lmToUs: ['lm', 'usPool'],
  mhiToJapan: ['mhi', 'japanStock'],
  japanToUs: ['japanStock', 'usPool'],
  usToUkraine: ['usPool', 'ukraine'],
  japanToUkraine: ['japanStock', 'ukraine'],
  russiaToUkraine: ['russia', 'ukraine'],
};

const SHOWN_AS = { focus: 'highlighted', on: 'shown', dim: 'in the background', hidden: '' };

/** The arrows drawn in a state, as rows: from, to, what it carries, how it is drawn. */
export function flowTable(
  id: FlowStateId,
  labels: Record<string, string>,
  caption: string,
): TableData {
  const state = flowState(id);
  const rows = FLOW_EDGES.filter((e) => state.edges[e] !== 'hidden').map((e) => {
    const [from, to] = ENDS[e];
    const what = e === 'japanToUkraine' ? `${labels[e]}: ${labels.japanToUkraineRule}` : labels[e];
    return [labels[from] ?? from, labels[to] ?? to, what ?? e, SHOWN_AS[state.edges[e]]];
  });
  return { caption, columns: ['From', 'To', 'What', 'In this view'], rows };
}
