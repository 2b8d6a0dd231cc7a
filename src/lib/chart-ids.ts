// The sandbox's charts by id: one list for the sandbox, its links (?view=) and the embeds. Kept
// apart from the definitions (charts.ts) so a link reader can import it without them.

/** Every sandbox chart, in the order the sandbox shows them. */
export const SANDBOX_CHART_IDS = [
  'difference',
  'ukraine',
  'live-flow',
  'us-pool',
  'japan',
  'unmet',
] as const;
export type SandboxChartId = (typeof SANDBOX_CHART_IDS)[number];
