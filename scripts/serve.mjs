// A small static server for dist/, optionally under a sub-path, used by the tests and the
// benchmark (and handy to check a deploy): node scripts/serve.mjs [--port 4173] [--base /sub/]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * How long a browser may keep a file, as the README's "Deploying" advises a host: files under
 * assets/ have their content's hash in their names, so they never change (kept a year, not
 * asked again); every other file (pages, sw.js, the classic scripts) is checked with the server
 * each time it is used (no-cache with an ETag: unchanged files are a bodiless 304).
 * @param {string} pathname the request's path inside the site (`/assets/index-Ab12.js`)
 * @returns {string} a Cache-Control value
 */
export function cacheControl(pathname) {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function serveDist({
  port = 4173,
  base = '/',
  dir = 'dist',
  host = '127.0.0.1',
  headers = {},
  compress = false,
} = {}) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // compress: serve the build's precompressed .gz copies, as most static hosts compress, so the
  // benchmark sees realistic transfer sizes.
  const files = sirv(resolve(dir), {
    // Files are read at each request unless compressing (a test may rewrite dist/ while it
    // serves: test/e2e/deploys.ts).
    dev: !compress,
    etag: true,
    extensions: ['html'],
    gzip: compress,
  });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('Not found (outside the site prefix)');
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    // Set here, not in sirv's setHeaders, so a 304 repeats it as well (sirv answers those first).
    res.setHeader('Cache-Control', cacheControl(req.url));
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    files(req, res, () => {
      res.statusCode = 404;
      // A missing file is not kept: it may exist after the next deploy.
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'text/plain');
      res.end('Not found');
    });
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  /** @param {string} name @param {string} fallback */
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', '4173'));
  const base = arg('base', '/');
  await serveDist({ port, base });
  console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`);
}
