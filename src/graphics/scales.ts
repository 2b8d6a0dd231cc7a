// The scales the story's graphics need (a linear one, its ticks and its rounding out, and the
// bands of a bar chart), written small so the story's first view does not carry d3-scale. Each
// computes exactly what d3-scale 4 / d3-array 3 compute for the same call (the same arithmetic,
// in the same order), so pictures and tests are unchanged; test/unit/scales.test.ts checks them
// against d3 over many inputs. The sandbox's charts, loaded later, use d3-scale itself.

/** A linear map from [d0, d1] to [r0, r1] (d3's scaleLinear().domain(…).range(…)). */
export function linear(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (v: number) => number {
  // d3 maps a descending domain by swapping both ends.
  const [a, b, ra, rb] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  return (v) => {
    const t = span ? (v - a) / span : 0.5;
    return ra * (1 - t) + rb * t;
  };
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop` (start ≤ stop), as d3's ticks. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  return Array.from({ length: n }, (_, i) => (inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc));
}

/** The domain [start, stop] (start ≤ stop) rounded out to round values, as d3's nice(count). */
export function nice(start: number, stop: number, count: number): [number, number] {
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickSpec(start, stop, count)[2];
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [start, stop];
}

/**
 * Bands for `n` bars across [r0, r1], centred, as d3's scaleBand with paddingInner and
 * paddingOuter: where each band starts, and their width. A range that runs backwards (a picture
 * too short for its bars) gives the bands in reverse order, as d3 does.
 */
export function bands(
  n: number,
  [r0, r1]: readonly [number, number],
  paddingInner: number,
  paddingOuter: number,
): { starts: number[]; bandwidth: number } {
  const reverse = r1 < r0;
  const [lo, hi] = reverse ? [r1, r0] : [r0, r1];
  const step = (hi - lo) / Math.max(1, n - paddingInner + paddingOuter * 2);
  const start = lo + (hi - lo - step * (n - paddingInner)) * 0.5;
  const starts = Array.from({ length: n }, (_, i) => start + step * i);
  return { starts: reverse ? starts.reverse() : starts, bandwidth: step * (1 - paddingInner) };
}
