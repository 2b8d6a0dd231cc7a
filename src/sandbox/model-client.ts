// The one way the UI runs the model. Latest inputs win: at most one request is with the worker
// and one waits (newer inputs replace it), so a fast slider drag never builds a queue. When no
// worker can run (strict CSP, a sandboxed iframe, an old browser) or it stops answering, the
// same model runs on the main thread.
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { ModelApi } from '../../workers/stockpile/api.ts';
import type { ParameterSpec, ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate, type ScenarioResult } from '../../workers/stockpile/simulate.ts';

export type ModelMode = 'worker' | 'main-thread';

export interface ModelDelivery {
  /** Request number; each delivery's is higher than the one before. */
  id: number;
  /** The inputs as requested (result.inputs has them clamped to the ledger). */
  values: ParameterValues;
  seed: number;
  result: ScenarioResult;
  /** Where this result was computed. */
  mode: ModelMode;
}

/** A worker as the client uses it: a message endpoint that can be stopped. */
export type WorkerLike = Endpoint & { terminate?: () => void };

export interface ModelClientOptions {
  ledger: readonly ParameterSpec[];
  onResult: (delivery: ModelDelivery) => void;
  /** Makes the worker; tests inject a fake. May throw (the client then stays on the main thread). */
  createWorker?: () => WorkerLike;
  /** A worker that has not answered a request within this time is treated as failed. */
  answerTimeoutMs?: number;
  /** Monte Carlo runs per request (default: the model's own default). */
  runs?: number;
}

export interface ModelClient {
  request(values: ParameterValues, seed: number): void;
  readonly mode: ModelMode;
  dispose(): void;
}

interface Request {
  id: number;
  values: ParameterValues;
  seed: number;
}

const DEFAULT_ANSWER_TIMEOUT_MS = 4000;

function createModuleWorker(): WorkerLike {
  return new Worker(new URL('../../workers/stockpile.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function createModelClient(options: ModelClientOptions): ModelClient {
  const { ledger, onResult, runs } = options;
  const createWorker = options.createWorker ?? createModuleWorker;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;

  let mode: ModelMode = 'worker';
  let disposed = false;
  let lastId = 0;
  let lastDelivered = 0;
  let latest: Request | null = null;
  let inFlight: Request | null = null;
  let pending: Request | null = null;
  let worker: WorkerLike | null = null;
  let remote: Remote<ModelApi> | null = null;
  // Bumped whenever a worker is dropped, so its late answers and events are ignored.
  let generation = 0;
  let answeredOnce = false;
  let restarted = false;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let mainThreadQueued = false;

  function deliver(request: Request, result: ScenarioResult, from: ModelMode): void {
    if (disposed || request.id <= lastDelivered) return;
    lastDelivered = request.id;
    onResult({ id: request.id, values: request.values, seed: request.seed, result, mode: from });
  }

  function startWorker(): boolean {
    let created: WorkerLike;
    try {
      created = createWorker();
    } catch {
      return false;
    }
    const mine = ++generation;
    const onFailure = () => {
      if (mine === generation) fail();
    };
    created.addEventListener('error', onFailure);
    created.addEventListener('messageerror', onFailure);
    worker = created;
    remote = wrap<ModelApi>(created);
    return true;
  }

  function stopWorker(): void {
    generation++;
    clearTimeout(timeout);
    worker?.terminate?.();
    worker = null;
    remote = null;
    inFlight = null;
    pending = null;
  }

  function send(request: Request): void {
    const mine = generation;
    inFlight = request;
    timeout = setTimeout(() => {
      if (mine === generation) fail();
    }, answerTimeoutMs);
    remote!.simulate(request.values, request.seed, runs).then(
      (result) => {
        if (mine !== generation) return;
        clearTimeout(timeout);
        answeredOnce = true;
        inFlight = null;
        deliver(request, result, 'worker');
        const next = pending;
        pending = null;
        if (next) send(next);
      },
      () => {
        if (mine === generation) fail();
      },
    );
  }

  /** A worker that never answered is given up at once; one that crashed mid-session gets one restart. */
  function fail(): void {
    stopWorker();
    if (answeredOnce && !restarted) {
      restarted = true;
      if (startWorker()) {
        if (latest && latest.id > lastDelivered) send(latest);
        return;
      }
    }
    mode = 'main-thread';
    runOnMainThreadSoon();
  }

  // One run for a burst of requests: the latest inputs when the timer fires.
  function runOnMainThreadSoon(): void {
    if (mainThreadQueued || disposed) return;
    mainThreadQueued = true;
    setTimeout(() => {
      mainThreadQueued = false;
      const request = latest;
      if (disposed || !request || request.id <= lastDelivered) return;
      deliver(
        request,
        simulate(ledger, request.values, { seed: request.seed, runs }),
        'main-thread',
      );
    }, 0);
  }

  if (!startWorker()) mode = 'main-thread';

  return {
    request(values, seed) {
      if (disposed) return;
      // A plain copy: later edits must not change a request, and a reactive proxy cannot be
      // posted to a worker.
      const request = { id: ++lastId, values: { ...values }, seed };
      latest = request;
      if (mode === 'main-thread') runOnMainThreadSoon();
      else if (inFlight) pending = request;
      else send(request);
    },
    get mode() {
      return mode;
    },
    dispose() {
      disposed = true;
      stopWorker();
      latest = null;
    },
  };
}
