// The words that go with a sandbox chart for one scenario, wherever it travels: its credited
// picture, its alt text, the header of its CSV file and the name of its files. Pure: the browser
// (chart-pictures.ts) and the build (src/embed/picture-text.ts) fill in the content.
import { addressForPrint, type ChartWords } from '../charts/chart-pictures.ts';
import type { EmbedCopy, Preset, SandboxCopy, SharingCopy } from '../lib/content-types.ts';
import { fill } from '../lib/template.ts';
import type { EmbedChartId } from '../share/chart-ids.ts';
import type { SandboxTarget } from '../share/links.ts';
import { scenarioLine, scenarioSlug } from '../share/scenario-line.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { monthKey } from '../../workers/stockpile/model.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { sandboxChart } from './charts.ts';
import type { SandboxStrings } from './strings.ts';

/** The content a sandbox chart's words are made from (the virtual content modules' parts). */
export interface SandboxPictureContent {
  embeds: Readonly<Record<EmbedChartId, EmbedCopy>>;
  presets: readonly Preset[];
  parameters: readonly ParameterSpec[];
  sharing: SharingCopy;
  /** virtual:backfill/sandbox: the sandbox charts' titles, axes and labels. */
  sandboxCopy: SandboxCopy;
  /** virtual:backfill/sandbox-strings: the describers' sentences. */
  sandboxStrings: SandboxStrings;
}

/** The words for a sandbox chart in a scenario. `siteUrl`: the site's root, absolute. */
export function sandboxChartWords(
  target: SandboxTarget,
  content: SandboxPictureContent,
  siteUrl: string,
): ChartWords {
  const { sharing } = content;
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
  return {
    title: view.title,
    caption,
    scenario,
    alt: `${content.embeds[target.chart].alt ?? ''} ${scenario}. ${caption}`.trim(),
    source: fill(sharing.credit.model, { address: siteUrl }),
    credit: fill(sharing.credit.graphic, { address: addressForPrint(siteUrl) }),
    units: panels.length === 1 ? panels[0]!.yLabel : sharing.csv.columnUnits,
    view: scenarioSlug(target, content.parameters, content.presets),
    ...(month === undefined ? {} : { month: monthKey(month) }),
  };
}
