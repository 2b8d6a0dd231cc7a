// Parse a YAML content file and keep a way back from a value's path to its line number.
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblems } from './errors.ts';
import { writeModelNumbers } from './model-numbers.ts';

export interface YamlFile {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number;
}

export function readYaml(file: string, text: string, problems: ContentProblems): YamlFile {
  const lineCounter = new LineCounter();
  // The model's numbers are written in first (same lines, so line numbers stay true).
  const doc = parseDocument(writeModelNumbers(text), { lineCounter });
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? 1;
    problems.add(file, line, `YAML syntax: ${error.message.split('\n')[0]}`);
  }
  const lineOf = (path: readonly (string | number)[]): number => {
    // Walk up the path until a node with a position is found.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] };
      if (node && typeof node === 'object' && node.range) {
        return lineCounter.linePos(node.range[0]).line;
      }
    }
    return 1;
  };
  return { data: doc.errors.length ? null : doc.toJS(), lineOf };
}
