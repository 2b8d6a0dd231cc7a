// Load and validate everything in content/. Returns typed content or every problem found, each
// with file and line. The Vite plugin turns problems into a failed build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type {
  Chapter,
  EmbedCopy,
  GlossaryTerm,
  GraphicCopy,
  Preset,
  SandboxCopy,
  ScaleBar,
  SiteMeta,
  Source,
  SourceNote,
  StateCopy,
  StoryContent,
  TimelineEvent,
} from '../../src/lib/content-types.ts';
import { GRAPHIC_STATE_IDS, GRAPHIC_IDS, TIMELINE_GROUPS } from '../../src/graphics/registry.ts';
import { SCALE_BAR_IDS } from '../../src/graphics/scale/states.ts';
import { EMBED_CHART_IDS, isSandboxChart, type EmbedChartId } from '../../src/embed/charts.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { PARAMETER_IDS, clampToSpec } from '../../workers/stockpile/parameters.ts';
import { ContentError, ContentProblems } from './errors.ts';
import {
  EmbedsSchema,
  GlossarySchema,
  PresetsSchema,
  GraphicsSchema,
  ParametersSchema,
  SiteSchema,
  SourcesSchema,
  TimelineSchema,
  check,
} from './schemas.ts';
import { loadClassroom } from './classroom.ts';
import { checkSandboxCopy } from './sandbox.ts';
import type { ClassroomContent } from '../../src/lib/classroom-types.ts';
import { renderModelDoc, type ModelDoc } from './model-doc.ts';
import { parseChapter, type StoryContext } from './story.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';
import { SANDBOX_STRINGS_FILE, checkSandboxStrings } from './sandbox-strings.ts';
import type { SandboxStrings } from '../../src/sandbox/strings.ts';

export interface Content extends StoryContent {
  sources: Source[];
  parameters: ParameterSpec[];
  presets: Preset[];
  timeline: TimelineEvent[];
  glossary: GlossaryTerm[];
  graphics: Record<string, GraphicCopy>;
  labels: Record<string, Record<string, string>>;
  states: Record<string, StateCopy>;
  scale: ScaleBar[];
  /** content/sandbox/page.yaml: the sandbox's chart copy and the words around its controls. */
  sandboxCopy: SandboxCopy;
  /** content/embeds.yaml: what each embeddable chart adds. */
  embeds: Record<EmbedChartId, EmbedCopy>;
  /** content/model.md rendered to HTML, with its own numbered notes. */
  modelDoc: ModelDoc;
  /** content/classroom/: the classroom view, teacher notes and worksheet. */
  classroom: ClassroomContent;
  /** content/sandbox/strings.yaml: the sentences the sandbox's describers fill in. */
  sandboxStrings: SandboxStrings;
  /** Files read, so the dev server can reload when one changes. */
  files: string[];
}

export type LoadResult = { ok: true; content: Content } | { ok: false; problems: ContentProblems };

/** Validate the assumptions ledger (content/parameters.yaml) against the model and the sources. */
export function checkLedger(
  file: string,
  yaml: YamlFile,
  problems: ContentProblems,
  sourceIds: ReadonlySet<string>,
): ParameterSpec[] {
  const parameters = (check(ParametersSchema, file, yaml, problems) ?? []) as ParameterSpec[];
  if (!parameters.length) return parameters;
  const seen = new Set<string>();
  const shorts = new Set<string>();
  parameters.forEach((p, i) => {
    const at = (key: string) => yaml.lineOf([i, key]);
    if (seen.has(p.id)) problems.add(file, at('id'), `duplicate parameter "${p.id}"`);
    if (shorts.has(p.short)) problems.add(file, at('short'), `duplicate short key "${p.short}"`);
    seen.add(p.id);
    shorts.add(p.short);
    if (!(p.min <= p.default && p.default <= p.max)) {
      problems.add(file, at('default'), `default ${p.default} is outside [${p.min}, ${p.max}]`);
    }
    if (p.step <= 0) problems.add(file, at('step'), 'step must be above zero');
    const steps = (p.default - p.min) / p.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      problems.add(
        file,
        at('default'),
        `default ${p.default} is not on a step of ${p.step} from ${p.min}`,
      );
    }
    if (p.status === 'reported' && p.spread > 0) {
      problems.add(file, at('spread'), 'a reported value is held fixed: spread must be 0');
    }
    p.sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.add(file, yaml.lineOf([i, 'sources', j]), `unknown source "${id}"`);
    });
  });
  for (const id of PARAMETER_IDS) {
    if (!seen.has(id)) problems.add(file, 1, `the model needs parameter "${id}"`);
  }
  return parameters;
}

/**
 * Just the ledger, for the model's tests and benchmarks (which need no story). Throws a
 * ContentError listing every problem.
 */
