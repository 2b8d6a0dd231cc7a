// A chart's <svg>, as drawn on the page, turned into standalone markup: each element's styles
// computed from the site's stylesheet (cascade.ts) and written on it, CSS variables and
// color-mix() resolved to plain colours, hidden parts, framework comments and generated class
// names left out. Works on any tree through a small adapter: the browser's DOM for downloads,
// htmlparser2's for the build (scripts/picture-node.ts).
import { escapeHtml } from '../../lib/html.ts';
import {
  cascade,
  customProperties,
  parseDeclarations,
  resolveVars,
  type StyleRule,
} from './cascade.ts';
import { evaluateColourMix } from './colour.ts';

/** How the picture code reads a tree: the browser's DOM or htmlparser2's, the same way. */
export interface Tree<N> {
  isElement(node: N): boolean;
  isText(node: N): boolean;
  /** The element's name as written (SVG's camelCase kept). */
  name(node: N): string;
  attributes(node: N): [string, string][];
  children(node: N): N[];
  parent(node: N): N | null;
  text(node: N): string;
  /** Does the element match this selector (false for a selector it cannot read)? */
  matches(node: N, selector: string): boolean;
}

export interface InlinedSvg {
  /** The <svg> element, standalone (no xmlns: it is placed inside the picture's own <svg>). */
  markup: string;
  /** Its viewBox, or its width and height when it has none. */
  viewBox: { x: number; y: number; width: number; height: number };
  /** The custom properties (design tokens) at the document's root, resolved. */
  tokens: Map<string, string>;
}

/** What a picture keeps of an element's styles: what SVG renders. */
const KEPT = new Set([
  ...['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray'],
  ...['stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit'],
  ...['stroke-opacity', 'opacity', 'color', 'font-family', 'font-size', 'font-style'],
  ...['font-weight', 'font-variant-numeric', 'letter-spacing', 'word-spacing', 'text-anchor'],
  ...['dominant-baseline', 'alignment-baseline', 'baseline-shift', 'text-decoration'],
  ...['paint-order', 'overflow', 'transform', 'transform-origin', 'transform-box'],
  ...['stop-color', 'stop-opacity', 'marker', 'marker-start', 'marker-mid', 'marker-end'],
  ...['vector-effect', 'shape-rendering', 'clip-path', 'mask', 'mix-blend-mode', 'white-space'],
]);

/** Of those, what an element inherits from the page around the chart. */
const INHERITED = [
  ...['color', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity'],
  ...['stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size'],
  ...['font-style', 'font-weight', 'letter-spacing', 'text-anchor', 'paint-order'],
];

/** Attributes that mean something only on the page (scripts, tests, assistive technology). */
const DROPPED_ATTRIBUTE = /^(?:style|aria-.*|role|focusable|tabindex|data-.*|on.*)$/i;

/** Elements whose text is drawn; elsewhere white space between tags is left out. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

interface Styled {
  declared: Map<string, string>;
  custom: Map<string, string>;
  /** Inherited values (resolved), for the picture's outermost element. */
  inherited: Map<string, string>;
}

function styleOf<N>(
  tree: Tree<N>,
  node: N,
  rules: readonly StyleRule[],
  parent: Pick<Styled, 'custom' | 'inherited'>,
): Styled {
  const inline = parseDeclarations(
    tree.attributes(node).find(([name]) => name === 'style')?.[1] ?? '',
  );
  const declared = cascade(rules, (selector) => tree.matches(node, selector), inline);
  const custom = customProperties(parent.custom, declared);
  const inherited = new Map(parent.inherited);
  for (const property of INHERITED) {
    const raw = declared.get(property);
    const value = raw === undefined ? undefined : resolveVars(raw, custom);
    if (value !== undefined && value !== null && value !== 'inherit')
      inherited.set(property, value);
  }
  return { declared, custom, inherited };
}

