// The sandbox's state: the reader's settings, the latest model result, and what to announce.
// Settings change at once; results arrive from the model client (a worker, or the main thread
// as a fallback) and only the newest is kept. Announcements are throttled to one sentence after
// the reader pauses, through one polite live region.
import { sandboxStrings } from 'virtual:backfill/sandbox-strings';
import type { Preset } from '../lib/content-types.ts';
import {
  clampToSpec,
  defaultValues,
  type ParameterId,
  type ParameterSpec,
  type ParameterValues,
} from '../../workers/stockpile/parameters.ts';
import {
  DEFAULT_SEED,
  centralRuns,
  clampValues,
  simulate,
  type CentralRuns,
  type ScenarioResult,
} from '../../workers/stockpile/simulate.ts';
import { describeChange, describeHeadline, describeRunOut } from './describe.ts';
import { fill } from './strings.ts';
import { createModelClient, type ModelClient, type ModelMode } from './model-client.ts';
import type { Goal, GoalSeekLever, GoalSeekResult } from '../../workers/stockpile/goal-seek.ts';

/** How long the reader must pause before the live region speaks. */
const ANNOUNCE_AFTER_MS = 700;
/** How long the reader must pause before "what would it take?" is asked again. */
const GOAL_AFTER_MS = 350;

function sameValues(a: ParameterValues, b: ParameterValues): boolean {
  for (const key of Object.keys(b) as (keyof ParameterValues)[])
    if (a[key] !== b[key]) return false;
  return true;
}

/** Bands of zero width on the central runs: a stand-in until the Monte Carlo arrives. */
function collapsedBands(central: CentralRuns): Pick<ScenarioResult, 'bands' | 'difference'> {
  const on = (v: Float64Array) => ({ p05: v, p25: v, p50: v, p75: v, p95: v });
  const { scenario, baseline, differenceCentral } = central;
  return {
    bands: {
      scenario: {
        japanStock: on(scenario.stocks.japanStock),
        usPool: on(scenario.stocks.usPool),
        ukraineStock: on(scenario.stocks.ukraineStock),
        unmetLaunches: on(scenario.demand.unmetLaunches),
        engagedShare: on(scenario.demand.engagedShare),
      },
      baseline: {
        ukraineStock: on(baseline.stocks.ukraineStock),
        unmetLaunches: on(baseline.demand.unmetLaunches),
        engagedShare: on(baseline.demand.engagedShare),
      },
    },
    difference: {
      central: differenceCentral,
      bands: {
        extraDelivered: on(differenceCentral.extraDelivered),
        extraEngaged: on(differenceCentral.extraEngaged),
      },
    },
  };
}

export class SandboxState {
  readonly ledger: readonly ParameterSpec[];
  values = $state<ParameterValues>() as ParameterValues;
  seed = $state(DEFAULT_SEED);
  result = $state.raw<ScenarioResult>() as ScenarioResult;
  mode = $state<ModelMode | 'starting'>('starting');
  /** Counts results drawn (previews included); tests and the benchmark watch it. */
  revision = $state(0);
  /** False while the lines are a preview and the Monte Carlo bands are still on their way. */
  complete = $state(true);
  announcement = $state('');
  /** The preset whose values are all in force, if any. */
  activePreset = $state<string | null>(null);
  /** "What would it take?": the question asked, and its latest answer for these settings. */
  goal = $state<{ goal: Goal; lever: GoalSeekLever } | null>(null);
  goalAnswer = $state.raw<GoalSeekResult | null>(null);
  /** 'working' while an answer for the current question and settings is on its way. */
  goalStatus = $state<'idle' | 'working' | 'done' | 'failed'>('idle');

