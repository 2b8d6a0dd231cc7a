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
    rolldownOptions: {
      output: {
        // The bundler would fold code that later islands share (the model, the sandbox's charts
        // and describers) into chunks the story's first view loads, because the story's chart
        // tools can open them later. Kept in chunks of their own, they load only when needed.
        // The ledger's types and defaults (parameters.ts, random.ts) and the chart ids stay out:
        // the first view reads links with them.
        codeSplitting: {
          // Only the modules named: what they import stays where the bundler puts it.
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'model',
              test: /workers[\\/]stockpile[\\/](?:model|simulate|monte-carlo|quantiles|events|goal-seek|validate)\.ts$/,
            },
            {
              name: 'sandbox-charts',
              test: /src[\\/](?:sandbox[\\/](?:charts|flows-chart|live-flow|measures|describe[\w-]*|strings|goal-track|follow|copy|slider-marks)\.ts|charts[\\/]time-[\w-]+\.ts|graphics[\\/]flow[\\/]live-layout\.ts)$/,
            },
          ],
        },
      },
    },
  },
  // The worker is bundled separately and reads the ledger from the same content module.
  worker: { format: 'es', plugins: () => [contentPlugin()] },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
