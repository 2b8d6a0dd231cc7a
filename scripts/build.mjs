// Build: the client bundle, the server bundle, then prerender every page into dist/.
//   node scripts/build.mjs            (npm run build)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'dist-ssr');
/** @type {{ logLevel: 'info' | 'warn' }} */
const quiet = { logLevel: process.env.BUILD_VERBOSE ? 'info' : 'warn' };

const started = performance.now();
rmSync(dist, { recursive: true, force: true });
rmSync(ssrOut, { recursive: true, force: true });

await build({ root, ...quiet });
await build({
  root,
  ...quiet,
  build: { ssr: 'src/entry-server.ts', outDir: 'dist-ssr', emptyOutDir: true, manifest: false },
});

const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
const { AFTER_FIRST_PAINT, injectPage, inlineHash, policyWith } = await tsImport(
  './prerender-html.ts',
  import.meta.url,
);
const { criticalCss } = await tsImport('./critical-css.ts', import.meta.url);
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const stylesheet = /<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)">/.exec(
  template,
)?.[1];
if (!stylesheet) throw new Error('The built template links no stylesheet');
const css = readFileSync(join(dist, stylesheet), 'utf8');
// On pages that say where their fold is, the theme is applied before the first paint without a
// request of its own (elsewhere, and in other sites' frames, it stays a script file).
const inlineScripts = { 'theme-init.js': readFileSync(join(root, 'public/theme-init.js'), 'utf8') };

/**
 * A chunk and everything it statically imports, as files.
 * @param {string} key
 * @param {Set<string>} seen
 * @returns {string[]}
 */
function chunkFiles(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return [];
  seen.add(key);
  return [
    entry.file,
    ...(entry.imports ?? []).flatMap((/** @type {string} */ k) => chunkFiles(k, seen)),
  ];
}
const entryFiles = new Set(chunkFiles('index.html'));
/** Every inline script and style the pages carry, for the hosts' header policy. */
const inline = { scripts: new Set(), styles: new Set() };

for (const page of server.PAGES) {
  const rendered = server.renderPage(page.path);
  const preload = [
    ...new Set(
      rendered.islands.flatMap((/** @type {string} */ name) =>
        chunkFiles(server.ISLANDS[name].source),
      ),
    ),
  ].filter((file) => !entryFiles.has(file));
  const options = { base: server.baseFor(page.path), preload, csp: true };
  let html = injectPage(template, rendered, options);
  if (page.belowFold) {
    const critical = criticalCss(html, css, page.belowFold);
    html = injectPage(template, rendered, { ...options, inlineScripts, criticalCss: critical });
    inline.styles.add(inlineHash(critical));
    for (const code of Object.values(inlineScripts)) inline.scripts.add(inlineHash(code));
    inline.scripts.add(inlineHash(AFTER_FIRST_PAINT));
  }
  const out = join(dist, page.path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
}
// Hosts that send public/_headers send its policy too, and both policies apply: allow the same
// inline scripts and styles there.
const headers = join(dist, '_headers');
if (existsSync(headers)) {
  const hashes = { scripts: [...inline.scripts], styles: [...inline.styles] };
  const text = readFileSync(headers, 'utf8').replace(
    /^(\s*Content-Security-Policy: )(.*)$/gm,
    (_m, /** @type {string} */ key, /** @type {string} */ policy) =>
      key + policyWith(policy, hashes),
  );
  writeFileSync(headers, text);
}

// Embeds: static fallback pictures, oEmbed files and their discovery links.
(await tsImport('./build-embeds.ts', import.meta.url)).buildEmbeds(dist, server);

await (await import('./offline.mjs')).writeOfflineFile({ root, dist, server });
rmSync(join(dist, '.vite'), { recursive: true, force: true });
await (await import('./pwa.mjs')).writeServiceWorker(root);

// Precompressed copies for hosts that serve them (nginx gzip_static, many CDNs, our bench).
for (const file of readdirSync(dist, { recursive: true }).map(String)) {
  if (!/\.(html|js|css|svg|json|txt|webmanifest)$/.test(file)) continue;
  const path = join(dist, file);
  writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
}
rmSync(ssrOut, { recursive: true, force: true });
if (!existsSync(join(dist, 'index.html'))) throw new Error('Build wrote no index.html');
console.log(
  `Built and prerendered ${server.PAGES.length} page(s) into dist/ in ${Math.round(performance.now() - started)} ms`,
);
// A deploy needs the real public address; CI builds without one, so this warns and never fails.
const { placeholderWarning } = await tsImport('../src/lib/site-address.ts', import.meta.url);
const warning = placeholderWarning(server.siteAddress());
if (warning.length) {
  const bar = '!'.repeat(78);
  const yellow = process.stderr.isTTY
    ? (/** @type {string} */ s) => `\x1b[33m${s}\x1b[0m`
    : (/** @type {string} */ s) => s;
  console.warn(
    yellow([bar, ...warning.map((/** @type {string} */ line) => `!! ${line}`), bar].join('\n')),
  );
}
