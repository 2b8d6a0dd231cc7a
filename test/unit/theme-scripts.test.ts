// Issue 12 §1: the classic scripts that apply a theme before the first paint
// (public/theme-init.js on every site page, public/embed-init.js on embeds) stay classic, but
// they accept exactly the option table's theme words and read every link as the table does.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { content, ledger } from '../support/content.ts';
import { dataThemeOf, EMBED_THEMES, THEMES } from '../../src/lib/themes.ts';
import { parseThemeOption } from '../../src/links/choices.ts';
import { parseEmbedOptions } from '../../src/links/embed-options.ts';

/** Theme words as links carry them: the table's, in other cases and spacing, and others. */
const CANDIDATES = [
  ...THEMES,
  ...THEMES.map((t) => t.toUpperCase()),
  ...THEMES.map((t) => ` ${t}\t`),
  'Dark',
  'system',
  'sepia',
  '',
  '%E0%A4%A',
  'projector%00',
];

/** The array literal a classic script names `name`, as strings. */
function wordsIn(script: string, name: string): string[] {
  const match = new RegExp(`var ${name} = \\[([^\\]]*)\\]`).exec(script);
  expect(match, `var ${name} in the script`).not.toBeNull();
  return [...match![1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

interface Root {
  dataset: Record<string, string>;
  attributes: Map<string, string>;
}

function run(file: string, search: string, saved: Record<string, string> = {}): Root {
  const dataset: Record<string, string> = {};
  const attributes = new Map<string, string>();
  const root = {
    dataset,
    setAttribute: (k: string, v: string) => attributes.set(k, v),
    removeAttribute: (k: string) => attributes.delete(k),
    hasAttribute: (k: string) => attributes.has(k),
  };
  runInNewContext(readFileSync(file, 'utf8'), {
    document: { documentElement: root },
    location: { search },
    URLSearchParams,
    JSON,
    localStorage: {
      getItem: (key: string) => (key === 'backfill:preferences' ? JSON.stringify(saved) : null),
    },
    sessionStorage: { getItem: () => null, setItem: () => undefined },
    setTimeout: () => 0,
  });
  return { dataset, attributes };
}

describe('public/theme-init.js', () => {
  const script = readFileSync('public/theme-init.js', 'utf8');

  it('names exactly the table’s themes', () => {
    expect(wordsIn(script, 'THEMES')).toEqual([...THEMES]);
  });

  it('applies what the table reads from the link, for every theme word', () => {
    for (const word of CANDIDATES) {
      const search = `?theme=${word}`;
      const read = parseThemeOption(search, content.links).value;
      expect(run('public/theme-init.js', search).dataset.theme, search).toBe(
        read === null ? undefined : dataThemeOf(read),
      );
    }
  });
});

describe('public/theme-init.js and a saved preference', () => {
  it('applies a saved theme as the preferences do: every table theme, auto as none', () => {
    for (const theme of [...THEMES, 'system', 'sepia']) {
      const applied = run('public/theme-init.js', '', { theme }).dataset.theme;
      const known = THEMES.find((t) => t === theme);
      expect(applied, theme).toBe(known ? dataThemeOf(known) : undefined);
    }
  });
});

describe('public/embed-init.js', () => {
  const script = readFileSync('public/embed-init.js', 'utf8');
  const context = { charts: ['unmet'], ledger };

  it('names exactly the table’s embed themes', () => {
    expect(wordsIn(script, 'THEMES')).toEqual([...EMBED_THEMES]);
  });

  it('applies the theme and background the embed reads from the link', () => {
    for (const word of [...CANDIDATES, 'projector', 'PROJECTOR']) {
      for (const transparent of ['1', '0', ' 1', 'yes', '']) {
        const search = `?theme=${word}&transparent=${transparent}`;
        const { options } = parseEmbedOptions(search, context, content.links);
        const root = run('public/embed-init.js', search);
        expect(root.attributes.get('data-theme'), search).toBe(dataThemeOf(options.theme));
        expect(root.attributes.get('data-transparent'), search).toBe(
          options.transparent ? '1' : undefined,
        );
      }
    }
    // No theme at all: light, as the table's fallback.
    expect(run('public/embed-init.js', '').attributes.get('data-theme')).toBe('light');
  });
});
