// Dev server: render pages on request exactly as the build prerenders them, so `npm run dev`
// shows the real page (not an empty shell) and content errors appear in the overlay.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { injectPage } from './prerender-html.ts';

export function devPrerender(): Plugin {
  return {
    name: 'backfill-dev-prerender',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = (req.url ?? '/').split('?')[0]!;
        const path = url === '/' ? 'index.html' : url.replace(/^\//, '');
        if (!path.endsWith('.html')) return next();
        try {
          const mod = (await server.ssrLoadModule(
            '/src/entry-server.ts',
          )) as typeof import('../src/entry-server.ts');
          if (!mod.PAGES.some((p) => p.path === path)) return next();
          const template = await server.transformIndexHtml(
            url,
            readFileSync(resolve('index.html'), 'utf8'),
          );
          const html = injectPage(template, mod.renderPage(path), {
            base: mod.baseFor(path),
            preload: [],
          });
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html);
        } catch (error) {
          server.ssrFixStacktrace(error as Error);
          next(error);
        }
      });
    },
  };
}
