// The service worker is written last, after every page is prerendered into dist/, so the pages
// it precaches are the final ones: vite-plugin-pwa's own build of src/pwa/sw.ts, run through
// its API. During `vite build` and `vite` (dev) the plugin is off (BACKFILL_SW unset), so no
// worker is ever served by the dev server or written before the pages exist.
import { resolveConfig } from 'vite';

/** @param {string} root */
export async function writeServiceWorker(root) {
  process.env.BACKFILL_SW = '1';
  try {
    const config = await resolveConfig({ root, logLevel: 'warn' }, 'build', 'production');
    const plugin = config.plugins.find((p) => p.name === 'vite-plugin-pwa');
    const api = /** @type {{ generateSW(): Promise<void> } | undefined} */ (
      /** @type {{ api?: unknown }} */ (plugin)?.api
    );
    if (!api) throw new Error('vite-plugin-pwa is not in vite.config.ts');
    await api.generateSW();
  } finally {
    delete process.env.BACKFILL_SW;
  }
}
