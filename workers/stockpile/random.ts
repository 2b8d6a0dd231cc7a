// Seeded randomness for the Monte Carlo: the same integer seed gives the same draws everywhere
// (worker, main thread, Node), so a share link reproduces its bands exactly.

/** The seed a scenario uses unless a share link gives another. */
export const DEFAULT_SEED = 1;

/** Uniform numbers in [0, 1). */
export type Random = () => number;

/** splitmix32: spreads an integer seed over the 128 bits of sfc32's state. */
function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 seeded from an integer (taken modulo 2^32). */
export function createRandom(seed: number): Random {
  const next = splitmix32(Math.trunc(seed) >>> 0);
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  const random = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a fresh sfc32 are poorly mixed.
  for (let i = 0; i < 12; i++) random();
  return random;
}

/** Inverse CDF of the triangular distribution on [low, high] with its peak at `mode`. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const left = (mode - low) / width;
  return u < left
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}
