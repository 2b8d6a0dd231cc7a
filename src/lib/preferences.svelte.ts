// The reader's display preferences: theme (light, dark, projector or the system's) and motion (full,
// reduced or the system's). The choice is kept in localStorage (no cookies) and written to
// <html data-theme data-motion> so CSS follows it; public/theme-init.js applies it before first
// paint. Every animation reads `motion.reduced`, which also follows a mid-session OS change.

import { SITE_THEMES, parseThemeOption } from '../classroom/link-choices.ts';
import type { Notice } from './notice.ts';

export type ThemeChoice = 'system' | 'light' | 'dark' | 'projector';
export type MotionChoice = 'system' | 'full' | 'reduced';

const STORAGE_KEY = 'backfill:preferences';
/** A link's ?theme= lasts for the tab (sessionStorage), as public/theme-init.js applies it. */
const LINK_THEME_KEY = 'backfill:link-theme';

interface Stored {
  theme?: ThemeChoice;
  motion?: MotionChoice;
}

function readStored(): Stored {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const { theme, motion } = parsed as Record<string, unknown>;
    return {
      theme:
        theme === 'light' || theme === 'dark' || theme === 'projector' || theme === 'system'
          ? theme
          : undefined,
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

/** The theme a link set for this tab, if any (already applied by public/theme-init.js). */
function linkTheme(): { theme: ThemeChoice | null; notices: Notice[] } {
  const parsed = parseThemeOption(location.search);
  let value: string | null = parsed.value;
  if (!new URLSearchParams(location.search).has('theme')) {
    try {
      value = sessionStorage.getItem(LINK_THEME_KEY);
    } catch {
      value = null;
    }
  }
  const theme = value === 'auto' ? 'system' : (SITE_THEMES.find((t) => t === value) ?? null);
  return { theme: theme as ThemeChoice | null, notices: parsed.notices };
}

class Preferences {
  theme = $state<ThemeChoice>('system');
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
    return this.theme === 'dark' || (this.theme === 'system' && this.#osDark);
  }

  /** Animation length in ms, or 0 when motion is reduced. */
  duration(ms: number): number {
    return this.reduced ? 0 : ms;
  }

  /** Called once in the browser: read the stored choice and follow OS changes. */
  start(): void {
    const stored = readStored();
    const linked = linkTheme();
    this.theme = linked.theme ?? stored.theme ?? 'system';
    this.notices = linked.notices;
    this.motion = stored.motion ?? 'system';
    const reduce = query('(prefers-reduced-motion: reduce)');
    const dark = query('(prefers-color-scheme: dark)');
    this.#osReduced = reduce?.matches ?? false;
    this.#osDark = dark?.matches ?? false;
    reduce?.addEventListener('change', (e) => (this.#osReduced = e.matches));
    dark?.addEventListener('change', (e) => (this.#osDark = e.matches));
  }

  set(next: Stored): void {
    if (next.theme) this.theme = next.theme;
    if (next.motion) this.motion = next.motion;
    const root = document.documentElement;
    if (this.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = this.theme;
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
