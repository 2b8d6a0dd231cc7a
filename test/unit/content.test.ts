import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { contentModules } from '../../scripts/content/vite-plugin.ts';

describe('the real content', () => {
  const result = loadContent('content');

  it('is valid', () => {
    if (!result.ok) throw new Error(result.problems.format());
    expect(result.ok).toBe(true);
  });

  it('tells the story in chapters of named steps', () => {
    if (!result.ok) return;
    const { steps, chapters } = result.content;
    expect(chapters.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
    expect(new Set(steps.map((s) => s.state)).size).toBe(steps.length);
  });

  it('numbers notes in order of first citation, with a back-link for every mark', () => {
    if (!result.ok) return;
    const { notes } = result.content;
    expect(notes.map((n) => n.n)).toEqual(notes.map((_, i) => i + 1));
    for (const note of notes) expect(note.backrefs.length).toBeGreaterThan(0);
  });

  it('cites each of the five source reports somewhere', () => {
    if (!result.ok) return;
    const cited = new Set(result.content.notes.map((n) => n.source.id));
    for (const id of [
      'relay-yomiuri-2024-03',
      'yomiuri-2024-03-10',
      'army-recognition-2024-03',
      'ukrainian-outlet-2024-03-10',
      'tyshchenko-2024-03-10',
    ]) {
      expect(cited).toContain(id);
    }
  });

  it('takes model numbers in the scale chart from the ledger, not from copies', () => {
    if (!result.ok) return;
    const { scale, parameters } = result.content;
    const mhi = scale.find((b) => b.id === 'mhi-output')!;
    expect(mhi.value).toBe(parameters.find((p) => p.id === 'mhiOutputPerYear')!.default);
  });
});

describe('the content module', () => {
  it('writes each source once and evaluates to exactly the validated content', async () => {
    const result = loadContent('content');
    if (!result.ok) throw new Error(result.problems.format());
    const modules = contentModules(result.content);
    // A source's note appears once in all the code, however many pages list it.
    const note = result.content.sources.find((s) => s.id === 'kyodo-2025-11-19')!.note!;
    const code = [...modules.values()].join('\n');
    expect(code.split(JSON.stringify(note)).length - 1).toBe(1);
    // Linked as the bundler links them: each import of another part becomes that module.
    const urls = new Map<string, string>();
    const url = (id: string): string => {
      const known = urls.get(id);
      if (known) return known;
      const source = modules.get(id);
      if (source === undefined) throw new Error(`no module ${id}`);
      const linked = source.replace(
        /^((?:import|export) \{[^}]*\} from )'([^']+)';$/gm,
        (_m, head: string, dep: string) => `${head}${JSON.stringify(url(dep))};`,
      );
      const made = `data:text/javascript,${encodeURIComponent(linked).replaceAll("'", '%27')}`;
      urls.set(id, made);
      return made;
    };
    const mod = (await import(url('virtual:backfill/content'))) as Record<string, unknown>;
    expect(Object.keys(mod).length).toBeGreaterThan(10);
    for (const [key, value] of Object.entries(mod))
      expect(JSON.stringify(value), key).toBe(
        JSON.stringify((result.content as unknown as Record<string, unknown>)[key]),
      );
  });

  it('keeps what one page uses apart from what the story uses', () => {
    const result = loadContent('content');
    if (!result.ok) throw new Error(result.problems.format());
    const modules = contentModules(result.content);
    // The classroom's claims table is shared by its pages, not by the story's parts.
    const classroomOnly = [...modules.keys()].filter((id) => id.includes('/shared/classroom'));
    expect(classroomOnly.length).toBeGreaterThan(0);
    const story = modules.get('virtual:backfill/content/states')!;
    for (const id of classroomOnly) expect(story).not.toContain(id);
  });
});

