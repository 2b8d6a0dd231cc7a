// Only the input → paint part of the bench, to iterate in a minute: serves the built site
// (dist/, run `node scripts/build.mjs` first) and the bare reference page, and times slider input
// → painted chart in both with the bench's one instrument, unthrottled and at 4× CPU throttle.
//   npx tsx scripts/bench/paint.ts [--rounds 3] [--inputs 40] [--dist another/build]
//   npx tsx scripts/bench/paint.ts --trace .reports/paint-trace.json [--throttle 4]
// --trace also records a Chromium performance trace of 40 sandbox inputs and prints where the
// main thread's time went (by trace event), so a change can be checked against it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serveDist } from '../serve.mjs';
import { paintBench, traceSandboxInputs } from './browser.ts';
import { buildYardsticks } from './yardsticks.ts';

const YARDSTICKS = '.reports/bench-pages';
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    inputs: { type: 'string', default: '40' },
    trace: { type: 'string' },
    throttle: { type: 'string', default: '1' },
    dist: { type: 'string', default: 'dist' },
  },
});

const listen = async (dir: string, base: string) => {
  const server: Server = await serveDist({ port: 0, base, dir, compress: true });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}` };
};

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

await buildYardsticks(YARDSTICKS);
const site = await listen(args.dist, '/backfill/');
const yard = await listen(YARDSTICKS, '/bench/');
try {
  console.log(`load average at start: ${load()}`);
  if (args.trace) {
    await traceSandboxInputs(site.url, args.trace, Number(args.throttle));
  } else {
    const figures = await paintBench(site.url, `${yard.url}reference/`, {
      rounds: Number(args.rounds),
      inputs: Number(args.inputs),
    });
    const f = (n: number) => n.toFixed(1).padStart(6);
    for (const [name, sandbox, reference] of [
      ['unthrottled', figures.sandbox.unthrottled, figures.reference.unthrottled],
      ['4× CPU', figures.sandbox.throttled, figures.reference.throttled],
    ] as const) {
      console.log(
        `${name.padEnd(12)} sandbox median ${f(sandbox.median)} p95 ${f(sandbox.p95)} · reference median ${f(reference.median)} p95 ${f(reference.p95)} · p95 ratio ${(sandbox.p95 / reference.p95).toFixed(2)}×`,
      );
    }
    const b = figures.sandbox;
    console.log(
      `bands from the worker p95: ${f(b.unthrottledBands.p95)} unthrottled, ${f(b.throttledBands.p95)} at 4×`,
    );
  }
  console.log(`load average at end: ${load()}`);
} finally {
  site.server.close();
  yard.server.close();
}
