// Lighthouse's mobile audit for `npm run bench`. Lighthouse (about 200 packages) is not in the
// project's own dependencies: it lives in scripts/bench/package.json (pinned, with its lock) and
// is installed there on first use, so `npm ci` and the gate never carry it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';

const run = promisify(execFile);
const here = import.meta.dirname;

/** Install scripts/bench's own packages (Lighthouse) if they are not there yet. */
async function ensureLighthouse(): Promise<string> {
  const cli = join(here, 'node_modules/.bin/lighthouse');
  if (!existsSync(cli)) {
    console.log('Installing Lighthouse for the bench into scripts/bench/node_modules (once)…');
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here });
  }
  return cli;
}

/** Lighthouse's four category scores (0-100) for `url`, mobile, in the bench's Chromium. */
export async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const cli = await ensureLighthouse();
  mkdirSync('.reports', { recursive: true });
  const out = resolve('.reports/lighthouse.json');
  // Run as a child process (asynchronously: the site's server lives in this process).
  await run(
    cli,
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const { categories } = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
  };
  return Object.fromEntries(
    Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]),
  );
}
