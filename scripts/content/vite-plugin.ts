// Vite plugin: validates content/ and serves it as `virtual:backfill/content`, one named
// constant per part, so each bundle carries only what it imports. Any content problem fails
// the build (and shows in the dev overlay) with its file and line.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent, type Content } from './load.ts';

const ID = 'virtual:backfill/content';
const RESOLVED = '\0' + ID;

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
  'sandboxCopy',
  'classroom',
  'sandboxStrings',
] as const satisfies readonly (keyof Content)[];

export function contentPlugin(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  let files: string[] = [];
  return {
    name: 'backfill-content',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const result = loadContent(root);
      if (!result.ok) {
        this.error(`Content problems:\n${result.problems.format()}`);
      }
      const { content } = result;
      files = content.files;
      for (const file of files) this.addWatchFile(file);
      return EXPORTS.map((key) => `export const ${key} = ${JSON.stringify(content[key])};`).join(
        '\n',
      );
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
