import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/content/vite-plugin.ts';
import { devPrerender } from './scripts/dev-prerender.ts';

// base './': every URL in the build is relative, so dist/ can be served from any folder
// (https://example.org/ or https://example.org/some/sub/path/) without rebuilding.
export default defineConfig({
  base: './',
  plugins: [
    contentPlugin(),
    svelte(),
    devPrerender(),
    // The offline service worker (src/pwa/sw.ts). Written by scripts/pwa.mjs after the pages are
    // prerendered; off otherwise (dev server, plain vite build), so nothing caches during work.
    VitePWA({
      disable: process.env.BACKFILL_SW !== '1',
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,svg,png,txt}'],
        // The USB-stick file is a download, not part of the site a browser needs offline.
        globIgnores: ['backfill-offline.html', 'sw.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // One stylesheet, linked from every page, so prerendered islands are styled before they wake.
    cssCodeSplit: false,
    manifest: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  // The worker is bundled separately and reads the ledger from the same content module.
  worker: { format: 'es', plugins: () => [contentPlugin()] },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
