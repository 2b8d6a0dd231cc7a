// Keeping the keyboard focus somewhere useful when the control that has it is about to be
// disabled, hidden or removed: a browser would drop focus to <body>, and the next Tab would
// start from wherever the browser thinks the page begins.

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';

/** Whether a reader could Tab to this element right now. */
function tabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.closest('[inert], [hidden]')) return false;
  if (el.matches('input[type="hidden"]')) return false;
  return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
}

/**
 * Give focus to the nearest control a reader could Tab to, outside `leaving`: the first one
 * after it in the page's order, else the last one before it. Returns the element focused, or
 * null when the page has none (focus is then left alone). `leaving` is the part of the page
 * that is about to be disabled or go away (a notice, a button).
 */
export function focusNeighbour(leaving: Element): HTMLElement | null {
  let before: HTMLElement | null = null;
  for (const el of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (leaving.contains(el) || !tabbable(el)) continue;
    if (leaving.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) {
      el.focus();
      return el;
    }
    before = el;
  }
  before?.focus();
  return before;
}

/** Whether the keyboard focus is on `el` or inside it. */
export function hasFocusWithin(el: Element | null | undefined): boolean {
  return !!el && !!document.activeElement && el.contains(document.activeElement);
}
