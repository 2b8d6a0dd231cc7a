// Finds reader-visible English in source files: text and attribute literals in Svelte markup,
// and string literals in TypeScript (test/unit/copy-in-content.test.ts uses it).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Words as a reader reads them: whitespace-separated, of two letters or more, with nothing but
 * punctuation around them (so not paths, keys, code or an SVG path's M and L).
 */
const wordCount = (s: string) =>
  s.split(/\s+/).filter((w) => /^[("“]?[A-Za-z][A-Za-z’'-]+[)"”,.:;!?]*$/.test(w)).length;
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Svelte markup with {expressions} blanked out, nested braces included. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const c of markup) {
    if (c === '{') depth++;
    if (depth > 0 || c === '}') out += c === '\n' ? '\n' : ' ';
    else out += c;
    if (c === '}') depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Attributes whose literal values are addresses, names or styles, never reader-visible text. */
const NOT_TEXT =
  /^(class|href|id|style|for|type|name|rel|lang|d|viewBox|src|srcset|role|target|method|action|accept|autocomplete|inputmode|pattern|xmlns|fill|stroke|transform|points|path|media|sizes|loading|decoding|crossorigin|referrerpolicy|sandbox|allow|content|property|data-[\w-]+)$/;
/** Attributes read aloud or shown: one word is already copy. */
const READ_ALOUD = /^(aria-label|aria-description|aria-roledescription|title|alt|placeholder)$/;

/** English in a Svelte component's markup: any word of text, and attribute literals (one word
 * in an attribute read aloud, four in any other). */
export function markupCopy(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, blank)
    .replace(/<style[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
  const found: string[] = [];
  for (const m of markup.matchAll(/\s([\w:-]+)="([^"{]*)"/g)) {
    const [, name, value] = m as unknown as [string, string, string];
    if (NOT_TEXT.test(name)) continue;
    if (wordCount(value) >= (READ_ALOUD.test(name) ? 1 : 4)) found.push(`${name}="${value}"`);
  }
  const text = withoutExpressions(markup).replace(/<[^>]*>/g, blank);
  for (const line of text.split('\n')) {
    const s = line.trim().replace(/\s+/g, ' ');
    // One word is enough: a button's "Reset" or a group's "Presets" is read and translated too.
    if (wordCount(s) >= 1) found.push(s);
  }
  return found;
}

/** English in TypeScript string literals: 4+ words (not an error for developers or the console). */
export function stringCopy(code: string): string[] {
  const stripped = code
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (_m, before: string) => before);
  const found: string[] = [];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const m of stripped.matchAll(literal)) {
    const s = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' X ');
    // CSS selectors (a[href], [tabindex]) are code.
    if (wordCount(s) < 4 || /\w\[|\]/.test(s)) continue;
    const before = stripped.slice(Math.max(0, m.index - 40), m.index);
    if (/(Error|console\.\w+)\(\s*$/.test(before)) continue;
    found.push(s.replace(/\s+/g, ' ').trim());
  }
  return found;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Reader-visible English in one source file. */
export function copyIn(path: string, source: string): string[] {
  if (!path.endsWith('.svelte')) return stringCopy(source);
  const scripts = (source.match(/<script[\s\S]*?<\/script>/g) ?? []).join('\n');
  return [...markupCopy(source), ...stringCopy(scripts)];
}
