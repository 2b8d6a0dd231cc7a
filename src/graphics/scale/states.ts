// The scale chart's states: which bars are shown and how far the axis reaches. The axis grows
// with each step so the reader sees Japan's output shrink against the rest.

export interface ScaleState {
  bars: string[];
  focus: string[];
}

const SPECS = {
  'scale-japan': { bars: ['mhi-output'], focus: ['mhi-output'] },
  'scale-supply': {
    bars: ['mhi-output', 'us-output-2024', 'us-output-2025'],
    focus: ['us-output-2024', 'us-output-2025'],
  },
  'scale-need': {
    bars: ['mhi-output', 'us-output-2024', 'us-output-2025', 'ukraine-winter-pace'],
    focus: ['ukraine-winter-pace'],
  },
} satisfies Record<string, ScaleState>;

export type ScaleStateId = keyof typeof SPECS;
export const SCALE_STATE_IDS = Object.keys(SPECS) as ScaleStateId[];
export const SCALE_BAR_IDS = [
  'mhi-output',
  'us-output-2024',
  'us-output-2025',
  'ukraine-winter-pace',
];

export function scaleState(id: ScaleStateId): ScaleState {
  return SPECS[id];
}
