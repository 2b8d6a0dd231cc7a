// The words that go with one chart at one view, wherever it travels: the credited picture
// (downloads and the build's fallback pictures), its alt text, the header of its CSV file and
// the name of its files. Computed the same way in the build and in the browser, from the chart
// definitions (story graphics' copy, the sandbox's charts), so a new chart gets them too.
import type { PictureWords } from '../charts/picture/compose.ts';
import type {
  EmbedCopy,
  Preset,
  ScaleBar,
  SharingCopy,
  Source,
  StateCopy,
  TimelineEvent,
  GraphicCopy,
  SandboxCopy,
} from '../lib/content-types.ts';
import { fill } from '../lib/template.ts';
import { sandboxChart } from '../sandbox/charts.ts';
import type { SandboxStrings } from '../sandbox/strings.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import type { EmbedChartId } from '../share/chart-ids.ts';
import { creditLine, creditedSources } from './credits.ts';
import { isStoryTarget, type ChartTarget } from '../share/links.ts';
import { scenarioLine, scenarioSlug } from '../share/scenario-line.ts';

/** The content these words are made from (the virtual content module's parts). */
export interface PictureContent {
  graphics: Readonly<Record<string, GraphicCopy>>;
  states: Readonly<Record<string, StateCopy>>;
  embeds: Readonly<Record<EmbedChartId, EmbedCopy>>;
  presets: readonly Preset[];
  parameters: readonly ParameterSpec[];
  sources: readonly Source[];
  timeline: readonly TimelineEvent[];
  scale: readonly ScaleBar[];
  labels: Readonly<Record<string, Record<string, string>>>;
  sharing: SharingCopy;
  /** virtual:backfill/sandbox: the sandbox charts' titles, axes and labels. */
  sandboxCopy: SandboxCopy;
  /** virtual:backfill/sandbox-strings: the describers' sentences. */
  sandboxStrings: SandboxStrings;
}

export interface ChartWords extends PictureWords {
  /** For the CSV header: the units of the table's numbers. */
  units: string;
  /** What file names add after the chart's id: the story state, or the scenario's slug. */
  view: string;
  /** The live diagram's month ('YYYY-MM'), which its pictures' names add (its CSV is every month). */
  month?: string;
}

/** "https://example.org/news/" → "example.org/news" */
export const addressForPrint = (siteUrl: string) => siteUrl.replace(/^https?:\/\/|\/$/g, '');

/**
 * The words for one chart at one view. `siteUrl`: the site's root, absolute (the served
 * address in the browser, siteUrl in the build).
 */
export function chartWords(
  target: ChartTarget,
  content: PictureContent,
  siteUrl: string,
): ChartWords {
  const { sharing } = content;
  const credit = fill(sharing.credit.graphic, { address: addressForPrint(siteUrl) });
  if (isStoryTarget(target)) {
    const state = content.states[target.step];
    return {
      title: content.graphics[target.chart]?.title ?? target.chart,
      caption: state?.caption ?? '',
      alt: state?.alt ?? '',
      source: creditLine(
        creditedSources(target.chart, target.step, content.embeds[target.chart].sources, content),
      ),
      credit,
      units: sharing.csv.columnUnits,
      view: target.step,
    };
  }
  const { values, seed } = target;
  // Captions read the central run alone: one run is enough, here and in the build.
  const view = sandboxChart(
    target.chart,
    simulate(content.parameters, values, { seed, runs: 1 }),
    content.parameters,
    { copy: content.sandboxCopy, strings: content.sandboxStrings },
  );
  // A chart of one panel names its unit; several panels, or the diagram, name theirs in each
  // column of the table.
  const panels = view.kind === 'time' ? view.spec.panels : [];
  const scenario = scenarioLine(target, content.parameters, content.presets, sharing.scenario);
  // The live diagram's picture shows the month the reader had on screen.
  const month =
    view.kind === 'flows' && target.month !== undefined
      ? Math.max(0, Math.min(view.run.horizon - 1, Math.round(target.month)))
      : undefined;
  const caption =
    month === undefined || view.kind !== 'flows' ? view.caption : view.describeMonth(month);
  const slug = scenarioSlug(target, content.parameters, content.presets);
  return {
    title: view.title,
    caption,
    scenario,
    alt: `${content.embeds[target.chart].alt ?? ''} ${scenario}. ${caption}`.trim(),
    source: fill(sharing.credit.model, { address: siteUrl }),
    credit,
    units: panels.length === 1 ? panels[0]!.yLabel : sharing.csv.columnUnits,
    view: slug,
    ...(month === undefined ? {} : { month: monthKey(month) }),
  };
}
