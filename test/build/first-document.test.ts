// The story's first document (issue 12 §5): small enough that its first screen arrives and
// paints at once, with the sandbox kept on a page of its own (sandbox.html) that readers
// without JavaScript reach by a link and the story fetches when the reader comes near.
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const story = readFileSync('dist/index.html', 'utf8');
const $ = load(story);
const sandboxPage = load(readFileSync('dist/sandbox.html', 'utf8'));
const gzipKb = (text: string) => gzipSync(text, { level: 9 }).length / 1024;

describe('the story’s first document', () => {
  it('stays under 45 KB gzipped (60 KB with the sandbox prerendered in it)', () => {
    const kb = gzipKb(story);
    console.log(`The story's document: ${kb.toFixed(1)} KB gzipped`);
    expect(kb).toBeLessThan(45);
  });

  it('has its whole first screen (heading and standfirst) in the first 14 KB gzipped', () => {
    // About what a server sends in its first round trip (ten TCP segments).
    const end = story.indexOf('</header>', story.indexOf('class="hero"'));
    expect(end).toBeGreaterThan(0);
    const prefix = story.slice(0, end);
    expect(load(prefix)('.hero h1').text().length).toBeGreaterThan(0);
    expect(load(prefix)('.hero__dek').text().length).toBeGreaterThan(0);
    expect(gzipKb(prefix)).toBeLessThan(14);
  });

  it('keeps the sandbox on its own page, in its place a link there', () => {
    expect($('[data-island="sandbox"] section').length).toBe(0);
    expect($('input[type="range"]').length).toBe(0);
    const place = $('#sandbox');
    expect(place.attr('data-island')).toBe('sandbox');
    expect(place.attr('data-island-from')).toBe('./sandbox.html');
    expect(place.find('a').attr('href')).toBe('./sandbox.html');
    expect(place.text().trim().length).toBeGreaterThan(20);
  });
});

describe('the sandbox’s own page', () => {
  const s = sandboxPage;

  it('has the sandbox whole: every chart with its text description and data table', () => {
    const island = s('[data-island="sandbox"]');
    expect(island.length).toBe(1);
    expect(island.find('section#sandbox').length).toBe(1);
    const charts = island.find('figure[data-chart]');
    expect(charts.length).toBeGreaterThanOrEqual(5);
    charts.each((_, el) => {
      const chart = s(el);
      const name = chart.attr('data-chart');
      const description = s(`[id="${chart.attr('aria-describedby')}"]`).text();
      expect(description.length, name).toBeGreaterThan(40);
      expect(chart.find('details table tbody tr').length, name).toBeGreaterThan(5);
    });
    // Without a script, no slider pretends to work.
    island.find('input[type="range"]').each((_, el) => {
      expect(s(el).attr('disabled'), s(el).attr('id')).toBeDefined();
    });
  });

  it('brings no id into the story that the story already has', () => {
    const storyIds = new Set(
      $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get(),
    );
    const fetched = s('[data-island="sandbox"] [id]')
      .map((_, el) => s(el).attr('id'))
      .get();
    expect(fetched.length).toBeGreaterThan(20);
    // The placeholder gives its id ("sandbox") to the sandbox's own section.
    storyIds.delete('sandbox');
    expect(fetched.filter((id) => storyIds.has(id))).toEqual([]);
  });
});

describe('the offline file', () => {
  it('carries the sandbox in the story itself (it cannot fetch a page)', () => {
    const offline = load(readFileSync('dist/backfill-offline.html', 'utf8'));
    expect(offline('[data-island-from]').length).toBe(0);
    expect(offline('[data-island="sandbox"] section#sandbox').length).toBe(1);
  });
});
