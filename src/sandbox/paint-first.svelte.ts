// What a slider input paints first: the chart the reader sees. The sandbox holds two results:
// the latest (the preview the input drew, then the worker's answer) and `settled`, which catches
// up with it when the browser is idle after the frame. A chart on screen (the selected tab, the
// phone's pinned copy, the diagram or the stocks when scrolled to) draws its lines from the
// latest; its sentences, and every part off screen or hidden, from `settled`. Once settled,
// every part shows exactly what it showed when everything followed the latest at once.
import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { ParameterValues } from '../../workers/stockpile/parameters.ts';
import type { ScenarioResult } from '../../workers/stockpile/simulate.ts';
import { parameters } from 'virtual:backfill/content';
import { PICTURE_CHARTS, type PictureChartId } from './follow.ts';
import {
  sandboxChart,
  type ChartWords,
  type SandboxChartId,
  type SandboxChartView,
} from './charts.ts';
import { idleTask } from './idle.ts';
import type { SandboxState } from './sandbox-state.svelte.ts';

/** A part of the sandbox that may be on screen: a chart, or the phone's pinned copy. */
export type PartId = SandboxChartId | 'in-view';

/**
 * The latest lines with the settled sentences: a chart redrawn at every step does not rewrite
 * its caption and text equivalent until the reader's input has painted.
 */
function linesNow(now: SandboxChartView, words: SandboxChartView): SandboxChartView {
  if (now.kind !== 'time' || words.kind !== 'time') return now;
  return {
    kind: 'time',
    id: now.id,
    title: now.title,
    spec: now.spec,
    table: now.table,
    get caption() {
      return words.caption;
    },
    get description() {
      return words.description;
    },
  };
}

export class PaintFirst {
  /** The result every part shows once the browser has been idle. */
  settled: ScenarioResult = $state.raw() as ScenarioResult;
  /** The settings `settled` was asked for (links for teachers, "What would it take?"). */
  settledValues: ParameterValues = $state.raw() as ParameterValues;
  /** The parts on screen now (IntersectionObserver); a hidden tab never is. */
  readonly seen = new SvelteSet<PartId>();
  readonly #sandbox: SandboxState;
  readonly #chart: (id: SandboxChartId, result: ScenarioResult) => SandboxChartView;
  #inView: () => PictureChartId = () => PICTURE_CHARTS[0];
  // Each chart's view of `settled`, made when first asked for (a plain record: a cache that
  // lives as long as one settled result, read by deriveds, is no state of its own).
  readonly #views = $derived.by(() => {
    const settled = this.settled;
    const views: Partial<Record<SandboxChartId, SandboxChartView>> = {};
    return (id: SandboxChartId) => (views[id] ??= this.#chart(id, settled));
  });

  // One derived per chart, so a chart that draws `settled` is not redrawn by an input. The two
  // tabs share one place: the selected one follows inputs while that place is in view.
  readonly #pictureSeen = $derived(PICTURE_CHARTS.some((id) => this.seen.has(id)));
  readonly #tab = (id: PictureChartId) => this.view(id, this.#inView() === id && this.#pictureSeen);
  readonly #difference = $derived(this.#tab('difference'));
  readonly #ukraine = $derived(this.#tab('ukraine'));
  /** The headline charts, in tab order. */
  readonly picture = $derived([this.#difference, this.#ukraine]);
  /** The live diagram. */
  readonly flows = $derived(this.view('live-flow', this.seen.has('live-flow')));
  readonly #usPool = $derived(this.view('us-pool', this.seen.has('us-pool')));
  readonly #japan = $derived(this.view('japan', this.seen.has('japan')));
  /** The US pool's chart and Japan's stock. */
  readonly stocks = $derived([this.#usPool, this.#japan]);
  /** The phone's pinned copy of the chart in view (hidden on wide screens). */
  readonly pinned = $derived(this.view(this.#inView(), this.seen.has('in-view')));

  /**
   * Call while a component initialises: it starts the catching up (and stops with it).
   * `inView` reads the headline chart selected beside the sliders.
   */
  constructor(sandbox: SandboxState, words: ChartWords, inView: () => PictureChartId) {
    this.#sandbox = sandbox;
    this.#chart = (id, result) => sandboxChart(id, result, parameters, words);
    this.#inView = inView;
    untrack(() => {
      this.settled = sandbox.result;
      this.settledValues = sandbox.values;
    });
    const catchUp = idleTask(() => {
      this.settled = sandbox.result;
      this.settledValues = sandbox.values;
    });
    $effect(() => {
      if (sandbox.result !== untrack(() => this.settled)) catchUp.schedule();
    });
    $effect(() => () => catchUp.cancel());
  }

  /**
   * A chart's view: its lines from the latest result while `onScreen`, from `settled`
   * otherwise (the view object then stays the same, so nothing is redrawn).
   */
  view(id: SandboxChartId, onScreen: boolean): SandboxChartView {
    const words = this.#views(id);
    const latest = this.#sandbox.result;
    if (!onScreen || latest === this.settled) return words;
    return linesNow(this.#chart(id, latest), words);
  }

  /**
   * Watch which parts inside `root` are on screen: every `[data-chart]` figure and the pinned
   * copy (`[data-in-view]`). Returns the stop function. Without IntersectionObserver every part
   * counts as on screen (everything follows the latest, as before).
   */
  observe(root: HTMLElement): () => void {
    const parts = root.querySelectorAll<HTMLElement>('[data-chart], [data-in-view]');
    const idOf = (el: HTMLElement) =>
      (el.dataset.inView === undefined ? el.dataset.chart : 'in-view') as PartId;
    if (typeof IntersectionObserver !== 'function') {
      for (const part of parts) this.seen.add(idOf(part));
      return () => {};
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) this.seen.add(idOf(entry.target as HTMLElement));
        else this.seen.delete(idOf(entry.target as HTMLElement));
      }
    });
    for (const part of parts) observer.observe(part);
    return () => observer.disconnect();
  }
}
