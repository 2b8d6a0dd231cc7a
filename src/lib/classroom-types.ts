// The typed shape of content/classroom/, after the build has validated it. Text is already
// parsed into inline nodes (with citation marks numbered for the page it appears on), so each
// page gets its own copy of the copy it shows.
import type { SandboxChartId as ChartView } from './chart-ids.ts';
import type { CitationRef, Inline, SourceNote } from './content-types.ts';
import type { ParameterId } from '../../workers/stockpile/parameters.ts';

/** The sections of the classroom view, in order: the values of ?stage=. */
export const CLASSROOM_STAGES = ['goals', 'predict', 'tasks', 'glossary', 'media'] as const;
export type ClassroomStage = (typeof CLASSROOM_STAGES)[number];

export const CLAIM_VERDICTS = ['yes', 'partly', 'no'] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

export interface StageCopy {
  id: ClassroomStage;
  title: string;
}

export interface PredictCopy {
  intro: Inline[];
  drawQuestion: string;
  drawHelp: string;
  runOutQuestion: string;
  caveat: Inline[];
  discuss: Inline[][];
}

export interface ClassroomTask {
  id: string;
  title: string;
  intro: Inline[];
  do: Inline[][];
  questions: Inline[][];
  answer: Inline[];
  /** The sandbox settings the task's link sets (a preset's values, then its own). */
  values: Partial<Record<ParameterId, number>>;
  /** The link's query and hash, relative to the story page, e.g. "?v=1&bl=120&lock=je#sandbox". */
  link: string;
  view: ChartView;
  preset?: string;
}

export interface MediaReport {
  source: string;
  label: string;
  outletNamed: boolean;
  cites: string;
  /** The citation mark for this report, on the page it is shown. */
  ref: CitationRef;
}

export interface MediaClaim {
  id: string;
  claim: string;
  /** One cell per report, in the order of `reports`. */
  cells: { source: string; says: ClaimVerdict; note?: string }[];
}

