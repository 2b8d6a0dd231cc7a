// Server side only (exported from entry-server.ts for scripts/build-embeds.ts): every embeddable
// chart drawn as the prerender draws it, for the build's static fallback pictures, and the
// catalogue of charts for oEmbed. The SVG markup here still relies on the site's stylesheet;
// the build makes each picture standalone.
import {
  embeds,
  graphics,
  labels,
  parameters,
  scale,
  site,
  sources,
  states,
  timeline,
} from 'virtual:backfill/content';
import { sandboxCopy } from 'virtual:backfill/sandbox';
import { sandboxStrings } from 'virtual:backfill/sandbox-strings';
import { render } from 'svelte/server';
import StaticChart from '../sandbox/StaticChart.svelte';
import GraphicForState from '../graphics/GraphicForState.svelte';
import { chartHeight, sandboxChart } from '../sandbox/charts.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import {
  EMBED_CHART_IDS,
  defaultState,
  embeddableStates,
  isStoryChart,
  type EmbedChartId,
} from './charts.ts';
import { creditLine, creditedSources } from './credits.ts';
import { sandboxFallbackAlt, storyFallbackAlt } from './fallback-text.ts';
import { graphicHeight, SERVER_WIDTH } from './graphic-size.ts';
import { DEFAULT_LOOK, embedPath, embedUrl, fallbackImagePath } from './links.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/simulate.ts';

const words = { copy: sandboxCopy, strings: sandboxStrings };

export interface FallbackPicture {
  chart: EmbedChartId;
  /** Story graphics: the state drawn. Sandbox charts: undefined (the default scenario). */
  step?: string;
  /** The file, from the site root (e.g. embed/flow.backfill.svg). */
  file: string;
  title: string;
  caption: string;
  alt: string;
  credit: string;
  /** The chart's <svg> as the server renders it: classes refer to the site's stylesheet. */
  svg: string;
  width: number;
  height: number;
}

/** The outermost <svg>…</svg> of rendered markup, without Svelte's hydration comments. */
function svgOf(body: string): string {
  const start = body.indexOf('<svg');
  const end = body.lastIndexOf('</svg>');
  if (start < 0 || end < 0) throw new Error('the chart rendered no <svg>');
  return body.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
}

const graphicData = { labels, timeline, scale, sources };

/** Every fallback picture: each story graphic at each of its states (the first twice: as the
 * graphic's default file too), and each sandbox chart in the default scenario. */
export function embedFallbacks(): FallbackPicture[] {
  const pictures: FallbackPicture[] = [];
  const result = simulate(parameters, {}, { seed: DEFAULT_SEED });
  for (const chart of EMBED_CHART_IDS) {
    const copy = embeds[chart];
    if (isStoryChart(chart)) {
      const title = graphics[chart]?.title ?? chart;
      const height = graphicHeight(chart, SERVER_WIDTH);
      const first = defaultState(chart, states);
      for (const step of embeddableStates(chart, states)) {
        const { body } = render(GraphicForState, {
          props: { state: step, width: SERVER_WIDTH, height, data: graphicData },
        });
        const picture: FallbackPicture = {
          chart,
          step,
          file: fallbackImagePath(chart, step),
          title,
          caption: states[step]?.caption ?? '',
          alt: storyFallbackAlt(states[step]),
          credit: creditLine(creditedSources(chart, step, copy.sources, graphicData)),
          svg: svgOf(body),
          width: SERVER_WIDTH,
          height,
        };
        pictures.push(picture);
        if (step === first) pictures.push({ ...picture, file: fallbackImagePath(chart) });
      }
    } else {
      const view = sandboxChart(chart, result, parameters, words);
      const height = chartHeight(view, 250, SERVER_WIDTH);
      const { body } = render(StaticChart, { props: { view, width: SERVER_WIDTH } });
      const svg = svgOf(body);
      const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1] ?? 560);
      pictures.push({
        chart,
        file: fallbackImagePath(chart),
        title: view.title,
        caption: view.caption,
        alt: sandboxFallbackAlt(chart, copy, parameters, words),
        credit: `Source: Backfill's stockpile model, default scenario; an illustration, not a forecast.`,
        svg,
        width,
        height,
      });
    }
  }
  return pictures;
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
  const titles = new Map(
    embedFallbacks()
      .filter((p) => !p.step || p.file === fallbackImagePath(p.chart))
      .map((p) => [p.chart, p.title]),
  );
  return {
    siteUrl: site.siteUrl,
    siteTitle: site.shortTitle,
    charts: EMBED_CHART_IDS.map((chart) => {
      const target = isStoryChart(chart)
        ? { chart, step: defaultState(chart, states) }
        : { chart, values, seed: DEFAULT_SEED };
      return {
        chart,
        title: titles.get(chart) ?? chart,
        note: embeds[chart].note,
        height: embeds[chart].height,
        page: embedPath(chart),
        embedUrl: embedUrl(site.siteUrl, target, DEFAULT_LOOK, parameters),
        fallback: fallbackImagePath(chart),
      };
    }),
  };
}
