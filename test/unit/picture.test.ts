// The credited pictures (downloads and the build's fallback pictures): a stylesheet read as rules,
// the cascade applied to a chart's markup (specificity, :where, inheritance, custom properties,
// color-mix), the result written as clean, standalone SVG with its words around it. The browser
// runs the same code on its own DOM (test/e2e/chart-downloads.spec.ts).
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cascade, resolveVars, styleRules } from '../../src/charts/picture/cascade.ts';
import { evaluateColourMix, parseColour } from '../../src/charts/picture/colour.ts';
import { creditLine } from '../../src/share/credits.ts';
import { pictureFromMarkup, rulesFromCss } from '../../scripts/picture-node.ts';
import { content } from '../support/content.ts';

const words = content.sharing.credit;

const CSS = [
  '@charset "UTF-8";',
  ':root{color-scheme:light;--bg-raised:#fff;--ink:#1b1b1f;--ink-muted:#53535e;--ukraine:#007a5a;--font-ui:system-ui,sans-serif}',
  '@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--ink:#ececf0}}',
  ':root[data-theme=dark]{--ink:#ececf0}',
  'body{font-family:Georgia,serif;color:var(--ink)}',
  '.ts__svg.svelte-abc{font-family:var(--font-ui);font-size:12px}',
  '.ts--ukraine.svelte-abc{--series:var(--ukraine)}',
  '.ts__line.svelte-abc{fill:none;stroke:var(--series);stroke-width:3px}',
  '.ts__band.svelte-abc{fill:color-mix(in srgb, var(--series) 30%, transparent)}',
  '.ts__grid.svelte-abc text:where(.svelte-abc){fill:var(--ink-muted)}',
  'text.svelte-abc{fill:var(--missing)}',
  '.is-hidden.svelte-abc{opacity:0}',
  '.ts__line.svelte-abc:hover{stroke:red}',
  '.ts__end.svelte-abc{fill:var(--ink);transition:opacity 1s}',
].join('\n');

const MARKUP = `<figure class="chart-figure svelte-f1"><div class="chart-figure__graphic svelte-f1">
<div class="ts svelte-abc"><!--[--><svg viewBox="0 0 300 120" width="100%" height="120" class="ts__svg ts--ukraine svelte-abc" aria-hidden="true" focusable="false" data-points="3">
<g class="ts__grid svelte-abc"><text x="10" y="20" class="svelte-abc">100</text></g>
<path class="ts__band svelte-abc" d="M0 0L1 1"></path>
<path class="ts__line svelte-abc" d="M0 0L2 2" data-series="scenario"></path><!---->
<text class="ts__end svelte-abc" x="290" y="40" text-anchor="end">With Japan’s exports &amp; more</text>
<text class="is-hidden svelte-abc">not shown</text>
</svg><!--]--></div></div><table><tr><td>not the chart</td></tr></table></figure>`;

const WORDS = {
  title: 'Ukraine’s <ready> interceptors',
  caption: 'They run out in May 2025 & later.',
  scenario: 'Scenario: Japan’s exports 40 a year (default 10)',
  alt: 'A line chart.',
  source: 'Source: the model.',
  credit: 'Graphic: Backfill, backfill.example.org',
};

describe('reading a stylesheet', () => {
  const rules = rulesFromCss(CSS);

  it('keeps top-level style rules a picture can use, each selector with its specificity', () => {
    const selectors = rules.map((r) => r.selector);
    expect(selectors).toContain(':root');
    expect(selectors).toContain('.ts__grid.svelte-abc text:where(.svelte-abc)');
    // Rules under @media, and states no picture has (:hover), are left out.
    expect(selectors.filter((s) => s.includes('hover'))).toEqual([]);
    expect(rules.filter((r) => r.declarations.some((d) => d.value === '#ececf0'))).toHaveLength(
      1, // only :root[data-theme=dark], which a picture's root never matches
    );
    const spec = (selector: string) => rules.find((r) => r.selector === selector)!.specificity;
    expect(spec('.ts__grid.svelte-abc text:where(.svelte-abc)')).toBe(2001);
    expect(spec(':root')).toBe(1000);
    expect(spec('body')).toBe(1);
  });

  it('cascades by specificity, then order, with the style attribute and !important on top', () => {
    const rules = styleRules([
      { selector: '.a.b', declarations: [{ property: 'fill', value: 'red', important: false }] },
      { selector: '.a', declarations: [{ property: 'fill', value: 'blue', important: false }] },
      { selector: '.b', declarations: [{ property: 'stroke', value: 'x', important: true }] },
    ]);
    const declared = cascade(rules, () => true, [
      { property: 'stroke', value: 'inline', important: false },
      { property: 'opacity', value: '0.5', important: false },
    ]);
    expect(Object.fromEntries(declared)).toEqual({ fill: 'red', stroke: 'x', opacity: '0.5' });
  });

  it('resolves custom properties, with fallbacks, and refuses what has neither', () => {
    const custom = new Map([
      ['--a', '#007a5a'],
      ['--b', 'var(--a)'],
      ['--off', 'initial'],
    ]);
    expect(resolveVars('var(--b)', custom)).toBe('#007a5a');
    expect(resolveVars('var(--off, var(--nope, 3px))', custom)).toBe('3px');
    expect(resolveVars('1px var(--nope)', custom)).toBeNull();
  });

  it('evaluates color-mix in sRGB to a plain colour', () => {
    expect(evaluateColourMix('color-mix(in srgb, #007a5a 30%, transparent)')).toBe(
      'rgba(0, 122, 90, 0.3)',
    );
    expect(evaluateColourMix('color-mix(in srgb, #ffffff, #000000)')).toBe('rgb(128, 128, 128)');
    // A token defined for both schemes at once: the picture takes the light one.
    expect(evaluateColourMix('light-dark(#fdfcf9, #121418)')).toBe('#fdfcf9');
    expect(
      evaluateColourMix(
        'color-mix(in srgb, light-dark(#ffffff, #3fd1a4) 50%, light-dark(#000000, #121418))',
      ),
    ).toBe('rgb(128, 128, 128)');
    expect(evaluateColourMix('color-mix(in srgb, rgb(0, 0, 255) 25%, red)')).toBe(
      'rgb(191, 0, 64)',
    );
    expect(evaluateColourMix('color-mix(in oklch, red, blue)')).toBe(
      'color-mix(in oklch, red, blue)',
    );
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });
});

