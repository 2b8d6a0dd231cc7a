import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Browser tests run in real headless Chromium against the built site, served under a sub-path
// (as many deploys are) by scripts/serve.mjs. `npm test` builds first.
// The server's port: E2E_PORT, or a free one. Chosen once, in the runner, before its workers
// start (they inherit the variable, so they all agree on the address).
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });",
])
  .toString()
  .trim();
const port = Number(process.env.E2E_PORT);
export const BASE_PATH = '/backfill/';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  // Lazily loaded parts (the Share dialog, the sandbox's charts) can take a few seconds to arrive
  // on a busy 2-core machine; the gate must stay green with the CPU twice as slow.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    // The site registers an offline service worker; tests get none unless they opt in with
    // test.use({ serviceWorkers: 'allow' }) (test/e2e/offline.spec.ts), so no test sees cached files.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
