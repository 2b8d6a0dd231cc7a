// Paper for the story: the sticky graphic shows one step at a time, so on paper each step
// prints its own static graphic instead. Those figures are already in the prerendered page,
// inside each step's <noscript> (as text, since scripting is on); when the page is about to be
// printed they are parsed into figures that print.css shows (hidden on screen). Our own build's
// markup, never a link's. Nothing is added to the page until someone prints.

function addPrintFigures(wrappers: HTMLElement[]): void {
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
}

export function preparePrintFigures(root: ParentNode = document): void {
  const wrappers = [...root.querySelectorAll<HTMLElement>('.step__data > noscript')];
  if (!wrappers.length) return;
  const add = () => addPrintFigures(wrappers);
  window.addEventListener('beforeprint', add);
  matchMedia('print').addEventListener('change', (e) => {
    if (e.matches) add();
  });
}
