// content/classroom/: the classroom view, the teacher notes and the worksheet. Validated like the
// story (every problem with file:line), then parsed once per page that shows it, so citation
// marks are numbered in that page's order and its notes list exactly what it cites.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as v from 'valibot';
import type {
  ClassroomContent,
  ClassroomTask,
  GlossaryEntry,
  MediaActivity,
  PredictCopy,
} from '../../src/lib/classroom-types.ts';
import type {
  Block,
  Chapter,
  CitationRef,
  GlossaryTerm,
  Inline,
  LinkCopy,
  Preset,
  Source,
  SourceNote,
} from '../../src/lib/content-types.ts';
import { parseControlOptions } from '../../src/links/control-options.ts';
import { DEFAULT_VIEW, parseScenario, serializeScenario } from '../../src/links/url-state.ts';
import { defaultValues, type ParameterSpec } from '../../workers/stockpile/parameters.ts';
import { DEFAULT_SEED } from '../../workers/stockpile/simulate.ts';
import { checkClassroomFiles } from './classroom-checks.ts';
import { contentLinkCopy } from './site-links.ts';
import type { ContentProblems } from './errors.ts';
import type { LedgerRef } from './guards.ts';
import {
  ClassroomSchema,
  MediaSchema,
  TasksSchema,
  TeacherSchema,
  WorksheetSchema,
} from './classroom-schemas.ts';
import { check } from './schemas.ts';
import { parseInlineMarkdown, type StoryContext } from './story.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';

export interface ClassroomInputs {
  /** content/ */
  root: string;
  projectRoot: string;
  problems: ContentProblems;
  sources: Source[];
  glossary: GlossaryTerm[];
  /** Lowercased term or alias → term id, as the story uses it. */
  glossaryLookup: ReadonlyMap<string, string>;
  knownStates: ReadonlySet<string>;
  chapters: Chapter[];
  parameters: ParameterSpec[];
  presets: Preset[];
  stepIds: string[];
  /** content/links.yaml: the words of link notices, which content checks of links report. */
  links: LinkCopy;
  /** Files read, for the dev server's reload. */
  files: string[];
  /** The assumptions ledger, for figures that name an entry. */
  ledger?: ReadonlyMap<string, LedgerRef>;
  /** Sources the classroom copy cites outside its Markdown (the claims table's reports). */
  cited?: Set<string>;
}

type Yaml = { file: string; yaml: YamlFile };
type Path = (string | number)[];

/** Where the story first explains each glossary term: the chapter it is in. */
function firstUses(chapters: Chapter[]): Map<string, Chapter> {
  const found = new Map<string, Chapter>();
  const inInlines = (chapter: Chapter, inlines: Inline[]) => {
    for (const node of inlines) {
      if (node.t === 'term' && node.first && !found.has(node.id)) found.set(node.id, chapter);
      if ('c' in node) inInlines(chapter, node.c);
    }
  };
  const inBlocks = (chapter: Chapter, blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'quote') inInlines(chapter, block.inlines);
      else if (block.type === 'list') block.items.forEach((item) => inInlines(chapter, item));
      else if (block.type === 'step' || block.type === 'aside') inBlocks(chapter, block.blocks);
    }
  };
  for (const chapter of chapters) inBlocks(chapter, chapter.blocks);
  return found;
}

