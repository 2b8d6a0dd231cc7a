// Sliders that work before their island wakes. The prerendered page draws an island's sliders
// disabled, so that without JavaScript no control pretends to work; but a disabled control is
// not focusable, and a keyboard reader who tabs into the sandbox while it loads would skip its
// first sliders. So the browser entry enables them at once (marked data-early) and keeps what
// the reader sets; the island takes those values when it wakes (hydration redraws each slider
// at the island's own value, so without this the reader's move would be lost).

const EARLY = 'input[type="range"][data-early]';
const early = new Map<string, number>();
let taken = false;
/** Disclosures (details[data-early]) the reader opened or closed before their island woke. */
const toggled = new Map<string, boolean>();
let toggledTaken = false;

/** Enable the early sliders under `root` (also for an island's markup fetched later). */
export function enableEarlySliders(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(EARLY)) input.disabled = false;
}

/** Enable the page's early sliders and keep what the reader sets until their island wakes. */
export function acceptEarlyInput(root: Document = document): void {
  enableEarlySliders(root);
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
  // 'toggle' does not bubble; a capturing listener still hears it.
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (toggledTaken || !(details instanceof HTMLDetailsElement)) return;
      if (details.matches('details[data-early]') && details.id)
        toggled.set(details.id, details.open);
    },
    { capture: true },
  );
}

/**
 * Whether each early disclosure was left open or closed before the island woke, by id, once
 * (hydration puts a bound disclosure back as the island's state says).
 */
export function takeEarlyToggles(): Map<string, boolean> {
  toggledTaken = true;
  const out = new Map(toggled);
  toggled.clear();
  return out;
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
