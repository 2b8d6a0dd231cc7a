import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/content/vite-plugin.ts';

// Unit tests run in Node: the model, content validation, describers, URL state, and components
// rendered with svelte/server (test/unit/components/, helper test/support/render.ts), which may
// import `virtual:backfill/content` like the site does. Browser behaviour is tested by
// Playwright (test/e2e). Random-case counts follow TEST_DEPTH (test/support/runs.ts).
export default defineConfig({
  plugins: [contentPlugin(), svelte()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/support/vitest-setup.ts'],
    reporters: ['default'],
    // Generous: thorough property tests on a starved CI machine take tens of seconds. A timeout
    // is a backstop for a hung test, not a speed check (speed is measured in npm run bench).
    testTimeout: 120_000,
    // One module graph for all files (content, Svelte, the model load once, not 56 times): the
    // unit stage takes a third of the time and CPU. Tests that stub globals or timers undo it in
    // afterEach, and no test mocks a module, so files cannot leak into each other.
    isolate: false,
  },
});
