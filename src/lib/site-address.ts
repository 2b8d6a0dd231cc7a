// Where the site is. Two addresses, for two moments:
//   siteUrl (content/site.yaml, or BACKFILL_SITE_URL at build time): what must be absolute before
//     any browser runs: canonical and social tags, oEmbed files, the offline file's QR codes.
//   the served address: where the reader's browser actually fetched the page from. Every link,
//     embed code and QR code made in the browser uses it, so a copy deployed anywhere hands out
//     links to itself, whatever siteUrl says.

/** The address in content/site.yaml until someone sets the real one. */
export const PLACEHOLDER_SITE_URL = 'https://backfill.example.org/';

/** The environment variable that sets siteUrl for one build. */
export const SITE_URL_ENV = 'BACKFILL_SITE_URL';

/** True while siteUrl is still the placeholder (any path on its host). */
export function isPlaceholderSiteUrl(siteUrl: string): boolean {
  try {
    return new URL(siteUrl).hostname === new URL(PLACEHOLDER_SITE_URL).hostname;
  } catch {
    return false;
  }
}

/**
 * A site address from outside (an environment variable): http(s), no query or fragment, with a
 * trailing slash added if missing. Returns an error sentence instead when it cannot be used.
 */
export function readSiteUrl(raw: string): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { error: `"${raw}" is not an address` };
  }
  if (!/^https?:$/.test(url.protocol)) return { error: `"${raw}" is not an http(s) address` };
  if (url.search || url.hash) return { error: `"${raw}" must not have a query or a #fragment` };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href };
}

/**
 * The site's root as this page was served: `base` (the relative path from the page to the root,
 * e.g. "./" or "../") resolved against the page's own address when it came over http(s); in the
 * offline file (file://) or outside a browser, `siteUrl`.
 */
export function servedSiteUrl(
  base: string,
  siteUrl: string,
  at?: { href: string; protocol: string },
): string {
  const here = at ?? (typeof location === 'undefined' ? undefined : location);
  if (!here || !/^https?:$/.test(here.protocol)) return siteUrl;
  return new URL(base, here.href).href;
}

/** The lines the build prints while siteUrl is the placeholder; none once it is real. */
export function placeholderWarning(siteUrl: string): string[] {
  if (!isPlaceholderSiteUrl(siteUrl)) return [];
  return [
    `WARNING: siteUrl is still the placeholder ${siteUrl}`,
    "Canonical links, social cards, oEmbed files and the offline file's QR codes point there,",
    'an address nobody serves. Links and embed codes made in the browser are not affected.',
    `Set the real address for this build with ${SITE_URL_ENV}=https://example.org/path/ or in`,
    'content/site.yaml (siteUrl, with a trailing slash), then build again.',
  ];
}
