// "What would it take?" drawn on the lever's range: where the answers for the central run, half
// and nine tenths of the runs fall, and where the reader's setting is. Pure: labels are pushed
// apart so none overlaps another, and an answer beyond the range points off its end.
import { spreadLabels } from '../charts/time-chart.ts';
import { textWidth } from '../graphics/text.ts';
import type { GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';

export type GoalMarkKind = 'central' | 'half' | 'nineTenths' | 'yours';

export interface GoalTrackMark {
  kind: GoalMarkKind;
  /** The value marked, or null when the answer lies beyond the lever's highest setting. */
  value: number | null;
  /** Where the mark is on the track (the track's end for "beyond"). */
  x: number;
  label: string;
  /** Where the label's centre goes, after pushing labels apart. */
  labelX: number;
  /** The row of labels it sits in: answers above the track, the reader's setting below. */
  row: 'above' | 'below';
}

export interface GoalTrack {
  left: number;
  right: number;
  marks: GoalTrackMark[];
  ticks: { x: number; value: number }[];
}

const PAD = 16;

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
  const above = answers.map((a) => {
    const label = a.value === null ? `${labels[a.kind]}: ${labels.beyond}` : labels[a.kind];
    return { ...a, x: a.value === null ? right : x(a.value), label };
  });
  // Labels are as wide as their text; pushed apart along the track, kept inside it.
  const placed = spreadLabels(
    above.map((m) => {
      const w = textWidth(m.label, fontSize) * 1.05;
      return { want: m.x - w / 2, height: w };
    }),
    0,
    width,
    8,
  );
  const marks: GoalTrackMark[] = above.map((m, i) => ({
    ...m,
    labelX: placed[i]! + (textWidth(m.label, fontSize) * 1.05) / 2,
    row: 'above',
  }));
  const yoursWidth = textWidth(labels.yours, fontSize);
  const yx = x(current);
  marks.push({
    kind: 'yours',
    value: current,
    x: yx,
    label: labels.yours,
    labelX: Math.min(width - yoursWidth / 2, Math.max(yoursWidth / 2, yx)),
    row: 'below',
  });
  const ticks = [answer.min, answer.max].map((value) => ({ value, x: x(value) }));
  return { left, right, marks, ticks };
}
