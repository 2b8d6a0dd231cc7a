// The story graphics' small scales (src/graphics/scales.ts) compute what d3-scale computes for
// the same call, so dropping d3-scale from the story's first view changed no picture.
import { scaleBand, scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bands, linear, nice, ticks } from '../../src/graphics/scales.ts';
import { runs } from '../support/runs.ts';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true });
const count = fc.integer({ min: 1, max: 12 });

describe('the story graphics’ scales, against d3', () => {
  it('a linear map', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (d0, d1, r0, r1, v) => {
        const mine = linear([d0, d1], [r0, r1])(v);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1])(v);
        expect(mine).toBe(d3);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('ticks and the domain rounded out', () => {
    fc.assert(
      fc.property(positive, count, (max, n) => {
        expect(ticks(0, max, n)).toEqual(scaleLinear().domain([0, max]).ticks(n));
        expect(nice(0, max, n)).toEqual(scaleLinear().domain([0, max]).nice(n).domain());
      }),
      { numRuns: runs(2000) },
    );
    // The scale chart's own: yearly figures from tens to thousands, four ticks.
    for (const max of [30, 60, 620, 1000, 2160, 4800])
      expect(ticks(0, nice(0, max, 4)[1], 4)).toEqual(
        scaleLinear().domain([0, max]).nice(4).ticks(4),
      );
  });

  it('bands for a bar chart, a range that runs backwards too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: -300, max: 2000, noNaN: true }),
        (n, r0, extent) => {
          const ids = Array.from({ length: n }, (_, i) => `bar${i}`);
          const d3 = scaleBand<string>()
            .domain(ids)
            .range([r0, r0 + extent])
            .paddingInner(0.45)
            .paddingOuter(0.2);
          const mine = bands(n, [r0, r0 + extent], 0.45, 0.2);
          expect(mine.bandwidth).toBe(d3.bandwidth());
          expect(mine.starts).toEqual(ids.map((id) => d3(id)));
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});
