// Put a rendered page into the HTML template: head tags, body, island chunk preloads, and
// asset paths made relative to the page's depth so dist/ works under any sub-path. For the
// build, also what makes the first paint need no request but the page: the theme script and
// (where a page says where its fold is) the first screen's CSS inlined, allowed by hash.
import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every built page carries as a meta tag (the same policy, plus
 * frame-ancestors, is in public/_headers for hosts that send headers, with the build's inline
 * hashes added). No eval, and no inline script or style but the exact ones the build inlines,
 * each allowed by its SHA-256; workers only from this site (blob: for the offline file's
 * inlined worker); images from this site or blob: (PNG downloads draw the chart from a blob:
 * URL). Not added in dev, where Vite injects styles inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** A CSP source for exactly this inline text. */
export const inlineHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy with the given inline scripts and styles allowed by hash. */
export function policyWith(
  policy: string,
  { scripts = [], styles = [] }: { scripts?: string[]; styles?: string[] },
): string {
  const add = (text: string, directive: string, hashes: string[]) =>
    hashes.length
      ? text.replace(`${directive} 'self'`, `${directive} 'self' ${[...new Set(hashes)].join(' ')}`)
      : text;
  return add(add(policy, 'script-src', scripts), 'style-src', styles);
}

export interface InjectOptions {
  /** Relative path from the page to the site root. */
  base: string;
  /** Chunk files (relative to the root) to preload because their islands wake at load. */
  preload: string[];
  /** Add the Content-Security-Policy meta tag (the build does; the dev server does not). */
  csp?: boolean;
  /** Classic scripts to inline in place of their <script src>: file (from the root) → code. */
  inlineScripts?: Record<string, string>;
  /**
   * The first screen's CSS: inlined, while the template's stylesheet loads without blocking
   * the first paint (media="print" until src/main.ts applies it; a <noscript> link otherwise).
   * Such a page also asks for nothing before its first screen is painted: its module entry,
   * the chunks to preload and the whole stylesheet are requested by AFTER_FIRST_PAINT, a small
   * inline script at the end of the body, once the browser has painted a frame.
   */
  criticalCss?: string;
}

/**
 * The inline script that starts a page's requests once its first screen is painted (the frame
 * after the parser reaches it; at once in a hidden tab, which paints nothing). Until then the
 * document has the network to itself, and the largest paint waits for no script: scripts a
 * page discovers early arrive while a long document is still being parsed, and compete with
 * it for a phone's bandwidth (Lighthouse then counts them as needed for the largest paint).
 * The files are in its data attributes (space-separated): data-load-styles (applied by
 * src/main.ts), data-load-preload, data-load-module (the entry). The code never changes, so
 * its hash in the policy does not either.
 */
export const AFTER_FIRST_PAINT = [
  '(function (me) {',
  '  var started = false;',
  '  function add(tag, attributes) {',
  '    var el = document.createElement(tag);',
  "    el.crossOrigin = 'anonymous';",
  '    for (var key in attributes) el.setAttribute(key, attributes[key]);',
  '    document.head.appendChild(el);',
  '  }',
  "  function files(key) { return (me.getAttribute('data-load-' + key) || '').split(' ').filter(Boolean); }",
  '  function start() {',
  '    if (started) return;',
  '    started = true;',
  "    files('styles').forEach(function (href) { add('link', { rel: 'stylesheet', href: href, media: 'print', 'data-deferred-style': '' }); });",
  "    files('preload').forEach(function (href) { add('link', { rel: 'modulepreload', href: href }); });",
  "    files('module').forEach(function (src) { add('script', { type: 'module', src: src }); });",
  '  }',
  "  if (document.visibilityState === 'hidden') start();",
  '  else requestAnimationFrame(function () { setTimeout(start); });',
  '})(document.currentScript);',
].join('\n');

/** Text for inside <script> or <style>: nothing in it may end the element. */
const rawText = (code: string, tag: 'script' | 'style') =>
  code.replaceAll(`</${tag}`, `<\\/${tag}`).replaceAll('<!--', '<\\!--');

export function injectPage(
  template: string,
  page: { head: string; body: string },
  { base, preload, csp = false, inlineScripts = {}, criticalCss }: InjectOptions,
): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  let shell = template;
  for (const [file, code] of Object.entries(inlineScripts)) {
    const text = rawText(code, 'script');
    const tag = `<script src="./${file}"></script>`;
    if (!shell.includes(tag)) throw new Error(`The template has no ${tag} to inline`);
    shell = shell.replace(tag, () => `<script>${text}</script>`);
    scripts.push(inlineHash(text));
  }
  let preloads = preload
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('\n    ');
  let loader = '';
  if (criticalCss !== undefined) {
    const text = rawText(criticalCss, 'style');
    const links = [
      ...shell.matchAll(/<link rel="stylesheet"( crossorigin)? href="([^"]+\.css)">/g),
    ];
    if (!links.length) throw new Error('The template links no stylesheet to defer');
    const entries = [
      ...shell.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>/g),
    ];
    if (!entries.length) throw new Error('The template has no module entry to load after paint');
    const fromRoot = (href: string) => href.replace(/^\.\//, base);
    for (const [tag, crossorigin = '', href] of links) {
      shell = shell.replace(
        tag,
        () => `<noscript><link rel="stylesheet"${crossorigin} href="${href}"></noscript>`,
      );
    }
    for (const [tag] of entries) shell = shell.replace(tag, '');
    const list = (files: string[]) => files.join(' ');
    loader =
      `<script data-load-styles="${list(links.map((l) => fromRoot(l[2]!)))}"` +
      ` data-load-preload="${list(preload.map((file) => base + file))}"` +
      ` data-load-module="${list(entries.map((e) => fromRoot(e[1]!)))}">${AFTER_FIRST_PAINT}</script>`;
    preloads = '';
    scripts.push(inlineHash(AFTER_FIRST_PAINT));
    shell = shell.replace('<!--app-head-->', () => `<!--app-head--><style>${text}</style>`);
    styles.push(inlineHash(text));
  }
  const policy = csp
    ? `<meta http-equiv="Content-Security-Policy" content="${policyWith(CONTENT_SECURITY_POLICY, { scripts, styles })}">\n    `
    : '';
  let html = shell
    .replace('<!--app-head-->', () => policy + page.head + (preloads ? `\n    ${preloads}` : ''))
    .replace('<!--app-body-->', () => page.body + loader);
  if (base !== './') {
    // The template's own links are written for a page at the root.
    html = html.replace(/(href|src)="\.\/(?!\.)/g, (_m, attr: string) => `${attr}="${base}`);
  }
  return html;
}
