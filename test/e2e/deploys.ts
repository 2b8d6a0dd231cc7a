// Two deploys of the site, for testing what a new deploy does to a tab opened before it.
// Build A is the real build in dist/. Build B is A with every hashed file given a new name (as
// any change to the code does), every reference to those names updated, and its own service
// worker precache list written by the build's own step (scripts/pwa.mjs): so B's pages load
// only B's scripts, and A's scripts answer 404 once B is served.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { writeServiceWorker } from '../../scripts/pwa.mjs';
import { serveDist } from '../../scripts/serve.mjs';

const HASHED = /^(.+)-([A-Za-z0-9_-]{8})\.(js|css)$/;
const TEXT = /\.(html|js|css|svg|json|txt|webmanifest)$/;

/** Copy the built site (dist/) to `dir`, without the precompressed copies. */
export function copyBuild(dir: string, from = 'dist') {
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true, filter: (src) => !src.endsWith('.gz') });
}

/**
 * Turn the copy of build A in `dir` into build B: new names for every hashed asset, references
 * updated everywhere, and a new service worker. Returns the renamed files (old → new).
 */
export async function makeNextDeploy(dir: string): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  for (const name of readdirSync(join(dir, 'assets'))) {
    const match = HASHED.exec(name);
    if (match) renamed.set(name, `${match[1]}-${match[2]}B.${match[3]}`);
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const names = new RegExp(
    `(?<![\\w.-])(${[...renamed.keys()].map(escape).join('|')})(?![\\w.-])`,
    'g',
  );
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!TEXT.test(file) || file === 'sw.js') continue;
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(names, (name) => renamed.get(name)!);
    if (next !== text) writeFileSync(path, next);
  }
  for (const [from, to] of renamed) {
    cpSync(join(dir, 'assets', from), join(dir, 'assets', to));
    rmSync(join(dir, 'assets', from));
  }
  await writeServiceWorker(resolve('.'), resolve(dir));
  return renamed;
}

/** Serve `dir` under /backfill/ on a free port; its files are read at each request. */
export async function serveDeploy(dir: string): Promise<{ url: string; close: () => void }> {
  const server = (await serveDist({ port: 0, base: '/backfill/', dir })) as Server;
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/backfill/`, close: () => server.close() };
}
