// dist/backfill-offline.html: the whole site in one file that opens by double-click from a USB
// stick (file://), with no network. Module scripts do not run from file://, so the site is built
// again as one classic script (src/offline/main.ts, dynamic imports inlined), the model worker
// inlined as a Blob URL, the CSS and theme-init.js inlined, and every page prerendered into the
// file: the story live, the others in <template> elements that src/offline/route.ts swaps in.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';

const { contentPlugin } = await tsImport('./content/vite-plugin.ts', import.meta.url);

const WORKER =
  /new Worker\(\s*new URL\('\.\.\/\.\.\/workers\/stockpile\.worker\.ts', import\.meta\.url\),\s*\{\s*type: 'module',?\s*\},?\s*\)/;

/** The model client builds its worker from a URL; here the worker's code travels inside. */
function inlineModelWorker() {
  return {
    name: 'backfill-offline-worker',
    enforce: 'pre',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!id.endsWith('src/sandbox/model-client.ts')) return null;
      if (!WORKER.test(code))
        throw new Error(
          'offline build: the model worker is no longer created as expected in model-client.ts',
        );
      return `import OfflineModelWorker from '../../workers/stockpile.worker.ts?worker&inline';\n${code.replace(WORKER, 'new OfflineModelWorker()')}`;
    },
  };
}

/** Text for inside <script>: nothing in it may end the element or open an HTML comment. */
/** @param {string} code */
const scriptText = (code) => code.replaceAll('</script', '<\\/script').replaceAll('<!--', '<\\!--');

/**
 * @param {{ root: string; dist: string; server: { PAGES: readonly { path: string; offline: boolean }[]; renderPage(path: string, options?: { inlineElsewhere?: boolean }): { head: string; body: string } } }} options
 */
export async function writeOfflineFile({ root, dist, server }) {
  /** @typedef {{ type: 'chunk'; isEntry: boolean; code: string; fileName: string } | { type: 'asset'; fileName: string; source: string | Uint8Array }} OutFile */
  const output = /** @type {{ output: OutFile[] } | { output: OutFile[] }[]} */ (
    /** @type {unknown} */ (
      await build({
        root,
        configFile: false,
        logLevel: 'warn',
        base: './',
        plugins: [contentPlugin(), svelte(), inlineModelWorker()],
        worker: { format: 'iife', plugins: () => [contentPlugin()] },
        build: {
          write: false,
          target: 'es2022',
          cssCodeSplit: false,
          assetsInlineLimit: 0,
          modulePreload: false,
          rollupOptions: {
            input: join(root, 'src/offline/main.ts'),
            // import.meta is empty in a classic script; the only reader (src/pwa/register.ts)
            // stops before it in this file.
            onwarn(warning, warn) {
              if (warning.code !== 'EMPTY_IMPORT_META') warn(warning);
            },
            output: { format: 'iife', codeSplitting: false, entryFileNames: 'offline.js' },
          },
        },
      })
    )
  );
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const js = files.find((f) => f.type === 'chunk' && f.isEntry);
  const css = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
  if (!js || js.type !== 'chunk') throw new Error('offline build: no script');
  const styles = css
    .map((f) => {
      const source = f.type === 'asset' ? f.source : '';
      return typeof source === 'string' ? source : new TextDecoder().decode(source);
    })
    .join('\n')
    .concat('\n.offline-noscript { padding: 1rem; font: 1.25rem system-ui; }');
  const themeInit = readFileSync(join(root, 'public/theme-init.js'), 'utf8');
  const favicon = `data:image/svg+xml,${encodeURIComponent(readFileSync(join(root, 'public/favicon.svg'), 'utf8'))}`;

  let live = '';
  const templates = [];
  let title = 'Backfill';
  // The pages table says which pages the file carries; each is named by its file (?page=model).
  for (const { path } of server.PAGES.filter((p) => p.offline)) {
    const name = path.replace(/\.html$/, '');
    // The file cannot fetch the sandbox's page, so the story carries its sandbox in place.
    const page = server.renderPage(path, { inlineElsewhere: true });
    const pageTitle = /<title>([^<]*)<\/title>/.exec(page.head)?.[1] ?? 'Backfill';
    if (name === 'index') {
      live = page.body;
      title = pageTitle;
    } else {
      templates.push(
        `<template data-page="${name}" data-title="${pageTitle}">${page.body}</template>`,
      );
    }
  }
  const themeScript = scriptText(themeInit);
  const mainScript = scriptText(js.code);
  const hash = (/** @type {string} */ text) =>
    `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  // As strict as the site's own policy, and stricter on the network: the file may load nothing
  // at all. Its two inline scripts and one stylesheet are allowed by hash; the model worker is a
  // Blob; pictures are data: or blob: URLs (favicon, PNG downloads).
  const csp = [
    "default-src 'none'",
    `script-src ${hash(themeScript)} ${hash(mainScript)}`,
    `style-src ${hash(styles)}`,
    'img-src data: blob:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en" data-offline="true">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="icon" href="${favicon}">
<style>${styles}</style>
<script>${themeScript}</script>
</head>
<body>
<noscript><p class="offline-noscript">This offline copy of Backfill needs JavaScript. Please allow it for this file, or open the online site.</p></noscript>
<div data-offline-page>${live}</div>
${templates.join('\n')}
<script>${mainScript}</script>
</body>
</html>
`;
  writeFileSync(join(dist, 'backfill-offline.html'), html);
  return html.length;
}
