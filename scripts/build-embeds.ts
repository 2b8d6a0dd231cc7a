// Build step for embeds, after the pages are written (called from scripts/build.mjs):
//   dist/embed/<chart>.svg, dist/embed/<graphic>.<state>.svg
//       each chart's static picture, for the <noscript> in every embed code: drawn by the same
//       components as the page (server-rendered, no browser needed) and made standalone, with
//       the site's light colours and the components' own CSS inside the SVG, a title, the alt
//       text as <desc>, the caption and the source credit
//   dist/embed/oembed/<chart>.json
//       one oEmbed "rich" response per chart (scripts/oembed.ts), and its discovery <link> in
//       the head of dist/embed/<chart>.html
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry, FallbackPicture } from '../src/embed/fallbacks.ts';
import { OEMBED_DIR } from '../src/embed/links.ts';
import { wrapText } from '../src/graphics/text.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { writeOEmbed } from './oembed.ts';

/** What the build needs from the server bundle (src/entry-server.ts). */
export interface EmbedServer {
  embedFallbacks(): FallbackPicture[];
  embedCatalogue(): { siteUrl: string; siteTitle: string; charts: CatalogueEntry[] };
}

// --- the site's stylesheet, as rules -----------------------------------------------------------

export interface CssRule {
  /** The selector, or the at-rule's prelude (e.g. "@media (min-width:64rem)"). */
  head: string;
  /** The whole rule as written. */
  text: string;
}

/** The top-level rules of a stylesheet, without a CSS parser: braces outside strings and comments. */
export function topLevelRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      const after = close < 0 ? css.length : close + 2;
      // A comment before a rule is not part of it.
      if (depth === 0 && css.slice(start, i).trim() === '') start = after;
      i = after - 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        const text = css.slice(start, i + 1).trim();
        rules.push({ head: text.slice(0, text.indexOf('{')).trim(), text });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      start = i + 1; // a statement at-rule such as @charset or @import
    }
  }
  return rules;
}

/** The light theme's custom properties: the stylesheet's first plain :root rule that sets --bg. */
export function lightTokens(rules: readonly CssRule[]): string {
  const root = rules.find((r) => r.head === ':root' && /--bg\s*:/.test(r.text));
  if (!root) throw new Error('the stylesheet has no :root rule with the colour tokens');
  return root.text;
}

/** The rules scoped to the Svelte components whose classes (svelte-xxxx) appear in `markup`. */
export function componentRules(rules: readonly CssRule[], markup: string): string[] {
  const hashes = new Set(markup.match(/\bsvelte-[a-z0-9]+\b/g) ?? []);
  return rules
    .filter((r) => !r.head.startsWith('@') && [...hashes].some((h) => r.head.includes(h)))
    .map((r) => r.text);
}

// --- a standalone picture ----------------------------------------------------------------------

const PAD = 20;
const TITLE_SIZE = 18;
const CAPTION_SIZE = 14;
const SMALL_SIZE = 12;

/** The text lines of a picture, each positioned below the last. */
function lines(
  text: string,
  width: number,
  size: number,
  className: string,
  top: number,
): { markup: string; bottom: number } {
  const wrapped = text ? wrapText(text, width, size) : [];
  const leading = Math.round(size * 1.35);
  const markup = wrapped
    .map(
      (line, i) =>
        `<text class="${className}" x="${PAD}" y="${top + size + i * leading}">${escapeHtml(line)}</text>`,
    )
    .join('\n');
  return { markup, bottom: top + wrapped.length * leading + (wrapped.length ? 4 : 0) };
}

/** The chart's own <svg>, placed at (x, y) and sized in pixels instead of 100%. */
function placeChart(svg: string, x: number, y: number, width: number, height: number): string {
  const open = svg.slice(0, svg.indexOf('>') + 1);
  const placed = open
    .replace(/\s(?:width|height|x|y)="[^"]*"/g, '')
    .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${width}" height="${height}"`);
  return placed + svg.slice(open.length);
}

