// The timeline's states: the window of time shown and which group of events is in focus.
// Events themselves come from content/timeline.yaml.

export const TIMELINE_GROUPS = ['postwar', 'revision', 'summit', 'after', 'since'] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export interface TimelineState {
  /** Inclusive window, as decimal years. */
  from: number;
  to: number;
  /** Groups whose events are drawn; the rest are hidden. */
  show: TimelineGroup[];
  focus: TimelineGroup;
}

const SPECS = {
  'timeline-postwar': { from: 1964, to: 2026, show: ['postwar'], focus: 'postwar' },
  'timeline-revision': { from: 1964, to: 2026, show: ['postwar', 'revision'], focus: 'revision' },
  'summit-agenda': { from: 2023.5, to: 2024.75, show: ['revision', 'summit'], focus: 'summit' },
  'after-summit': {
    from: 2023.9,
    to: 2026.1,
    show: ['revision', 'summit', 'after'],
    focus: 'after',
  },
  // From 2025 to the story's last update (30 November 2026).
  'since-2025': { from: 2025.2, to: 2026.95, show: ['after', 'since'], focus: 'since' },
} satisfies Record<string, TimelineState>;

export type TimelineStateId = keyof typeof SPECS;
export const TIMELINE_STATE_IDS = Object.keys(SPECS) as TimelineStateId[];

export function timelineState(id: TimelineStateId): TimelineState {
  return SPECS[id];
}

/** "2023-12-22" → 2023.97; "2024-04" → mid-April; "1967" → mid-1967. */
export function decimalYear(date: string): number {
  const [y = '0', m, d] = date.split('-');
  const year = Number(y);
  if (!m) return year + 0.5;
  const month = Number(m) - 1;
  const day = d ? Number(d) - 1 : 14;
  return year + (month + day / 31) / 12;
}