  #client: ModelClient | null = null;
  #announced: ScenarioResult;
  #pendingSubject:
    { kind: 'parameter'; spec: ParameterSpec } | { kind: 'preset'; label: string } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listeners: ((values: ParameterValues, seed: number) => void)[] = [];
  #goalTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    ledger: readonly ParameterSpec[],
    values?: Partial<ParameterValues>,
    seed = DEFAULT_SEED,
  ) {
    this.ledger = ledger;
    this.values = { ...defaultValues(ledger), ...values };
    this.seed = seed;
    // The first result is computed here, identically on the server and in the browser, so the
    // prerendered charts and the hydrated ones match.
    this.result = simulate(ledger, this.values, { seed });
    this.#announced = this.result;
  }

  /** In the browser: start the model client (a worker when one can run). */
  start(createWorker?: Parameters<typeof createModelClient>[0]['createWorker']): void {
    this.#client = createModelClient({
      ledger: this.ledger,
      createWorker,
      onResult: (delivery) => {
        const fresh = delivery.seed === this.seed && sameValues(delivery.values, this.values);
        const current = this.result;
        // An answer for settings the reader has already left must not pull the lines back to
        // them: keep the preview's central runs and take only its bands, until the answer for
        // the current settings arrives.
        this.result =
          fresh || delivery.result.scenario.horizon !== current.scenario.horizon
            ? delivery.result
            : {
                ...current,
                bands: delivery.result.bands,
                difference: { ...current.difference, bands: delivery.result.difference.bands },
              };
        this.revision++;
        this.complete = fresh;
        this.mode = delivery.mode;
        this.#scheduleAnnouncement();
      },
      onGoalSeek: (delivery) => {
        const asked = this.goal;
        // Only the answer to the question as it stands, for the settings as they stand.
        if (
          !asked ||
          delivery.result.lever !== asked.lever ||
          delivery.result.goal.share !== Math.min(1, Math.max(0, asked.goal.share)) ||
          delivery.seed !== this.seed ||
          !sameValues(delivery.values, this.values)
        )
          return;
        this.goalAnswer = delivery.result;
        this.goalStatus = 'done';
      },
    });
    this.mode = this.#client.mode;
    if (this.goal) this.#requestGoal(0);
  }

  /**
   * Ask "what would it take?": the smallest setting of `lever` at which Ukraine engages `goal`.
   * Answered by the worker (or the page), again whenever the settings change (after a pause).
   */
  ask(goal: Goal, lever: GoalSeekLever): void {
    this.goal = { goal, lever };
    this.#requestGoal(0);
  }

  #requestGoal(delay: number): void {
    clearTimeout(this.#goalTimer);
    if (!this.goal || !this.#client) return;
    this.goalStatus = 'working';
    this.#goalTimer = setTimeout(() => {
      const asked = this.goal;
      if (!asked || !this.#client) return;
      try {
        this.#client.requestGoalSeek(this.values, this.seed, asked.goal, asked.lever);
      } catch (error) {
        console.warn('Could not ask what it would take:', error);
        this.goalStatus = 'failed';
      }
    }, delay);
  }

  stop(): void {
    this.#client?.dispose();
    clearTimeout(this.#timer);
    clearTimeout(this.#goalTimer);
  }

  spec(id: ParameterId): ParameterSpec {
    return this.ledger.find((p) => p.id === id)!;
  }

  /** Called with the new settings after every change (the page keeps its URL in step). */
  onChange(listener: (values: ParameterValues, seed: number) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  set(id: ParameterId, value: number): void {
    const spec = this.spec(id);
    const next = clampToSpec(spec, value);
    if (next === this.values[id]) return;
    this.values = { ...this.values, [id]: next };
    this.#pendingSubject = { kind: 'parameter', spec };
    this.activePreset = null;
    this.#request();
  }

  /**
   * Replace every setting (a share link, a preset, Reset). `subject`, a sentence from
   * content/sandbox/strings.yaml ("Reset to the defaults."), is announced before the headline.
   */
  replace(values: Partial<ParameterValues>, seed = this.seed, subject?: string): void {
    this.values = { ...defaultValues(this.ledger), ...values };
    this.seed = seed;
    this.#pendingSubject = subject ? { kind: 'preset', label: subject } : null;
    this.#request();
    // A scenario opened as it is (a share link, Back or Forward) is not announced as a change:
    // the next change is measured against it (its central runs are already drawn), not against
    // whatever was on screen before.
    if (!subject) this.#announced = this.result;
  }

  applyPreset(preset: Preset): void {
    const subject = fill(sandboxStrings.change.preset, { preset: preset.label });
    this.replace(preset.values as Partial<ParameterValues>, this.seed, subject);
    this.activePreset = preset.id;
  }

  reset(): void {
    this.replace({}, DEFAULT_SEED, sandboxStrings.change.reset);
    this.activePreset = null;
  }

  /**
   * Draw the central runs at once: they cost a few microseconds, so the lines and sentences
   * follow the slider in the same frame. The Monte Carlo bands (the heavy part) come from the
   * worker a moment later; until then the previous bands stay, or the lines stand alone if the
   * horizon changed.
   */
  #preview(): void {
    const inputs = clampValues(this.ledger, this.values);
    const previous = this.result;
    const central = centralRuns(this.ledger, inputs);
    const { scenario, baseline, events } = central;
    const stale =
      previous.scenario.horizon === scenario.horizon
        ? {
            bands: previous.bands,
            difference: { central: central.differenceCentral, bands: previous.difference.bands },
          }
        : collapsedBands(central);
    this.result = { ...previous, inputs, scenario, baseline, events, ...stale };
    this.revision++;
    this.complete = false;
  }

  #request(): void {
    for (const listener of this.#listeners) listener(this.values, this.seed);
    if (this.#client) {
      this.#preview();
      this.#client.request(this.values, this.seed);
      // The answer to "what would it take?" belongs to the old settings: ask again once the
      // reader pauses (a goal seek is the heaviest request; the bands go first).
      if (this.goal) this.#requestGoal(GOAL_AFTER_MS);
    } else {
      this.result = simulate(this.ledger, this.values, { seed: this.seed });
      this.revision++;
      this.#scheduleAnnouncement();
    }
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#announce(), ANNOUNCE_AFTER_MS);
  }

  #announce(): void {
    const subject = this.#pendingSubject;
    if (!subject) return;
    const result = this.result;
    const before = this.#announced;
    this.#announced = result;
    this.#pendingSubject = null;
    try {
      this.announcement =
        subject.kind === 'parameter'
          ? describeChange(before, result, subject.spec, sandboxStrings)
          : `${subject.label} ${describeHeadline(result, sandboxStrings)} ${describeRunOut(result, sandboxStrings)}`;
    } catch (error) {
      // A sentence that cannot be written is skipped; the sandbox's error message covers the rest.
      console.warn('Could not describe the change:', error);
    }
  }
}
