// The sandbox's charts in words, word for word: each chart's caption and text equivalent, the
// figures beside the difference chart and "What would it take?" on the lever's range, for the
// default scenario (numbers worked by hand in the comments) and for the edge cases.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { layoutTimeChart } from '../../src/charts/time-chart.ts';
import { SANDBOX_CHART_IDS, sandboxChart } from '../../src/sandbox/charts.ts';
import DifferenceFigures from '../../src/sandbox/DifferenceFigures.svelte';
import { goalTrack } from '../../src/sandbox/goal-track.ts';
import { defaultValues, type ParameterValues } from '../../workers/stockpile/parameters.ts';
import { simulate } from '../../workers/stockpile/simulate.ts';

const loaded = loadContent('content');
if (!loaded.ok) throw new Error(loaded.problems.format());
const { parameters: ledger, sandboxCopy, sandboxStrings } = loaded.content;
const words = { copy: sandboxCopy, strings: sandboxStrings };
const run = (changes: Partial<ParameterValues> = {}) =>
  simulate(ledger, { ...defaultValues(ledger), ...changes });
const view = (id: (typeof SANDBOX_CHART_IDS)[number], changes: Partial<ParameterValues> = {}) =>
  sandboxChart(id, run(changes), ledger, words);
const textOf = (html: string) =>
  html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('what Japan’s exports change, in words', () => {
  it('names the change, its scale and its range (default scenario)', () => {
    // 10 a year from November 2025 to December 2026: 14 × 10/12 = 11.7 interceptors, all fired
    // at 2 a missile (5.8 missiles); 75 launches × 40% within reach × 2 = 60 wanted a month, so
    // 11.7 / 60 × 30.44 = 5.9 days; 2,160 wanted over 36 months (0.5%); 11.7 / 30 = 0.39 times
    // MHI's reported output.
    const chart = view('difference');
    expect(chart.title).toBe("What Japan's exports change");
    expect(chart.caption).toBe(
      "By December 2026 Japan's exports have freed 12 more US interceptors for Ukraine, and it has fired them all: 6 more ballistic missiles engaged, about 6 days of defence at this rate of attack.",
    );
    expect(chart.description).toBe(
      "By December 2026 Japan's exports free 12 extra US interceptors for Ukraine: about 6 days of defence at this rate of attack, under 1% of the 2,160 interceptors it would fire at ballistic missiles over these 36 months, and 0.4 times the yearly output Mitsubishi Heavy Industries reported (30 interceptors a year). In 90% of the model's 500 runs, Japan's exports free between 7 and 15 more US interceptors for Ukraine by December 2026 (median 12). Each line is a running total since January 2024: the scenario minus the same scenario without Japan's exports, run by run, so the shading shows the range of the difference itself.",
    );
  });

  it('keeps its scale while Japan’s exports move, so a bigger export is seen to be bigger', () => {
    // The reader saw 0, 10 and 60 a year drawn as the same shape on axes of 0–4, 0–20, 0–80.
    const top = (japanExportPerYear: number) => {
      const chart = view('difference', { japanExportPerYear });
      if (chart.kind !== 'time') throw new Error('the difference chart is a time chart');
      const ticks = layoutTimeChart(chart.spec, 640, 300).panels[0]!.yTicks;
      return ticks.at(-1)!.label;
    };
    // 60 a year from November 2025 to December 2026 adds at most 14 × 60 / 12 = 70.
    expect(new Set([0, 1, 10, 30, 60].map(top))).toEqual(new Set([top(60)]));
    expect(Number(top(60).replace(/\D/g, ''))).toBeGreaterThanOrEqual(70);
  });

  it('says why nothing changes when Japan exports nothing', () => {
    const chart = view('difference', { japanExportPerYear: 0 });
    expect(chart.caption).toBe(
      'With no exports from Japan, nothing changes for Ukraine by December 2026.',
    );
    expect(chart.description.startsWith(chart.caption)).toBe(true);
  });

  it('puts the same figures beside the chart, each with what it means', () => {
    const html = render(DifferenceFigures, {
      props: { result: run(), ledger, words: sandboxCopy.figures },
    }).body;
    expect(textOf(html)).toBe(
      '12 more interceptors reach Ukraine by December 2026 6 days of defence at this rate of attack under 1% of the 2,160 interceptors Ukraine would fire at ballistic missiles over these 36 months 0.4× the yearly output Mitsubishi Heavy Industries reported (30 interceptors a year)',
    );
  });

  it('has a table of both running totals with their paired ranges', () => {
    const table = view('difference').table();
    expect(table.columns).toEqual([
      'Month (end of month)',
      'Interceptors reaching Ukraine',
      'Interceptors reaching Ukraine: 50% range, low',
      'Interceptors reaching Ukraine: 50% range, high',
      'Interceptors reaching Ukraine: 90% range, low',
      'Interceptors reaching Ukraine: 90% range, high',
      'Ballistic missiles engaged',
      'Ballistic missiles engaged: 50% range, low',
      'Ballistic missiles engaged: 50% range, high',
      'Ballistic missiles engaged: 90% range, low',
      'Ballistic missiles engaged: 90% range, high',
    ]);
    // The first export month, November 2025: 10/12 of an interceptor, fired at 2 a missile.
    expect(table.rows[22]!.slice(0, 2)).toEqual(['November 2025', 0.8]);
    expect(table.rows[22]![6]).toBe(0.4);
    expect(table.rows).toHaveLength(36);
  });
});

