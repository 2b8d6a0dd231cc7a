// What every story graphic defines, in its own folder (src/graphics/<id>/index.ts), the way
// the-pudding's kevin-bacon keeps everything about a state in one module: its states, its data
// table, its height at a width and what its data credits. Its drawing is the folder's one
// .svelte file, which GraphicForState.svelte finds by folder. Pure: no DOM and no Svelte, so the
// content check, the build and the browser tests read the same definitions.
import type { GraphicCopy, ScaleBar, Source, TimelineEvent } from '../lib/content-types.ts';
import type { TableData } from '../lib/table-data.ts';

/**
 * The content the story graphics draw from: content/graphics.yaml (titles, table words, labels),
 * content/timeline.yaml and content/sources.yaml. One bag, src/graphics/data.ts in the browser.
 */
export interface GraphicData {
  graphics: Readonly<Record<string, GraphicCopy>>;
  labels: Readonly<Record<string, Record<string, string>>>;
  timeline: readonly TimelineEvent[];
  scale: readonly ScaleBar[];
  sources: readonly Source[];
}

/** What every graphic's component takes (the folder's one .svelte file). */
export interface GraphicProps {
  /** One of the graphic's states. */
  state: string;
  /** The space it is drawn in, in CSS pixels. */
  width: number;
  height: number;
  data: GraphicData;
}

export interface GraphicDefinition<S extends string = string> {
  /** The graphic's id: its folder, its embed page (embed/<id>.html), its key in graphics.yaml. */
  id: string;
  /** Every state it can show, in story order; the first is its default. */
  states: readonly S[];
  /**
   * The words its data table needs from graphics.yaml (`graphics.<id>.table`): the build
   * refuses a graphics.yaml without them.
   */
  tableWords: readonly string[];
  /**
   * The data behind the picture at a state, as columns and rows (the caller adds the caption):
   * shown under the figure and offered as CSV. `words` is graphics.yaml's `graphics.<id>.table`.
   */
  table(
    state: S,
    data: GraphicData,
    words: Readonly<Record<string, string>>,
  ): Omit<TableData, 'caption'>;
  /**
   * How tall it is drawn in an embed or a picture at this width (CSS pixels): the sticky graphic
   * in the story fills the screen, but an embed sits in an article column.
   */
  height(width: number): number;
  /** The source ids its data cites at a state (a timeline's events on show, the scale's bars). */
  credits(state: S, data: GraphicData): string[];
}

/** A value kept between lo and hi, rounded to a whole pixel. */
export const clampPx = (v: number, lo: number, hi: number): number =>
  Math.round(Math.min(hi, Math.max(lo, v)));

/** Below this width the graphics lay out for a phone (the flow diagram reads top to bottom). */
export const NARROW = 560;

/** A definition, typed by its own id and states. */
export const defineGraphic = <const I extends string, S extends string>(
  definition: GraphicDefinition<S> & { id: I },
): GraphicDefinition<S> & { id: I } => definition;
