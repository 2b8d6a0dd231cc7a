// For browser tests of cross-origin embedding without the built site: two small HTTP servers on
// two origins (http://127.0.0.1:<port> for the host page, http://localhost:<port> for the
// embedded page), and fixture scripts bundled from TypeScript with Vite's build API.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build, type Rolldown } from 'vite';

export interface Route {
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface Site {
  origin: string;
  /** Path → response; add routes at any time. */
  routes: Map<string, Route>;
  close(): Promise<void>;
}

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
} as const;
export const html = (body: string, headers?: Record<string, string>): Route => ({
  type: TYPES.html,
  body,
  headers,
});
export const js = (body: string | Buffer): Route => ({ type: TYPES.js, body });

/** A server on 127.0.0.1 with a free port, reached as http://<hostname>:<port>. */
export async function startSite(hostname: '127.0.0.1' | 'localhost'): Promise<Site> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes.get(path);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    } else {
      res.writeHead(200, {
        'Content-Type': route.type,
        'Cache-Control': 'no-store',
        ...route.headers,
      });
      res.end(route.body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${hostname}:${port}`,
    routes,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A TypeScript entry bundled into one classic script (IIFE), in memory. */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'BackfillFixture', fileName: () => 'fixture.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} produced no script`);
  return chunk.code;
}
