// The reader's display preferences: theme (light, dark or the system's) and motion (full,
// reduced or the system's). The choice is kept in localStorage (no cookies) and written to
// <html data-theme data-motion> so CSS follows it; public/theme-init.js applies it before first
// paint. Every animation reads `motion.reduced`, which also follows a mid-session OS change.

export type ThemeChoice = 'system' | 'light' | 'dark';
export type MotionChoice = 'system' | 'full' | 'reduced';

const STORAGE_KEY = 'backfill:preferences';

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
      theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : undefined,
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

class Preferences {
  theme = $state<ThemeChoice>('system');
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
    this.theme = stored.theme ?? 'system';
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
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ theme: this.theme, motion: this.motion }));
    } catch {
      // See readStored.
    }
  }
}

export const preferences = new Preferences();