export function loadLedger(root: string, projectRoot = join(root, '..')): ParameterSpec[] {
  const problems = new ContentProblems();
  const read = (name: string) => {
    const path = join(root, name);
    const file = relative(projectRoot, path);
    return { file, yaml: readYaml(file, readFileSync(path, 'utf8'), problems) };
  };
  const sourcesFile = read('sources.yaml');
  const sources = check(SourcesSchema, sourcesFile.file, sourcesFile.yaml, problems) ?? [];
  const paramFile = read('parameters.yaml');
  const ledger = checkLedger(
    paramFile.file,
    paramFile.yaml,
    problems,
    new Set(sources.map((s) => s.id)),
  );
  if (!problems.ok) throw new ContentError(problems.list);
  return ledger;
}

export function loadContent(root: string, projectRoot = join(root, '..')): LoadResult {
  const problems = new ContentProblems();
  const files: string[] = [];
  const rel = (path: string) => relative(projectRoot, path) || path;

  const readText = (name: string, required = true): string | null => {
    const path = join(root, name);
    if (!existsSync(path)) {
      if (required) problems.add(rel(path), 1, 'file is missing');
      return null;
    }
    files.push(path);
    return readFileSync(path, 'utf8');
  };
  const yamlOf = (name: string, required = true): { file: string; yaml: YamlFile } | null => {
    const text = readText(name, required);
    if (text === null) return null;
    const file = rel(join(root, name));
    return { file, yaml: readYaml(file, text, problems) };
  };

  // --- sources -------------------------------------------------------------------------------
  const sourcesFile = yamlOf('sources.yaml');
  const sources =
    (sourcesFile && check(SourcesSchema, sourcesFile.file, sourcesFile.yaml, problems)) ?? [];
  const sourceIds = new Set<string>();
  sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      problems.add(
        sourcesFile!.file,
        sourcesFile!.yaml.lineOf([i, 'id']),
        `duplicate source id "${s.id}"`,
      );
    sourceIds.add(s.id);
  });
  const checkSourceList = (
    file: string,
    yaml: YamlFile,
    path: (string | number)[],
    ids: readonly string[],
  ) => {
    ids.forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.add(file, yaml.lineOf([...path, j]), `unknown source "${id}"`);
    });
  };

  // --- site ----------------------------------------------------------------------------------
  const siteFile = yamlOf('site.yaml');
  const site =
    siteFile && (check(SiteSchema, siteFile.file, siteFile.yaml, problems) as SiteMeta | null);

  // --- parameters ledger ----------------------------------------------------------------------
  const paramFile = yamlOf('parameters.yaml');
  const parameters = paramFile
    ? checkLedger(paramFile.file, paramFile.yaml, problems, sourceIds)
    : [];

  // --- sandbox presets --------------------------------------------------------------------------
  const presetsFile = yamlOf('presets.yaml');
  const presets = ((presetsFile &&
    check(PresetsSchema, presetsFile.file, presetsFile.yaml, problems)) ??
    []) as Preset[];
  presets.forEach((preset, i) => {
    for (const [key, value] of Object.entries(preset.values)) {
      const spec = parameters.find((p) => p.id === key);
      if (spec && clampToSpec(spec, value) !== value) {
        problems.add(
          presetsFile!.file,
          presetsFile!.yaml.lineOf([i, 'values', key]),
          `${key}: ${value} is outside [${spec.min}, ${spec.max}] or off its step of ${spec.step}`,
        );
      }
    }
  });

  // --- timeline -----------------------------------------------------------------------------
  const timelineFile = yamlOf('timeline.yaml');
  const timeline =
    (timelineFile && check(TimelineSchema, timelineFile.file, timelineFile.yaml, problems)) ?? [];
  timeline.forEach((e, i) => {
    if (!(TIMELINE_GROUPS as readonly string[]).includes(e.group)) {
      problems.add(
        timelineFile!.file,
        timelineFile!.yaml.lineOf([i, 'group']),
        `unknown group "${e.group}" (known: ${TIMELINE_GROUPS.join(', ')})`,
      );
    }
    checkSourceList(timelineFile!.file, timelineFile!.yaml, [i, 'sources'], e.sources);
  });

  // --- glossary ---------------------------------------------------------------------------------
  const glossaryFile = yamlOf('glossary.yaml');
  const glossary = ((glossaryFile &&
    check(GlossarySchema, glossaryFile.file, glossaryFile.yaml, problems)) ??
    []) as GlossaryTerm[];
  const glossaryLookup = new Map<string, string>();
  glossary.forEach((g, i) => {
    for (const name of [g.id, g.term, ...g.aliases]) glossaryLookup.set(name.toLowerCase(), g.id);
    checkSourceList(glossaryFile!.file, glossaryFile!.yaml, [i, 'sources'], g.sources);
  });

  // --- graphics copy ------------------------------------------------------------------------------
  const graphicsFile = yamlOf('graphics.yaml');
  const graphicsCopy =
    graphicsFile && check(GraphicsSchema, graphicsFile.file, graphicsFile.yaml, problems);
  if (graphicsFile && graphicsCopy) {
    for (const id of GRAPHIC_IDS) {
      if (!graphicsCopy.graphics[id])
        problems.add(
          graphicsFile.file,
          graphicsFile.yaml.lineOf(['graphics']),
          `graphic "${id}" needs a title and description`,
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
      if (!SCALE_BAR_IDS.includes(bar.id))
        problems.add(
          graphicsFile.file,
          graphicsFile.yaml.lineOf(['scale', i, 'id']),
          `scale bar "${bar.id}" is not drawn by the scale graphic`,
        );
    });
  }

  // --- embeddable charts ----------------------------------------------------------------------
  const embedsFile = yamlOf('embeds.yaml');
  const embeds = embedsFile && check(EmbedsSchema, embedsFile.file, embedsFile.yaml, problems);
  if (embedsFile && embeds) {
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

  // --- the sandbox's words -------------------------------------------------------------------
  const sandboxFile = yamlOf('sandbox/page.yaml');
  const sandboxCopy = sandboxFile && checkSandboxCopy(sandboxFile.file, sandboxFile.yaml, problems);

  // --- story chapters --------------------------------------------------------------------------
  const storyDir = join(root, 'story');
  const chapterFiles = existsSync(storyDir)
    ? readdirSync(storyDir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  if (!chapterFiles.length) problems.add(rel(storyDir), 1, 'no chapters (*.md) found');
  const ctx: StoryContext = {
    problems,
    sourceIds,
    knownStates: GRAPHIC_STATE_IDS,
    glossary: glossaryLookup,
    noteNumbers: new Map(),
    backrefs: new Map(),
    termsSeen: new Set(),
    stepCount: 0,
    states: new Map(),
  };
  const chapters: Chapter[] = [];
  const chapterIds = new Map<string, string>();
  for (const name of chapterFiles) {
    const path = join(storyDir, name);
    files.push(path);
    const chapter = parseChapter(rel(path), readFileSync(path, 'utf8'), ctx);
    if (!chapter) continue;
    const previous = chapterIds.get(chapter.id);
    if (previous)
      problems.add(chapter.file, 2, `chapter id "${chapter.id}" is already used by ${previous}`);
    chapterIds.set(chapter.id, chapter.file);
    chapters.push(chapter);
  }
  // Every state a step uses needs its text equivalent.
  if (graphicsFile && graphicsCopy) {
    for (const [state, at] of ctx.states) {
      if (!graphicsCopy.states[state])
        problems.add(
          at.file,
          at.line,
          `state "${state}" has no caption and alt text in ${graphicsFile.file}`,
        );
    }
  }

  const modelText = readText('model.md');
  const modelDoc = renderModelDoc(
    rel(join(root, 'model.md')),
    modelText ?? '',
    sources as Source[],
    problems,
  );

  const stringsFile = yamlOf(SANDBOX_STRINGS_FILE);
  const sandboxStrings =
    stringsFile && checkSandboxStrings(stringsFile.file, stringsFile.yaml, problems);

  const classroom = loadClassroom({
    root,
    projectRoot,
    problems,
    sources: sources as Source[],
    glossary,
    glossaryLookup,
    knownStates: GRAPHIC_STATE_IDS,
    chapters,
    parameters,
    presets,
    stepIds: [...ctx.states.keys()],
    files,
  });

  if (
    !problems.ok ||
    !site ||
    !graphicsCopy ||
    !embeds ||
    !classroom ||
    !sandboxCopy ||
    !sandboxStrings
  )
    return { ok: false, problems };

  const steps = chapters.flatMap((chapter) =>
    chapter.blocks.flatMap((b) =>
      b.type === 'step' ? [{ index: b.index, state: b.state, chapterId: chapter.id }] : [],
    ),
  );
  const byId = new Map(sources.map((s) => [s.id, s as Source]));
  const notes: SourceNote[] = [...ctx.noteNumbers.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([id, n]) => ({ n, source: byId.get(id)!, backrefs: ctx.backrefs.get(id) ?? [] }));

  return {
    ok: true,
    content: {
      site,
      chapters,
      steps,
      notes,
      sources: sources as Source[],
      parameters,
      presets,
      timeline,
      glossary,
      graphics: graphicsCopy.graphics,
      states: graphicsCopy.states,
      labels: graphicsCopy.labels,
      scale: graphicsCopy.scale.map((bar): ScaleBar => {
        if (!('param' in bar)) return bar;
        // A model number: value, unit, status and sources come from the ledger, never copied.
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
      }),
      modelDoc,
      embeds: embeds as Record<EmbedChartId, EmbedCopy>,
      sandboxCopy,
      classroom,
      sandboxStrings,
      files,
    },
  };
}
