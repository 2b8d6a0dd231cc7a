// Sliders that work before their island wakes. The prerendered page draws an island's sliders
// disabled, so that without JavaScript no control pretends to work; but a disabled control is
// not focusable, and a keyboard reader who tabs into the sandbox while it loads would skip its
// first sliders. So the browser entry enables them at once (marked data-early) and keeps what
// the reader sets; the island takes those values when it wakes (hydration redraws each slider
// at the island's own value, so without this the reader's move would be lost).

const EARLY = 'input[type="range"][data-early]';
const early = new Map<string, number>();
let taken = false;

/** Enable the page's early sliders and keep what the reader sets until their island wakes. */
export function acceptEarlyInput(root: Document = document): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(EARLY)) input.disabled = false;
  root.addEventListener(
    'input',
    (event) => {
      const input = event.target;
      if (taken || !(input instanceof HTMLInputElement) || !input.matches(EARLY)) return;
      const value = Number(input.value);
      if (input.id && Number.isFinite(value)) early.set(input.id, value);
    },
    { capture: true },
  );
}

/**
 * What the reader set before the island woke, by slider id (e.g. "param-japanExportPerYear"),
 * once: later input is the island's own.
 */
export function takeEarlyInput(): Map<string, number> {
  taken = true;
  const out = new Map(early);
  early.clear();
  return out;
}
