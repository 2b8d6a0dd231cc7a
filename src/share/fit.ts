// How an embed fits its frame. The embed is exactly as tall as the frame: the credits sit at the
// frame's foot and the rest scrolls when the frame is too short. Two numbers follow from that:
//   the natural height: what the embed needs with its chart at its own size; hosts that size the
//     frame (the host script, pym.js, AMP) are told this, never the frame's own height, so a
//     frame sized to fit never stays taller than its content;
//   the fill: in a taller frame (a fixed height on a wide page), the height the chart grows by,
//     up to half as much again as its own, so no empty block is left under it.

export interface EmbedBoxes {
  /** The embed: as tall as the frame. */
  root: Element;
  /** The part that scrolls: everything but the credits. */
  scroller: Element;
  /** What scrolls: its height is the content's, whatever the frame. */
  content: Element;
  /** The fill the chart has now, in CSS pixels. */
  extra: number;
}

/** How much a chart may grow into a tall frame, as a share of its own height. */
const GROWTH = 1.5;

/** Differences below this are rounding, not a frame to fill. */
const SLACK = 2;

/** The height the embed needs, in whole CSS pixels, with its chart at its natural size. */
export function naturalHeight({ root, scroller, content, extra }: EmbedBoxes): number {
  const style = getComputedStyle(scroller);
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
  const around = root.getBoundingClientRect().height - scroller.clientHeight;
  return Math.ceil(around + padding + content.getBoundingClientRect().height - extra);
}

/** The chart's fill for a frame `frameHeight` tall; `graphic`: the chart's own height. */
export function fillExtra(boxes: EmbedBoxes & { frameHeight: number }, graphic: number): number {
  const spare = Math.floor(boxes.frameHeight - naturalHeight(boxes));
  if (spare <= SLACK) return 0;
  const next = Math.min(spare, Math.round(graphic * GROWTH));
  return Math.abs(next - boxes.extra) <= SLACK ? boxes.extra : next;
}

/** Each slider adds about this much height at a phone's width. */
export const SLIDER_HEIGHT = 160;

/** Lines of `text` at a phone's width (360 px) with about `perLine` characters a line. */
const phoneLines = (text: string, perLine: number) =>
  text ? Math.ceil(Array.from(text).length / perLine) : 0;

/** The frame heights the Share dialog lets a journalist choose, in CSS pixels. */
export const EMBED_HEIGHT = { min: 100, max: 5000, step: 10 } as const;

/**
 * The frame height to suggest for a chart whose plain embed needs `height` at a phone's width
 * (content/embeds.yaml): more for sliders and for the journalist's own title and note. A frame
 * a little short still works (its content scrolls); this keeps phones from needing to.
 */
export function suggestedHeight(
  height: number,
  look: { controls: readonly unknown[]; heading: string; note: string },
): number {
  const heading = phoneLines(look.heading, 28) * 27 + (look.heading ? 8 : 0);
  const note = phoneLines(look.note, 42) * 22 + (look.note ? 8 : 0);
  return Math.ceil((height + look.controls.length * SLIDER_HEIGHT + heading + note) / 10) * 10;
}
