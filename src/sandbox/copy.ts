// The sandbox's sentences in content/sandbox/page.yaml and the placeholders each may use: the build
// checks every template against this table, and the page fills exactly these.

/** Text field of content/sandbox/page.yaml → the `{names}` it may use. */
export const SANDBOX_TEXT_PLACEHOLDERS = {
  source: [],
  intro: ['runs'],
  noScript: [],
} as const satisfies Record<string, readonly string[]>;

export type SandboxTextField = keyof typeof SANDBOX_TEXT_PLACEHOLDERS;
