import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { embedSnippets, plainIframe, type EmbedSnippetInput } from '../../src/share/snippets.ts';
import { escapeHtml } from '../../src/lib/html.ts';

const input: EmbedSnippetInput = {
  chartId: 'unmet',
  title: 'Ballistic missiles Ukraine could not engage, "with" <exports> & without',
  embedUrl: 'https://backfill.example.org/embed/unmet.html?v=1&je=20&s=1&view=unmet&chart=unmet',
  fallbackImageUrl: 'https://backfill.example.org/embed/unmet.png?v=1&je=20',
  alt: "A line chart: with Japan's exports, 12% of launches go unmet by <March 2026> & beyond.",
  height: 480.4,
  hostScriptUrl: 'https://backfill.example.org/embed.js',
  colorScheme: 'dark',
};

/** Parse as a browser would with scripting off, so <noscript> content is elements. */
const parse = (html: string) => cheerio.load(html, { scriptingEnabled: false } as never, false);
const attrs = (el: cheerio.Cheerio<never>) => ({ ...el.attr() });

const IFRAME = {
  src: input.embedUrl,
  title: input.title,
  loading: 'lazy',
  // The iOS width fix, and the embed page's own colour scheme (no backdrop behind a transparent
  // embed whatever the host page declares).
  style: 'width:1px;min-width:100%;border:0;color-scheme:dark',
  height: '480',
  scrolling: 'no',
  allow: 'clipboard-write',
};

describe('embed codes', () => {
  const snippets = embedSnippets(input);

  it('plain iframe: every attribute, and nothing else (the frame itself works without JavaScript)', () => {
    const $ = parse(snippets.iframe);
    expect($('iframe')).toHaveLength(1);
    expect(attrs($('iframe') as never)).toEqual(IFRAME);
    expect($('iframe').children()).toHaveLength(0);
    // No <noscript> picture: without JavaScript a reader would see the chart twice.
    expect($('noscript, img')).toHaveLength(0);
    expect($('script')).toHaveLength(0);
    expect(
      $.root()
        .children()
        .map((_, el) => (el as { name: string }).name)
        .get(),
    ).toEqual(['iframe']);
  });

  it('declares the embed page’s colour scheme on the frame, for each theme', () => {
    for (const colorScheme of ['light', 'dark', 'light dark'] as const) {
      const $ = parse(embedSnippets({ ...input, colorScheme }).script);
      expect($('iframe').attr('style')).toBe(
        `width:1px;min-width:100%;border:0;color-scheme:${colorScheme}`,
      );
    }
  });

  it('iframe with script: marked for the host script, which loads async', () => {
    const $ = parse(snippets.script);
    expect(attrs($('iframe') as never)).toEqual({ ...IFRAME, 'data-backfill-embed': 'unmet' });
    expect($('noscript, img')).toHaveLength(0);
    expect(attrs($('script') as never)).toEqual({ async: '', src: input.hostScriptUrl });
    expect($('script').text()).toBe('');
  });

  it('AMP: a responsive, resizable amp-iframe with its overflow button and placeholder', () => {
    const $ = parse(snippets.amp);
    expect(attrs($('amp-iframe') as never)).toEqual({
      src: input.embedUrl,
      title: input.title,
      width: '600',
      height: '480',
      layout: 'responsive',
      sandbox: 'allow-scripts allow-same-origin',
      frameborder: '0',
      resizable: '',
    });
    const overflow = $('amp-iframe > div[overflow]');
    expect(attrs(overflow as never)).toEqual({
      overflow: '',
      tabindex: '0',
      role: 'button',
      'aria-label': 'Show the whole chart',
    });
    expect(overflow.text()).toBe('Show the whole chart');
    expect(attrs($('amp-iframe > amp-img') as never)).toEqual({
      placeholder: '',
      layout: 'fill',
      src: input.fallbackImageUrl,
      alt: input.alt,
    });
    expect(parse(embedSnippets({ ...input, ampWidth: 320 }).amp)('amp-iframe').attr('width')).toBe(
      '320',
    );
  });

  it('escapes every value, so quotes and angle brackets cannot break out', () => {
    for (const html of Object.values(snippets)) {
      expect(html).not.toContain('<exports>');
      expect(html).not.toContain('"with"');
      // The query string's & is escaped in attributes, as HTML requires.
      expect(html).toContain('embed/unmet.html?v=1&amp;je=20');
    }
    const hostile = embedSnippets({
      ...input,
      title: '"><script>alert(1)</script>',
      alt: "' onerror='alert(1)",
      chartId: '" onload="x',
    });
    for (const html of Object.values(hostile)) {
      const $ = parse(html);
      expect($('script:not([src])')).toHaveLength(0);
      expect($('[onerror], [onload]')).toHaveLength(0);
    }
    expect(parse(hostile.iframe)('iframe').attr('title')).toBe('"><script>alert(1)</script>');
    expect(snippets.amp).toContain(escapeHtml(input.alt));
  });

  it('refuses URLs that are not absolute http(s)', () => {
    expect(() => embedSnippets({ ...input, embedUrl: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => embedSnippets({ ...input, embedUrl: '/embed/unmet.html' })).toThrow(/absolute/);
    expect(() =>
      embedSnippets({ ...input, fallbackImageUrl: 'data:image/png;base64,AA' }),
    ).toThrow();
    expect(() => embedSnippets({ ...input, hostScriptUrl: 'embed.js' })).toThrow();
    expect(() => embedSnippets({ ...input, height: Number.NaN })).toThrow(/height/);
  });

  it('plainIframe is the plain frame code', () => {
    expect(snippets.iframe).toBe(plainIframe(input));
  });
});
