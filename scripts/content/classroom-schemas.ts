// Schemas for content/classroom/*.yaml (the classroom view, teacher notes and worksheet).
import * as v from 'valibot';
import { CHART_VIEWS } from '../../src/links/url-state.ts';
import { CLAIM_VERDICTS, CLASSROOM_STAGES } from '../../src/lib/classroom-types.ts';
import { PARAMETER_IDS } from '../../workers/stockpile/parameters.ts';

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens'),
);
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const texts = v.pipe(v.array(text), v.minLength(1, 'needs at least one entry'));
/** Plain text with exactly these {placeholders}, each at least once, and no others. */
const words = (...names: string[]) =>
  v.pipe(
    text,
    v.check(
      (value) => {
        const used = new Set([...value.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!));
        return used.size === names.length && names.every((n) => used.has(n));
      },
      `must use exactly the placeholders ${names.map((n) => `{${n}}`).join(', ') || '(none)'}`,
    ),
  );
const shortKey = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9]{0,2}$/, 'must be a slider key such as je'),
);

export const ClassroomSchema = v.strictObject({
  title: text,
  intro: text,
  stages: v.array(v.strictObject({ id: v.picklist(CLASSROOM_STAGES), title: text })),
  goals: texts,
  predict: v.strictObject({
    intro: text,
    drawQuestion: text,
    drawHelp: text,
    runOutQuestion: text,
    caveat: text,
    discuss: texts,
  }),
  tasksIntro: text,
  glossaryIntro: text,
  words: v.strictObject({
    description: v.pipe(text, v.includes('{minutes}', 'must give the length: {minutes}')),
    kicker: text,
    teacherNotes: text,
    worksheet: text,
    projector: text,
    goalsLead: text,
    task: v.pipe(text, v.includes('{n}', "must give the task's number: {n}")),
    openTask: v.pipe(text, v.includes('{n}', "must give the task's number: {n}")),
    whatToDo: text,
    questions: text,
    firstExplained: text,
    sources: text,
    stagesLabel: text,
    scenarioLabel: text,
    fromLink: text,
    fromLinkAbout: text,
    worksheetLink: text,
    runOutHelp: v.pipe(text, v.includes('{months}', 'must give how far Shift moves: {months}')),
    reveal: text,
    guessAxis: text,
    modelKey: text,
    guessKey: text,
    guessFor: v.pipe(text, v.includes('{date}', 'must give the date: {date}')),
    answerTitle: text,
    tryAgain: text,
    answerTable: text,
    answerCaption: text,
    date: text,
    guess: text,
    central: text,
    range: text,
    runsOut: text,
    discuss: text,
    claimsHint: text,
    claimsCaption: text,
    claim: text,
    yes: text,
    partly: text,
    no: text,
    namesOutlet: text,
    cites: text,
  }),
});

export const TasksSchema = v.pipe(
  v.array(
    v.strictObject({
      id,
      title: text,
      preset: v.optional(id),
      values: v.optional(
        v.record(v.picklist(PARAMETER_IDS, 'is not a parameter the model knows'), v.number()),
      ),
      lock: v.optional(v.array(shortKey)),
      hide: v.optional(v.array(shortKey)),
      advanced: v.optional(v.picklist([0, 1], 'must be 0 or 1')),
      view: v.optional(v.picklist(CHART_VIEWS, `must be one of ${CHART_VIEWS.join(', ')}`)),
      intro: text,
      do: texts,
      questions: texts,
      answer: text,
    }),
  ),
  v.minLength(1, 'needs at least one task'),
);

const verdict = v.picklist(CLAIM_VERDICTS, 'must be yes, partly or no');

export const MediaSchema = v.strictObject({
  intro: text,
  reports: v.pipe(
    v.array(v.strictObject({ source: id, label: text, outletNamed: v.boolean(), cites: text })),
    v.minLength(2, 'needs at least two reports to compare'),
  ),
  claims: v.pipe(
    v.array(
      v.strictObject({
        id,
        claim: text,
        says: v.record(
          id,
          v.union(
            [verdict, v.strictObject({ says: verdict, note: v.optional(text) })],
            'must be yes, partly, no or { says, note }',
          ),
        ),
      }),
    ),
    v.minLength(1, 'needs at least one claim'),
  ),
  questions: v.array(v.strictObject({ question: text, answer: text })),
});

export const TeacherSchema = v.strictObject({
  title: text,
  intro: text,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  plan: v.array(
    v.strictObject({
      minutes: v.pipe(v.number(), v.integer(), v.minValue(1, 'must be at least 1')),
      title: text,
      what: text,
      link: text,
    }),
  ),
  materials: texts,
  preparation: texts,
  predictAnswer: text,
  offline: texts,
  print: text,
  words: v.strictObject({
    description: words(),
    kicker: words(),
    classroom: words(),
    worksheet: words(),
    offlineFile: words(),
    answers: words(),
    plan: words('minutes'),
    planCaption: words(),
    minutes: words(),
    phase: words(),
    what: words(),
    open: words(),
    materials: words(),
    preparation: words(),
    qrTitle: words(),
    qrIntro: words(),
    offlineTitle: words(),
    projectorTitle: words(),
    projector: words('theme', 'key'),
    projectorLink: words(),
    network: words(),
    download: words(),
    paper: words(),
    defaultSays: words('preset', 'says'),
    task: words('n', 'title'),
    taskSays: words('link', 'says'),
    taskLink: words(),
    sources: words(),
    // The table of link options (its rows: content/interface.yaml linkOptions).
    linksTitle: words(),
    linksIntro: words(),
    linksCaption: words(),
    option: words(),
    pages: words(),
    values: words(),
    does: words(),
    example: words(),
    inHeader: words(),
  }),
  // The link-and-QR builder (src/classroom/LinkBuilder.svelte).
  linkBuilder: v.strictObject({
    page: words(),
    sandbox: words(),
    classroom: words(),
    worksheet: words(),
    scenario: words(),
    fromLink: words(),
    projector: words(),
    qrLabel: words(),
    link: words(),
    copy: words(),
    open: words(),
    copied: words(),
    copyBlocked: words(),
  }),
});

const sheet = v.strictObject({ name: text, print: text, about: text });

export const WorksheetSchema = v.strictObject({
  title: text,
  intro: text,
  /** The two sheets, printed apart so the answer is never on the back of a prediction. */
  sheets: v.strictObject({ student: sheet, answers: sheet }),
  toolbarHint: text,
  sketch: text,
  taskLink: text,
  whatToDo: text,
  parts: v.strictObject({
    predict: text,
    answer: text,
    tasks: text,
    media: text,
    mediaQuestions: text,
    answerElsewhere: text,
    studentElsewhere: text,
  }),
  revealQuestions: texts,
  tasks: v.array(id),
  exitQuestion: text,
  words: v.strictObject({
    toolbar: words(),
    paper: words(),
    paperNames: v.strictObject({ a4: words(), letter: words() }),
    name: words(),
    class: words(),
    date: words(),
    scenario: words(),
    changed: words(),
    scenarioNote: words(),
    scenarioQr: words(),
    scenarioQrAnswers: words(),
    guessEach: words(),
    guesses: words(),
    guess: words(),
    blank: words(),
    runOutHint: words('lasts'),
    tasksIntro: words(),
    task: words('n', 'title'),
    taskQr: words('n'),
    exitQuestion: words(),
    answersTitle: words('title', 'sheet'),
  }),
});
