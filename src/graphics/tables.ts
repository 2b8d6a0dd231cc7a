// The data table for any story state, whichever graphic draws it.
import type { TableData } from '../lib/table-data.ts';
import type { ScaleBar, Source, TimelineEvent } from '../lib/content-types.ts';
import { flowTable } from './flow/table.ts';
import type { FlowStateId } from './flow/states.ts';
import { GRAPHIC_OF_STATE } from './registry.ts';
import { scaleTable } from './scale/table.ts';
import type { ScaleStateId } from './scale/states.ts';
import { timelineTable } from './timeline/table.ts';
import type { TimelineStateId } from './timeline/states.ts';

export interface GraphicData {
  labels: Record<string, Record<string, string>>;
  timeline: readonly TimelineEvent[];
  scale: readonly ScaleBar[];
  sources: readonly Source[];
}

export function tableForState(state: string, data: GraphicData, caption: string): TableData {
  switch (GRAPHIC_OF_STATE.get(state)) {
    case 'flow':
      return flowTable(state as FlowStateId, data.labels.flow ?? {}, caption);
    case 'timeline':
      return timelineTable(state as TimelineStateId, data.timeline, caption);
    case 'scale':
      return scaleTable(state as ScaleStateId, data.scale, data.sources, caption);
    default:
      throw new Error(`No graphic draws state "${state}"`);
  }
}
