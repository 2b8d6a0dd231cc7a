// content/embeds.yaml: every embeddable chart has its note and height, sandbox charts their
// fallback alt text, and mistakes are reported at their file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { EMBED_CHART_IDS } from '../../src/share/chart-ids.ts';

describe('the real embeds copy', () => {
  it('covers every embeddable chart', () => {
    const result = loadContent('content');
    if (!result.ok) throw new Error(result.problems.format());
    expect(Object.keys(result.content.embeds).sort()).toEqual([...EMBED_CHART_IDS].sort());
    for (const copy of Object.values(result.content.embeds)) {
      expect(copy.note).not.toMatch(/\n/);
      expect(copy.height).toBeGreaterThanOrEqual(200);
    }
  });
});

describe('embeds.yaml validation', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** content/ with embeds.yaml edited; every problem as "file:line: message". */
  function problemsWith(edit: (yaml: string) => string): string[] {
    dir = mkdtempSync(join(tmpdir(), 'backfill-embeds-'));
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'embeds.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const result = loadContent(content, dir);
    return result.ok ? [] : result.problems.list.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  const lineOf = (yaml: string, text: string) =>
    yaml.slice(0, yaml.indexOf(text)).split('\n').length;

  it('accepts the file as it is', () => {
    expect(problemsWith((y) => y)).toEqual([]);
  });

  it('names a chart that is missing', () => {
    const problems = problemsWith((y) => y.replace(/\nscale:\n(?: {2}.*\n)+/, '\n'));
    expect(problems).toContain('content/embeds.yaml:1: chart "scale" needs a note and a height');
  });

  it('rejects an unknown chart, at its line', () => {
    let line = 0;
    const problems = problemsWith((y) => {
      const out = `${y}\npie:\n  note: A pie.\n  height: 300\n`;
      line = lineOf(out, 'pie:') + 1; // problems point at the value: the entry's first line
      return out;
    });
    expect(problems).toContain(
      `content/embeds.yaml:${line}: "pie" is not an embeddable chart (known: ${EMBED_CHART_IDS.join(', ')})`,
    );
  });

  it('rejects a height that is not a sensible whole number of pixels', () => {
    let line = 0;
    const problems = problemsWith((y) => {
      const out = y.replace(/(\nscale:\n {2}note: .*\n {2}height: )\d+/, '$156.5');
      line = lineOf(out, 'height: 56.5');
      return out;
    });
    expect(problems).toContain(
      `content/embeds.yaml:${line}: scale.height: must be a whole number of pixels`,
    );
  });

  it('asks sandbox charts for alt text, and story graphics to take theirs from graphics.yaml', () => {
    let unmetLine = 0;
    let flowLine = 0;
    const problems = problemsWith((y) => {
      const out = y
        .replace(
          /(\nunmet:\n(?: {2}note.*\n)(?: {2}height.*\n))(?: {2}alt: >-\n(?: {4}.*\n)+)/,
          '$1',
        )
        .replace('flow:\n', 'flow:\n  alt: A diagram.\n');
      unmetLine = lineOf(out, 'unmet:') + 1;
      flowLine = lineOf(out, 'alt: A diagram.');
      return out;
    });
    expect(problems).toContain(
      `content/embeds.yaml:${unmetLine}: unmet: a sandbox chart needs alt text for its fallback picture`,
    );
    expect(problems).toContain(
      `content/embeds.yaml:${flowLine}: flow: a story graphic takes its alt text from graphics.yaml, state by state`,
    );
  });

  it('rejects a note on two lines', () => {
    let line = 0;
    const problems = problemsWith((y) => {
      const out = y.replace('note: Selected dates', 'note: |-\n    Two\n    lines. Selected dates');
      line = lineOf(out, 'Two\n');
      return out;
    });
    expect(problems).toEqual([`content/embeds.yaml:${line - 1}: timeline.note: must be one line`]);
  });

  it('rejects a credit to an unknown source', () => {
    let line = 0;
    const problems = problemsWith((y) => {
      const out = y.replace('- yomiuri-2023-12-20', '- nowhere-2020');
      line = lineOf(out, '- nowhere-2020');
      return out;
    });
    expect(problems).toEqual([`content/embeds.yaml:${line}: unknown source "nowhere-2020"`]);
  });
});
