import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit tests run in Node: the model, content validation, describers, URL state, and components
// rendered with svelte/server. Browser behaviour is tested by Playwright (test/e2e).
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
    testTimeout: 30_000,
  },
});