describe('Ukraine’s defence, in words', () => {
  it('gives the share engaged with and without, when the stock runs out and its range', () => {
    // 60 wanted a month (75 launches × 40% within reach × 2) against 60 ready and about 36 a
    // month arriving (20 from other donors, about 16 from the US pool): the stock is gone by
    // April 2024, and from then on Ukraine engages what arrives, about 36 / 60 = 60% of the
    // missiles in reach; with the first months at 100%, 63% over the three years. Japan's 11.7
    // extra interceptors are 6 of the 1,080 missiles in reach: the same 63% either way.
    const chart = view('ukraine');
    expect(chart.title).toBe("Ukraine's defence");
    expect(chart.caption).toBe(
      "From January 2024 to December 2026 Ukraine engages 63% of the ballistic missiles within Patriot's reach, with or without Japan's exports.",
    );
    expect(chart.description).toBe(
      "From January 2024 to December 2026 Ukraine engages 63% of the ballistic missiles within Patriot's reach, with or without Japan's exports. Ukraine's ready interceptors run out in April 2024, in the model's central run; without Japan's exports, also April 2024. In 90% of the model's 500 runs, Ukraine ends December 2026 with no ready interceptors. The top panel is the share of the ballistic missiles within Patriot's reach that Ukraine has the interceptors to engage each month; the bottom one, the interceptors it has ready. The share can only fall once the ready stock is empty.",
    );
  });

  it('gives the share with and without apart when they differ', () => {
    // At 50 launches a month (40 wanted) the stock lasts into 2025 and Japan's exports show in
    // the share (the wording the default scenario had before launches were re-derived).
    const chart = view('ukraine', { ballisticLaunchesPerMonth: 50 });
    expect(chart.caption).toBe(
      "From January 2024 to December 2026 Ukraine engages 95% of the ballistic missiles within Patriot's reach; without Japan's exports, 94%.",
    );
  });

  it('marks when the stock runs out, in words from content', () => {
    const chart = view('ukraine');
    if (chart.kind !== 'time') throw new Error('a time chart');
    // Stock point 4 is the start of May 2024: the stock ran out during April.
    expect(chart.spec.panels[1]!.marker).toEqual({
      at: 4,
      label: 'Runs out in this scenario: April 2024',
    });
  });
});

describe('the stocks, in words', () => {
  it('follow each stock to its floor, and say how the chart reads', () => {
    expect(view('us-pool').description).toBe(
      "The US pool starts at 100 interceptors, reaches its floor of 50 in March 2024 and ends December 2026 at 50. Japan's exports refill it; the US sends Ukraine what is above the floor, up to its monthly limit.",
    );
    expect(view('japan').description).toBe(
      "Japan's stock starts at 300 interceptors and ends December 2026 at 378, never down to its floor of 280. Japan exports from new output and from its stock above its reserve floor, never below it.",
    );
  });
});

describe('"What would it take?" on the lever’s range', () => {
  const labels = {
    central: 'central run',
    half: 'half the runs',
    nineTenths: '9 in 10 runs',
    yours: 'your setting',
    beyond: 'beyond 60 interceptors a year',
  };
  const answer = { min: 0, max: 60, central: 14, half: 49, nineTenths: null };

  it('puts each answer where it falls, an unreachable one past the end, and yours below', () => {
    const track = goalTrack(answer, 10, 616, labels);
    // 16 px in from each end: 0 at 16, 60 at 600.
    const at = (kind: string) => track.marks.find((m) => m.kind === kind)!;
    expect(at('central').x).toBeCloseTo(16 + (14 / 60) * 584, 9);
    expect(at('half').x).toBeCloseTo(16 + (49 / 60) * 584, 9);
    expect(at('nineTenths')).toMatchObject({ x: 600, value: null });
    expect(at('nineTenths').label).toBe('9 in 10 runs: beyond 60 interceptors a year');
    expect(at('yours')).toMatchObject({ row: 'below', value: 10 });
  });

  /** Each answer label’s span along the track, as goalTrack measures bold text. */
  const spans = (track: ReturnType<typeof goalTrack>) =>
    track.marks
      .filter((m) => m.row === 'above')
      .map((m) => {
        const w = m.label.length * 12 * 0.56 * 1.15;
        return { m, a: m.labelX - w / 2, b: m.labelX + w / 2 };
      });

  it('never lets two answers’ labels overlap, even when the answers coincide', () => {
    for (const width of [360, 616])
      for (const case_ of [
        { ...answer, central: 30, half: 30, nineTenths: 31 },
        // The default scenario: no setting of Japan's exports reaches 95%, in any share of runs.
        { ...answer, central: null, half: null, nineTenths: null },
      ]) {
        const track = goalTrack(case_, 10, width, labels);
        const all = spans(track);
        for (const [i, s] of all.entries()) {
          // Inside the track's picture.
          expect(s.a, `${width}: ${s.m.label}`).toBeGreaterThanOrEqual(-1);
          expect(s.b, `${width}: ${s.m.label}`).toBeLessThanOrEqual(width + 1);
          for (const t of all.slice(i + 1)) {
            // Labels on one line never overlap; labels on different lines are on different lines.
            if (s.m.level === t.m.level) expect(s.b <= t.a + 1e-6 || t.b <= s.a + 1e-6).toBe(true);
            // No leader runs through a label on a line nearer the track.
            const [upper, lower] = s.m.level > t.m.level ? [s, t] : [t, s];
            if (upper.m.level !== lower.m.level)
              expect(upper.m.x < lower.a - 1 || upper.m.x > lower.b + 1, upper.m.label).toBe(true);
          }
        }
        expect(track.levels).toBe(Math.max(...all.map((s) => s.m.level)) + 1);
      }
  });
});
