// The size an SVG's words are drawn at, as the page styles them (the projector theme draws them
// larger), for layouts that place words by an estimate of their width. One reader for every
// chart that needs it (the monthly chart, the worksheet's sketch grid).

/**
 * The computed font size (px) of `element()`, read once it is on the page and again whenever
 * `track()` changes (a chart's width: a theme or breakpoint change comes with one). Before the
 * first reading, and on the server, it is `fallback`. Call it during a component's setup (it
 * uses an effect).
 */
export function drawnFontSize(
  element: () => Element | undefined,
  track: () => unknown,
  fallback = 12,
): { readonly value: number } {
  let size = $state(fallback);
  $effect(() => {
    track();
    const el = element();
    const read = el ? parseFloat(getComputedStyle(el).fontSize) : NaN;
    if (Number.isFinite(read) && read > 0) size = read;
  });
  return {
    get value() {
      return size;
    },
  };
}
