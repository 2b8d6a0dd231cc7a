// The build's fallback pictures: the site's stylesheet read as rules (no parser), the rules a
// picture needs picked by its components' classes, and a picture that holds everything it uses.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  componentRules,
  lightTokens,
  standaloneSvg,
  topLevelRules,
} from '../../scripts/build-embeds.ts';
import { creditLine } from '../../src/embed/credits.ts';

const CSS = [
  '@charset "UTF-8";',
  ':root{color-scheme:light;--bg:#fdfcf9;--ink:#1b1b1f}',
  '@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#121418}}',
  ':root[data-theme=dark]{--bg:#121418}',
  '.a.svelte-abc{fill:var(--ink)}',
  '.b.svelte-xyz{content:"}{";stroke:red}',
  '/* a } comment { */.c.svelte-abc:hover{opacity:.5}',
].join('');

describe('reading the built stylesheet', () => {
  const rules = topLevelRules(CSS);

  it('splits it into top-level rules, past strings, comments and nested blocks', () => {
    expect(rules.map((r) => r.head)).toEqual([
      ':root',
      '@media (prefers-color-scheme:dark)',
      ':root[data-theme=dark]',
      '.a.svelte-abc',
      '.b.svelte-xyz',
      '.c.svelte-abc:hover',
    ]);
    expect(rules[4]!.text).toBe('.b.svelte-xyz{content:"}{";stroke:red}');
  });

  it('takes the light tokens and only the rules of the components a picture uses', () => {
    expect(lightTokens(rules)).toBe(':root{color-scheme:light;--bg:#fdfcf9;--ink:#1b1b1f}');
    expect(
      componentRules(rules, '<svg class="a svelte-abc"><path class="c svelte-abc"/></svg>'),
    ).toEqual(['.a.svelte-abc{fill:var(--ink)}', '.c.svelte-abc:hover{opacity:.5}']);
    expect(() => lightTokens(topLevelRules('.x{color:red}'))).toThrow(/colour tokens/);
  });
});

describe('a standalone picture', () => {
  const svg = standaloneSvg(
    {
      chart: 'ukraine',
      file: 'embed/ukraine.svg',
      title: 'Ukraine’s <ready> interceptors',
      caption: 'They run out in May 2025 & later.',
      alt: 'A line chart.',
      credit: 'Source: the model.',
      svg: '<svg viewBox="0 0 560 250" width="100%" height="250" class="a svelte-abc"><path d="M0 0"></path></svg>',
      width: 560,
      height: 250,
    },
    ':root{--bg:#fff;--ink:#000}',
    ['.a.svelte-abc{fill:var(--ink)}'],
    'Backfill · backfill.example.org',
  );
  const $ = load(svg, { xml: true });

  it('is well-formed XML with its title, alt text, styles and the chart placed in pixels', () => {
    expect($('svg').first().attr('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect($('title').text()).toBe(
      'Ukraine’s <ready> interceptors: They run out in May 2025 & later.',
    );
    expect($('desc').text()).toBe('A line chart.');
    expect($('style').text()).toContain('.a.svelte-abc{fill:var(--ink)}');
    const chart = $('svg svg');
    expect([chart.attr('x'), chart.attr('width'), chart.attr('height')]).toEqual([
      '20',
      '560',
      '250',
    ]);
    expect(
      $('text')
        .map((_, t) => $(t).text())
        .get(),
    ).toEqual([
      'Ukraine’s <ready> interceptors',
      'They run out in May 2025 & later.',
      'Source: the model.',
      'Backfill · backfill.example.org',
    ]);
  });
});

describe('source credits', () => {
  const source = (outlet: string) => ({ id: outlet, outlet, title: 't', date: '2024' });
  it('names each outlet once, and counts the rest', () => {
    expect(creditLine([])).toBe('');
    expect(creditLine([source('A')])).toBe('Source: A.');
    expect(creditLine(['A', 'B', 'A', 'C', 'D', 'E', 'F'].map(source))).toBe(
      'Sources: A; B; C; D and 2 more.',
    );
  });
});
