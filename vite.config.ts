import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { contentPlugin } from './scripts/content/vite-plugin.ts';
import { devPrerender } from './scripts/dev-prerender.ts';

// base './': every URL in the build is relative, so dist/ can be served from any folder
// (https://example.org/ or https://example.org/some/sub/path/) without rebuilding.
export default defineConfig({
  base: './',
  plugins: [contentPlugin(), svelte(), devPrerender()],
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
