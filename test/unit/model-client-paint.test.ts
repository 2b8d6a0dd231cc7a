// The model client lets the frame an input asked for paint before the worker's answer is
// drawn (issue 10 §4): an answer that lands before that frame waits until just after it; in a
// page that draws no frames (hidden) it is not held back.
import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ledger } from '../support/content.ts';
import {
  createModelClient,
  type ModelClient,
  type ModelDelivery,
  type WorkerLike,
} from '../../src/sandbox/model-client.ts';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

const RUNS = 20;
const values = defaultValues(ledger);

/** A worker that answers at once (the real model behind a MessageChannel). */
function instantWorker(): WorkerLike {
  const channel = new MessageChannel();
  expose(
    {
      simulate: (v: typeof values, seed: number, runs?: number) =>
        simulate(ledger, v, { seed, runs }),
    },
    channel.port1,
  );
  const endpoint = channel.port2 as MessagePort & WorkerLike;
  endpoint.terminate = () => {
    channel.port1.close();
    channel.port2.close();
  };
  return endpoint;
}

/** A page's frames, drawn when the test says. */
function fakeFrames(visibility: 'visible' | 'hidden') {
  let callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal('document', { visibilityState: visibility });
  return {
    draw() {
      const now = callbacks;
      callbacks = [];
      for (const cb of now) cb(0);
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let client: ModelClient | undefined;
afterEach(() => {
  client?.dispose();
  vi.unstubAllGlobals();
});

function start() {
  const delivered: ModelDelivery[] = [];
  client = createModelClient({
    ledger,
    onResult: (d) => delivered.push(d),
    createWorker: instantWorker,
    runs: RUNS,
  });
  return delivered;
}

describe('an answer that lands before the frame its request asked for', () => {
  it('waits until just after that frame', async () => {
    const frames = fakeFrames('visible');
    const delivered = start();
    client!.request(values, 1);
    await wait(50);
    expect(delivered, 'held while the frame is still to be drawn').toHaveLength(0);
    frames.draw();
    expect(delivered, 'not inside the frame itself').toHaveLength(0);
    await wait(5);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.values).toEqual(values);
  });

  it('is let go after a while if no frame comes', async () => {
    fakeFrames('visible');
    const delivered = start();
    client!.request(values, 1);
    await wait(30);
    expect(delivered).toHaveLength(0);
    await wait(200);
    expect(delivered).toHaveLength(1);
  });

  it('is not held in a hidden page', async () => {
    fakeFrames('hidden');
    const delivered = start();
    client!.request(values, 1);
    await wait(50);
    expect(delivered).toHaveLength(1);
  });
});
