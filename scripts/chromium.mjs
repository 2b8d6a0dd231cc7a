// Where Chromium is, for the browser tests, the build's pictures and the benchmark.
import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: CHROME_PATH first; then, for automated checks, Debian's headless shell
 * (package chromium-headless-shell: the same Blink and V8 without the browser's window machinery,
 * which is what Playwright itself runs headless, and about a fifth less CPU per page); then
 * Debian's /usr/bin/chromium. Returns undefined when none is found (Playwright then looks for its
 * own browser).
 * @param {{ full?: boolean }} [options] `full`: skip the headless shell (the benchmark measures
 *   pages in the browser readers use, through Lighthouse)
 * @returns {string | undefined}
 */
export function chromiumPath({ full = false } = {}) {
  const candidates = [
    process.env.CHROME_PATH,
    full ? undefined : '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
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
