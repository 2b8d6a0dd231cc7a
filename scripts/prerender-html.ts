// Put a rendered page into the HTML template: head tags, body, island chunk preloads, and
// asset paths made relative to the page's depth so dist/ works under any sub-path.

/**
 * The Content-Security-Policy every built page carries as a meta tag (the same policy, plus
 * frame-ancestors, is in public/_headers for hosts that send headers). No inline script, no eval;
 * workers only from this site (blob: for the offline file's inlined worker); images from this
 * site or blob: (PNG downloads draw the chart from a blob: URL). Not added in dev, where Vite
 * injects styles inline.
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

export interface InjectOptions {
  /** Relative path from the page to the site root. */
  base: string;
  /** Chunk files (relative to the root) to preload because their islands wake at load. */
  preload: string[];
  /** Add the Content-Security-Policy meta tag (the build does; the dev server does not). */
  csp?: boolean;
}

export function injectPage(
  template: string,
  page: { head: string; body: string },
  { base, preload, csp = false }: InjectOptions,
): string {
  const preloads = preload
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('\n    ');
  const policy = csp
    ? `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n    `
    : '';
  let html = template
    .replace('<!--app-head-->', () => policy + page.head + (preloads ? `\n    ${preloads}` : ''))
    .replace('<!--app-body-->', () => page.body);
  if (base !== './') {
    // The template's own links are written for a page at the root.
    html = html.replace(/(href|src)="\.\/(?!\.)/g, (_m, attr: string) => `${attr}="${base}`);
  }
  return html;
}
