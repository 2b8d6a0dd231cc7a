// The reader's display preferences: theme (auto, light, dark or projector: lib/themes.ts) and
// motion (full, reduced or the system's). The choice is kept in localStorage (no cookies) and
// written to <html data-theme data-motion> so CSS follows it; public/theme-init.js applies it
// before first paint. Every animation reads `motion.reduced`, which also follows a mid-session OS
// change. A link's ?theme= is read with the rest of the page's link (src/links/page-link.ts) and
// handed to start().

import type { Notice } from './notice.ts';
import { THEMES, dataThemeOf, type Theme } from './themes.ts';

export type MotionChoice = 'system' | 'full' | 'reduced';

const STORAGE_KEY = 'backfill:preferences';
/** A link's ?theme= lasts for the tab (sessionStorage), as public/theme-init.js applies it. */
const LINK_THEME_KEY = 'backfill:link-theme';

interface Stored {
  theme?: Theme;
  motion?: MotionChoice;
}

function readStored(): Stored {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const { theme, motion } = parsed as Record<string, unknown>;
    return {
      // 'system' is how earlier versions saved 'auto'.
      theme: theme === 'system' ? 'auto' : THEMES.find((t) => t === theme),
      motion: motion === 'full' || motion === 'reduced' || motion === 'system' ? motion : undefined,
    };
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe): preferences then last a visit.
    return {};
  }
}

function query(media: string): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(media) : null;
}

/** What the page's link says about the theme: its word, if usable, and what reading it changed. */
export interface LinkTheme {
  theme: Theme | null;
  /** True when the link has a ?theme= at all (usable or not). */
  given: boolean;
  notices: Notice[];
}

const NO_LINK: LinkTheme = { theme: null, given: false, notices: [] };

/** A link's theme, or the one an earlier link set for this tab (public/theme-init.js keeps it). */
function linkTheme(link: LinkTheme): Theme | null {
  if (link.given) return link.theme;
  try {
    const kept = sessionStorage.getItem(LINK_THEME_KEY);
    return THEMES.find((t) => t === kept) ?? null;
  } catch {
    return null;
  }
}

class Preferences {
  theme = $state<Theme>('auto');
  /** What reading the link's ?theme= changed (shown by the header's Preferences). */
  notices = $state<Notice[]>([]);
  motion = $state<MotionChoice>('system');
  #osReduced = $state(false);
  #osDark = $state(false);

  /** True when animations should be instant. */
  get reduced(): boolean {
    return this.motion === 'reduced' || (this.motion === 'system' && this.#osReduced);
  }

  get dark(): boolean {
    return this.theme === 'dark' || (this.theme === 'auto' && this.#osDark);
  }

  /** Animation length in ms, or 0 when motion is reduced. */
  duration(ms: number): number {
    return this.reduced ? 0 : ms;
  }

  /** Called once in the browser: read the stored choice and follow OS changes. */
  start(link: LinkTheme = NO_LINK): void {
    const stored = readStored();
    this.theme = linkTheme(link) ?? stored.theme ?? 'auto';
    this.notices = link.notices;
    this.motion = stored.motion ?? 'system';
    const reduce = query('(prefers-reduced-motion: reduce)');
    const dark = query('(prefers-color-scheme: dark)');
    this.#osReduced = reduce?.matches ?? false;
    this.#osDark = dark?.matches ?? false;
    reduce?.addEventListener('change', (e) => (this.#osReduced = e.matches));
    dark?.addEventListener('change', (e) => (this.#osDark = e.matches));
  }

  /**
   * What the page's link says about the theme, once its reader has loaded (after start(), off
   * the first view's script): a usable ?theme= is already on the page (theme-init.js).
   */
  useLink(link: LinkTheme): void {
    if (link.given) this.theme = linkTheme(link) ?? readStored().theme ?? 'auto';
    this.notices = link.notices;
  }

  set(next: Stored): void {
    if (next.theme) this.theme = next.theme;
    if (next.motion) this.motion = next.motion;
    const root = document.documentElement;
    const theme = dataThemeOf(this.theme);
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
    if (this.motion === 'system') delete root.dataset.motion;
    else root.dataset.motion = this.motion;
    try {
      // The reader's own choice replaces a link's theme from now on.
      if (next.theme) sessionStorage.removeItem(LINK_THEME_KEY);
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ theme: this.theme, motion: this.motion }));
    } catch {
      // See readStored.
    }
  }
}

export const preferences = new Preferences();
