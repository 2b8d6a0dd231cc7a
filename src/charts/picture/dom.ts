// The picture code (inline.ts, compose.ts) in the browser: the page's stylesheets read from its
// CSSOM, the chart's <svg> and its ancestors copied into a document of their own (no theme
// attribute on its root, so the light theme's rules apply, whatever the reader chose), and
// selectors matched by the browser. The build does the same in Node (scripts/picture-node.ts).
import { styleRules, type RawRule, type StyleRule } from './cascade.ts';
import { composePicture, type Picture, type PictureWords } from './compose.ts';
import { inlineSvg, type Tree } from './inline.ts';

/** The document's top-level style rules (rules inside @media and other at-rules are left out). */
export function rulesFromDocument(doc: Document): StyleRule[] {
  const raw: RawRule[] = [];
  for (const sheet of doc.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours to read
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const declarations = [...rule.style].map((property) => ({
        property,
        value: rule.style.getPropertyValue(property),
        important: rule.style.getPropertyPriority(property) === 'important',
      }));
      raw.push({ selector: rule.selectorText, declarations });
    }
  }
  return styleRules(raw);
}

export const domTree: Tree<Node> = {
  isElement: (node) => node.nodeType === Node.ELEMENT_NODE,
  isText: (node) => node.nodeType === Node.TEXT_NODE,
  name: (node) => (node as Element).localName ?? '',
  attributes: (node) =>
    node.nodeType === Node.ELEMENT_NODE
      ? [...(node as Element).attributes].map((a) => [a.name, a.value] as [string, string])
      : [],
  children: (node) => [...node.childNodes],
  parent: (node) => node.parentNode,
  text: (node) => node.nodeValue ?? '',
  matches: (node, selector) => {
    try {
      return (node as Element).matches(selector);
    } catch {
      return false;
    }
  },
};

/** A copy of the chart `svg` in a document of its own, inside copies of its ancestors. */
function detached(svg: SVGSVGElement): SVGSVGElement {
  const doc = document.implementation.createHTMLDocument('');
  const ancestors: Element[] = [];
  for (let up = svg.parentElement; up && up.localName !== 'body'; up = up.parentElement)
    ancestors.unshift(up);
  let parent: Element = doc.body;
  for (const ancestor of ancestors) {
    const copy = doc.createElementNS(ancestor.namespaceURI, ancestor.localName);
    for (const { name, value } of ancestor.attributes)
      if (name !== 'style') copy.setAttribute(name, value);
    parent.append(copy);
    parent = copy;
  }
  const chart = doc.importNode(svg, true);
  parent.append(chart);
  return chart;
}

/** The credited picture of a chart drawn on this page, styled by the page's own stylesheets. */
export function pictureOfChart(svg: SVGSVGElement, words: PictureWords): Picture {
  const rules = rulesFromDocument(svg.ownerDocument);
  return composePicture(words, inlineSvg(domTree, detached(svg), rules));
}

/** PNG is drawn at least this wide, for print and for high-density screens. */
export const PNG_MIN_WIDTH = 1200;

/** The picture as a PNG at least `minWidth` pixels wide (and at least twice its own size). */
export async function pictureToPng(picture: Picture, minWidth = PNG_MIN_WIDTH): Promise<Blob> {
  const scale = Math.max(2, minWidth / picture.width);
  // A blob: URL, not data:, so a long chart is not limited by URL length.
  const url = URL.createObjectURL(new Blob([picture.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas to draw the PNG on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
