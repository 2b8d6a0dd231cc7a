// The seed of the Monte Carlo runs when a link names none. A module of its own, so the pages'
// link readers (src/lib/url-state.ts, in the story's first view) need not load the model.

/** The default random seed (a positive 32-bit integer, as links carry it). */
export const DEFAULT_SEED = 1;