describe('content validation', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of content/ with one chapter replaced; returns every problem as "file:line: message". */
  function problemsWith(chapter: string, edit?: (dir: string) => void): string[] {
    dir = mkdtempSync(join(tmpdir(), 'backfill-content-'));
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, 'story', '99-test.md'), chapter);
    edit?.(content);
    const result = loadContent(content, dir);
    return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }

  const front = '---\nchapter: test\ntitle: Test\n---\n\n';

  it('rejects an unknown block type with its file and line', () => {
    const problems = problemsWith(`${front}::: chart kind="pie"\nText.[@jiji-2023-12-22]\n:::\n`);
    expect(problems).toContain(
      'content/story/99-test.md:6: unknown block type "chart" (known: step, aside, sandbox)',
    );
  });

  it('rejects a citation of a source that does not exist', () => {
    const problems = problemsWith(
      `${front}::: step state="test-state"\nFirst line.\nSecond line cites a ghost.[@no-such-source]\n:::\n`,
    );
    expect(problems).toContain(
      'content/story/99-test.md:8: citation of unknown source "no-such-source" (add it to content/sources.yaml)',
    );
  });

  it('rejects a step with no state', () => {
    const problems = problemsWith(`${front}::: step\nText.[@jiji-2023-12-22]\n:::\n`);
    expect(problems).toContain(
      'content/story/99-test.md:6: step has no state (write ::: step state="state-name")',
    );
  });

  it('rejects a state no graphic knows', () => {
    const problems = problemsWith(
      `${front}::: step state="pie-chart"\nText.[@jiji-2023-12-22]\n:::\n`,
    );
    expect(problems).toContain(
      'content/story/99-test.md:6: step state "pie-chart" is not known to any graphic (see src/graphics/registry.ts)',
    );
  });

  it('rejects a state used twice', () => {
    const problems = problemsWith(
      `${front}::: step state="backfill"\nText.[@jiji-2023-12-22]\n:::\n`,
    );
    expect(
      problems.some((p) =>
        /99-test\.md:6: state "backfill" is already used at content\/story\/03-licensor\.md:\d+/.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  it('rejects a factual paragraph without a citation, and a figure without a status', () => {
    const problems = problemsWith(`${front}Japan made {{30 a year|guessed}} missiles in 2024.\n`);
    expect(problems).toContain(
      'content/story/99-test.md:6: figure "{{30 a year|guessed}}" needs a status: reported, derived, illustrative',
    );
    expect(problems).toContain(
      'content/story/99-test.md:6: every factual paragraph needs a citation such as [@source-id] (it has a figure)',
    );
  });

  it('rejects raw HTML and unsafe links', () => {
    const problems = problemsWith(`${front}A [link](javascript:alert(1)) and <b>bold</b>.\n`);
    console.log('PROBLEMS', problems);
    expect(problems.some((p) => p.includes('99-test.md:6: link') || p.includes('raw HTML'))).toBe(
      true,
    );
  });

  it('reports YAML problems at their line', () => {
    const problems = problemsWith('', (content) => {
      writeFileSync(join(content, 'story', '99-test.md'), `${front}Plain text.\n`);
      const path = join(content, 'sources.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace('date: 2024-03-10\n', 'date: last spring\n'),
      );
    });
    expect(
      problems.some((p) => /^content\/sources\.yaml:\d+: \d+\.date: must be YYYY/.test(p)),
    ).toBe(true);
  });

  it('rejects a glossary term too long for a phone line (a button cannot wrap)', () => {
    const long = 'Three Principles on Transfer of Defense Equipment and Technology';
    const problems = problemsWith(`${front}New [[${long}|three-principles]] rules.\n`);
    expect(problems.join('\n')).toContain(
      `content/story/99-test.md:6: glossary term "${long}" is 64 characters`,
    );
    expect(problemsWith(`${front}New [[Three Principles|three-principles]] rules.\n`)).toEqual([]);
  });

  it('rejects a glossary term that is not in the glossary', () => {
    const problems = problemsWith(`${front}About [[hypersonic glide vehicles]].\n`);
    expect(problems).toContain(
      'content/story/99-test.md:6: glossary term "hypersonic glide vehicles" is not in content/glossary.yaml',
    );
  });
});
