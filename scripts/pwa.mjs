// The service worker is written last, after every page is prerendered into dist/, so the pages
// it precaches are the final ones. Two steps, both plain library calls:
//   1. Vite bundles src/pwa/sw.ts (with the Workbox modules it imports) into dist/sw.js;
//   2. workbox-build's injectManifest lists every file of the site with its revision and writes
//      the list into sw.js, where sw.ts says `self.__WB_MANIFEST`.
// The dev server and `vite build` never see a service worker.
import { join } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';

/** What the service worker precaches: every file a browser needs to use the site offline. */
export const PRECACHE = {
  globPatterns: ['**/*.{html,js,css,svg,png,txt}'],
  // The USB-stick file is a download, not part of the site a browser needs offline; the
  // service worker never caches itself; .gz copies are the same files compressed.
  globIgnores: ['backfill-offline.html', 'sw.js', '**/*.gz'],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
};

/**
 * Bundle src/pwa/sw.ts into `<dist>/sw.js` and inject the precache list of `dist`'s files.
 * @param {string} root the project folder
 * @param {string} [dist] the built site (default `<root>/dist`)
 * @returns {Promise<{ count: number, size: number }>} files precached, and their bytes
 */
export async function writeServiceWorker(root, dist = join(root, 'dist')) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Workbox logs in development builds only.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(root, 'src/pwa/sw.ts'),
        // A classic script (what register() loads); iife output is minified whole.
        formats: ['iife'],
        name: 'backfillServiceWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  const swDest = join(dist, 'sw.js');
  const { count, size, warnings } = await injectManifest({
    swSrc: swDest,
    swDest,
    globDirectory: dist,
    ...PRECACHE,
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}
