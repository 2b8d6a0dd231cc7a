// Vite plugin: validates content/ and serves it as `virtual:backfill/content`, one named
// constant per part, so each bundle carries only what it imports. Each part is a module of its
// own behind that name (`virtual:backfill/content/<part>`, re-exported by the facade), so the
// bundler puts each where it is used: the classroom's copy never rides in the story's first
// view just because both pages read the content. Any content problem fails the build (and
// shows in the dev overlay) with its file and line.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent, type Content } from './load.ts';

const ID = 'virtual:backfill/content';
// The sandbox's sentences are a module of their own, so only the bundles that write them (the
// sandbox, the teacher notes, the worksheet) carry them, not the page's first view.
const STRINGS_ID = 'virtual:backfill/sandbox-strings';
// The sandbox's chart titles, labels and the words around its controls, likewise.
const SANDBOX_ID = 'virtual:backfill/sandbox';

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
  'links',
  'scenarioPack',
  'classroom',
  'corrections',
  'ui',
] as const satisfies readonly (keyof Content)[];

/** Is this one of the plugin's module ids? */
const ours = (id: string) =>
  id === ID || id.startsWith(`${ID}/`) || id === STRINGS_ID || id === SANDBOX_ID;

export function contentPlugin(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  // Every module is made from one validation of content/, redone when a file changes.
  let made: Map<string, string> | null = null;
  return {
    name: 'backfill-content',
    buildStart() {
      made = null;
    },
    resolveId(id) {
      return ours(id) ? '\0' + id : null;
    },
    load(resolved) {
      if (!resolved.startsWith('\0') || !ours(resolved.slice(1))) return null;
      const id = resolved.slice(1);
      if (!made) {
        const result = loadContent(root);
        if (!result.ok) {
          this.error(`Content problems:\n${result.problems.format()}`);
        }
        const { content } = result;
        for (const file of content.files) this.addWatchFile(file);
        made = contentModules(content);
        made.set(
          STRINGS_ID,
          `export const sandboxStrings = ${JSON.stringify(content.sandboxStrings)};`,
        );
        made.set(SANDBOX_ID, `export const sandboxCopy = ${JSON.stringify(content.sandboxCopy)};`);
      }
      const code = made.get(id);
      if (code === undefined) this.error(`${id} is not a part of the content`);
      return code;
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        made = null;
        for (const mod of server.moduleGraph.idToModuleMap.values())
          if (mod.id?.startsWith('\0') && ours(mod.id.slice(1)))
            server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * The content as modules, by module id: the facade `virtual:backfill/content`, one module per
 * part (`…/content/<part>`), and modules for objects that appear more than once (a source listed
 * in the notes of several pages, the claims table the classroom pages share), each written once
 * as its own constant (`R0`, `R1`, …) and imported wherever it appears: repeating them would add
 * kilobytes to every bundle. Shared objects are grouped by the parts that use them
 * (`…/content/shared/<part>+<part>`), so an object only the classroom uses stays with it.
 */
export function contentModules(content: Content): Map<string, string> {
  // Which parts reach each object, and which objects are reached more than once.
  const parts = new Map<object, Set<string>>();
  const shared = new Set<object>();
  for (const key of EXPORTS) {
    const here = new Set<object>();
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return;
      if (here.has(v)) return void shared.add(v);
      here.add(v);
      const seen = parts.get(v);
      if (seen) shared.add(v);
      else parts.set(v, new Set());
      parts.get(v)!.add(key);
      for (const child of Object.values(v)) walk(child);
    };
    walk(content[key]);
  }
  // Children before parents, so each constant only refers to earlier ones.
  const order: object[] = [];
  const placed = new Set<object>();
  const place = (v: unknown) => {
    if (!v || typeof v !== 'object' || placed.has(v)) return;
    placed.add(v);
    for (const child of Object.values(v)) place(child);
    if (shared.has(v)) order.push(v);
  };
  for (const key of EXPORTS) place(content[key]);
  const index = new Map(order.map((v, i) => [v, i]));
  const home = (v: object) => `${ID}/shared/${[...parts.get(v)!].join('+')}`;

  const token = `@@backfill-ref-${Math.random().toString(36).slice(2)}:`;
  const pattern = new RegExp(`"${token}(\\d+)"`, 'g');
  /** The value as code, shared objects by name; `uses` collects the names it refers to. */
  const encode = (value: unknown, uses: Set<number>, self?: object) =>
    JSON.stringify(value, (_key, v: unknown) => {
      if (!v || typeof v !== 'object' || v === self || !index.has(v)) return v;
      uses.add(index.get(v)!);
      return `${token}${index.get(v)}`;
    }).replace(pattern, (_m, i: string) => `R${i}`);
  /** Import lines for the names a module uses from other modules. */
  const imports = (uses: Set<number>, here?: string) => {
    const from = new Map<string, number[]>();
    for (const i of [...uses].sort((a, b) => a - b)) {
      const module = home(order[i]!);
      if (module !== here) from.set(module, [...(from.get(module) ?? []), i]);
    }
    return [...from].map(
      ([module, names]) => `import { ${names.map((i) => `R${i}`).join(', ')} } from '${module}';`,
    );
  };

  const modules = new Map<string, string>();
  const groups = new Map<string, { lines: string[]; uses: Set<number> }>();
  for (const [i, v] of order.entries()) {
    const module = home(v);
    const group = groups.get(module) ?? { lines: [], uses: new Set<number>() };
    groups.set(module, group);
    group.lines.push(`export const R${i} = ${encode(v, group.uses, v)};`);
  }
  for (const [module, group] of groups)
    modules.set(module, [...imports(group.uses, module), ...group.lines].join('\n'));
  for (const key of EXPORTS) {
    const uses = new Set<number>();
    const line = `export const ${key} = ${encode(content[key], uses)};`;
    modules.set(`${ID}/${key}`, [...imports(uses), line].join('\n'));
  }
  modules.set(ID, EXPORTS.map((key) => `export { ${key} } from '${ID}/${key}';`).join('\n'));
  return modules;
}
