import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import {
  oembedDiscoveryLink,
  oembedResponse,
  oembedUrl,
  writeOEmbed,
  type OEmbedChart,
  type OEmbedProvider,
} from '../../scripts/oembed.ts';
import { plainIframe } from '../../src/share/snippets.ts';

const provider: OEmbedProvider = {
  providerName: 'Backfill',
  providerUrl: 'https://backfill.example.org/',
  endpointBase: 'https://backfill.example.org/oembed/',
};
const unmet: OEmbedChart = {
  id: 'unmet',
  title: 'Launches Ukraine could not engage, "with" & <without> exports',
  width: 640,
  height: 480,
  embedUrl: 'https://backfill.example.org/embed/unmet.html?v=1&je=10&chart=unmet',
  thumbnailUrl: 'https://backfill.example.org/embed/unmet.png',
};
const pool: OEmbedChart = {
  id: 'us-pool',
  title: 'US pool',
  width: 640,
  height: 420.4,
  embedUrl: 'https://backfill.example.org/embed/us-pool.html?v=1',
};

describe('oEmbed responses', () => {
  it('are rich responses with the plain iframe as html', () => {
    expect(oembedResponse(unmet, provider)).toEqual({
      type: 'rich',
      version: '1.0',
      title: unmet.title,
      provider_name: 'Backfill',
      provider_url: 'https://backfill.example.org/',
      cache_age: 86400,
      html: plainIframe({
        title: unmet.title,
        embedUrl: unmet.embedUrl,
        height: 480,
        colorScheme: 'light',
      }),
      width: 640,
      height: 480,
      thumbnail_url: unmet.thumbnailUrl,
      thumbnail_width: 640,
      thumbnail_height: 480,
    });
    const $ = cheerio.load(oembedResponse(unmet, provider).html, null, false);
    expect($('iframe').attr('src')).toBe(unmet.embedUrl);
    expect($('iframe').attr('height')).toBe('480');
    expect($('script')).toHaveLength(0);
  });

  it('leave out all three thumbnail fields when there is no thumbnail', () => {
    const response = oembedResponse(pool, { ...provider, cacheAge: 3600 });
    expect(Object.keys(response).filter((k) => k.startsWith('thumbnail'))).toEqual([]);
    expect(response.height).toBe(420);
    expect(response.cache_age).toBe(3600);
    const sized = oembedResponse(
      { ...unmet, thumbnailWidth: 1280, thumbnailHeight: 960 },
      provider,
    );
    expect([sized.thumbnail_width, sized.thumbnail_height]).toEqual([1280, 960]);
  });

  it('refuse bad ids, relative URLs and sizes', () => {
    expect(() => oembedResponse({ ...unmet, embedUrl: '/embed/unmet.html' }, provider)).toThrow();
    expect(() => oembedResponse({ ...unmet, width: 0 }, provider)).toThrow(/width/);
    expect(() => oembedUrl({ id: '../etc' }, provider)).toThrow(/kebab-case/);
    expect(() => oembedUrl(unmet, { ...provider, endpointBase: 'https://x.org/oembed' })).toThrow(
      /end with/,
    );
  });
});

describe('discovery links', () => {
  it('point at the chart’s JSON, with an escaped title', () => {
    const link = oembedDiscoveryLink(unmet, provider);
    const $ = cheerio.load(link, null, false);
    expect({ ...$('link').attr() }).toEqual({
      rel: 'alternate',
      type: 'application/json+oembed',
      href: 'https://backfill.example.org/oembed/unmet.json',
      title: unmet.title,
    });
    expect(link).not.toContain('<without>');
  });
});

describe('writeOEmbed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oembed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSON file per chart and returns its link', () => {
    const written = writeOEmbed([unmet, pool], provider, join(dir, 'oembed'));
    expect(readdirSync(join(dir, 'oembed')).sort()).toEqual(['unmet.json', 'us-pool.json']);
    expect(JSON.parse(readFileSync(join(dir, 'oembed', 'us-pool.json'), 'utf8'))).toEqual(
      oembedResponse(pool, provider),
    );
    expect(written.map((w) => [w.id, w.url])).toEqual([
      ['unmet', 'https://backfill.example.org/oembed/unmet.json'],
      ['us-pool', 'https://backfill.example.org/oembed/us-pool.json'],
    ]);
    expect(written[1]!.link).toBe(oembedDiscoveryLink(pool, provider));
  });

  it('writes nothing when any chart is wrong', () => {
    const out = join(dir, 'bad');
    expect(() => writeOEmbed([pool, { ...pool }], provider, out)).toThrow(/twice/);
    expect(() => writeOEmbed([pool, { ...unmet, height: Number.NaN }], provider, out)).toThrow();
    expect(() => readdirSync(out)).toThrow();
  });
});
