// The standing guards of the truth pass (scripts/content/guards.ts, corrections.ts): each kind of
// drift is fed in on a copy of content/ and must be refused with its file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { correctionDate } from '../../scripts/content/corrections.ts';
import { loadContent } from '../../scripts/content/load.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** Every problem, as "file:line: message", after `edit` changes a copy of content/. */
function problemsAfter(edit: (content: string) => void): string[] {
  dir = mkdtempSync(join(tmpdir(), 'backfill-guards-'));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  edit(content);
  const result = loadContent(content, dir);
  return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

/** Replace text in a copied content file; the text must be there. */
function replaceIn(content: string, file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} contains the text to replace`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** 1-based line of the first line of `file` (in the real content/) matching `pattern` after `after`. */
function lineOf(file: string, pattern: RegExp, after?: RegExp): number {
  const lines = readFileSync(join('content', file), 'utf8').split('\n');
  const start = after ? lines.findIndex((l) => after.test(l)) : 0;
  expect(start, `${file}: ${after}`).toBeGreaterThanOrEqual(0);
  const i = lines.findIndex((l, j) => j >= start && pattern.test(l));
  expect(i, `${file}: ${pattern}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const front = '---\nchapter: test\ntitle: Test\n---\n\n';
const chapter = (body: string) => (content: string) =>
  writeFileSync(join(content, 'story', '99-test.md'), `${front}${body}\n`);
const mhiStatus = () => lineOf('parameters.yaml', /^ {2}status:/, /- id: mhiOutputPerYear/);

describe('figures that name a ledger entry', () => {
  it('accepts the real content, whose figures match the ledger', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses a status other than the ledger entry’s, at the figure’s line', () => {
    const problems = problemsAfter(
      chapter('MHI makes {{about 30 a year|illustrative|mhiOutputPerYear}}.[@reuters-2024-07-20]'),
    );
    expect(problems).toEqual([
      `content/story/99-test.md:6: figure "{{about 30 a year|illustrative|mhiOutputPerYear}}" is marked illustrative, but its ledger entry mhiOutputPerYear is reported (content/parameters.yaml:${mhiStatus()})`,
    ]);
  });

  it('refuses a figure that does not state the entry’s value', () => {
    const problems = problemsAfter(
      chapter(
        'First line.\nMHI makes {{about 40 a year|reported|mhiOutputPerYear}}.[@reuters-2024-07-20]',
      ),
    );
    expect(problems).toEqual([
      `content/story/99-test.md:7: figure "{{about 40 a year|reported|mhiOutputPerYear}}" does not state its ledger entry's value, 30 (content/parameters.yaml:${mhiStatus()})`,
    ]);
  });

  it('refuses an entry the ledger does not have, and a fourth part', () => {
    const problems = problemsAfter(
      chapter(
        'It is {{30 a year|reported|mhiOutput}} and {{30|reported|x|y}}.[@reuters-2024-07-20]',
      ),
    );
    expect(problems).toContain(
      'content/story/99-test.md:6: figure "{{30 a year|reported|mhiOutput}}" names ledger entry "mhiOutput", which is not in content/parameters.yaml',
    );
    expect(problems).toContain(
      'content/story/99-test.md:6: figure "{{30|…}}" has more than text|status|ledger',
    );
  });

  it('checks figures in the classroom copy too, at the field’s line', () => {
    const line = lineOf(
      'classroom/tasks.yaml',
      /\{\{620 PAC-3 MSE in 2025\|reported\|usProduction2025\}\}/,
    );
    const problems = problemsAfter((content) =>
      replaceIn(
        content,
        'classroom/tasks.yaml',
        '{{620 PAC-3 MSE in 2025|reported|usProduction2025}}',
        '{{620 PAC-3 MSE in 2025|derived|usProduction2025}}',
      ),
    );
    const status = lineOf('parameters.yaml', /^ {2}status:/, /- id: usProduction2025/);
    expect(problems).toContain(
      `content/classroom/tasks.yaml:${line - 1}: figure "{{620 PAC-3 MSE in 2025|derived|usProduction2025}}" is marked derived, but its ledger entry usProduction2025 is reported (content/parameters.yaml:${status})`,
    );
  });

  it('checks a scale bar’s status against the ledger entry it shows', () => {
    const line = lineOf('graphics.yaml', /^ {4}status: reported/, /param: mhiOutputPerYear/);
    const problems = problemsAfter((content) =>
      replaceIn(
        content,
        'graphics.yaml',
        'param: mhiOutputPerYear\n    status: reported',
        'param: mhiOutputPerYear\n    status: derived',
      ),
    );
    expect(problems).toEqual([
      `content/graphics.yaml:${line}: scale bar "mhi-output" is marked derived, but its ledger entry mhiOutputPerYear is reported (content/parameters.yaml:${mhiStatus()})`,
    ]);
  });
});

