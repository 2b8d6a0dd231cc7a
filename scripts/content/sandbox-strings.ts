// content/sandbox/strings.yaml: the sentences the sandbox's describers fill in. Checked against
// src/sandbox/strings.ts: every sentence present, each using exactly its {names}, nothing else.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  STRING_NAMES,
  placeholdersOf,
  strayBraces,
  type SandboxStrings,
} from '../../src/sandbox/strings.ts';
import { ContentError, ContentProblems } from './errors.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';

export const SANDBOX_STRINGS_FILE = 'sandbox/strings.yaml';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const list = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ') || 'none';

/** Validate the parsed file; every problem goes to `problems` with its line. */
export function checkSandboxStrings(
  file: string,
  yaml: YamlFile,
  problems: ContentProblems,
): SandboxStrings | null {
  const before = problems.list.length;
  const data = yaml.data;
  if (!isRecord(data)) {
    problems.add(file, 1, 'must be groups of sentences (a YAML mapping)');
    return null;
  }
  for (const group of Object.keys(data)) {
    if (!(group in STRING_NAMES))
      problems.add(file, yaml.lineOf([group]), `unknown group "${group}"`);
  }
  for (const [group, keys] of Object.entries(STRING_NAMES)) {
    const sentences = data[group];
    if (!isRecord(sentences)) {
      problems.add(file, yaml.lineOf([group]), `needs the group "${group}" of sentences`);
      continue;
    }
    for (const key of Object.keys(sentences)) {
      if (!(key in keys)) {
        problems.add(file, yaml.lineOf([group, key]), `unknown sentence "${group}.${key}"`);
      }
    }
    for (const [key, names] of Object.entries(keys) as [string, readonly string[]][]) {
      const at = yaml.lineOf([group, key]);
      const template = sentences[key];
      if (template === undefined) {
        problems.add(file, at, `needs the sentence "${group}.${key}" (using ${list(names)})`);
        continue;
      }
      if (typeof template !== 'string' || !template.trim()) {
        problems.add(file, at, `"${group}.${key}" must be a sentence`);
        continue;
      }
      const used = new Set(placeholdersOf(template));
      const unknown = [...used].filter((n) => !names.includes(n));
      const missing = names.filter((n) => !used.has(n));
      if (unknown.length) {
        problems.add(
          file,
          at,
          `"${group}.${key}" may use only ${list(names)}, not ${list(unknown)}`,
        );
      }
      if (missing.length) problems.add(file, at, `"${group}.${key}" must use ${list(missing)}`);
      if (strayBraces(template)) {
        problems.add(
          file,
          at,
          `"${group}.${key}" has a brace that is not {name} or {name|one|other}`,
        );
      }
    }
  }
  return problems.list.length === before ? (data as SandboxStrings) : null;
}

/** The sentences, for tests and Node scripts. Throws a ContentError listing every problem. */
export function loadSandboxStrings(
  root = 'content',
  projectRoot = join(root, '..'),
): SandboxStrings {
  const problems = new ContentProblems();
  const path = join(root, SANDBOX_STRINGS_FILE);
  const file = relative(projectRoot, path);
  const strings = checkSandboxStrings(
    file,
    readYaml(file, readFileSync(path, 'utf8'), problems),
    problems,
  );
  if (!strings || !problems.ok) throw new ContentError(problems.list);
  return strings;
}
