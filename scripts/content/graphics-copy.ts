// content/graphics.yaml and content/embeds.yaml against the code: every story graphic has its
// title and description, every state copy belongs to a graphic, the scale's bars are drawn and
// agree with the ledger, and every embeddable chart has its note (and a sandbox chart its alt).
import { GRAPHIC_STATE_IDS, GRAPHICS } from '../../src/graphics/registry.ts';
import { SCALE_BAR_IDS } from '../../src/graphics/scale/states.ts';
import { EMBED_CHART_IDS, isSandboxChart } from '../../src/share/chart-ids.ts';
import type { EmbedCopy, ScaleBar } from '../../src/lib/content-types.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ContentProblems } from './errors.ts';
import type { LedgerRef } from './guards.ts';
import type { GraphicsSchema } from './schemas.ts';
import type { YamlFile } from './yaml-file.ts';
import type * as v from 'valibot';

type Yaml = { file: string; yaml: YamlFile };

/** Reports a source id list's unknown ids at their lines. */
export type CheckSourceList = (
  file: string,
  yaml: YamlFile,
  path: (string | number)[],
  ids: readonly string[],
) => void;

/** Check content/graphics.yaml (already validated by its schema) against the graphics' code. */
export function checkGraphicsCopy(
  graphicsFile: Yaml,
  graphicsCopy: v.InferOutput<typeof GraphicsSchema>,
  problems: ContentProblems,
  checkSourceList: CheckSourceList,
  ledger: ReadonlyMap<string, LedgerRef>,
): void {
  for (const { id, tableWords } of GRAPHICS) {
    const copy = graphicsCopy.graphics[id];
    if (!copy) {
      problems.add(
        graphicsFile.file,
        graphicsFile.yaml.lineOf(['graphics']),
        `graphic "${id}" needs a title and description`,
      );
      continue;
    }
    const missing = tableWords.filter((word) => !copy.table[word]);
    if (missing.length)
      problems.add(
        graphicsFile.file,
        graphicsFile.yaml.lineOf(['graphics', id, 'table']),
        `graphic "${id}" needs its table's words: ${missing.join(', ')}`,
      );
  }
  for (const id of Object.keys(graphicsCopy.graphics)) {
    if (!GRAPHICS.some((g) => g.id === id))
      problems.add(
        graphicsFile.file,
        graphicsFile.yaml.lineOf(['graphics', id]),
        `"${id}" is not a story graphic (known: ${GRAPHICS.map((g) => g.id).join(', ')})`,
      );
  }
  for (const id of Object.keys(graphicsCopy.states)) {
    if (!GRAPHIC_STATE_IDS.has(id))
      problems.add(
        graphicsFile.file,
        graphicsFile.yaml.lineOf(['states', id]),
        `state "${id}" is not known to any graphic`,
      );
  }
  graphicsCopy.scale.forEach((bar, i) => {
    if ('sources' in bar)
      checkSourceList(graphicsFile.file, graphicsFile.yaml, ['scale', i, 'sources'], bar.sources);
    const entry = 'param' in bar ? ledger.get(bar.param) : undefined;
    if ('param' in bar && entry && bar.status && bar.status !== entry.status)
      problems.add(
        graphicsFile.file,
        graphicsFile.yaml.lineOf(['scale', i, 'status']),
        `scale bar "${bar.id}" is marked ${bar.status}, but its ledger entry ${bar.param} is ` +
          `${entry.status} (${entry.file}:${entry.line})`,
      );
    if (!SCALE_BAR_IDS.includes(bar.id))
      problems.add(
        graphicsFile.file,
        graphicsFile.yaml.lineOf(['scale', i, 'id']),
        `scale bar "${bar.id}" is not drawn by the scale graphic`,
      );
  });
}

/** Check content/embeds.yaml (already validated by its schema) against the embeddable charts. */
export function checkEmbeds(
  embedsFile: Yaml,
  embeds: Readonly<Record<string, EmbedCopy>>,
  problems: ContentProblems,
  checkSourceList: CheckSourceList,
): void {
  const at = (...path: string[]) => embedsFile.yaml.lineOf(path);
  for (const chart of EMBED_CHART_IDS) {
    if (!embeds[chart])
      problems.add(embedsFile.file, 1, `chart "${chart}" needs a note and a height`);
  }
  for (const [chart, copy] of Object.entries(embeds)) {
    if (!(EMBED_CHART_IDS as readonly string[]).includes(chart)) {
      problems.add(
        embedsFile.file,
        at(chart),
        `"${chart}" is not an embeddable chart (known: ${EMBED_CHART_IDS.join(', ')})`,
      );
      continue;
    }
    if (isSandboxChart(chart) && !copy.alt) {
      problems.add(
        embedsFile.file,
        at(chart),
        `${chart}: a sandbox chart needs alt text for its fallback picture`,
      );
    }
    if (!isSandboxChart(chart) && copy.alt) {
      problems.add(
        embedsFile.file,
        at(chart, 'alt'),
        `${chart}: a story graphic takes its alt text from graphics.yaml, state by state`,
      );
    }
    checkSourceList(embedsFile.file, embedsFile.yaml, [chart, 'sources'], copy.sources);
  }
}

/**
 * The scale graphic's bars as the story draws them: a bar that names a model number takes its
 * value, unit, status and sources from the ledger, never copied.
 */
export function scaleBars(
  bars: v.InferOutput<typeof GraphicsSchema>['scale'],
  parameters: readonly ParameterSpec[],
): ScaleBar[] {
  return bars.map((bar): ScaleBar => {
    if (!('param' in bar)) return bar;
    const spec = parameters.find((p) => p.id === bar.param)!;
    return {
      id: bar.id,
      label: bar.label,
      note: bar.note,
      value: spec.default,
      unit: spec.unit,
      status: spec.status,
      sources: spec.sources,
    };
  });
}
