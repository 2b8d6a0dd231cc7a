// Build step for embeds, after the pages are written (called from scripts/build.mjs):
//   dist/embed/<chart>.svg, dist/embed/<graphic>.<state>.svg, dist/embed/<chart>.<preset>.svg
//       each chart's static picture (AMP's placeholder, oEmbed's thumbnail, a file to link to):
//       drawn by the same components as the page (server-rendered, no browser needed) and made
//       into a complete, credited graphic by the same code as the browser's downloads
//       (src/charts/picture/), with the site's light theme: title, what it shows, the scenario,
//       the chart with its legend, the source and the credit
//   dist/embed/oembed/<chart>.json
//       one oEmbed "rich" response per chart (scripts/oembed.ts), and its discovery <link> in
//       the head of dist/embed/<chart>.html
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry, FallbackDrawing } from '../src/embed/fallbacks.ts';
import { OEMBED_DIR } from '../src/share/links.ts';
import { writeOEmbed } from './oembed.ts';
import { pictureFromMarkup, rulesFromCss } from './picture-node.ts';

/** What the build needs from the server bundle (src/entry-server.ts). */
export interface EmbedServer {
  embedDrawings(): FallbackDrawing[];
  embedCatalogue(): { siteUrl: string; siteTitle: string; charts: CatalogueEntry[] };
}

/** The oEmbed response's width: the frame's, as a CMS lays it out (the chart fills any width). */
export const OEMBED_WIDTH = 640;

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
  const rules = rulesFromCss(stylesheetOf(dist, first.page));

  const drawings = server.embedDrawings();
  const sizes = new Map<string, { width: number; height: number }>();
  for (const drawing of drawings) {
    const picture = pictureFromMarkup(drawing.markup, rules, drawing.words);
    writeFileSync(join(dist, drawing.file), picture.markup);
    sizes.set(drawing.file, { width: picture.width, height: picture.height });
  }

  const written = writeOEmbed(
    catalogue.charts.map((chart) => ({
      id: chart.chart,
      title: chart.title,
      width: OEMBED_WIDTH,
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
  return { pictures: drawings.length, charts: written.length };
}
