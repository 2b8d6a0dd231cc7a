// The built embeds in dist/: one page per chart (kept out of search, no site furniture, an oEmbed
// discovery link, the chart prerendered), one oEmbed file per chart, and standalone fallback
// pictures that need nothing from outside themselves.
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import {
  EMBED_CHART_IDS,
  embeddableStates,
  isStoryChart,
  type EmbedChartId,
} from '../../src/embed/charts.ts';
import { sandboxFallbackAlt } from '../../src/embed/fallback-text.ts';
import { OEMBED_DIR, fallbackImagePath } from '../../src/embed/links.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const { site, embeds, states, parameters, sandboxCopy, sandboxStrings } = result.content;
const words = { copy: sandboxCopy, strings: sandboxStrings };
const dist = (path: string) => `dist/${path}`;

describe.each(EMBED_CHART_IDS)('the embed page for %s', (chart) => {
  const $ = load(readFileSync(dist(`embed/${chart}.html`), 'utf8'));

  it('is kept out of search and opens its links in a new tab', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('base').attr('target')).toBe('_blank');
    expect($('base').attr('href')).toBeUndefined();
  });

  it('is the chart alone, prerendered, with its note and a link into Backfill', () => {
    expect($('.site-header, .site-footer, nav')).toHaveLength(0);
    expect($('main figure svg').length).toBeGreaterThan(0);
    expect($('main figure table').length).toBe(1);
    expect($('.embed__note').text()).toBe(embeds[chart].note);
    expect($('.embed__open').attr('href')).toMatch(/^\.\.\/(\?v=1&.*#sandbox|#step-[a-z-]+)$/);
    expect($('h1').text().length).toBeGreaterThan(0);
  });

  it('applies its link’s theme before the first paint, from a script file', () => {
    const first = $('body script').first();
    expect(first.attr('src')).toBe('../embed-init.js');
    expect($('script:not([src])')).toHaveLength(0);
    expect(existsSync(dist('embed-init.js'))).toBe(true);
  });

  it('names its oEmbed file, which describes a rich embed of the pinned default view', () => {
    const link = $('link[rel="alternate"][type="application/json+oembed"]');
    expect(link).toHaveLength(1);
    const href = link.attr('href')!;
    expect(href).toBe(new URL(`${OEMBED_DIR}${chart}.json`, site.siteUrl).href);
    const json = JSON.parse(readFileSync(dist(href.slice(site.siteUrl.length)), 'utf8'));
    expect(json).toMatchObject({
      type: 'rich',
      version: '1.0',
      provider_name: site.shortTitle,
      provider_url: site.siteUrl,
      height: embeds[chart].height,
    });
    const iframe = load(json.html)('iframe');
    const src = new URL(iframe.attr('src')!);
    expect(src.href.startsWith(`${site.siteUrl}embed/${chart}.html?v=1&`)).toBe(true);
    // Pinned: every option written out, and for a sandbox chart every parameter and the seed.
    for (const key of ['theme', 'transparent', 'title'])
      expect(src.searchParams.has(key)).toBe(true);
    if (!isStoryChart(chart)) {
      for (const p of parameters) expect(src.searchParams.get(p.short)).toBe(String(p.default));
      expect(src.searchParams.get('s')).toBe('1');
      expect(src.searchParams.get('controls')).toBe('none');
    }
    expect(json.thumbnail_url).toBe(new URL(fallbackImagePath(chart), site.siteUrl).href);
  });
});

describe('the fallback pictures', () => {
  const files: { chart: EmbedChartId; file: string; state: string | undefined }[] =
    EMBED_CHART_IDS.flatMap(
      (chart): { chart: EmbedChartId; file: string; state: string | undefined }[] =>
        isStoryChart(chart)
          ? [
              { chart, file: fallbackImagePath(chart), state: embeddableStates(chart, states)[0] },
              ...embeddableStates(chart, states).map((state) => ({
                chart,
                file: fallbackImagePath(chart, state),
                state,
              })),
            ]
          : [{ chart, file: fallbackImagePath(chart), state: undefined }],
    );

  it.each(files)(
    '$file is a standalone SVG with its title, alt text and styles',
    ({ chart, file, state }) => {
      const text = readFileSync(dist(file), 'utf8');
      expect(
        text.startsWith(
          '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
        ),
      ).toBe(true);
      const $ = load(text, { xml: true });
      const root = $('svg').first();
      expect(Number(root.attr('width'))).toBeGreaterThan(300);
      expect(Number(root.attr('height'))).toBeGreaterThan(200);
      expect(root.attr('role')).toBe('img');
      const alt = state
        ? states[state]!.alt
        : sandboxFallbackAlt(
            chart as Exclude<EmbedChartId, 'flow' | 'timeline' | 'scale'>,
            embeds[chart],
            parameters,
            words,
          );
      expect($('desc').first().text()).toBe(alt);
      expect($('title').first().text().length).toBeGreaterThan(5);
      // Everything it draws with is inside: the colour tokens and the charts' own rules, no links.
      const style = $('style').first().text();
      expect(style).toContain('--bg:');
      expect(style).toMatch(/\.svelte-[a-z0-9]+/);
      expect(text).not.toMatch(/(?:href|src)="(?:https?:|\/\/)/);
      expect(text).not.toMatch(/@import|url\(["']?https?:/);
      // Every custom property it uses is defined in it.
      const defined = new Set([...style.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
      for (const [, name] of text.matchAll(/var\((--[\w-]+)/g))
        expect(defined, name).toContain(name);
    },
  );

  it('alt text for a sandbox chart says it is the default scenario', () => {
    const alt = sandboxFallbackAlt('ukraine', embeds.ukraine, parameters, words);
    expect(alt).toContain("model's default scenario");
    // Ukraine's chart leads with the share of missiles in reach it engages (issue 10).
    expect(alt).toMatch(/Ukraine engages \d+% of the ballistic missiles within Patriot's reach/);
  });
});
