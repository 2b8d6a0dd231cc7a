// Load and validate everything in content/. Returns typed content or every problem found, each
// with file and line. The Vite plugin turns problems into a failed build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GenericSchema } from 'valibot';
import type {
  Chapter,
  EmbedCopy,
  GlossaryTerm,
  GraphicCopy,
  InterfaceCopy,
  Preset,
  SandboxCopy,
  ScaleBar,
  SharingCopy,
  LinkCopy,
  ScenarioPackCopy,
  SiteMeta,
  Source,
  SourceNote,
  StateCopy,
  StoryContent,
  TimelineEvent,
} from '../../src/lib/content-types.ts';
import { GRAPHIC_STATE_IDS, TIMELINE_GROUPS } from '../../src/graphics/registry.ts';
import type { EmbedChartId } from '../../src/share/chart-ids.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { clampToSpec } from '../../workers/stockpile/parameters.ts';
import { ContentProblems } from './errors.ts';
import { checkLedger } from './ledger.ts';
import { renderCorrections, type Corrections } from './corrections.ts';
import { checkEverySourceCited, citationsIn, ledgerRefs, type LedgerRef } from './guards.ts';
import {
  EmbedsSchema,
  GlossarySchema,
  PresetsSchema,
  GraphicsSchema,
  InterfaceSchema,
  SiteSchema,
  SourcesSchema,
  TimelineSchema,
  check,
} from './schemas.ts';
import { loadClassroom } from './classroom.ts';
import { LinksSchema, ScenarioPackSchema, SharingSchema } from './sharing-schemas.ts';
import { checkCredits } from './credits.ts';
import { checkEmbeds, checkGraphicsCopy, scaleBars } from './graphics-copy.ts';
import { checkSandboxCopy } from './sandbox.ts';
import type { ClassroomContent } from '../../src/lib/classroom-types.ts';
import { renderModelDoc, type ModelDoc } from './model-doc.ts';
import { parseChapter, type StoryContext } from './story.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';
import { SANDBOX_STRINGS_FILE, checkSandboxStrings } from './sandbox-strings.ts';
import type { SandboxStrings } from '../../src/sandbox/strings.ts';
import { readSiteUrl, SITE_URL_ENV } from '../../src/lib/site-address.ts';

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
  /** content/sharing.yaml: the words around a shared, embedded or downloaded chart. */
  sharing: SharingCopy;
  /** content/links.yaml: what reading a link changed, in the readers' notices. */
  links: LinkCopy;
  /** content/scenario-pack.yaml: the scenario pack's column meanings, metadata and README. */
  scenarioPack: ScenarioPackCopy;
  /** content/model.md rendered to HTML, with its own numbered notes. */
  modelDoc: ModelDoc;
  /** content/classroom/: the classroom view, teacher notes and worksheet. */
  classroom: ClassroomContent;
  /** content/CORRECTIONS.md rendered to HTML: the corrections log, newest first. */
  corrections: Corrections;
  /** content/sandbox/strings.yaml: the sentences the sandbox's describers fill in. */
  sandboxStrings: SandboxStrings;
  /** content/interface.yaml: copy around tables and controls. */
  ui: InterfaceCopy;
  /** Files read, so the dev server can reload when one changes. */
  files: string[];
}

export { checkLedger, loadLedger } from './ledger.ts';

export type LoadResult = { ok: true; content: Content } | { ok: false; problems: ContentProblems };

/**
 * Load and check everything in content/. `env` (default: this process's environment) may set
 * BACKFILL_SITE_URL, which replaces siteUrl from content/site.yaml for this build.
 */