export function loadClassroom(input: ClassroomInputs): ClassroomContent | null {
  const { root, projectRoot, problems, parameters, presets, stepIds } = input;
  const before = problems.list.length;
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const byId = new Map(input.sources.map((s) => [s.id, s]));

  const read = (name: string): Yaml | null => {
    const path = join(root, 'classroom', name);
    const file = relative(projectRoot, path) || path;
    if (!existsSync(path)) {
      problems.add(file, 1, 'file is missing');
      return null;
    }
    input.files.push(path);
    return { file, yaml: readYaml(file, readFileSync(path, 'utf8'), problems) };
  };
  const validate = <S extends v.GenericSchema>(schema: S, f: Yaml | null) =>
    f ? check(schema, f.file, f.yaml, problems) : null;

  const classroomFile = read('classroom.yaml');
  const tasksFile = read('tasks.yaml');
  const mediaFile = read('media.yaml');
  const teacherFile = read('teacher.yaml');
  const worksheetFile = read('worksheet.yaml');
  const classroom = validate(ClassroomSchema, classroomFile);
  const tasks = validate(TasksSchema, tasksFile);
  const media = validate(MediaSchema, mediaFile);
  const teacher = validate(TeacherSchema, teacherFile);
  const worksheet = validate(WorksheetSchema, worksheetFile);

  const taskValues = checkClassroomFiles(
    {
      classroomFile,
      tasksFile,
      mediaFile,
      teacherFile,
      worksheetFile,
      classroom,
      tasks,
      media,
      teacher,
      worksheet,
    },
    { problems, sourceIds, parameters, presets, stepIds, links: input.links, cited: input.cited },
  );

  if (!classroom || !tasks || !media || !teacher || !worksheet) return null;
  if (!classroomFile || !tasksFile || !mediaFile || !teacherFile || !worksheetFile) return null;

  // --- parsing text, once per page -------------------------------------------------------------
  const uses = firstUses(input.chapters);

  function page() {
    const ctx: StoryContext = {
      problems,
      ledger: input.ledger,
      sourceIds,
      knownStates: input.knownStates,
      glossary: input.glossaryLookup,
      noteNumbers: new Map(),
      backrefs: new Map(),
      termsSeen: new Set(),
      stepCount: 0,
      states: new Map(),
    };
    /**
     * Inline Markdown from a field. `factual` fields need a citation when they hold a number or
     * a figure, as story paragraphs do; a figure always needs one.
     */
    const rich = (f: Yaml, path: Path, text: string, factual = true): Inline[] => {
      const line = f.yaml.lineOf(path);
      const parsed = parseInlineMarkdown(f.file, line, text, ctx);
      const hasNumber = /\d/.test(text.replace(/\[@[^\]]*\]/g, ''));
      if (!parsed.cited && (parsed.figures || (factual && hasNumber))) {
        problems.add(
          f.file,
          line,
          `needs a citation such as [@source-id] (it has ${parsed.figures ? 'a figure' : 'a number'})`,
        );
      }
      return parsed.inlines;
    };
    const cite = (ids: readonly string[], f: Yaml, path: Path): CitationRef[] => {
      if (!ids.length) return [];
      const [node] = parseInlineMarkdown(
        f.file,
        f.yaml.lineOf(path),
        `[${ids.map((id) => `@${id}`).join('; ')}]`,
        ctx,
      ).inlines;
      return node?.t === 'cite' ? node.refs : [];
    };
    const notes = (): SourceNote[] =>
      [...ctx.noteNumbers.entries()]
        .sort((a, b) => a[1] - b[1])
        .map(([id, n]) => ({ n, source: byId.get(id)!, backrefs: ctx.backrefs.get(id) ?? [] }));
    return { rich, cite, notes };
  }
  type Page = ReturnType<typeof page>;

  const predictCopy = (p: Page, parts = { intro: true }): PredictCopy => ({
    intro: parts.intro ? p.rich(classroomFile, ['predict', 'intro'], classroom.predict.intro) : [],
    drawQuestion: classroom.predict.drawQuestion,
    drawHelp: classroom.predict.drawHelp,
    runOutQuestion: classroom.predict.runOutQuestion,
    caveat: p.rich(classroomFile, ['predict', 'caveat'], classroom.predict.caveat),
    discuss: classroom.predict.discuss.map((d, i) =>
      p.rich(classroomFile, ['predict', 'discuss', i], d, false),
    ),
  });

  const taskOf = (
    p: Page,
    i: number,
    parts: { answer: boolean; intro?: boolean },
  ): ClassroomTask => {
    const task = tasks[i]!;
    const values = taskValues.get(task.id) ?? {};
    const view = task.view ?? DEFAULT_VIEW;
    const scenario = serializeScenario(
      { values: { ...defaultValues(parameters), ...values }, seed: DEFAULT_SEED, view, step: null },
      parameters,
      { pin: false },
    );
    const options = [
      task.hide?.length ? `hide=${task.hide.join(',')}` : '',
      task.lock?.length ? `lock=${task.lock.join(',')}` : '',
      task.advanced === undefined ? '' : `advanced=${task.advanced}`,
    ].filter(Boolean);
    const query = [scenario, ...options].join('&');
    // The link must open exactly as written: no value moved, no option dropped.
    const notices = [
      ...parseScenario(query, parameters, { copy: contentLinkCopy(input.links) }).notices,
      ...parseControlOptions(query, parameters, input.links).notices,
    ];
    for (const n of notices)
      problems.add(tasksFile.file, tasksFile.yaml.lineOf([i]), `task "${task.id}": ${n.message}`);
    return {
      id: task.id,
      title: task.title,
      intro: parts.intro === false ? [] : p.rich(tasksFile, [i, 'intro'], task.intro),
      do: task.do.map((d, j) => p.rich(tasksFile, [i, 'do', j], d, false)),
      questions: task.questions.map((q, j) => p.rich(tasksFile, [i, 'questions', j], q, false)),
      answer: parts.answer ? p.rich(tasksFile, [i, 'answer'], task.answer) : [],
      values,
      link: `?${query}#sandbox`,
      view,
      preset: task.preset,
    };
  };

  // The same table on every page: one object, which the content module writes once.
  const claims = media.claims.map((c) => ({
    id: c.id,
    claim: c.claim,
    cells: media.reports.map((r) => {
      const cell = c.says[r.source] ?? 'no';
      return typeof cell === 'string'
        ? { source: r.source, says: cell }
        : { source: r.source, says: cell.says, note: cell.note };
    }),
  }));
  const mediaOf = (p: Page, parts: { answers: boolean; intro?: boolean }): MediaActivity => ({
    intro: parts.intro === false ? [] : p.rich(mediaFile, ['intro'], media.intro),
    reports: media.reports.map((r, i) => ({
      ...r,
      ref: p.cite([r.source], mediaFile, ['reports', i, 'source'])[0]!,
    })),
    claims,
    questions: media.questions.map((q, i) => ({
      question: q.question,
      answer: parts.answers ? p.rich(mediaFile, ['questions', i, 'answer'], q.answer) : [],
    })),
  });

  // The classroom view, in page order.
  const cp = page();
  const classroomPage = {
    title: classroom.title,
    words: classroom.words,
    minutes: teacher.minutes,
    // The lesson's length is written from teacher.yaml's `minutes`, never typed in the text.
    intro: cp.rich(
      classroomFile,
      ['intro'],
      classroom.intro.replaceAll('{minutes}', String(teacher.minutes)),
      false,
    ),
    stages: classroom.stages,
    goals: classroom.goals.map((g, i) => cp.rich(classroomFile, ['goals', i], g)),
    predict: predictCopy(cp),
    tasksIntro: cp.rich(classroomFile, ['tasksIntro'], classroom.tasksIntro, false),
    tasks: tasks.map((_, i) => taskOf(cp, i, { answer: false })),
    glossaryIntro: cp.rich(classroomFile, ['glossaryIntro'], classroom.glossaryIntro, false),
    glossary: input.glossary.map((g): GlossaryEntry => {
      const chapter = uses.get(g.id);
      return {
        id: g.id,
        term: g.term,
        definition: g.definition,
        refs: cp.cite(g.sources, classroomFile, ['glossaryIntro']),
        firstUse: chapter ? { chapter: chapter.id, title: chapter.title } : null,
      };
    }),
    media: mediaOf(cp, { answers: false }),
    notes: [] as SourceNote[],
  };
  classroomPage.notes = cp.notes();

  // The teacher notes, in page order.
  const tp = page();
  const teacherPage = {
    title: teacher.title,
    words: teacher.words,
    linkBuilder: teacher.linkBuilder,
    // The lesson's length is written from `minutes`, never typed in the text.
    intro: tp.rich(
      teacherFile,
      ['intro'],
      teacher.intro.replaceAll('{minutes}', String(teacher.minutes)),
      false,
    ),
    minutes: teacher.minutes,
    plan: teacher.plan.map((phase, i) => ({
      minutes: phase.minutes,
      title: phase.title,
      what: tp.rich(teacherFile, ['plan', i, 'what'], phase.what, false),
      link: phase.link,
    })),
    materials: teacher.materials.map((m, i) => tp.rich(teacherFile, ['materials', i], m, false)),
    preparation: teacher.preparation.map((m, i) =>
      tp.rich(teacherFile, ['preparation', i], m, false),
    ),
    offline: teacher.offline.map((m, i) => tp.rich(teacherFile, ['offline', i], m, false)),
    print: tp.rich(teacherFile, ['print'], teacher.print, false),
    predictAnswer: tp.rich(teacherFile, ['predictAnswer'], teacher.predictAnswer),
    tasks: tasks.map((_, i) => taskOf(tp, i, { answer: true })),
    media: mediaOf(tp, { answers: true }),
    notes: [] as SourceNote[],
  };
  teacherPage.notes = tp.notes();

  // The worksheet, in page order.
  const wp = page();
  const worksheetPage = {
    title: worksheet.title,
    words: worksheet.words,
    intro: wp.rich(worksheetFile, ['intro'], worksheet.intro, false),
    sheets: worksheet.sheets,
    toolbarHint: worksheet.toolbarHint,
    sketch: worksheet.sketch,
    taskLink: worksheet.taskLink,
    whatToDo: worksheet.whatToDo,
    parts: worksheet.parts,
    // On paper, no cited prose but the claims table: its reports are the only sources listed.
    predict: predictCopy(wp, { intro: false }),
    revealQuestions: worksheet.revealQuestions.map((q, i) =>
      wp.rich(worksheetFile, ['revealQuestions', i], q, false),
    ),
    tasks: worksheet.tasks.flatMap((id) => {
      const i = tasks.findIndex((t) => t.id === id);
      return i < 0 ? [] : [taskOf(wp, i, { answer: false, intro: false })];
    }),
    media: mediaOf(wp, { answers: false, intro: false }),
    exitQuestion: wp.rich(worksheetFile, ['exitQuestion'], worksheet.exitQuestion, false),
    notes: [] as SourceNote[],
  };
  worksheetPage.notes = wp.notes();

  // Each page parses the same text: keep one copy of each problem.
  const seen = new Set<string>();
  const mine = problems.list.splice(before);
  for (const p of mine) {
    const key = `${p.file}:${p.line}:${p.message}`;
    if (!seen.has(key)) problems.list.push(p);
    seen.add(key);
  }
  if (problems.list.length > before) return null;
  return { classroom: classroomPage, teacher: teacherPage, worksheet: worksheetPage };
}
