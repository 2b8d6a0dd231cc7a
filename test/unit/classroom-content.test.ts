// content/classroom/: the real copy is valid, and each kind of mistake a teacher could make is
// reported with its file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';

const ISSUE_TERMS = [
  'PAC-3',
  'PAC-2 / GEM-T',
  'interceptor',
  'ballistic missile',
  'licence production',
  'Three Principles',
  'DICAS',
  'stockpile',
  'backfill',
];

describe('the real classroom content', () => {
  const result = loadContent('content');
  if (!result.ok) throw new Error(result.problems.format());
  const { classroom } = result.content;

  it('lists every glossary term of the lesson, each cited and first explained in the story', () => {
    const glossary = classroom.classroom.glossary;
    for (const term of ISSUE_TERMS) {
      const entry = glossary.find((g) => g.term === term);
      expect(entry, term).toBeDefined();
      expect(entry!.refs.length, term).toBeGreaterThan(0);
      expect(entry!.firstUse, term).not.toBeNull();
    }
  });

  it('has three or four tasks whose links open the sandbox', () => {
    const tasks = classroom.classroom.tasks;
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    expect(tasks.length).toBeLessThanOrEqual(4);
    for (const task of tasks) expect(task.link).toMatch(/^\?v=1(&[a-z]+=[\w,.-]+)*#sandbox$/);
  });

  it('compares all five source reports on every claim, with whom each cites', () => {
    const { reports, claims } = classroom.classroom.media;
    expect(reports.map((r) => r.source)).toEqual([
      'yomiuri-2024-03-10',
      'relay-yomiuri-2024-03',
      'army-recognition-2024-03',
      'ukrainian-outlet-2024-03-10',
      'tyshchenko-2024-03-10',
    ]);
    for (const claim of claims) expect(claim.cells).toHaveLength(5);
    expect(reports.filter((r) => !r.outletNamed)).toHaveLength(3);
    const mhi = claims.find((c) => c.id === 'mhi')!;
    expect(mhi.cells.filter((c) => c.says === 'yes').map((c) => c.source)).toEqual([
      'relay-yomiuri-2024-03',
    ]);
  });

  it("writes the lesson's length into the classroom intro from teacher.yaml, never typed in", () => {
    const raw = readFileSync('content/classroom/classroom.yaml', 'utf8');
    const intro = /^intro: >-\n((?: {2}.*\n)+)/m.exec(raw)![1]!;
    expect(intro).toContain('{minutes}-minute lesson');
    expect(intro).not.toMatch(/\d/);
    const text = JSON.stringify(classroom.classroom.intro);
    expect(text).toContain(`A ${classroom.teacher.minutes}-minute lesson`);
    expect(text).not.toContain('{minutes}');
  });

  it('numbers each page’s notes in the order it cites them', () => {
    for (const page of [classroom.classroom, classroom.teacher, classroom.worksheet]) {
      expect(page.notes.map((n) => n.n)).toEqual(page.notes.map((_, i) => i + 1));
    }
    // On paper only the five reports are cited (by the claims table).
    expect(classroom.worksheet.notes).toHaveLength(5);
  });

  it('plans a lesson whose phases add up to its length', () => {
    const { plan, minutes } = classroom.teacher;
    expect(plan.reduce((sum, p) => sum + p.minutes, 0)).toBe(minutes);
  });
});

describe('classroom content validation', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of content/ with one classroom file edited; every problem as "file:line: message". */
  function problemsWith(file: string, edit: (text: string) => string): string[] {
    dir = mkdtempSync(join(tmpdir(), 'backfill-classroom-'));
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const path = join(content, 'classroom', file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, 'the edit changed nothing').not.toBe(before);
    writeFileSync(path, after);
    const result = loadContent(content, dir);
    return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  const lineOf = (file: string, text: string) =>
    readFileSync(join('content/classroom', file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;

  it('rejects a number without a citation', () => {
    // A folded text's line is the line of its key (`intro: >-`), just above the text.
    const line = lineOf('tasks.yaml', 'Japan has not said how many') - 1;
    const problems = problemsWith('tasks.yaml', (t) =>
      t.replace(
        'reported complete in November 2025.[@kyodo-2025-11-19]',
        'reported complete in November 2025.',
      ),
    );
    expect(problems).toContain(
      `content/classroom/tasks.yaml:${line}: needs a citation such as [@source-id] (it has a number)`,
    );
  });

  it('rejects an unknown preset and a slider key that does not exist', () => {
    const problems = problemsWith('tasks.yaml', (t) =>
      t
        .replace('preset: winter-barrage', 'preset: summer-lull')
        .replace('lock: [je]', 'lock: [zz]'),
    );
    expect(problems).toContain(
      `content/classroom/tasks.yaml:${lineOf('tasks.yaml', 'preset: winter-barrage')}: unknown preset "summer-lull" (see content/presets.yaml)`,
    );
    expect(problems.some((p) => /tasks\.yaml:\d+: "zz" is not a slider's key/.test(p))).toBe(true);
  });

  it('rejects a claim that leaves a report out, and "partly" without a note', () => {
    const problems = problemsWith('media.yaml', (t) =>
      t
        .replace('      tyshchenko-2024-03-10: yes\n  - id: theme', '  - id: theme')
        .replace(
          '      ukrainian-outlet-2024-03-10: { says: partly, note: "Mentions more production of parts, not howitzers." }',
          '      ukrainian-outlet-2024-03-10: partly',
        ),
    );
    expect(
      problems.some((p) =>
        p.includes('claim "summit" says nothing about report "tyshchenko-2024-03-10"'),
      ),
    ).toBe(true);
    expect(problems.some((p) => /media\.yaml:\d+: "partly" needs a note/.test(p))).toBe(true);
  });

  it('rejects a lesson plan that does not add up, and a link that would open with a notice', () => {
    const problems = problemsWith('teacher.yaml', (t) =>
      t
        .replace(
          '  - minutes: 5\n    title: Hook and goals',
          '  - minutes: 6\n    title: Hook and goals',
        )
        .replace('classroom.html?stage=tasks', 'classroom.html?stage=lunch'),
    );
    expect(problems).toContain(
      `content/classroom/teacher.yaml:${lineOf('teacher.yaml', 'plan:') + 1}: the plan's phases add up to 46 minutes, not 45`,
    );
    expect(
      problems.some((p) =>
        /teacher\.yaml:\d+: link: Classroom stage: “lunch” is not goals/.test(p),
      ),
    ).toBe(true);
  });

  it("names the line of a page's words that drop a number the code writes in", () => {
    const problems = [
      ...problemsWith('classroom.yaml', (t) =>
        t.replace('with Shift, {months} months.', 'with Shift, six.'),
      ),
      ...problemsWith('worksheet.yaml', (t) =>
        t.replace('runOutHint: Write a month, or "{lasts}".', 'runOutHint: Write a month.'),
      ),
    ];
    expect(
      problems.some((p) =>
        /^content\/classroom\/classroom\.yaml:\d+: .*must give how far Shift moves: \{months\}/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/classroom/worksheet\\.yaml:${lineOf('worksheet.yaml', 'runOutHint:')}: .*must use exactly the placeholders \\{lasts\\}`,
        ),
      ),
    );
  });

  it('rejects stages out of order and an unknown worksheet task', () => {
    expect(
      problemsWith('worksheet.yaml', (t) =>
        t.replace('tasks: [japan-lever,', 'tasks: [no-such-task,'),
      ),
    ).toContain(
      `content/classroom/worksheet.yaml:${lineOf('worksheet.yaml', 'tasks: [')}: unknown task "no-such-task" (see content/classroom/tasks.yaml)`,
    );
  });
});
