// No source file over 400 lines (the team's guide): a longer one is split by concern instead.
// Lockfiles and generated files are not source.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src', 'workers', 'scripts'];
const MAX_LINES = 400;

/** Not source: written by a tool, never read or edited by a person. */
const GENERATED = [/(^|\/)package-lock\.json$/, /\.lock$/, /(^|\/)node_modules\//];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

/** Lines as an editor counts them: a final newline does not start another line. */
export const lineCount = (text: string): number =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('file size', () => {
  it('counts lines as an editor does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
  });

  it(`no file in ${FOLDERS.join('/, ')}/ is over ${MAX_LINES} lines`, () => {
    const files = FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder)))
      .map((path) => relative(ROOT, path))
      .filter((path) => !GENERATED.some((pattern) => pattern.test(path)));
    expect(files.length).toBeGreaterThan(100);
    const tooLong = files
      .map((path) => ({ path, lines: lineCount(readFileSync(join(ROOT, path), 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.path}: ${f.lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
