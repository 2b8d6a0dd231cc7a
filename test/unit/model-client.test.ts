import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { ledger } from '../support/content.ts';
import {
  createModelClient,
  type ModelClient,
  type ModelDelivery,
  type WorkerLike,
} from '../../src/sandbox/model-client.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { clampValues, simulate } from '../../workers/stockpile/simulate.ts';

const defaults = defaultValues(ledger);
const RUNS = 40;

interface Call {
  values: ParameterValues;
  seed: number;
  settled: boolean;
  answer: () => void;
  refuse: () => void;
}

/**
 * A stand-in worker: the real model API behind a MessageChannel, except that each call waits
 * until the test answers it, so the test sees exactly what is in flight.
 */
class FakeWorkers {
  created = 0;
  calls: Call[] = [];
  outstanding = 0;
  mostOutstanding = 0;
  endpoints: (WorkerLike & EventTarget)[] = [];
  private ports: MessagePort[] = [];

  create = (): WorkerLike => {
    this.created++;
    const channel = new MessageChannel();
    const api = {
      simulate: (values: ParameterValues, seed: number, runs?: number) =>
        new Promise((resolve, reject) => {
          this.outstanding++;
          this.mostOutstanding = Math.max(this.mostOutstanding, this.outstanding);
          const call: Call = {
            values,
            seed,
            settled: false,
            answer: () => {},
            refuse: () => {},
          };
          const settle = (fn: () => void) => () => {
            if (call.settled) return;
            call.settled = true;
            this.outstanding--;
            fn();
          };
          this.calls.push(
            Object.assign(call, {
              answer: settle(() => resolve(simulate(ledger, values, { seed, runs }))),
              refuse: settle(() => reject(new Error('model failed'))),
            }),
          );
        }),
    };
    expose(api, channel.port1);
    const endpoint = channel.port2 as MessagePort & WorkerLike;
    endpoint.terminate = () => channel.port1.close();
    this.ports.push(channel.port1, channel.port2);
    this.endpoints.push(endpoint);
    return endpoint;
  };

  open(): Call[] {
    return this.calls.filter((c) => !c.settled);
  }

