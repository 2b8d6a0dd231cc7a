// The bench's two yardsticks, built in the same run as the site and served the same way:
//   minimal/    a minimal Svelte page (a heading, a paragraph, one mounted component): the floor
//               for Lighthouse's load figures and for first-view JavaScript;
//   reference/  a bare page (one range input, one worker round trip, one SVG path, no
//               framework): the floor for slider input → painted chart.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const here = import.meta.dirname;

/** Build both yardsticks into `out` (emptied first), with precompressed .gz copies. */
export async function buildYardsticks(out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await build({
    root: join(here, 'minimal'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [svelte({ configFile: false })],
    build: { outDir: resolve(out, 'minimal'), emptyOutDir: true, target: 'es2022' },
  });
  cpSync(join(here, 'reference'), join(out, 'reference'), { recursive: true });
  for (const file of readdirSync(out, { recursive: true }).map(String)) {
    if (!/\.(html|js|css)$/.test(file)) continue;
    const path = join(out, file);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}
