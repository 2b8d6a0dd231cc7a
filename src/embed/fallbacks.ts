// Server side only (exported from entry-server.ts for scripts/build-embeds.ts): every embeddable
// chart drawn by the same components as the page, for the build's static pictures, and the
// catalogue of charts for oEmbed. The build turns each drawing into a credited picture with the
// same code as the browser's downloads (src/charts/picture/).
import {
  embeds,
  graphics,
  parameters,
  presets,
  scale,
  sharing,
  site,
  sources,
  states,
  timeline,
} from 'virtual:backfill/content';
import { sandboxCopy } from 'virtual:backfill/sandbox';
import { sandboxStrings } from 'virtual:backfill/sandbox-strings';
import { render } from 'svelte/server';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/random.ts';
import ChartDrawing from './ChartDrawing.svelte';
import {
  EMBED_CHART_IDS,
  defaultState,
  embeddableStates,
  isStoryChart,
  type EmbedChartId,
} from '../share/chart-ids.ts';
import {
  DEFAULT_LOOK,
  embedPath,
  embedUrl,
  fallbackImagePath,
  type ChartTarget,
} from '../share/links.ts';
import { chartWords, type ChartWords, type PictureContent } from './picture-text.ts';
import { isDefaultScenario } from '../share/scenario-line.ts';

export interface FallbackDrawing {
  chart: EmbedChartId;
  /** The file, from the site root (e.g. embed/flow.backfill.svg, embed/ukraine.winter-barrage.svg). */
  file: string;
  /** The words of the picture (also its alt text). */
  words: ChartWords;
  /** The chart as the server renders it (classes refer to the site's stylesheet). */
  markup: string;
}

/** What the pictures are worded from: the same parts the story and the sandbox hand their tools. */
const content: PictureContent = {
  embeds,
  graphics,
  parameters,
  presets,
  scale,
  sharing,
  sources,
  states,
  timeline,
  sandboxCopy,
  sandboxStrings,
};

/** The site's public address (siteUrl, as set for this build). */
export const siteAddress = (): string => site.siteUrl;

/** A view drawn as the downloads draw it (ChartDrawing), as server-rendered markup. */
const draw = (target: ChartTarget): string => render(ChartDrawing, { props: { target } }).body;

/**
 * Every fallback picture: each story graphic at each of its states (the first twice: as the
 * graphic's default file too), and each sandbox chart in the default scenario and in each preset
 * that changes something.
 */
export function embedDrawings(): FallbackDrawing[] {
  const drawings: FallbackDrawing[] = [];
  for (const chart of EMBED_CHART_IDS) {
    if (isStoryChart(chart)) {
      const first = defaultState(chart, states);
      for (const step of embeddableStates(chart, states)) {
        const drawing = {
          chart,
          file: fallbackImagePath(chart, step),
          words: chartWords({ chart, step }, content, site.siteUrl),
          markup: draw({ chart, step }),
        };
        drawings.push(drawing);
        if (step === first) drawings.push({ ...drawing, file: fallbackImagePath(chart) });
      }
      continue;
    }
    const scenarios = [
      { id: undefined, values: defaultValues(parameters) },
      ...presets.map((p) => ({ id: p.id, values: { ...defaultValues(parameters), ...p.values } })),
    ];
    for (const { id, values } of scenarios) {
      const target = { chart, values: values as ParameterValues, seed: DEFAULT_SEED };
      if (id !== undefined && isDefaultScenario(target, parameters)) continue;
      drawings.push({
        chart,
        file: fallbackImagePath(chart, id),
        words: chartWords(target, content, site.siteUrl),
        markup: draw(target),
      });
    }
  }
  return drawings;
}

export interface CatalogueEntry {
  chart: EmbedChartId;
  title: string;
  note: string;
  /** Suggested iframe height (content/embeds.yaml). */
  height: number;
  /** The embed page, from the site root. */
  page: string;
  /** The embed page at the chart's default view, pinned, absolute. */
  embedUrl: string;
  /** The default fallback picture, from the site root. */
  fallback: string;
}

/** Every embeddable chart at its default view, for oEmbed. */
export function embedCatalogue(): { siteUrl: string; siteTitle: string; charts: CatalogueEntry[] } {
  const values = defaultValues(parameters);
  return {
    siteUrl: site.siteUrl,
    siteTitle: site.shortTitle,
    charts: EMBED_CHART_IDS.map((chart) => {
      const target: ChartTarget = isStoryChart(chart)
        ? { chart, step: defaultState(chart, states) }
        : { chart, values, seed: DEFAULT_SEED };
      return {
        chart,
        title: chartWords(target, content, site.siteUrl).title,
        note: embeds[chart].note,
        height: embeds[chart].height,
        page: embedPath(chart),
        embedUrl: embedUrl(site.siteUrl, target, DEFAULT_LOOK, parameters),
        fallback: fallbackImagePath(chart),
      };
    }),
  };
}
