// The service worker: after one visit the whole site works offline. It precaches every file of
// the built site (pages, scripts, the model worker, styles, icons), listed by the build after
// prerendering (scripts/pwa.mjs). Pages are fetched from the network first, so a reload online
// always shows the latest version; offline, the precached page answers.
//
// A new deploy never breaks an open tab. A new version's worker installs (adding its files to
// the precache) and then waits: it does not skip waiting, so the old worker keeps serving every
// tab opened before the deploy, with that version's lazily loaded scripts, until no tab uses it.
// Only then does the new worker activate and drop the old version's files. Meanwhile a page
// loaded online is the new version (network-first) and its scripts, which the old worker does not
// know, come from the network.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

// On the first install no page has a worker yet: take the open pages at once (no old version).
clientsClaim();
cleanupOutdatedCaches();

/** The precached file for a page's address: /x/ → /x/index.html, /x/classroom → classroom.html. */
function pageFile(url: URL): string {
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return /\.html$/.test(path) ? path : `${path}.html`;
}

// Registered before the precache route, so pages are network-first.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request, url }) => {
    try {
      const response = await fetch(request);
      if (response.ok || response.status < 500) return response;
      throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      const cached = await matchPrecache(pageFile(url));
      if (cached) return cached;
      throw error;
    }
  },
);

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
