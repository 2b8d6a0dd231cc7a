// Vite plugin: validates content/ and serves it as `virtual:backfill/content`, one named
// constant per part, and the sandbox's words apart as `virtual:backfill/sandbox` (only the
// sandbox, its embeds and the worksheet load them, never the story's first view). Any content
// problem fails the build (and shows in the dev overlay) with its file and line.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent, type Content } from './load.ts';

const ID = 'virtual:backfill/content';
const RESOLVED = '\0' + ID;
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
  'classroom',
] as const satisfies readonly (keyof Content)[];

const SANDBOX_EXPORTS = [
  'sandboxCopy',
  'sandboxStrings',
] as const satisfies readonly (keyof Content)[];

export function contentPlugin(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  let files: string[] = [];
  return {
    name: 'backfill-content',
    resolveId(id) {
      return id === ID ? RESOLVED : id === SANDBOX_ID ? SANDBOX_RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED && id !== SANDBOX_RESOLVED) return null;
      const result = loadContent(root);
      if (!result.ok) {
        this.error(`Content problems:\n${result.problems.format()}`);
      }
      const { content } = result;
      files = content.files;
      for (const file of files) this.addWatchFile(file);
      const keys = id === RESOLVED ? EXPORTS : SANDBOX_EXPORTS;
      return keys.map((key) => `export const ${key} = ${JSON.stringify(content[key])};`).join('\n');
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        for (const resolved of [RESOLVED, SANDBOX_RESOLVED]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
