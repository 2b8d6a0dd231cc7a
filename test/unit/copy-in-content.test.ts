// Every sentence a reader sees lives in content/ (validated at build), not in a component or a
// TypeScript string: this test scans src/ for English in markup and strings and fails on any not
// allowed by test/unit/copy-allowlist.json, which says per file how many remain and why. The
// counts may only fall: a file with fewer than its count fails too, so the list is kept tight.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyIn, markupCopy, sourceFiles, stringCopy } from '../support/copy-scan.ts';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const ALLOWLIST = join(import.meta.dirname, 'copy-allowlist.json');

describe('copy in content/', () => {
  it('finds sentences in markup, attributes and strings, and leaves code alone', () => {
    expect(markupCopy('<p class="a b c d">Skip to the content</p>')).toEqual([
      'Skip to the content',
    ]);
    expect(markupCopy('<nav aria-label="Story steps"></nav>')).toEqual([
      'aria-label="Story steps"',
    ]);
    expect(markupCopy('<p>{copy.intro} {a} {b}</p><p>{fill(t, { a: 1 })} ·</p>')).toEqual([]);
    expect(markupCopy('<script>const a = "one two three four";</script><b>{x}</b>')).toEqual([]);
    // Labels of one or two words count: a button's name and a group's label are read aloud.
    expect(markupCopy('<button>Reset</button><div role="group" aria-label="Display">')).toEqual([
      'aria-label="Display"',
      'Reset',
    ]);
    expect(markupCopy('<span aria-hidden="true">←</span> {ui.next}')).toEqual([]);
    expect(stringCopy("const m = `${label}: the link's key is not one this page reads`;")).toEqual([
      "X : the link's key is not one this page reads",
    ]);
    expect(stringCopy("throw new Error('No graphic draws state here');")).toEqual([]);
    expect(stringCopy("// a comment with many words in it\nconst id = 'a-b';")).toEqual([]);
  });

  it('no file in src/ holds more reader-visible English than the allowlist says', () => {
    const allowed = JSON.parse(readFileSync(ALLOWLIST, 'utf8')) as Record<
      string,
      { count: number; why: string }
    >;
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const path of sourceFiles(SRC)) {
      const file = relative(ROOT, path);
      const found = copyIn(file, readFileSync(path, 'utf8'));
      const entry = allowed[file];
      if (found.length) seen.add(file);
      if (found.length > (entry?.count ?? 0))
        problems.push(
          `${file}: ${found.length} sentences (allowed ${entry?.count ?? 0}); move them to content/:\n    ${found.join('\n    ')}`,
        );
      else if (entry && found.length < entry.count)
        problems.push(`${file}: ${found.length} sentences; lower its count in copy-allowlist.json`);
      if (entry && !entry.why.trim()) problems.push(`${file}: the allowlist must say why`);
    }
    for (const file of Object.keys(allowed))
      if (!seen.has(file)) problems.push(`${file}: has no sentences now; remove it from the list`);
    expect(problems).toEqual([]);
  });
});