export function standaloneSvg(
  picture: FallbackPicture,
  tokens: string,
  componentCss: readonly string[],
  siteLabel: string,
): string {
  const width = picture.width + PAD * 2;
  const textWidth = picture.width;
  const title = lines(picture.title, textWidth, TITLE_SIZE, 'bf-title', PAD - 4);
  const caption = lines(picture.caption, textWidth, CAPTION_SIZE, 'bf-caption', title.bottom);
  const chartTop = caption.bottom + 8;
  const chart = placeChart(picture.svg, PAD, chartTop, picture.width, picture.height);
  const credit = lines(
    picture.credit,
    textWidth,
    SMALL_SIZE,
    'bf-small',
    chartTop + picture.height + 10,
  );
  const brand = lines(siteLabel, textWidth, SMALL_SIZE, 'bf-brand', credit.bottom);
  const height = brand.bottom + PAD - 6;
  const style = [
    tokens,
    'svg{font-family:var(--font-ui)}',
    '.bf-bg{fill:var(--bg)}',
    `.bf-title{fill:var(--ink);font-size:${TITLE_SIZE}px;font-weight:700}`,
    `.bf-caption{fill:var(--ink-muted);font-size:${CAPTION_SIZE}px}`,
    `.bf-small{fill:var(--ink-muted);font-size:${SMALL_SIZE}px}`,
    `.bf-brand{fill:var(--ink);font-size:${SMALL_SIZE}px;font-weight:700}`,
    ...componentCss,
  ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="bf-title bf-desc" lang="en">`,
    `<title id="bf-title">${escapeHtml(`${picture.title}: ${picture.caption}`)}</title>`,
    `<desc id="bf-desc">${escapeHtml(picture.alt)}</desc>`,
    // CSS text is ours (the built stylesheet); CDATA keeps its > and & literal in XML.
    `<style><![CDATA[\n${style.replaceAll(']]>', ']]]]><![CDATA[>')}\n]]></style>`,
    `<rect class="bf-bg" width="${width}" height="${height}"/>`,
    title.markup,
    caption.markup,
    chart,
    credit.markup,
    brand.markup,
    '</svg>',
    '',
  ].join('\n');
}

// --- the step ---------------------------------------------------------------------------------

/** The stylesheet an embed page links to, read from dist/. */
function stylesheetOf(dist: string, page: string): string {
  const html = readFileSync(join(dist, page), 'utf8');
  const href = /<link rel="stylesheet"[^>]*href="\.\.\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error(`${page} links no stylesheet`);
  return readFileSync(join(dist, href), 'utf8');
}

export function buildEmbeds(
  dist: string,
  server: EmbedServer,
): { pictures: number; charts: number } {
  const catalogue = server.embedCatalogue();
  const first = catalogue.charts[0];
  if (!first) throw new Error('no embeddable charts');
  const rules = topLevelRules(stylesheetOf(dist, first.page));
  const tokens = lightTokens(rules);
  const siteLabel = `${catalogue.siteTitle} · ${catalogue.siteUrl.replace(/^https?:\/\/|\/$/g, '')}`;

  const pictures = server.embedFallbacks();
  const sizes = new Map<string, { width: number; height: number }>();
  for (const picture of pictures) {
    const svg = standaloneSvg(picture, tokens, componentRules(rules, picture.svg), siteLabel);
    writeFileSync(join(dist, picture.file), svg);
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    sizes.set(picture.file, { width: Number(w), height: Number(h) });
  }

  const written = writeOEmbed(
    catalogue.charts.map((chart) => ({
      id: chart.chart,
      title: chart.title,
      width: 640,
      height: chart.height,
      embedUrl: chart.embedUrl,
      thumbnailUrl: new URL(chart.fallback, catalogue.siteUrl).href,
      thumbnailWidth: sizes.get(chart.fallback)?.width,
      thumbnailHeight: sizes.get(chart.fallback)?.height,
    })),
    {
      providerName: catalogue.siteTitle,
      providerUrl: catalogue.siteUrl,
      endpointBase: new URL(OEMBED_DIR, catalogue.siteUrl).href,
    },
    join(dist, OEMBED_DIR),
  );
  for (const entry of written) {
    const page = join(dist, catalogue.charts.find((c) => c.chart === entry.id)!.page);
    const html = readFileSync(page, 'utf8');
    if (!html.includes('</head>')) throw new Error(`${page} has no </head>`);
    writeFileSync(
      page,
      html.replace('</head>', () => `  ${entry.link}\n  </head>`),
    );
  }
  return { pictures: pictures.length, charts: written.length };
}
