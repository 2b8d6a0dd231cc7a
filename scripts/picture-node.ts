// The picture code (src/charts/picture/) in Node, for the build's fallback pictures and the
// tests: the built stylesheet read by postcss, server-rendered markup parsed by htmlparser2 and
// selectors matched by css-select. The browser does the same with its own DOM and CSSOM
// (src/charts/picture/dom.ts); everything between is one code path.
import { is } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import postcss from 'postcss';
import { styleRules, type RawRule, type StyleRule } from '../src/charts/picture/cascade.ts';
import { composePicture, type Picture, type PictureWords } from '../src/charts/picture/compose.ts';
import { inlineSvg, type Tree } from '../src/charts/picture/inline.ts';

/** A stylesheet's top-level style rules (rules inside @media and other at-rules are left out). */
export function rulesFromCss(css: string): StyleRule[] {
  const raw: RawRule[] = [];
  for (const node of postcss.parse(css).nodes) {
    if (node.type !== 'rule') continue;
    raw.push({
      selector: node.selector,
      declarations: node.nodes.flatMap((d) =>
        d.type === 'decl'
          ? [
              {
                property: d.prop.startsWith('--') ? d.prop : d.prop.toLowerCase(),
                value: d.value,
                important: Boolean(d.important),
              },
            ]
          : [],
      ),
    });
  }
  return styleRules(raw);
}

const isElement = (node: AnyNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

export const nodeTree: Tree<AnyNode> = {
  isElement,
  isText: (node) => node.type === 'text',
  name: (node) => (isElement(node) ? node.name : ''),
  attributes: (node) => (isElement(node) ? Object.entries(node.attribs) : []),
  children: (node) => ('children' in node ? (node.children as AnyNode[]) : []),
  parent: (node) => node.parent as AnyNode | null,
  text: (node) => ('data' in node ? String(node.data) : ''),
  matches: (node, selector) => {
    try {
      return isElement(node) && is(node, selector, { xmlMode: true });
    } catch {
      return false;
    }
  },
};

/**
 * Server-rendered markup as a document (inside <html><body> when it is a fragment, so the
 * stylesheet's :root, html and body rules apply as on the page).
 */
export function parseMarkup(markup: string) {
  const whole = /^\s*<html[\s>]/i.test(markup) ? markup : `<html><body>${markup}</body></html>`;
  return parseDocument(whole, {
    lowerCaseTags: false,
    lowerCaseAttributeNames: false,
    recognizeSelfClosing: true,
  });
}

/** The chart's picture in rendered markup: the first outermost <svg> (in a figure's graphic if there is one). */
export function chartSvgIn(root: AnyNode): Element {
  const inGraphic: Element[] = [];
  const elsewhere: Element[] = [];
  const walk = (node: AnyNode, graphic: boolean) => {
    if (isElement(node)) {
      if (node.name === 'svg') {
        (graphic ? inGraphic : elsewhere).push(node);
        return;
      }
      const here = graphic || /\bchart-figure__graphic\b/.test(node.attribs.class ?? '');
      for (const child of node.children) walk(child, here);
    } else if ('children' in node) {
      for (const child of node.children as AnyNode[]) walk(child, graphic);
    }
  };
  walk(root, false);
  const svg = inGraphic[0] ?? elsewhere[0];
  if (!svg) throw new Error('the rendered chart has no <svg>');
  return svg;
}

/** The credited picture of the chart in server-rendered `markup`, styled by `rules`. */
export function pictureFromMarkup(
  markup: string,
  rules: readonly StyleRule[],
  words: PictureWords,
): Picture {
  const doc = parseMarkup(markup);
  return composePicture(words, inlineSvg(nodeTree, chartSvgIn(doc), rules));
}
