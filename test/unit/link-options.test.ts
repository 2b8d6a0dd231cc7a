// Issue 12 §1: the option table's own invariants (as kevin-bacon's registry test asserts its
// registry's): one definition per key, and a key without a parser does not compile.
import { describe, expect, it } from 'vitest';
import { normalKey } from '../../src/lib/query.ts';
import {
  LINK_OPTIONS,
  LINK_PAGES,
  OPTION_KEYS,
  optionsOf,
  type LinkOption,
  type OptionTable,
} from '../../src/links/options.ts';

describe('the link-option table', () => {
  it('defines each key once, under its own name', () => {
    for (const key of OPTION_KEYS) expect(LINK_OPTIONS[key].key).toBe(key);
    const params = OPTION_KEYS.map((k) => LINK_OPTIONS[k].param);
    expect(new Set(params).size).toBe(params.length);
  });

  it('has no spelling that two options on one page could both claim', () => {
    for (const page of LINK_PAGES) {
      const owner = new Map<string, string>();
      for (const key of optionsOf(page)) {
        const option = LINK_OPTIONS[key];
        for (const name of [option.key, ...option.lookalikes]) {
          const claimed = owner.get(normalKey(name));
          expect(claimed === undefined || claimed === key, `${page}: ${name}`).toBe(true);
          owner.set(normalKey(name), key);
        }
      }
    }
  });

  it('gives every option a page, and every page but the model’s more than the theme', () => {
    for (const key of OPTION_KEYS) expect(LINK_OPTIONS[key].pages.length, key).toBeGreaterThan(0);
    for (const page of LINK_PAGES.filter((p) => p !== 'model'))
      expect(optionsOf(page).length, page).toBeGreaterThan(1);
  });

  it('refuses, at compile time, a table with a key missing or without a parser', () => {
    // svelte-check / tsc fail if either line below stops being an error (an unused expectation).
    // @ts-expect-error: every key of OptionValues needs its definition.
    const missing: OptionTable = { ...LINK_OPTIONS, note: undefined };
    const { parse: _parse, ...withoutParse } = LINK_OPTIONS.note;
    // @ts-expect-error: a definition without a parser is not an option.
    const unparsed: LinkOption<string> = withoutParse;
    expect([missing.note, unparsed.key]).toEqual([undefined, 'note']);
  });
});
