// "What would it take?" drawn on the lever's range: where the answers for the central run, half
// and nine tenths of the runs fall, and where the reader's setting is. Pure: labels are pushed
// apart so none overlaps another, and an answer beyond the range points off its end.
import { spreadLabels } from '../charts/time-chart.ts';
import { textWidth, wrapText } from '../lib/svg-text.ts';
import type { GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';

export type GoalMarkKind = 'central' | 'half' | 'nineTenths' | 'yours';

export interface GoalTrackMark {
  kind: GoalMarkKind;
  /** The value marked, or null when the answer lies beyond the lever's highest setting. */
  value: number | null;
  /** Where the mark is on the track (the track's end for "beyond"). */
  x: number;
  label: string;
  /** The label's lines, top to bottom: one, unless it is wider than the track (a phone). */
  lines: string[];
  /** Where the label's centre goes, after pushing labels apart. */
  labelX: number;
  /** The row of labels it sits in: answers above the track, the reader's setting below. */
  row: 'above' | 'below';
  /** Answers: the line of labels above the track its last line sits on, 0 nearest it (see
   *  GoalTrack.levels); its other lines go on the lines above. */
  level: number;
  /** Where its leader meets the label's line (the label's centre, or its end by the mark). */
  leaderX: number;
}

export interface GoalTrack {
  left: number;
  right: number;
  marks: GoalTrackMark[];
  ticks: { x: number; value: number }[];
  /** Lines of answer labels above the track: 1 when they fit side by side, else one per line of
   *  each label. */
  levels: number;
}

/** Every order of the items (three answers: six). */
const orders = <T>(items: T[]): T[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, i) =>
        orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
      );

const PAD = 16;
/** Labels are bold: wider than the estimate for the UI font's regular weight. */
const BOLD = 1.15;
/** Labels keep this far inside the picture, clear of the card's edge. */
const EDGE = 2;

/** The track for an answer, the reader's current value of the lever, and a width in pixels. */
export function goalTrack(
  answer: Pick<GoalSeekResult, 'min' | 'max' | 'central' | 'half' | 'nineTenths'>,
  current: number,
  width: number,
  labels: Record<GoalMarkKind, string> & { beyond: string },
  fontSize = 12,
): GoalTrack {
  const left = PAD;
  const right = Math.max(left + 40, width - PAD);
  const span = answer.max - answer.min || 1;
  const x = (v: number) =>
    left + ((Math.min(answer.max, Math.max(answer.min, v)) - answer.min) / span) * (right - left);
  const answers: { kind: GoalMarkKind; value: number | null }[] = [
    { kind: 'central', value: answer.central },
    { kind: 'half', value: answer.half },
    { kind: 'nineTenths', value: answer.nineTenths },
  ];
  // A label wider than the picture is wrapped to its width.
  const room = Math.max(40, width - 2 * EDGE);
  const above = answers.map((a) => {
    const label = a.value === null ? `${labels[a.kind]}: ${labels.beyond}` : labels[a.kind];
    const lines =
      textWidth(label, fontSize) * BOLD <= room ? [label] : wrapText(label, room / BOLD, fontSize);
    return { ...a, x: a.value === null ? right : x(a.value), label, lines };
  });
  // Labels are as wide as their longest line; pushed apart along the track, kept inside it.
  const widths = above.map((m) => Math.max(...m.lines.map((l) => textWidth(l, fontSize))) * BOLD);
  const placed = spreadLabels(
    above.map((m, i) => ({ want: m.x - widths[i]! / 2, height: widths[i]! })),
    EDGE,
    width - EDGE,
    8,
  );
  const inside =
    above.every((m) => m.lines.length === 1) &&
    placed.every((p, i) => p >= EDGE - 0.5 && p + widths[i]! <= width - EDGE + 0.5);
  let marks: GoalTrackMark[] = above.map((m, i) => ({
    ...m,
    labelX: placed[i]! + widths[i]! / 2,
    leaderX: placed[i]! + widths[i]! / 2,
    row: 'above',
    level: 0,
  }));
  let levels = 1;
  if (!inside) {
    // Too many words for one line (a phone, or answers that coincide): a line each, every label
    // ending (or starting) at its own mark and inside the width, with lines ordered so that no
    // leader runs through a label nearer the track.
    levels = above.reduce((sum, m) => sum + m.lines.length, 0);
    const spanOf = (i: number, towardsLeft: boolean) => {
      const w = widths[i]!;
      const start = towardsLeft ? above[i]!.x - 4 - w : above[i]!.x + 4;
      const clamped = Math.min(width - EDGE - w, Math.max(EDGE, start));
      return [clamped, clamped + w] as const;
    };
    let best: { order: number[]; left: boolean[] } | null = null;
    for (const order of orders(above.map((_, i) => i))) {
      // Each label extends towards the middle of the track.
      const left = above.map((m) => m.x > width / 2);
      const clear = order.every((k, rk) =>
        order.slice(0, rk).every((j) => {
          const [a, b] = spanOf(j, left[j]!);
          return above[k]!.x < a - 2 || above[k]!.x > b + 2;
        }),
      );
      if (clear) {
        best = { order, left };
        break;
      }
      best ??= { order, left };
    }
    marks = above.map((m, i) => {
      const [a, b] = spanOf(i, best!.left[i]!);
      // Below it, the lines of the labels nearer the track.
      const nearer = best!.order.slice(0, best!.order.indexOf(i));
      return {
        ...m,
        labelX: (a + b) / 2,
        leaderX: Math.min(b, Math.max(a, m.x)),
        row: 'above' as const,
        level: nearer.reduce((sum, j) => sum + above[j]!.lines.length, 0),
      };
    });
  }
  const yoursWidth = textWidth(labels.yours, fontSize) * BOLD;
  const yx = x(current);
  marks.push({
    kind: 'yours',
    value: current,
    x: yx,
    label: labels.yours,
    lines: [labels.yours],
    labelX: Math.min(width - EDGE - yoursWidth / 2, Math.max(EDGE + yoursWidth / 2, yx)),
    leaderX: yx,
    row: 'below',
    level: 0,
  });
  const ticks = [answer.min, answer.max].map((value) => ({ value, x: x(value) }));
  return { left, right, marks, ticks, levels };
}
