// Registers the offline service worker (src/pwa/sw.ts) in production builds served over http(s),
// scoped to the site's folder. Not in dev, not in embeds inside other sites' pages, not from
// file:// (the offline file needs none). Browser tests block service workers unless a test
// opts in (playwright.config.ts: serviceWorkers).
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(location.protocol) || window.top !== window.self) return;
  // The offline file (data-offline) works without one, even when a school serves it over http.
  if (document.documentElement.dataset.offline === 'true') return;
  if (typeof import.meta.url !== 'string') return;
  // This module is bundled into assets/; the worker and its scope are the folder above.
  const root = import.meta.url.replace(/assets\/[^/]*$/, '');
  if (root === import.meta.url) return;
  navigator.serviceWorker.register(`${root}sw.js`, { scope: root }).catch(() => {
    // No worker (private mode, blocked by policy): the site simply needs the network.
  });
}
