// The one way the UI runs the model. Latest inputs win: at most one request is with the worker,
// and one of each kind waits (newer inputs replace it), so a fast slider drag never builds a
// queue. Every answer is checked against the result's shape before it is used. When no worker
// can run (strict CSP, a sandboxed iframe, an old browser), it stops answering, or it answers
// nonsense, the same model runs on the main thread.
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { ModelApi } from '../../workers/stockpile/api.ts';
import {
  checkGoal,
  goalSeek,
  type Goal,
  type GoalSeekLever,
  type GoalSeekResult,
} from '../../workers/stockpile/goal-seek.ts';
import { DEFAULT_RUNS } from '../../workers/stockpile/monte-carlo.ts';
import type { ParameterSpec, ParameterValues } from '../../workers/stockpile/parameters.ts';
import { clampValues, simulate, type ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { goalSeekResultProblem, scenarioResultProblem } from '../../workers/stockpile/validate.ts';

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

export interface GoalSeekDelivery {
  /** Goal-seek request number (counted apart from scenario requests). */
  id: number;
  values: ParameterValues;
  seed: number;
  result: GoalSeekResult;
  mode: ModelMode;
}

/** A worker as the client uses it: a message endpoint that can be stopped. */
export type WorkerLike = Endpoint & { terminate?: () => void };

export interface ModelClientOptions {
  ledger: readonly ParameterSpec[];
  onResult: (delivery: ModelDelivery) => void;
  /** Receives goal-seek answers (latest request wins, as for scenarios). */
  onGoalSeek?: (delivery: GoalSeekDelivery) => void;
  /** Makes the worker; tests inject a fake. May throw (the client then stays on the main thread). */
  createWorker?: () => WorkerLike;
  /** A worker that has not answered a request within this time is treated as failed. */
  answerTimeoutMs?: number;
  /** Monte Carlo runs per request (default: the model's own default). */
  runs?: number;
}

export interface ModelClient {
  request(values: ParameterValues, seed: number): void;
  /**
   * Ask for the smallest `lever` value that reaches `goal`. Throws a RangeError at once for an
   * unknown lever or a malformed goal.
   */
  requestGoalSeek(values: ParameterValues, seed: number, goal: Goal, lever: GoalSeekLever): void;
  readonly mode: ModelMode;
  dispose(): void;
}

interface SimulateJob {
  kind: 'simulate';
  id: number;
  values: ParameterValues;
  seed: number;
}

interface GoalSeekJob {
  kind: 'goalSeek';
  id: number;
  values: ParameterValues;
  seed: number;
  goal: Goal;
  lever: GoalSeekLever;
}

type Job = SimulateJob | GoalSeekJob;

const DEFAULT_ANSWER_TIMEOUT_MS = 4000;
/** The longest a scenario's answer waits for the frame its request asked for. */
const PAINT_WAIT_MS = 100;

function createModuleWorker(): WorkerLike {
  return new Worker(new URL('../../workers/stockpile.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function createModelClient(options: ModelClientOptions): ModelClient {
  const { ledger, onResult, onGoalSeek } = options;
  const runs = options.runs ?? DEFAULT_RUNS;
  const createWorker = options.createWorker ?? createModuleWorker;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;

  let mode: ModelMode = 'worker';
  let disposed = false;
  const lastId = { simulate: 0, goalSeek: 0 };
  const delivered = { simulate: 0, goalSeek: 0 };
  let latest: { simulate: SimulateJob | null; goalSeek: GoalSeekJob | null } = {
    simulate: null,
    goalSeek: null,
  };
  let pending: { simulate: SimulateJob | null; goalSeek: GoalSeekJob | null } = {
    simulate: null,
    goalSeek: null,
  };
  let inFlight: Job | null = null;
  let worker: WorkerLike | null = null;
  let remote: Remote<ModelApi> | null = null;
  // Bumped whenever a worker is dropped, so its late answers and events are ignored.
  let generation = 0;
  let answeredOnce = false;
  let restarted = false;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let mainThreadQueued = false;

  const undelivered = (job: Job | null): job is Job => job !== null && job.id > delivered[job.kind];

  // A scenario's answer that lands before the browser has drawn the frame its request asked
  // for (the page draws a preview of the lines at once) waits until just after that frame: the
  // reader sees the lines move first, and the bands one frame later at most.
  let unpainted = false;
  let afterPaint: (() => void)[] = [];
  function markUnpainted(): void {
    if (unpainted || typeof requestAnimationFrame !== 'function') return;
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    unpainted = true;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      unpainted = false;
      const waiting = afterPaint;
      afterPaint = [];
      for (const run of waiting) run();
    };
    // The frame is drawn right after its animation-frame callbacks: a task posted from one runs
    // after the paint. A page that stops drawing (hidden) is let go by the timer.
    requestAnimationFrame(() => setTimeout(release, 0));
    setTimeout(release, PAINT_WAIT_MS);
  }
  function paintFirst(run: () => void): void {
    if (unpainted) afterPaint.push(run);
    else run();
  }

  function deliver(job: Job, result: ScenarioResult | GoalSeekResult, from: ModelMode): void {
    if (disposed || !undelivered(job)) return;
    delivered[job.kind] = job.id;
    const { id, values, seed } = job;
    if (job.kind === 'simulate') {
      onResult({ id, values, seed, result: result as ScenarioResult, mode: from });
    } else {
      onGoalSeek?.({ id, values, seed, result: result as GoalSeekResult, mode: from });
    }
  }

  /** Why a worker's answer cannot be used, or null when it can. */
  function problemOf(job: Job, result: unknown): string | null {
    if (job.kind === 'simulate') {
      const inputs = clampValues(ledger, job.values);
      return scenarioResultProblem(result, ledger, { inputs, seed: job.seed, runs });
    }
    const { goal, lever, seed } = job;
    return goalSeekResultProblem(result, ledger, { goal, lever, seed, runs });
  }

  function runHere(job: Job): ScenarioResult | GoalSeekResult {
    return job.kind === 'simulate'
      ? simulate(ledger, job.values, { seed: job.seed, runs })
      : goalSeek(ledger, job.values, job.goal, job.lever, { seed: job.seed, runs });
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
    pending = { simulate: null, goalSeek: null };
  }

  function call(job: Job): Promise<unknown> {
    return job.kind === 'simulate'
      ? remote!.simulate(job.values, job.seed, runs)
      : remote!.goalSeek(job.values, job.goal, job.lever, job.seed, runs);
  }

  function send(job: Job): void {
    const mine = generation;
    inFlight = job;
    timeout = setTimeout(() => {
      if (mine === generation) fail();
    }, answerTimeoutMs);
    call(job).then(
      (result) => {
        if (mine !== generation) return;
        clearTimeout(timeout);
        const problem = problemOf(job, result);
        if (problem !== null) {
          malformed(problem);
          return;
        }
        answeredOnce = true;
        inFlight = null;
        const answer = result as ScenarioResult | GoalSeekResult;
        if (job.kind === 'simulate') paintFirst(() => deliver(job, answer, 'worker'));
        else deliver(job, answer, 'worker');
        sendNext();
      },
      () => {
        if (mine === generation) fail();
      },
    );
  }

  /** Scenarios first: they draw the charts. */
  function sendNext(): void {
    const next = pending.simulate ?? pending.goalSeek;
    if (!next) return;
    pending[next.kind] = null;
    send(next);
  }

  function queue(job: Job): void {
    if (mode === 'main-thread') runOnMainThreadSoon();
    else if (inFlight) (pending as Record<Job['kind'], Job | null>)[job.kind] = job;
    else send(job);
  }

  /** A worker that never answered is given up at once; one that crashed mid-session gets one restart. */
  function fail(): void {
    stopWorker();
    if (answeredOnce && !restarted) {
      restarted = true;
      if (startWorker()) {
        for (const job of [latest.simulate, latest.goalSeek]) if (undelivered(job)) queue(job);
        return;
      }
    }
    toMainThread();
  }

  /**
   * A worker that answers nonsense would answer it again: no restart. Said once on the console,
   * so a broken deployment is visible without flooding it.
   */
  function malformed(problem: string): void {
    console.warn(`The model worker sent a malformed result (${problem}); the page runs the model.`);
    stopWorker();
    toMainThread();
  }

  function toMainThread(): void {
    mode = 'main-thread';
    runOnMainThreadSoon();
  }

  // One run for a burst of requests: the latest inputs when the timer fires.
  function runOnMainThreadSoon(): void {
    if (mainThreadQueued || disposed) return;
    mainThreadQueued = true;
    setTimeout(() => {
      mainThreadQueued = false;
      if (disposed) return;
      for (const job of [latest.simulate, latest.goalSeek]) {
        if (undelivered(job)) deliver(job, runHere(job), 'main-thread');
      }
    }, 0);
  }

  if (!startWorker()) mode = 'main-thread';

  return {
    request(values, seed) {
      if (disposed) return;
      // A plain copy: later edits must not change a request, and a reactive proxy cannot be
      // posted to a worker.
      const job: SimulateJob = {
        kind: 'simulate',
        id: ++lastId.simulate,
        values: { ...values },
        seed,
      };
      latest.simulate = job;
      markUnpainted();
      queue(job);
    },
    requestGoalSeek(values, seed, rawGoal, rawLever) {
      const { goal, lever } = checkGoal(rawGoal, rawLever);
      if (disposed) return;
      const id = ++lastId.goalSeek;
      const job: GoalSeekJob = { kind: 'goalSeek', id, values: { ...values }, seed, goal, lever };
      latest.goalSeek = job;
      queue(job);
    },
    get mode() {
      return mode;
    },
    dispose() {
      disposed = true;
      afterPaint = [];
      stopWorker();
      latest = { simulate: null, goalSeek: null };
    },
  };
}
