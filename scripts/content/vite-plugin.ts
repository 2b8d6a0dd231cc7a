// Vite plugin: validates content/ and serves it as `virtual:backfill/content`, one named
// constant per part, so each bundle carries only what it imports. Any content problem fails
// the build (and shows in the dev overlay) with its file and line.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent, type Content } from './load.ts';

const ID = 'virtual:backfill/content';
const RESOLVED = '\0' + ID;
// The sandbox's sentences are a module of their own, so only the bundles that write them (the
// sandbox, the teacher notes, the worksheet) carry them, not the page's first view.
const STRINGS_ID = 'virtual:backfill/sandbox-strings';
const STRINGS_RESOLVED = '\0' + STRINGS_ID;
// The sandbox's chart titles, labels and the words around its controls, likewise.
const SANDBOX_ID = 'virtual:backfill/sandbox';
const SANDBOX_RESOLVED = '\0' + SANDBOX_ID;

const EXPORTS = [
  'site',
  'chapters',
  'steps',
  'notes',
  'sources',
  'parameters',
  'presets',
  'timeline',
  'glossary',
  'graphics',
  'labels',
  'states',
  'scale',
  'modelDoc',
  'embeds',
  'sharing',
  'classroom',
  'corrections',
  'ui',
] as const satisfies readonly (keyof Content)[];

export function contentPlugin(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  let files: string[] = [];
  return {
    name: 'backfill-content',
    resolveId(id) {
      if (id === ID) return RESOLVED;
      if (id === STRINGS_ID) return STRINGS_RESOLVED;
      return id === SANDBOX_ID ? SANDBOX_RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED && id !== STRINGS_RESOLVED && id !== SANDBOX_RESOLVED) return null;
      const result = loadContent(root);
      if (!result.ok) {
        this.error(`Content problems:\n${result.problems.format()}`);
      }
      const { content } = result;
      files = content.files;
      for (const file of files) this.addWatchFile(file);
      if (id === STRINGS_RESOLVED) {
        return `export const sandboxStrings = ${JSON.stringify(content.sandboxStrings)};`;
      }
      if (id === SANDBOX_RESOLVED) {
        return `export const sandboxCopy = ${JSON.stringify(content.sandboxCopy)};`;
      }
      return contentModule(content);
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        for (const resolved of [RESOLVED, STRINGS_RESOLVED, SANDBOX_RESOLVED]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * The module's code. An object that appears more than once in the content (a source listed in
 * the notes of several pages, the claims table the classroom pages share) is written once, as
 * its own constant (`R0`, `R1`, …), and referred to wherever it appears: repeating them would add
 * kilobytes to every bundle. Separate constants keep the module tree-shakable.
 */
export function contentModule(content: Content): string {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    if (seen.has(v)) {
      shared.add(v);
      return;
    }
    seen.add(v);
    for (const child of Object.values(v)) walk(child);
  };
  for (const key of EXPORTS) walk(content[key]);
  // Children before parents, so each constant only refers to earlier ones.
  const order: object[] = [];
  const placed = new Set<object>();
  const place = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const child of Object.values(v)) place(child);
    if (shared.has(v) && !placed.has(v)) {
      placed.add(v);
      order.push(v);
    }
  };
  for (const key of EXPORTS) place(content[key]);
  const index = new Map(order.map((v, i) => [v, i]));
  const token = `@@backfill-ref-${Math.random().toString(36).slice(2)}:`;
  const pattern = new RegExp(`"${token}(\\d+)"`, 'g');
  const encode = (value: unknown, self?: object) =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && v !== self && index.has(v) ? `${token}${index.get(v)}` : v,
    ).replace(pattern, (_m, i: string) => `R${i}`);
  return [
    ...order.map((v, i) => `const R${i} = ${encode(v, v)};`),
    ...EXPORTS.map((key) => `export const ${key} = ${encode(content[key])};`),
  ].join('\n');
}