export interface MediaActivity {
  intro: Inline[];
  reports: MediaReport[];
  claims: MediaClaim[];
  questions: { question: string; answer: Inline[] }[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  refs: CitationRef[];
  /** Where the story first explains it: the chapter's id and title. */
  firstUse: { chapter: string; title: string } | null;
}

/** The classroom view's plain words around its sections ({minutes}, {n} as classroom.yaml says). */
export interface ClassroomWords {
  description: string;
  kicker: string;
  teacherNotes: string;
  worksheet: string;
  projector: string;
  goalsLead: string;
  task: string;
  openTask: string;
  whatToDo: string;
  questions: string;
  firstExplained: string;
  sources: string;
  stagesLabel: string;
  /** The prediction's scenario chooser, run-out slider help ({months}) and button. */
  scenarioLabel: string;
  fromLink: string;
  fromLinkAbout: string;
  worksheetLink: string;
  runOutHelp: string;
  reveal: string;
  guessAxis: string;
  modelKey: string;
  guessKey: string;
  guessFor: string;
  answerTitle: string;
  tryAgain: string;
  answerTable: string;
  answerCaption: string;
  date: string;
  guess: string;
  central: string;
  range: string;
  runsOut: string;
  discuss: string;
  claimsHint: string;
  claimsCaption: string;
  claim: string;
  yes: string;
  partly: string;
  no: string;
  namesOutlet: string;
  cites: string;
}

export interface ClassroomPageContent {
  title: string;
  /** The words around its sections. */
  words: ClassroomWords;
  /** The lesson's length in minutes (teacher.yaml), for {minutes}. */
  minutes: number;
  intro: Inline[];
  stages: StageCopy[];
  goals: Inline[][];
  predict: PredictCopy;
  tasksIntro: Inline[];
  tasks: ClassroomTask[];
  glossaryIntro: Inline[];
  glossary: GlossaryEntry[];
  media: MediaActivity;
  notes: SourceNote[];
}

export interface LessonPhase {
  minutes: number;
  title: string;
  what: Inline[];
  /** A page of the site with link options, e.g. "classroom.html?stage=predict&theme=projector". */
  link: string;
}

/** The teacher notes' plain words ({placeholders} as content/classroom/teacher.yaml says). */
export interface TeacherWords {
  description: string;
  kicker: string;
  classroom: string;
  worksheet: string;
  offlineFile: string;
  answers: string;
  plan: string;
  planCaption: string;
  minutes: string;
  phase: string;
  what: string;
  open: string;
  materials: string;
  preparation: string;
  qrTitle: string;
  qrIntro: string;
  offlineTitle: string;
  projectorTitle: string;
  projector: string;
  projectorLink: string;
  network: string;
  download: string;
  paper: string;
  defaultSays: string;
  task: string;
  taskSays: string;
  taskLink: string;
  sources: string;
  /** The table of link options: heading, intro, caption and column heads. */
  linksTitle: string;
  linksIntro: string;
  linksCaption: string;
  option: string;
  pages: string;
  values: string;
  does: string;
  example: string;
  inHeader: string;
}

/** The link-and-QR builder's words (content/classroom/teacher.yaml linkBuilder). */
export interface LinkBuilderWords {
  page: string;
  /** The pages it links to. */
  sandbox: string;
  classroom: string;
  worksheet: string;
  scenario: string;
  fromLink: string;
  projector: string;
  qrLabel: string;
  link: string;
  copy: string;
  open: string;
  copied: string;
  copyBlocked: string;
}

export interface TeacherPageContent {
  title: string;
  /** The words around the notes. */
  words: TeacherWords;
  linkBuilder: LinkBuilderWords;
  intro: Inline[];
  minutes: number;
  plan: LessonPhase[];
  materials: Inline[][];
  preparation: Inline[][];
  predictAnswer: Inline[];
  offline: Inline[][];
  print: Inline[];
  tasks: ClassroomTask[];
  media: MediaActivity;
  notes: SourceNote[];
}

/** One of the worksheet's two sheets: its name, its print button, and what it holds. */
export interface WorksheetSheetCopy {
  name: string;
  print: string;
  about: string;
}

/** The worksheet's parts, numbered in the order a student meets them across both sheets. */
export interface WorksheetParts {
  predict: string;
  answer: string;
  tasks: string;
  media: string;
  mediaQuestions: string;
  /** Under Part 1 on the student sheet: Part 2 is on the answer sheet. */
  answerElsewhere: string;
  /** On the answer sheet: where the other parts are. */
  studentElsewhere: string;
}

/** The worksheet's plain words ({placeholders} as content/classroom/worksheet.yaml says). */
export interface WorksheetWords {
  toolbar: string;
  paper: string;
  paperNames: { a4: string; letter: string };
  name: string;
  class: string;
  date: string;
  scenario: string;
  changed: string;
  scenarioNote: string;
  scenarioQr: string;
  scenarioQrAnswers: string;
  guessEach: string;
  guesses: string;
  guess: string;
  blank: string;
  runOutHint: string;
  tasksIntro: string;
  task: string;
  taskQr: string;
  exitQuestion: string;
  answersTitle: string;
}

export interface WorksheetContent {
  title: string;
  /** The words around the sheets. */
  words: WorksheetWords;
  intro: Inline[];
  /** The student sheet and the answer sheet, printed apart. */
  sheets: { student: WorksheetSheetCopy; answers: WorksheetSheetCopy };
  /** Under the toolbar's buttons. */
  toolbarHint: string;
  /** Above the sketch grid. */
  sketch: string;
  /** Before each task's link and QR code. */
  taskLink: string;
  /** Above each task's steps. */
  whatToDo: string;
  /** The parts' headings, and where the part on the other sheet is. */
  parts: WorksheetParts;
  predict: PredictCopy;
  revealQuestions: Inline[][];
  tasks: ClassroomTask[];
  media: MediaActivity;
  exitQuestion: Inline[];
  notes: SourceNote[];
}

export interface ClassroomContent {
  classroom: ClassroomPageContent;
  teacher: TeacherPageContent;
  worksheet: WorksheetContent;
}
