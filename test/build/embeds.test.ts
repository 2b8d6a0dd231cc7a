// The built embeds in dist/: one page per chart (kept out of search, no site furniture, an oEmbed
// discovery link, the chart prerendered), one oEmbed file per chart, and fallback pictures (every
// story state, every sandbox preset) that are complete, credited graphics needing nothing from
// outside themselves.
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { firstViewJs } from '../../scripts/first-view-js.mjs';
import { ISLANDS } from '../../src/islands/islands.ts';
import {
  EMBED_CHART_IDS,
  embeddableStates,
  isStoryChart,
  type EmbedChartId,
} from '../../src/share/chart-ids.ts';
import { OEMBED_DIR, fallbackImagePath, type ChartTarget } from '../../src/share/links.ts';
import { chartWords } from '../../src/embed/picture-text.ts';
import { isDefaultScenario } from '../../src/share/scenario-line.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';

const result = loadContent('content');
if (!result.ok) throw new Error(result.problems.format());
const { site, embeds, states, parameters, presets, sharing, sandboxCopy } = result.content;
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

  it('loads the code of its own kind of chart only (a story graphic: none of the model)', () => {
    const own = isStoryChart(chart) ? 'story-embed' : 'sandbox-embed';
    const other = isStoryChart(chart) ? 'sandbox-embed' : 'story-embed';
    expect($(`[data-island="${own}"]`)).toHaveLength(1);
    // A chunk is named after its module (Vite): src/embed/StoryEmbed.svelte → StoryEmbed-<hash>.js.
    const chunk = (island: keyof typeof ISLANDS) =>
      new RegExp(`^assets/${ISLANDS[island].source.split('/').pop()!.replace(/\..*$/, '')}-`);
    const { files, gzipBytes } = firstViewJs('dist', `embed/${chart}.html`);
    expect(files.some((f) => chunk(own).test(f))).toBe(true);
    // Budgets a little above what each kind loads (72 and 108 KB gzipped, December 2026), so
    // code that one kind pulls into the other shows here; both loaded 117 KB as one island.
    expect(gzipBytes).toBeLessThanOrEqual((isStoryChart(chart) ? 80 : 115) * 1024);
    expect(files.filter((f) => chunk(other).test(f))).toEqual([]);
    const modelChunks = files.filter((f) => /^assets\/(model|SandboxChart|sandbox-state)/.test(f));
    if (isStoryChart(chart)) expect(modelChunks).toEqual([]);
    else expect(modelChunks.length).toBeGreaterThan(0);
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
  const defaults = defaultValues(parameters);
  const files: { chart: EmbedChartId; file: string; target: ChartTarget }[] =
    EMBED_CHART_IDS.flatMap(
      (chart): { chart: EmbedChartId; file: string; target: ChartTarget }[] => {
        if (isStoryChart(chart)) {
          const steps = embeddableStates(chart, states);
          return [
            { chart, file: fallbackImagePath(chart), target: { chart, step: steps[0]! } },
            ...steps.map((step) => ({
              chart,
              file: fallbackImagePath(chart, step),
              target: { chart, step },
            })),
          ];
        }
        const scenarios = presets
          .map((p) => ({ id: p.id, values: { ...defaults, ...p.values } as ParameterValues }))
          .filter(({ values }) => !isDefaultScenario({ values, seed: 1 }, parameters));
        return [
          { chart, file: fallbackImagePath(chart), target: { chart, values: defaults, seed: 1 } },
          ...scenarios.map(({ id, values }) => ({
            chart,
            file: fallbackImagePath(chart, id),
            target: { chart, values, seed: 1 },
          })),
        ];
      },
    );

  it('include every sandbox chart in every preset that changes something', () => {
    expect(files.filter((f) => f.file === 'embed/ukraine.winter-barrage.svg')).toHaveLength(1);
    expect(existsSync(dist('embed/ukraine.as-announced.svg'))).toBe(false);
  });

  it.each(files)('$file is a complete, credited, standalone picture', ({ chart, file, target }) => {
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
    const words = chartWords(target, result.content, site.siteUrl);
    expect($('desc').first().text()).toBe(words.alt);
    expect($('title').first().text()).toBe(`${words.title}: ${words.caption}`);
    const part = (name: string) =>
      $(`svg > g.${name} text`)
        .map((_, t) => $(t).text())
        .get()
        .join(' ');
    expect(part('title')).toBe(words.title);
    expect(part('caption')).toBe(words.caption);
    expect(part('source')).toBe(words.source);
    expect(part('credit')).toBe(words.credit);
    if (!isStoryChart(chart)) expect(part('scenario')).toBe(words.scenario);
    const drawn = $('svg > svg text')
      .map((_, t) => $(t).text())
      .get();
    if (chart === 'live-flow') {
      // The diagram labels its parts directly, as the story's graphics do.
      const labels = sandboxCopy.charts['live-flow']!.labels;
      for (const box of ['mhi', 'japanStock', 'usPool', 'ukraine', 'fired'])
        expect(drawn.join(' ')).toContain(labels[box]!.split(' ')[0]);
      expect(drawn).toContain(labels.notAllowed);
    } else if (!isStoryChart(chart)) {
      expect($('svg > svg .ts__legend text').length).toBeGreaterThan(2);
      expect(drawn).toContain(sharing.legend.band90);
    }
    // Clean, and everything it draws with is inside it: no stylesheet, no links, no variables.
    expect(text).not.toMatch(/<!--|svelte-|var\(|color-mix|<style|data-|aria-hidden/);
    expect(text).not.toMatch(/(?:href|src)="(?:https?:|\/\/)/);
    expect(text).not.toMatch(/@import|url\(["']?https?:/);
  });

  it('a sandbox chart’s default picture says, on it and in its alt text, that it is the default scenario', () => {
    const $ = load(readFileSync(dist('embed/ukraine.svg'), 'utf8'), { xml: true });
    expect($('svg > g.scenario text').text()).toBe(sharing.scenario.default);
    expect($('desc').text()).toContain(sharing.scenario.default);
    // Ukraine's chart leads with the share of missiles in reach it engages (issue 10).
    expect($('desc').text()).toMatch(
      /Ukraine engages \d+% of the ballistic missiles within Patriot's reach/,
    );
  });
});