/** A declared value as the picture writes it: variables and colour mixes resolved. */
function finalValue(raw: string, custom: ReadonlyMap<string, string>): string | null {
  const resolved = resolveVars(raw, custom);
  return resolved === null ? null : evaluateColourMix(resolved).trim();
}

const hidden = (declared: ReadonlyMap<string, string>) =>
  declared.get('display')?.trim() === 'none' ||
  declared.get('visibility')?.trim() === 'hidden' ||
  Number(declared.get('opacity')) === 0;

function attributesOf<N>(
  tree: Tree<N>,
  node: N,
  custom: ReadonlyMap<string, string>,
  style: string,
): string {
  const out: string[] = [];
  for (const [name, value] of tree.attributes(node)) {
    if (DROPPED_ATTRIBUTE.test(name)) continue;
    let written = value;
    if (name === 'class') {
      // Generated, framework class names go; the chart's own part names stay.
      written = value
        .split(/\s+/)
        .filter((c) => c && !/^svelte-/.test(c))
        .join(' ');
      if (!written) continue;
    } else if (value.includes('var(')) {
      written = finalValue(value, custom) ?? '';
    }
    out.push(` ${name}="${escapeHtml(written)}"`);
  }
  if (style) out.push(` style="${escapeHtml(style)}"`);
  return out.join('');
}

function serialize<N>(
  tree: Tree<N>,
  node: N,
  rules: readonly StyleRule[],
  parent: Styled,
  outermost: boolean,
): string {
  if (tree.isText(node)) {
    const text = tree.text(node);
    const inText = TEXT_ELEMENTS.has(tree.name(tree.parent(node) ?? node));
    return inText || text.trim() ? escapeHtml(text) : '';
  }
  if (!tree.isElement(node)) return ''; // comments (Svelte's markers) and the like
  const styled = styleOf(tree, node, rules, parent);
  if (hidden(styled.declared)) return '';
  const style = new Map<string, string>();
  if (outermost) for (const [property, value] of styled.inherited) style.set(property, value);
  for (const [property, raw] of styled.declared) {
    if (!KEPT.has(property)) continue;
    const value = finalValue(raw, styled.custom);
    if (value !== null && value !== '') style.set(property, value);
  }
  const styleText = [...style].map(([p, v]) => `${p}:${v}`).join(';');
  const name = tree.name(node);
  const inner = tree
    .children(node)
    .map((child) => serialize(tree, child, rules, styled, false))
    .join('');
  const open = `<${name}${attributesOf(tree, node, styled.custom, styleText)}`;
  return inner ? `${open}>${inner}</${name}>` : `${open}/>`;
}

function viewBoxOf<N>(tree: Tree<N>, svg: N): InlinedSvg['viewBox'] {
  const attrs = new Map(tree.attributes(svg));
  const box = (attrs.get('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0)
    return { x: box[0]!, y: box[1]!, width: box[2]!, height: box[3]! };
  const width = parseFloat(attrs.get('width') ?? '');
  const height = parseFloat(attrs.get('height') ?? '');
  if (width > 0 && height > 0) return { x: 0, y: 0, width, height };
  throw new Error('the chart has neither a viewBox nor a size in pixels');
}

/**
 * The chart `svg` (an element of `tree`) as standalone markup: the styles the site's `rules`
 * give it and its ancestors (from the document's root), written on each element.
 */
export function inlineSvg<N>(tree: Tree<N>, svg: N, rules: readonly StyleRule[]): InlinedSvg {
  const chain: N[] = [];
  for (let up = tree.parent(svg); up; up = tree.parent(up))
    if (tree.isElement(up)) chain.unshift(up);
  let context: Styled = { declared: new Map(), custom: new Map(), inherited: new Map() };
  let tokens: Map<string, string> | null = null;
  for (const ancestor of chain) {
    context = styleOf(tree, ancestor, rules, context);
    tokens ??= context.custom;
  }
  const viewBox = viewBoxOf(tree, svg);
  const markup = serialize(tree, svg, rules, context, true);
  return { markup, viewBox, tokens: tokens ?? context.custom };
}
