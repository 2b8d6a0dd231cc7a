// The site's one theme vocabulary: the words a link's ?theme= takes, the header's preferences
// store, and the classic scripts public/theme-init.js and public/embed-init.js apply before the
// first paint (test/unit/theme-scripts.test.ts checks them against these lists).
//   auto       follow the reader's system (no data-theme on <html>)
//   light      light
//   dark       dark
//   projector  high contrast, larger text and thicker lines, for a classroom wall (not in embeds)

/** Every theme, in the order pages document them. */
export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** The themes an embed can take, in the order the Share dialog offers them. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const satisfies readonly Theme[];
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Embeds are light unless their link says otherwise: most news pages are light. */
export const DEFAULT_EMBED_THEME: EmbedTheme = 'light';

/**
 * A link's theme word, read the one way every reader reads it: spaces around it and letter case
 * do not matter ("Dark " is dark). null when it is none of `allowed`.
 */
export function themeWord<T extends Theme>(raw: string, allowed: readonly T[]): T | null {
  const word = raw.trim().toLowerCase();
  return allowed.find((t) => t === word) ?? null;
}

/** The value <html data-theme> takes for a theme: none for auto (CSS follows the system). */
export const dataThemeOf = (theme: Theme): string | undefined =>
  theme === 'auto' ? undefined : theme;
