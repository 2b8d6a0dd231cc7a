// Put a rendered page into the HTML template: head tags, body, island chunk preloads, and
// asset paths made relative to the page's depth so dist/ works under any sub-path.

export interface InjectOptions {
  /** Relative path from the page to the site root. */
  base: string;
  /** Chunk files (relative to the root) to preload because their islands wake at load. */
  preload: string[];
}

export function injectPage(
  template: string,
  page: { head: string; body: string },
  { base, preload }: InjectOptions,
): string {
  const preloads = preload
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('\n    ');
  let html = template
    .replace('<!--app-head-->', () => page.head + (preloads ? `\n    ${preloads}` : ''))
    .replace('<!--app-body-->', () => page.body);
  if (base !== './') {
    // The template's own links are written for a page at the root.
    html = html.replace(/(href|src)="\.\/(?!\.)/g, (_m, attr: string) => `${attr}="${base}`);
  }
  return html;
}
