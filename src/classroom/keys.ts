// Keyboard help shared by the prediction's sliders.

/**
 * Shift + arrow keys: a bigger step than the slider's own. Reads the value with `get`, writes
 * it with `set`, clamped to 0..max; other keys are left to the slider.
 */
export function bigStep(
  event: KeyboardEvent,
  get: () => number,
  set: (v: number) => void,
  step: number,
  max: number,
): void {
  if (!event.shiftKey) return;
  const up = event.key === 'ArrowUp' || event.key === 'ArrowRight';
  const down = event.key === 'ArrowDown' || event.key === 'ArrowLeft';
  if (!up && !down) return;
  event.preventDefault();
  set(Math.min(max, Math.max(0, get() + (up ? step : -step))));
}
