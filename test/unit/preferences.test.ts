// The header's preferences speak the one theme vocabulary (src/lib/themes.ts): 'auto', not
// 'system' (which earlier versions saved, and which still reads as auto), and take a link's
// ?theme= from the page's link reader.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preferences } from '../../src/lib/preferences.svelte.ts';
import { pageTheme } from '../../src/links/page-link.ts';

function storage(entries: Record<string, string>) {
  return {
    getItem: (key: string) => entries[key] ?? null,
    setItem: () => {},
    removeItem: () => {},
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('display preferences', () => {
  it('read a theme saved as "system" by an earlier version as auto', () => {
    vi.stubGlobal('localStorage', storage({ 'backfill:preferences': '{"theme":"system"}' }));
    vi.stubGlobal('sessionStorage', storage({}));
    preferences.start();
    expect(preferences.theme).toBe('auto');
  });

  it('take the link’s theme, and explain one they cannot use', () => {
    vi.stubGlobal('localStorage', storage({ 'backfill:preferences': '{"theme":"dark"}' }));
    vi.stubGlobal('sessionStorage', storage({}));
    vi.stubGlobal('location', { search: '?theme=Projector', hash: '' });
    preferences.start();
    preferences.useLink(pageTheme());
    expect([preferences.theme, preferences.notices]).toEqual(['projector', []]);

    vi.stubGlobal('location', { search: '?theme=neon', hash: '' });
    preferences.useLink(pageTheme());
    expect(preferences.theme).toBe('dark');
    expect(preferences.notices.map((n) => n.message)).toEqual([
      'Theme: “neon” is not auto, light, dark or projector, so the saved or system theme is used.',
    ]);
  });
});
