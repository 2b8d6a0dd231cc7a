// The words that go with a story graphic at one of its states, wherever it travels: its credited
// picture, its alt text, the header of its CSV file and the name of its files. Pure: the browser
// (graphic-pictures.ts) and the build (src/embed/picture-text.ts) fill in the content.
import { addressForPrint, type ChartWords } from '../charts/chart-pictures.ts';
import type {
  EmbedCopy,
  GraphicCopy,
  ScaleBar,
  SharingCopy,
  Source,
  StateCopy,
  TimelineEvent,
} from '../lib/content-types.ts';
import { fill } from '../lib/template.ts';
import { creditLine, creditedSources } from '../share/credits.ts';
import type { EmbedChartId } from '../share/chart-ids.ts';
import type { StoryTarget } from '../share/links.ts';

/** The content a graphic's words are made from (the virtual content module's parts). */
export interface GraphicPictureContent {
  graphics: Readonly<Record<string, GraphicCopy>>;
  states: Readonly<Record<string, StateCopy>>;
  embeds: Readonly<Record<EmbedChartId, EmbedCopy>>;
  sources: readonly Source[];
  timeline: readonly TimelineEvent[];
  scale: readonly ScaleBar[];
  sharing: SharingCopy;
}

/** The words for a story graphic at a state. `siteUrl`: the site's root, absolute. */
export function graphicWords(
  target: StoryTarget,
  content: GraphicPictureContent,
  siteUrl: string,
): ChartWords {
  const { sharing } = content;
  const state = content.states[target.step];
  return {
    title: content.graphics[target.chart]?.title ?? target.chart,
    caption: state?.caption ?? '',
    alt: state?.alt ?? '',
    source: creditLine(
      creditedSources(target.chart, target.step, content.embeds[target.chart].sources, content),
      sharing.credit,
    ),
    credit: fill(sharing.credit.graphic, { address: addressForPrint(siteUrl) }),
    units: sharing.csv.columnUnits,
    view: target.step,
  };
}
