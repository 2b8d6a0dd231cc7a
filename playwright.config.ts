import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Browser tests run in real headless Chromium against the built site, served under a sub-path
// (as many deploys are) by scripts/serve.mjs. `npm test` builds first.
const port = Number(process.env.E2E_PORT ?? 4317);
export const BASE_PATH = '/backfill/';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 45_000,
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
