// Where Chromium is, for the browser tests and the benchmark: CHROME_PATH first, then Debian's
// /usr/bin/chromium, then Playwright's own browser if one is installed (returns undefined).
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return undefined;
}

/** Flags that work headless, as root, on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];
