// Paper for the story: the sticky graphic shows one step at a time, so on paper each step
// prints its own static graphic instead. Those figures are already in the prerendered page,
// inside each step's <noscript> (as text, since scripting is on); once the page is idle they are
// parsed into hidden figures that print.css shows. Our own build's markup, never a link's.

export function preparePrintFigures(root: ParentNode = document): void {
  const wrappers = [...root.querySelectorAll<HTMLElement>('.step__data > noscript')];
  if (!wrappers.length) return;
  const run = () => {
    const parser = new DOMParser();
    for (const noscript of wrappers) {
      const step = noscript.closest('.step');
      if (!step || step.querySelector('.step__print')) continue;
      const parsed = parser.parseFromString(noscript.textContent ?? '', 'text/html');
      const figure = parsed.body.querySelector('figure');
      if (!figure) continue;
      const copy = document.importNode(figure, true);
      copy.className = 'step__print';
      copy.setAttribute('aria-hidden', 'true');
      noscript.after(copy);
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}
