// Every asset the built pages reference resolves when dist/ is served under a sub-path, and
// the first view stays within its JavaScript budget.
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstViewJs } from '../../scripts/first-view-js.mjs';
import { AFTER_FIRST_PAINT } from '../../scripts/prerender-html.ts';
import { cacheControl, serveDist } from '../../scripts/serve.mjs';

const BASE = '/news/graphics/backfill/';
let server: Server;
/** The origin the server listens on, known once it has started. */
let origin = '';

beforeAll(async () => {
  server = await serveDist({ port: 0, base: BASE });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => server?.close());

const pages = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'));

/** Every URL a page asks the browser to load (not links the reader follows). */
function resources(page: string): string[] {
  const $ = load(readFileSync(join('dist', page), 'utf8'));
  const urls = new Set<string>();
  $('script[src]').each((_, el) => void urls.add($(el).attr('src')!));
  $('link[href]').each((_, el) => {
    const rel = $(el).attr('rel') ?? '';
    if (/stylesheet|icon|modulepreload|manifest|preload/.test(rel)) urls.add($(el).attr('href')!);
  });
  // What the after-first-paint loader requests (scripts/prerender-html.ts).
  for (const key of ['styles', 'preload', 'module']) {
    $(`script[data-load-${key}]`).each((_, el) => {
      for (const url of ($(el).attr(`data-load-${key}`) ?? '').split(' ').filter(Boolean))
        urls.add(url);
    });
  }
  $('noscript').each((_, el) => {
    const inner = load($(el).html() ?? '');
    inner('link[href]').each((_, l) => void urls.add(inner(l).attr('href')!));
  });
  return [...urls];
}

describe('the build under a sub-path', () => {
  it('writes at least the story page', () => {
    expect(pages).toContain('index.html');
  });

  it.each(pages)('%s: every script, style, icon and preload resolves', async (page) => {
    const pageUrl = new URL(page, `${origin}${BASE}`);
    for (const url of resources(page)) {
      const response = await fetch(new URL(url, pageUrl));
      expect(response.status, `${url} from ${page}`).toBe(200);
    }
  });

  it('chunks loaded by JavaScript (dynamic imports) resolve too', async () => {
    const assets = readdirSync('dist/assets');
    for (const file of assets) {
      const response = await fetch(`${origin}${BASE}assets/${file}`);
      expect(response.status, file).toBe(200);
    }
  });
});

describe('load budget', () => {
  it('the first view loads at most 60 KB of JavaScript, gzipped (issue 10, issue 12 §5)', () => {
    const { files, gzipBytes: gzipped } = firstViewJs('dist', 'index.html');
    // The entry at least: a measure of nothing would pass any budget.
    expect(files.some((f) => /^assets\/index-.*\.js$/.test(f))).toBe(true);
    console.log(
      `First-view JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${files.length} files`,
    );
    expect(gzipped).toBeLessThanOrEqual(60 * 1024);
    expect(statSync('dist/index.html').size).toBeGreaterThan(0);
  });
});

describe('the story’s first paint needs no request but the page (issue 12 §5)', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const $ = load(html);
  const policy = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('has its heading in the prerendered HTML', () => {
    expect($('main h1').text().trim().length).toBeGreaterThan(0);
  });

  it('requests nothing before its first screen is painted: the loader lists what comes after', () => {
    // No script, preload or stylesheet the parser or its look-ahead would fetch at once; outside
    // <noscript>, the only script is inline, and the module entry waits in the loader's list.
    expect($('script[src], link[rel="modulepreload"], link[rel="stylesheet"]').length).toBe(0);
    const loader = $('script[data-load-module]');
    expect(loader.length).toBe(1);
    expect(loader.is('body > script:last-child')).toBe(true);
    expect(loader.attr('data-load-module')).toMatch(/^\.\/assets\/index-[\w-]+\.js$/);
    expect(loader.attr('data-load-styles')).toMatch(/^\.\/assets\/style-[\w-]+\.css$/);
    expect(loader.attr('data-load-preload')).toMatch(/Stepper-[\w-]+\.js/);
    // Without JavaScript the whole stylesheet still applies.
    const fallbacks = $('head noscript')
      .toArray()
      .map((el) => load($(el).html() ?? '')('link[rel="stylesheet"]').attr('href'));
    expect(fallbacks).toContain(loader.attr('data-load-styles'));
  });

  it('inlines the first screen’s CSS and the theme script, each allowed by its hash alone', () => {
    const styles = $('style')
      .toArray()
      .map((el) => $(el).html() ?? '');
    const scripts = $('script:not([src])')
      .toArray()
      .map((el) => $(el).html() ?? '');
    expect(styles.length).toBe(1);
    expect(styles[0]).toMatch(/\.hero/);
    expect(scripts.length).toBe(2);
    expect(scripts[0]).toContain('backfill:preferences');
    expect(scripts[1]).toBe(AFTER_FIRST_PAINT);
    for (const text of [...styles, ...scripts]) expect(policy).toContain(hash(text));
    expect(policy).not.toContain('unsafe-inline');
  });

  it('allows the same inline hashes in the hosts’ header policy (public/_headers)', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    const inline = [...policy.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]);
    expect(inline.length).toBeGreaterThanOrEqual(2);
    const policies = headers.split('\n').filter((l) => /^\s*Content-Security-Policy:/.test(l));
    expect(policies.length).toBeGreaterThan(0);
    for (const line of policies) for (const h of inline) expect(line).toContain(h);
  });
});

describe.each([false, true])('caching, as a host should send it (compressed: %s)', (compress) => {
  const asset = readdirSync('dist/assets').find((f) => f.endsWith('.js'))!;
  let cached: Server;
  let at = '';
  beforeAll(async () => {
    cached = await serveDist({ port: 0, base: BASE, compress });
    at = `http://127.0.0.1:${(cached.address() as { port: number }).port}${BASE}`;
  });
  afterAll(() => cached?.close());
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${at}${path}`, { headers: { 'Accept-Encoding': 'gzip', ...headers } });

  it('keeps hashed assets a year and checks every other file each time', async () => {
    const kept = await get(`assets/${asset}`);
    expect(kept.status).toBe(200);
    expect(kept.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['', 'embed/scale.html', 'sw.js', 'theme-init.js']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      // Asked again with its ETag, an unchanged file is a 304 without a body, saying the same.
      const etag = page.headers.get('etag');
      expect(etag, path).toBeTruthy();
      const again = await get(path, { 'If-None-Match': etag! });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('keeps no missing file, not even under assets/', async () => {
    const missing = await get('assets/no-such-file-00000000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });
});

describe('dist/_headers', () => {
  it('tells hosts that read it to keep hashed assets as the test server does', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    const rule = headers.match(/^\/assets\/\*\n\s+Cache-Control: (.+)$/m);
    expect(rule?.[1]).toBe(cacheControl('/assets/index-Ab12Cd34.js'));
    expect(cacheControl('/index.html')).toBe('no-cache');
  });
});
