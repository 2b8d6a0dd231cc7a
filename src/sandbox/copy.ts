// The sandbox's sentences in content/sandbox/page.yaml and the placeholders each may use: the build
// checks every template against this table, and the page fills exactly these.

/** Text field of content/sandbox/page.yaml → the `{names}` it may use. */
export const SANDBOX_TEXT_PLACEHOLDERS = {
  title: [],
  source: [],
  intro: ['runs'],
  noScript: [],
  presets: [],
  reset: [],
} as const satisfies Record<string, readonly string[]>;

export type SandboxTextField = keyof typeof SANDBOX_TEXT_PLACEHOLDERS;

/** The figures beside the difference chart → the {names} each may use. */
export const FIGURE_PLACEHOLDERS = {
  extra: ['end'],
  days: [],
  share: ['need', 'months'],
  times: ['mhi'],
} as const satisfies Record<string, readonly string[]>;

/** Each sentence of the goal section (content/sandbox/page.yaml, goal) → the {names} it may use. */
export const GOAL_PLACEHOLDERS = {
  title: [],
  intro: [],
  target: [],
  targetAfter: ['end'],
  lever: [],
  noScript: [],
  working: [],
  failed: [],
  current: ['share', 'value'],
  apply: ['lever', 'value'],
  show: [],
  central: [],
  half: [],
  nineTenths: [],
  yours: [],
  beyond: ['max'],
  mark: ['value', 'which'],
} as const satisfies Record<string, readonly string[]>;
