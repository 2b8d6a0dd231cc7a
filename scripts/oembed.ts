// oEmbed for a static site: one JSON file per embeddable chart, and the discovery <link> that
// each chart's page carries so oEmbed consumers (CMSes, WordPress and the like) can find it.
// A static host cannot answer ?url=...&maxwidth=..., so each file is the one answer for its
// chart: consumers that use discovery fetch the href as is.
// https://oembed.com/ — "rich" type: html, width and height are required.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorSchemeOf, DEFAULT_LOOK } from '../src/share/links.ts';
import { plainIframe } from '../src/share/snippets.ts';
import { absoluteUrl, escapeHtml } from '../src/lib/html.ts';

export interface OEmbedChart {
  /** Becomes the file name: lowercase letters, digits and '-'. */
  id: string;
  title: string;
  width: number;
  height: number;
  /** The chart's embed page at its pinned scenario, absolute. */
  embedUrl: string;
  thumbnailUrl?: string;
  /** Default: the chart's width and height (the fallback pictures are made at that size). */
  thumbnailWidth?: number;
  thumbnailHeight?: number;
}

export interface OEmbedProvider {
  providerName: string;
  /** The site's address. */
  providerUrl: string;
  /** Where the JSON files are served from, absolute, e.g. https://example.org/oembed/ */
  endpointBase: string;
  /** How long consumers may cache a response, in seconds. Default one day. */
  cacheAge?: number;
}

export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

const CHART_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ONE_DAY = 86_400;

function positiveInt(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 1) throw new Error(`${what} must be a positive number`);
  return Math.round(value);
}

function checkId(id: string): string {
  if (!CHART_ID.test(id))
    throw new Error(`oEmbed chart id ${JSON.stringify(id)} is not kebab-case`);
  return id;
}

/** Where a chart's oEmbed JSON is served. */
export function oembedUrl(chart: Pick<OEmbedChart, 'id'>, provider: OEmbedProvider): string {
  const base = absoluteUrl(provider.endpointBase, 'endpointBase');
  if (!base.endsWith('/')) throw new Error('endpointBase must end with "/"');
  return new URL(`${checkId(chart.id)}.json`, base).href;
}

export function oembedResponse(chart: OEmbedChart, provider: OEmbedProvider): OEmbedResponse {
  const width = positiveInt(chart.width, 'width');
  const height = positiveInt(chart.height, 'height');
  const response: OEmbedResponse = {
    type: 'rich',
    version: '1.0',
    title: chart.title,
    provider_name: provider.providerName,
    provider_url: absoluteUrl(provider.providerUrl, 'providerUrl'),
    cache_age: positiveInt(provider.cacheAge ?? ONE_DAY, 'cacheAge'),
    // Every chart's oEmbed view is pinned with the default look (light).
    html: plainIframe({
      title: chart.title,
      embedUrl: chart.embedUrl,
      height,
      colorScheme: colorSchemeOf(DEFAULT_LOOK.theme),
    }),
    width,
    height,
  };
  if (chart.thumbnailUrl) {
    // oEmbed: the three thumbnail fields go together.
    response.thumbnail_url = absoluteUrl(chart.thumbnailUrl, 'thumbnailUrl');
    response.thumbnail_width = positiveInt(chart.thumbnailWidth ?? width, 'thumbnailWidth');
    response.thumbnail_height = positiveInt(chart.thumbnailHeight ?? height, 'thumbnailHeight');
  }
  return response;
}

/** The <link> for the <head> of the chart's page. */
export function oembedDiscoveryLink(
  chart: Pick<OEmbedChart, 'id' | 'title'>,
  provider: OEmbedProvider,
): string {
  const href = escapeHtml(oembedUrl(chart, provider));
  return `<link rel="alternate" type="application/json+oembed" href="${href}" title="${escapeHtml(chart.title)}">`;
}

export interface WrittenOEmbed {
  id: string;
  /** The file written. */
  file: string;
  /** Its public URL. */
  url: string;
  /** The discovery markup for the chart's page. */
  link: string;
}

/** Write `<outDir>/<id>.json` for each chart; returns each file with its discovery link. */
export function writeOEmbed(
  charts: readonly OEmbedChart[],
  provider: OEmbedProvider,
  outDir: string,
): WrittenOEmbed[] {
  const ids = new Set<string>();
  for (const chart of charts) {
    if (ids.has(chart.id)) throw new Error(`oEmbed chart id "${chart.id}" appears twice`);
    ids.add(checkId(chart.id));
  }
  // Everything is checked before anything is written, so a bad list writes nothing.
  const responses = charts.map((chart) => oembedResponse(chart, provider));
  mkdirSync(outDir, { recursive: true });
  return charts.map((chart, i) => {
    const file = join(outDir, `${chart.id}.json`);
    writeFileSync(file, `${JSON.stringify(responses[i], null, 2)}\n`);
    return {
      id: chart.id,
      file,
      url: oembedUrl(chart, provider),
      link: oembedDiscoveryLink(chart, provider),
    };
  });
}
