// Issue 12 §1–2: the folders under src/ import one another in one direction. A cycle between
// folders (charts ↔ embed, sandbox ↔ embed, lib ↔ classroom…) means neither can be understood,
// tested or moved without the other; this test names the files that close any cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Static imports, re-exports and dynamic imports of relative paths. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Known cycles, by the exact file-to-file import that closes them, each with its way out. Any
 * other import that closes a cycle fails the test. Remove a line when its import is gone.
 */
// None now: the last (charts -> embed -> sandbox -> charts, the chart tools drawing pictures) went
// when the story and the sandbox began handing the tools their drawing (charts/chart-pictures.ts).
const KNOWN: Record<string, string> = {};

interface Edge {
  from: string;
  to: string;
  /** "src/a/x.ts -> src/b/y.ts" */
  files: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** The folder of src/ a path is in, or null for files at src/'s top (main.ts, entry-server.ts). */
function folderOf(path: string): string | null {
  const parts = relative('src', path).split('/');
  return parts.length > 1 && parts[0] !== '..' ? parts[0]! : null;
}

/** Folder-to-folder imports, with the file imports behind each; KNOWN ones left out. */
function folderEdges(root = 'src', known: Record<string, string> = {}): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(file);
    if (!from) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), match[1]!));
      const to = folderOf(target);
      if (!to || to === from) continue;
      const pair = `${file} -> ${target}`;
      if (pair in known) continue;
      const key = `${from} -> ${to}`;
      const edge = edges.get(key) ?? { from, to, files: [] };
      edge.files.push(pair);
      edges.set(key, edge);
    }
  }
  return [...edges.values()];
}

/** The groups of two or more folders that reach one another (Tarjan's strongly connected parts). */
function folderCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        group.push(top);
      } while (top !== node);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return cycles;
}

describe('folder-level imports under src/', () => {
  it('form no cycle (apart from the known, listed file imports)', () => {
    const edges = folderEdges('src', KNOWN);
    const cycles = folderCycles(edges).map((group) => ({
      folders: group,
      // Each folder import inside the group, with (up to three of) the files behind it.
      imports: edges
        .filter((e) => group.includes(e.from) && group.includes(e.to))
        .map((e) => `${e.from} -> ${e.to}: ${e.files.slice(0, 3).join(', ')}`),
    }));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const edges = [
      { from: 'a', to: 'b', files: [] },
      { from: 'b', to: 'c', files: [] },
      { from: 'c', to: 'a', files: [] },
      { from: 'c', to: 'd', files: [] },
    ];
    expect(folderCycles(edges)).toEqual([['a', 'b', 'c']]);
    expect(folderCycles(edges.slice(0, 2))).toEqual([]);
  });
});