export function loadContent(
  root: string,
  projectRoot = join(root, '..'),
  env: Readonly<Record<string, string | undefined>> = process.env,
): LoadResult {
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
  if (sourcesFile) checkCredits(sources, sourcesFile.file, sourcesFile.yaml, problems);
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

  // --- interface copy ------------------------------------------------------------------------
  const uiFile = yamlOf('interface.yaml');
  const ui =
    uiFile && (check(InterfaceSchema, uiFile.file, uiFile.yaml, problems) as InterfaceCopy | null);

  // --- site ----------------------------------------------------------------------------------
  const siteFile = yamlOf('site.yaml');
  const site =
    siteFile && (check(SiteSchema, siteFile.file, siteFile.yaml, problems) as SiteMeta | null);
  const siteUrlFromEnv = env[SITE_URL_ENV];
  if (site && siteUrlFromEnv !== undefined && siteUrlFromEnv.trim() !== '') {
    const read = readSiteUrl(siteUrlFromEnv);
    if ('url' in read) site.siteUrl = read.url;
    else problems.add(`${SITE_URL_ENV} (environment variable)`, 1, read.error);
  }

  // --- parameters ledger ----------------------------------------------------------------------
  const paramFile = yamlOf('parameters.yaml');
  const parameters = paramFile
    ? checkLedger(paramFile.file, paramFile.yaml, problems, sourceIds)
    : [];
  const ledger = paramFile
    ? ledgerRefs(parameters, paramFile.file, paramFile.yaml)
    : new Map<string, LedgerRef>();

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
  if (graphicsFile && graphicsCopy)
    checkGraphicsCopy(graphicsFile, graphicsCopy, problems, checkSourceList, ledger);

  // --- embeddable charts ----------------------------------------------------------------------
  const embedsFile = yamlOf('embeds.yaml');
  const embeds = embedsFile && check(EmbedsSchema, embedsFile.file, embedsFile.yaml, problems);
  if (embedsFile && embeds) checkEmbeds(embedsFile, embeds, problems, checkSourceList);

  const checked = <S extends GenericSchema>(schema: S, name: string) => {
    const at = yamlOf(name);
    return at && check(schema, at.file, at.yaml, problems);
  };
  const sharing = checked(SharingSchema, 'sharing.yaml');
  const links = checked(LinksSchema, 'links.yaml');
  const scenarioPack = checked(ScenarioPackSchema, 'scenario-pack.yaml');

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
    ledger,
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

  const cited = new Set<string>();
  const stringsFile = yamlOf(SANDBOX_STRINGS_FILE);
  const sandboxStrings =
    stringsFile && checkSandboxStrings(stringsFile.file, stringsFile.yaml, problems);

  const classroom =
    links &&
    loadClassroom({
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
      ledger,
      cited,
      links,
    });

  const correctionsFile = rel(join(root, 'CORRECTIONS.md'));
  const corrections = renderCorrections(
    correctionsFile,
    readText('CORRECTIONS.md') ?? '',
    sources as Source[],
    site?.updated,
    problems,
  );

  // Every source is cited somewhere: in Markdown ([@id]) or in a YAML `sources` list.
  for (const path of files)
    if (!path.endsWith('sources.yaml'))
      for (const id of citationsIn(readFileSync(path, 'utf8'))) cited.add(id);
  for (const list of [
    ...parameters.map((p) => p.sources),
    ...timeline.map((e) => e.sources),
    ...glossary.map((g) => g.sources),
    ...(graphicsCopy?.scale ?? []).map((b) => ('sources' in b ? b.sources : [])),
    ...Object.values(embeds ?? {}).map((e) => e.sources),
  ])
    for (const id of list) cited.add(id);
  if (sourcesFile && sources.length)
    checkEverySourceCited(sourcesFile.file, sourcesFile.yaml, sources as Source[], cited, problems);

  if (
    !problems.ok ||
    !site ||
    !graphicsCopy ||
    !embeds ||
    !sharing ||
    !links ||
    !scenarioPack ||
    !classroom ||
    !sandboxCopy ||
    !sandboxStrings ||
    !ui
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
      ui,
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
      scale: scaleBars(graphicsCopy.scale, parameters),
      modelDoc,
      embeds: embeds as Record<EmbedChartId, EmbedCopy>,
      sharing,
      links,
      scenarioPack,
      sandboxCopy,
      classroom,
      corrections,
      sandboxStrings,
      files,
    },
  };
}
