/** A value marked on a slider's track, e.g. where a goal-seek answer lies. */
export interface SliderMark {
  /** Which answer: the central run, half the Monte Carlo runs, nine tenths of them. */
  kind: 'central' | 'half' | 'nineTenths';
  value: number;
  /** A few characters drawn at the mark (e.g. "50%"). */
  short: string;
  /** The mark in words, added to the slider's description for screen readers. */
  text: string;
}