describe('ledger statuses', () => {
  it('refuses a reported value that cites an assumption of ours', () => {
    const problems = problemsAfter((content) =>
      replaceIn(
        content,
        'parameters.yaml',
        'sources: [reuters-2024-07-20]\n  note: >-\n    About 30 PAC-3',
        'sources: [reuters-2024-07-20, backfill-illustrative]\n  note: >-\n    About 30 PAC-3',
      ),
    );
    expect(problems).toEqual([
      `content/parameters.yaml:${mhiStatus()}: mhiOutputPerYear: a reported value is stated by a source; it cites no assumption or arithmetic of ours`,
    ]);
  });

  it('refuses a derived value without its working, and an illustrative one without our label', () => {
    const lag = lineOf('parameters.yaml', /^ {2}note:/, /- id: exportLagMonths/);
    const horizon = lineOf('parameters.yaml', /^ {2}status:/, /- id: horizonMonths/);
    const problems = problemsAfter((content) => {
      replaceIn(
        content,
        'parameters.yaml',
        '(22 December 2023 → 19 November 2025 ≈ 22.9 months, rounded to 23)',
        '(about 23 months)',
      );
      replaceIn(
        content,
        'parameters.yaml',
        'sources: [backfill-illustrative]\n  note: How far',
        'sources: [reuters-2024-07-20]\n  note: How far',
      );
    });
    expect(problems).toContain(
      `content/parameters.yaml:${lag}: exportLagMonths: a derived value shows its working in the note (e.g. "900 ÷ 12 ≈ 75")`,
    );
    expect(problems).toContain(
      `content/parameters.yaml:${horizon}: horizonMonths: an illustrative value cites backfill-illustrative`,
    );
  });
});

describe('every source is cited', () => {
  it('refuses a source that nothing in content/ cites, at its line', () => {
    const problems = problemsAfter((content) => {
      const path = join(content, 'sources.yaml');
      const text = readFileSync(path, 'utf8');
      writeFileSync(
        path,
        `${text}\n- id: orphan-2026\n  outlet: Nobody\n  title: '[Never cited]'\n  date: 2026\n`,
      );
    });
    const line = readFileSync('content/sources.yaml', 'utf8').split('\n').length + 1;
    expect(problems).toEqual([
      `content/sources.yaml:${line}: source "orphan-2026" is never cited in content/ (cite it, or remove it from sources.yaml)`,
    ]);
  });

  it('counts a citation anywhere: removing a source’s only citation makes it an orphan', () => {
    // japantimes-2022-03-08 is cited once in the story and once in the corrections log.
    const problems = problemsAfter((content) => {
      replaceIn(content, 'story/03-licensor.md', '[@japantimes-2022-03-08]', '[@kiel-2023-02]');
      replaceIn(
        content,
        'CORRECTIONS.md',
        '[@japantimes-2022-03-08; @mofa-2023-12-22-bbc]',
        '[@mofa-2023-12-22-bbc]',
      );
    });
    const line = lineOf('sources.yaml', /- id: japantimes-2022-03-08/);
    expect(problems).toEqual([
      `content/sources.yaml:${line}: source "japantimes-2022-03-08" is never cited in content/ (cite it, or remove it from sources.yaml)`,
    ]);
  });
});

describe('the corrections log (content/CORRECTIONS.md)', () => {
  const log = (body: string) => (content: string) =>
    writeFileSync(join(content, 'CORRECTIONS.md'), body);

  it('renders the real log, dated sections newest first, with its notes', () => {
    const result = loadContent('content');
    if (!result.ok) throw new Error(result.problems.format());
    const { corrections } = result.content;
    expect(corrections.dates).toEqual(expect.arrayContaining(['2026-12-01', '2026-11-30']));
    expect(corrections.dates[0]).toBe('2026-12-01');
    expect(corrections.html).toContain(
      '<h2 id="corrections-2026-11-30"><time datetime="2026-11-30">30 November 2026</time></h2>',
    );
    expect(corrections.notes.length).toBeGreaterThan(10);
    expect(corrections.html).not.toContain('<h1');
  });

  it('reads dates the way the log writes them', () => {
    expect(correctionDate('30 November 2026')).toBe('2026-11-30');
    expect(correctionDate('1 March 2024')).toBe('2024-03-01');
    expect(correctionDate('31 November 2026')).toBeNull();
    expect(correctionDate('November 30, 2026')).toBeNull();
    expect(correctionDate('30 Nov 2026')).toBeNull();
  });

  it('refuses a log without its heading, a bad date, a future date and dates out of order', () => {
    const problems = problemsAfter(
      log(
        [
          'Corrections we made.',
          '',
          '## Yesterday',
          '- A change. [@kiel-2023-02]',
          '## 1 January 2027',
          '- A change. [@kiel-2023-02]',
          '## 1 March 2025',
          '- A change. [@kiel-2023-02]',
          '## 2 March 2025',
          '- A change. [@kiel-2023-02]',
          '',
        ].join('\n'),
      ),
    );
    const file = 'content/CORRECTIONS.md';
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:1: the log starts with the heading "# Corrections"`,
        `${file}:3: "## Yesterday": a section of the log is a date, such as "## 30 November 2026"`,
        `${file}:5: a correction dated 1 January 2027 is later than the site's last update (2026-12-01, content/site.yaml)`,
        `${file}:9: the log runs newest first: 2 March 2025 comes after a later date`,
      ]),
    );
  });

  it('refuses a correction without a source, an unknown source and loose text under a date', () => {
    const problems = problemsAfter(
      log(
        [
          '# Corrections',
          '',
          '## 30 November 2026',
          '',
          '- **Chapter 1.** We changed a date.',
          '- **Chapter 2.** We changed a name. [@no-such-source]',
          'A loose paragraph.',
          '## 29 November 2026',
          '',
        ].join('\n'),
      ),
    );
    const file = 'content/CORRECTIONS.md';
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:5: a correction cites the source behind it, e.g. [@source-id]`,
        `${file}:6: citation of unknown source "no-such-source" (add it to content/sources.yaml)`,
        `${file}:7: under a date, each correction is a list item ("- …")`,
        `${file}:8: "## 29 November 2026" lists no correction`,
      ]),
    );
  });

  it('is required', () => {
    const problems = problemsAfter((content) => rmSync(join(content, 'CORRECTIONS.md')));
    expect(problems).toContain('content/CORRECTIONS.md:1: file is missing');
  });
});
