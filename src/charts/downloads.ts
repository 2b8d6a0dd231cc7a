// What a reader can take away from a chart: its data as CSV, the picture as a complete, credited
// SVG or PNG, and the whole scenario as a zip (scenario-pack.ts). Everything is made in the
// browser; nothing is uploaded. Loaded on first use.
import { parameters, sharing, site } from 'virtual:backfill/content';
import { flushSync, mount, unmount } from 'svelte';
import { isStoryTarget, shareUrl, type ChartTarget } from '../share/links.ts';
import type { ChartPictures } from './chart-pictures.ts';
import { servedSiteUrl } from '../lib/site-address.ts';
import { csvFile, tableToCsv } from './csv.ts';
import { pictureOfChart, pictureToPng } from './picture/dom.ts';
import type { TableData } from '../lib/table-data.ts';

export { csvField, csvFile, csvNumber, tableToCsv, toCsv } from './csv.ts';
export { scenarioPack, scenarioPackFilename, type PackMeta } from './scenario-pack.ts';
export { pictureOfChart, pictureToPng } from './picture/dom.ts';
export { safeFilename, saveBlob } from './downloads-save.ts';

// --- one chart's files ----------------------------------------------------------------------------

/** Everything the files of one chart at one view are made from. */
export interface ChartDownload {
  target: ChartTarget;
  /** The chart's table, as its "Data table" shows it. */
  table: TableData;
  /** Relative path from the page to the site root. */
  base: string;
  /** The chart's words and drawing, as whoever shows the chart hands them (chart-pictures.ts). */
  pictures: ChartPictures;
}

/**
 * The view drawn off screen at the pictures' width (the chart's Drawing, as the build draws its
 * fallback pictures), handed to `use` while it is in the page, then removed.
 */
async function withDrawing<T>(
  { Drawing }: ChartPictures,
  target: ChartTarget,
  use: (svg: SVGSVGElement) => T,
): Promise<T> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  // Laid out (so charts measure their width) but never seen: CSSOM, not a style attribute (CSP).
  Object.assign(holder.style, { position: 'fixed', top: '0', left: '-10000px' });
  document.body.append(holder);
  const drawing = mount(Drawing, { target: holder, props: { target } });
  try {
    flushSync();
    // Charts that measure their container redraw after layout: two frames, then settle.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    flushSync();
    const svg = holder.querySelector<SVGSVGElement>('.chart-figure__graphic svg, svg');
    if (!svg) throw new Error('the chart drew no picture');
    return use(svg);
  } finally {
    await unmount(drawing);
    holder.remove();
  }
}

/**
 * One file of a chart: "backfill-<chart>-<view>-chart.svg" (or .png, or -data.csv), where the
 * view is the story state or the scenario (scenario-line.ts). SVG and PNG are the credited
 * picture (picture/compose.ts); the CSV is the table with a header block saying what it is.
 */
export async function chartFile(
  kind: 'svg' | 'png' | 'csv',
  chart: ChartDownload,
): Promise<{ name: string; blob: Blob }> {
  const address = servedSiteUrl(chart.base, site.siteUrl);
  const words = chart.pictures.words(chart.target, address);
  const stem = `backfill-${chart.target.chart}-${words.view}`;
  // A picture of the live diagram is of one month: its name says which.
  const pictureStem = words.month ? `${stem}-${words.month}` : stem;
  if (kind === 'csv') {
    const { csv } = sharing;
    const notes: [string, string][] = [
      [csv.chart, words.title],
      [csv.caption, words.caption],
      isStoryTarget(chart.target)
        ? [csv.step, chart.target.step]
        : [csv.scenario, words.scenario ?? ''],
      [csv.units, words.units],
      [csv.source, words.source],
      [csv.link, shareUrl(address, chart.target, parameters)],
      [csv.about, csv.aboutText],
    ];
    const text = csvFile(tableToCsv(chart.table), notes);
    return { name: `${stem}-data.csv`, blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) };
  }
  const picture = await withDrawing(chart.pictures, chart.target, (svg) =>
    pictureOfChart(svg, words),
  );
  if (kind === 'svg')
    return {
      name: `${pictureStem}-chart.svg`,
      blob: new Blob([picture.markup], { type: 'image/svg+xml' }),
    };
  return { name: `${pictureStem}-chart.png`, blob: await pictureToPng(picture) };
}
