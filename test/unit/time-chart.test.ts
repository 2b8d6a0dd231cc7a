// The monthly charts' layout rules (src/charts/time-chart.ts), over the sandbox's real charts and
// over random data: direct labels sit right of every line and never on top of each other; a
// baseline that coincides with its scenario loses its label; every axis ends at the same month.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import {
  layoutTimeChart,
  spreadLabels,
  type PlacedLabel,
  type TimeChartSpec,
} from '../../src/charts/time-chart.ts';
import { SANDBOX_CHART_IDS, sandboxChart, type TimeChartView } from '../../src/sandbox/charts.ts';
import { CHAR_WIDTH } from '../../src/lib/svg-text.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';
import { FC_RUNS } from './property.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
const { parameters: ledger, sandboxCopy, sandboxStrings } = loaded.content;
const words = { copy: sandboxCopy, strings: sandboxStrings };
const FONT = 12;
const LINE = Math.round(FONT * 1.15);

/** A label's box: from its top to its last line's bottom, as wide as its widest line. */
function box(label: PlacedLabel, x: number) {
  const top = label.y - LINE * 0.8;
  const width = Math.max(...label.lines.map((l) => l.length * FONT * CHAR_WIDTH));
  return { left: x, right: x + width, top, bottom: top + label.lines.length * LINE };
}

function expectLabelsApart(spec: TimeChartSpec, width: number, height: number) {
  const layout = layoutTimeChart(spec, width, height, FONT);
  for (const panel of layout.panels) {
    const boxes = panel.labels.map((l) => box(l, layout.plotRight + 8));
    for (const b of boxes) {
      // Right of the plot, where no line is drawn, and inside the chart's height.
      expect(b.left).toBeGreaterThan(layout.plotRight);
      expect(b.top).toBeGreaterThanOrEqual(panel.top - FONT);
      expect(b.bottom).toBeLessThanOrEqual(panel.bottom + FONT);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(
          boxes[i]!.bottom <= boxes[j]!.top + 0.01 || boxes[j]!.bottom <= boxes[i]!.top + 0.01,
          `labels ${panel.labels[i]!.key} and ${panel.labels[j]!.key} overlap`,
        ).toBe(true);
  }
  return layout;
}

const timeCharts = (values: Partial<ParameterValues>) => {
  const result = simulate(ledger, { ...defaultValues(ledger), ...values }, { runs: 50 });
  return SANDBOX_CHART_IDS.map((id) => sandboxChart(id, result, ledger, words)).filter(
    (v): v is TimeChartView => v.kind === 'time',
  );
};

describe('spreading labels apart', () => {
  it('keeps wanted places when they do not collide, and pushes colliding ones apart', () => {
    expect(
      spreadLabels(
        [
          { want: 10, height: 5 },
          { want: 50, height: 5 },
        ],
        0,
        100,
      ),
    ).toEqual([10, 50]);
    expect(
      spreadLabels(
        [
          { want: 10, height: 10 },
          { want: 12, height: 10 },
        ],
        0,
        100,
        2,
      ),
    ).toEqual([10, 22]);
    // At the bottom edge they stack upwards.
    expect(
      spreadLabels(
        [
          { want: 95, height: 10 },
          { want: 95, height: 10 },
        ],
        0,
        100,
        0,
      ),
    ).toEqual([80, 90]);
  });

  it('never leaves two labels overlapping when there is room', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            want: fc.double({ min: -50, max: 250, noNaN: true }),
            height: fc.integer({ min: 5, max: 30 }),
          }),
          { maxLength: 6 },
        ),
        (items) => {
          const tops = spreadLabels(items, 0, 400, 2);
          const boxes = items.map((it, i) => [tops[i]!, tops[i]! + it.height] as const);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(
                boxes[i]![1] + 2 <= boxes[j]![0] + 1e-9 || boxes[j]![1] + 2 <= boxes[i]![0] + 1e-9,
              ).toBe(true);
        },
      ),
      { numRuns: FC_RUNS },
    );
  });
});

describe('the sandbox’s charts', () => {
  const scenarios: Partial<ParameterValues>[] = [
    {},
    { japanExportPerYear: 0 },
    { japanExportPerYear: 60 },
    { ballisticLaunchesPerMonth: 150, interceptorsPerTarget: 4 },
    { ballisticLaunchesPerMonth: 10 },
    { horizonMonths: 120 },
    { horizonMonths: 12 },
  ];

  it.each(scenarios)('label every line apart from the others and from the lines (%o)', (values) => {
    for (const view of timeCharts(values)) {
      for (const [w, h] of [
        [328, 220],
        [560, 250],
        [860, 400],
      ] as const)
        expectLabelsApart(view.spec, w, h);
    }
  });

  it('all end at the same month: the end of the last month modelled', () => {
    for (const values of scenarios) {
      const views = timeCharts(values);
      const H = views[0]!.spec.months.length;
      for (const view of views) {
        expect(view.spec.months, view.id).toEqual(views[0]!.spec.months);
        const layout = layoutTimeChart(view.spec, 600, 300);
        // The axis's last tick, if it has one there, and every line end inside [0, H].
        for (const panel of view.spec.panels)
          for (const s of panel.series)
            expect(s.offset + s.values.length - 1, `${view.id} ${s.key}`).toBeLessThanOrEqual(H);
        expect(layout.xTicks.at(-1)!.x).toBeLessThanOrEqual(layout.plotRight + 1e-9);
      }
    }
  });

  it('drop the "Without" label where the two lines coincide, and say so in the other', () => {
    // With no exports, every "with" line is its baseline.
    for (const view of timeCharts({ japanExportPerYear: 0 })) {
      const layout = layoutTimeChart(view.spec, 600, 400);
      for (const panel of layout.panels) {
        const keys = panel.labels.map((l) => l.key);
        expect(keys, view.id).not.toContain('baseline');
        const scenario = panel.labels.find((l) => l.key === 'scenario');
        if (view.id === 'ukraine' || view.id === 'unmet')
          expect(scenario?.lines.join(' ')).toBe('With or without Japan');
      }
    }
    // Where they part, both are labelled.
    const ukraine = timeCharts({ ballisticLaunchesPerMonth: 45, otherDonorsPerMonth: 18 }).find(
      (v) => v.id === 'ukraine',
    )!;
    const stock = layoutTimeChart(ukraine.spec, 600, 400).panels[1]!;
    expect(stock.labels.map((l) => l.key).sort()).toEqual(['baseline', 'scenario']);
  });
});
