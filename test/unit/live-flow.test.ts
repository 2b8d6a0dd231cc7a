// The live stock-flow diagram draws the run the charts draw: every arrow carries exactly the
// run's flow in that month, every stock box holds the run's stock at the month's end, arrows are
// as wide as their flows, and the Japan → Ukraine route always carries nothing. Checked on the
// diagram as the server renders it (what readers without JavaScript get) over random scenarios.
import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { LIVE_EDGES, LIVE_STOCKS, liveFlowLayout } from '../../src/graphics/flow/live-layout.ts';
import { sandboxChart, type FlowsChartView } from '../../src/sandbox/charts.ts';
import {
  BOX_STOCK,
  EDGE_FLOW,
  arrowWidth,
  largestFlow,
  liveFlowAt,
} from '../../src/sandbox/live-flow.ts';
import LiveFlowDiagram from '../../src/sandbox/LiveFlowDiagram.svelte';
import { defaultValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { valuesArbitrary } from './ledger-arbitrary.ts';
import { FC_RUNS } from './property.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
const { parameters: ledger, sandboxCopy, sandboxStrings } = loaded.content;
const words = { copy: sandboxCopy, strings: sandboxStrings };

/** Every arrow's and box's numbers as the rendered SVG carries them. */
function drawn(html: string) {
  const flows = Object.fromEntries(
    [...html.matchAll(/data-edge="(\w+)" data-flow="([^"]+)" data-width="([^"]+)"/g)].map((m) => [
      m[1]!,
      { flow: Number(m[2]), width: Number(m[3]) },
    ]),
  );
  const stocks = Object.fromEntries(
    [...html.matchAll(/data-stock="(\w+)" data-level="([^"]+)"/g)].map((m) => [
      m[1]!,
      Number(m[2]),
    ]),
  );
  const month = Number(/data-month="(\d+)"/.exec(html)?.[1]);
  return { flows, stocks, month };
}

function diagram(view: FlowsChartView, month: number, width: number) {
  return render(LiveFlowDiagram, {
    props: { run: view.run, month, width, height: 600, labels: view.labels },
  }).body;
}

describe('the live stock-flow diagram', () => {
  it('reads every arrow and stock straight off the run', () => {
    const run = simulate(ledger, defaultValues(ledger), { runs: 10 }).scenario;
    for (let t = 0; t < run.horizon; t++) {
      const at = liveFlowAt(run, t);
      for (const e of LIVE_EDGES) expect(at.flows[e]).toBe(run.flows[EDGE_FLOW[e]][t]);
      for (const s of LIVE_STOCKS) expect(at.stocks[s]).toBe(run.stocks[BOX_STOCK[s]][t + 1]);
    }
  });

  it('draws exactly the run’s flows and stocks, in every month of random scenarios', () => {
    fc.assert(
      fc.property(
        valuesArbitrary(ledger),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(328, 640, 900),
        (values, where, width) => {
          const result = simulate(ledger, values, { runs: 5 });
          const view = sandboxChart('live-flow', result, ledger, words) as FlowsChartView;
          const run = result.scenario;
          const t = Math.min(run.horizon - 1, Math.floor(where * run.horizon));
          const shown = drawn(diagram(view, t, width));
          expect(shown.month).toBe(t);
          const widest = largestFlow(run);
          const maxArrow = liveFlowLayout(width).maxArrow;
          for (const e of LIVE_EDGES) {
            expect(shown.flows[e]!.flow).toBe(run.flows[EDGE_FLOW[e]][t]);
            // As wide as its flow: the run's largest flow is the widest arrow.
            expect(shown.flows[e]!.width).toBeCloseTo(
              arrowWidth(run.flows[EDGE_FLOW[e]][t]!, widest, maxArrow),
              9,
            );
          }
          for (const s of LIVE_STOCKS)
            expect(shown.stocks[s]).toBe(run.stocks[BOX_STOCK[s]][t + 1]);
          // The route Japan's rules forbid is drawn, crossed out, and carries nothing.
          expect(shown.flows.japanToUkraine!.flow).toBe(0);
        },
      ),
      { numRuns: Math.max(10, Math.round(FC_RUNS / 5)) },
    );
  });

  it('proportional widths: twice the flow, twice the width; nothing is no width', () => {
    expect(arrowWidth(5, 10, 20)).toBe(10);
    expect(arrowWidth(10, 10, 20)).toBe(20);
    expect(arrowWidth(0, 10, 20)).toBe(0);
    expect(arrowWidth(3, 0, 20)).toBe(0);
  });

  it('opens at the month Japan’s exports begin, and says that month in words', () => {
    const result = simulate(ledger, defaultValues(ledger), { runs: 10 });
    const view = sandboxChart('live-flow', result, ledger, words) as FlowsChartView;
    // The export lag of 23 months from December 2023 ends in November 2025 (month 22).
    expect(view.start).toBe(22);
    expect(view.caption).toBe(view.describeMonth(22));
    expect(view.describeMonth(22)).toBe(
      "November 2025: Mitsubishi Heavy Industries builds 2.5 interceptors and Japan sends the United States 0.8; the US pool gets 15.5 from new US output and sends Ukraine 16.3; other donors send 20; Ukraine fires 36.3. At the month's end Japan holds 356.7, the US pool 50 and Ukraine 0 ready. Nothing goes from Japan to Ukraine.",
    );
    // Prerendered (no JavaScript): that month, with its numbers on the arrows.
    const html = diagram(view, view.start, 640);
    expect(drawn(html).month).toBe(22);
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('0.8 a month');
    expect(text).toContain('16.3 a month');
  });
});