  close() {
    for (const port of this.ports) port.close();
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const valuesAt = (i: number): ParameterValues => ({
  ...defaults,
  japanExportPerYear: i % 61,
  ballisticLaunchesPerMonth: 10 + 5 * (i % 29),
});

let client: ModelClient | undefined;
let workers: FakeWorkers | undefined;
afterEach(() => {
  client?.dispose();
  workers?.close();
  client = undefined;
  workers = undefined;
});

function setUp(options: { createWorker?: () => WorkerLike; answerTimeoutMs?: number } = {}) {
  const delivered: ModelDelivery[] = [];
  workers = new FakeWorkers();
  client = createModelClient({
    ledger,
    onResult: (d) => delivered.push(d),
    createWorker: options.createWorker ?? workers.create,
    answerTimeoutMs: options.answerTimeoutMs ?? 10_000,
    runs: RUNS,
  });
  return { client, workers, delivered };
}

/** A client whose worker has answered one request: from here on a failure is a crash. */
async function answeredOnce() {
  const setup = setUp();
  setup.client.request(valuesAt(1), 1);
  await until(() => setup.workers.calls.length === 1, 'a call');
  setup.workers.calls[0]!.answer();
  await until(() => setup.delivered.length === 1, 'the first delivery');
  return setup;
}

describe('the model client with a worker', () => {
  it('keeps at most one request in flight through 300 rapid requests and delivers the last', async () => {
    const { client, workers, delivered } = setUp();
    expect(client.mode).toBe('worker');
    for (let i = 0; i < 300; i++) client.request(valuesAt(i), 1);
    await until(() => workers.calls.length === 1, 'the first call');
    // The first request went out; 298 were replaced while it ran.
    expect(workers.calls[0]!.values).toEqual(valuesAt(0));
    workers.calls[0]!.answer();
    await until(() => workers.calls.length === 2, 'the pending call');
    expect(workers.calls[1]!.values).toEqual(valuesAt(299));
    workers.calls[1]!.answer();
    await until(() => delivered.length === 2, 'two deliveries');
    await tick();

    expect(workers.mostOutstanding).toBe(1);
    expect(workers.calls).toHaveLength(2);
    expect(delivered.map((d) => d.id)).toEqual([1, 300]);
    const last = delivered.at(-1)!;
    expect(last.values).toEqual(valuesAt(299));
    expect(last.mode).toBe('worker');
    expect(last.result).toEqual(simulate(ledger, valuesAt(299), { seed: 1, runs: RUNS }));
  });

  it('never delivers a result older than one already delivered, however requests and answers interleave', async () => {
    const { client, workers, delivered } = setUp();
    let sent = 0;
    for (let round = 0; round < 40; round++) {
      const burst = 1 + ((round * 7) % 5);
      for (let i = 0; i < burst; i++) client.request(valuesAt(sent++), round);
      await tick();
      if (round % 3 !== 2) workers.open().at(-1)?.answer();
      await tick();
      expect(workers.outstanding).toBeLessThanOrEqual(1);
    }
    // Answer whatever is left until the latest is delivered.
    await until(() => {
      for (const call of workers.open()) call.answer();
      return delivered.at(-1)?.id === sent;
    }, 'the latest delivery');
    const ids = delivered.map((d) => d.id);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(workers.mostOutstanding).toBe(1);
    expect(delivered.at(-1)!.values).toEqual(valuesAt(sent - 1));
    for (const d of delivered) expect(d.result.inputs).toEqual(clampValues(ledger, d.values));
  });

  it('restarts a worker that crashes mid-session and re-sends the latest inputs', async () => {
    const { client, workers, delivered } = await answeredOnce();

    client.request(valuesAt(2), 1);
    client.request(valuesAt(3), 1);
    await until(() => workers.calls.length === 2, 'a second call');
    workers.endpoints[0]!.dispatchEvent(new Event('error'));

    expect(workers.created).toBe(2);
    expect(client.mode).toBe('worker');
    await until(() => workers.calls.length === 3, 'the re-sent call');
    expect(workers.calls[2]!.values).toEqual(valuesAt(3));
    workers.calls[1]!.answer(); // the crashed worker's late answer is ignored
    workers.calls[2]!.answer();
    await until(() => delivered.length === 2, 'the re-sent delivery');
    await tick();
    expect(delivered).toHaveLength(2);
    expect(delivered[1]!.values).toEqual(valuesAt(3));
    expect(delivered[1]!.result).toEqual(simulate(ledger, valuesAt(3), { seed: 1, runs: RUNS }));
  });

  it('falls back to the main thread when the restarted worker fails too (a rejected call)', async () => {
    const { client, workers, delivered } = await answeredOnce();

    client.request(valuesAt(2), 1);
    await until(() => workers.calls.length === 2, 'a second call');
    workers.calls[1]!.refuse();
    await until(() => workers.calls.length === 3, 'the re-sent call');
    expect(workers.created).toBe(2);
    workers.calls[2]!.refuse();
    await until(() => delivered.length === 2, 'the main-thread delivery');

    expect(client.mode).toBe('main-thread');
    expect(workers.created).toBe(2);
    expect(delivered[1]!.mode).toBe('main-thread');
    expect(delivered[1]!.result).toEqual(simulate(ledger, valuesAt(2), { seed: 1, runs: RUNS }));
  });

  it('falls back to the main thread when the worker never answers', async () => {
    const { client, workers, delivered } = setUp({ answerTimeoutMs: 20 });
    client.request(valuesAt(5), 4);
    await until(() => delivered.length === 1, 'the main-thread delivery');
    expect(client.mode).toBe('main-thread');
    expect(workers.created).toBe(1);
    expect(delivered[0]!.result).toEqual(simulate(ledger, valuesAt(5), { seed: 4, runs: RUNS }));
  });
});

describe('the model client without a worker', () => {
  const refuse = () => {
    throw new Error('Worker is not allowed here');
  };

  it('runs on the main thread with identical results when the worker cannot be created', async () => {
    const { client, delivered } = setUp({ createWorker: refuse });
    expect(client.mode).toBe('main-thread');
    client.request(valuesAt(7), 11);
    await until(() => delivered.length === 1, 'a delivery');
    expect(delivered[0]!.mode).toBe('main-thread');
    expect(delivered[0]!.values).toEqual(valuesAt(7));
    expect(delivered[0]!.seed).toBe(11);
    expect(delivered[0]!.result).toEqual(simulate(ledger, valuesAt(7), { seed: 11, runs: RUNS }));
  });

  it('runs the model once for a burst of requests, with the latest inputs', async () => {
    const { client, delivered } = setUp({ createWorker: refuse });
    for (let i = 0; i < 300; i++) client.request(valuesAt(i), 2);
    await until(() => delivered.length === 1, 'a delivery');
    await tick();
    await tick();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.id).toBe(300);
    expect(delivered[0]!.values).toEqual(valuesAt(299));
  });

  it('delivers nothing after dispose()', async () => {
    const { client, delivered } = setUp({ createWorker: refuse });
    client.request(valuesAt(1), 1);
    client.dispose();
    await tick();
    await tick();
    expect(delivered).toHaveLength(0);
  });
});