describe('a credited picture', () => {
  const picture = pictureFromMarkup(MARKUP, rulesFromCss(CSS), WORDS);
  const $ = load(picture.markup, { xml: true });
  const styleOf = (selector: string) => $(selector).first().attr('style') ?? '';

  it('is standalone, well-formed SVG with its title and description', () => {
    expect(picture.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns=')).toBe(
      true,
    );
    expect($('svg').first().attr('width')).toBe(String(picture.width));
    expect(picture.width).toBe(300 + 48);
    expect($('title').first().text()).toBe(`${WORDS.title}: ${WORDS.caption}`);
    expect($('desc').first().text()).toBe(WORDS.alt);
  });

  it('says what it is around the chart: title, caption, scenario, source and credit', () => {
    const texts = (part: string) =>
      $(`g.${part} text`)
        .map((_, t) => $(t).text())
        .get()
        .join(' ');
    expect(texts('title')).toBe(WORDS.title);
    expect(texts('caption')).toBe(WORDS.caption);
    expect(texts('scenario')).toBe(WORDS.scenario);
    expect(texts('source')).toBe(WORDS.source);
    expect(texts('credit')).toBe(WORDS.credit);
  });

  it('draws the chart with the styles the page gives it, written on each element', () => {
    const chart = $('svg svg');
    expect([chart.attr('x'), chart.attr('width'), chart.attr('height')]).toEqual([
      '24',
      '300',
      '120',
    ]);
    expect(chart.attr('viewBox')).toBe('0 0 300 120');
    expect(styleOf('.ts__line')).toBe('fill:none;stroke:#007a5a;stroke-width:3px');
    expect(styleOf('.ts__band')).toBe('fill:rgba(0, 122, 90, 0.3)');
    // :where() adds no specificity: the grid's rule (2 classes) beats text.svelte-abc's (1, 1).
    expect(styleOf('.ts__grid text')).toBe('fill:#53535e');
    // The page's body gives the chart its colour; the chart's own font wins over the body's.
    expect(styleOf('svg svg')).toContain('font-family:system-ui,sans-serif');
    expect(styleOf('svg svg')).toContain('color:#1b1b1f');
    expect(styleOf('.ts__end')).toBe('fill:#1b1b1f');
    expect($('.ts__end').text()).toBe('With Japan’s exports & more');
  });

  it('is clean: no framework comments or class names, no page-only attributes, nothing hidden', () => {
    expect(picture.markup).not.toMatch(/<!--|svelte-|var\(|color-mix|data-|aria-hidden|focusable/);
    expect(picture.markup).not.toContain('transition');
    expect(picture.markup).not.toContain('not shown');
    expect(picture.markup).not.toContain('not the chart');
    expect($('.ts__line').attr('class')).toBe('ts__line');
  });
});

describe('source credits', () => {
  const source = (outlet: string) => ({ id: outlet, outlet, title: 't', date: '2024' });
  it('names each outlet once, and counts the rest', () => {
    expect(creditLine([], words)).toBe('');
    expect(creditLine([source('A')], words)).toBe('Source: A.');
    expect(creditLine(['A', 'B', 'A', 'C', 'D', 'E', 'F'].map(source), words)).toBe(
      'Sources: A; B; C; D and 2 more.',
    );
  });
});
