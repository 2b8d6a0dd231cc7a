// The JavaScript a page's first view loads: its module entry, the chunks it modulepreloads (as
// tags, or listed for scripts/prerender-html.ts's after-first-paint loader), and everything
// those import statically, measured gzipped. Read by the build-output test (which
// holds the budget) and by `npm run bench` (which prints it beside the minimal Svelte page).
// Chunks loaded later by dynamic import (islands woken on idle or when scrolled near) are not
// part of the first view.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT =
  /(?:^|[;\s])import\s*(?:[\w${}\s,*]+from\s*)?["'](\.{1,2}\/[\w./-]+\.js)["']/g;

/**
 * @param {string} dir the built site (e.g. "dist")
 * @param {string} page a page under dir (e.g. "index.html")
 * @returns {{ files: string[]; gzipBytes: number }} files relative to dir; bytes gzipped at zlib's default level (a little above the
 *   build's level-9 copies, so the budget errs strict)
 */
export function firstViewJs(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  /** @type {Set<string>} */
  const files = new Set();
  const pageDir = dirname(page);
  for (const m of html.matchAll(
    /<(?:script[^>]*\btype="module"[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+)"/g,
  )) {
    files.add(normalize(join(pageDir, /** @type {string} */ (m[1]))));
  }
  for (const m of html.matchAll(/\bdata-load-(?:module|preload)="([^"]*)"/g)) {
    for (const file of /** @type {string} */ (m[1]).split(' ').filter(Boolean))
      files.add(normalize(join(pageDir, file)));
  }
  const pending = [...files];
  while (pending.length) {
    const file = /** @type {string} */ (pending.pop());
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const dep = normalize(join(dirname(file), /** @type {string} */ (m[1])));
      if (!files.has(dep)) {
        files.add(dep);
        pending.push(dep);
      }
    }
  }
  const gzipBytes = [...files].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length,
    0,
  );
  return { files: [...files], gzipBytes };
}
