// The CSS cascade, just enough of it to turn a chart's stylesheet rules into styles written on
// each element: the same code in the build (fallback pictures, rules read by postcss, selectors
// matched by css-select) and in the browser (downloads, rules read from the page's CSSOM,
// selectors matched by the browser). Media queries and dynamic states (:hover, :focus) are left
// out: a picture is the light theme, at rest.
import { parse, stringify, type Selector } from 'css-what';
import { splitTopLevel } from './colour.ts';

export interface Declaration {
  /** Lower case; custom properties keep their name (--bg). */
  property: string;
  value: string;
  important: boolean;
}

/** A style rule as read from a stylesheet: its selector list and its declarations. */
export interface RawRule {
  selector: string;
  declarations: Declaration[];
}

/** One selector of a rule, ready to match: its specificity and its place in the stylesheet. */
export interface StyleRule {
  selector: string;
  specificity: number;
  order: number;
  declarations: Declaration[];
}

/** Pseudo-classes whose answer does not depend on a reader: the only ones a picture keeps. */
const STATIC_PSEUDOS = new Set([
  ...['where', 'is', 'not', 'root', 'empty', 'first-child', 'last-child', 'only-child'],
  ...['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'first-of-type'],
  ...['last-of-type', 'only-of-type'],
]);

const isSelectorList = (data: unknown): data is Selector[][] =>
  Array.isArray(data) && data.every((d) => Array.isArray(d));

function usable(tokens: readonly Selector[]): boolean {
  return tokens.every((t) => {
    if (t.type === 'pseudo-element') return false;
    if (t.type !== 'pseudo') return true;
    if (!STATIC_PSEUDOS.has(t.name)) return false;
    return isSelectorList(t.data) ? t.data.every(usable) : true;
  });
}

/** Specificity as one number: ids × 10⁶ + classes, attributes and pseudo-classes × 10³ + types. */
function specificityOf(tokens: readonly Selector[]): number {
  let score = 0;
  for (const t of tokens) {
    if (t.type === 'attribute') score += t.name === 'id' && t.action === 'equals' ? 1e6 : 1e3;
    else if (t.type === 'tag') score += 1;
    else if (t.type === 'pseudo') {
      if (t.name === 'where') continue;
      if (isSelectorList(t.data) && ['is', 'not', 'has'].includes(t.name))
        score += Math.max(0, ...t.data.map(specificityOf));
      else score += 1e3;
    }
  }
  return score;
}

/** Each selector of each rule that a picture can use, with its specificity, in stylesheet order. */
export function styleRules(raw: readonly RawRule[]): StyleRule[] {
  const rules: StyleRule[] = [];
  raw.forEach((rule, order) => {
    let list: Selector[][];
    try {
      list = parse(rule.selector);
    } catch {
      return;
    }
    for (const tokens of list) {
      if (!usable(tokens)) continue;
      rules.push({
        selector: stringify([tokens]),
        specificity: specificityOf(tokens),
        order,
        declarations: rule.declarations,
      });
    }
  });
  return rules;
}

/** "a: b; c: d !important" as declarations. */
export function parseDeclarations(text: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim();
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    if (name)
      out.push({ property: name.startsWith('--') ? name : name.toLowerCase(), value, important });
  }
  return out;
}

/**
 * An element's declared styles: the matching rules in cascade order (importance, specificity,
 * order), then its own style attribute, the winner of each property last.
 */
export function cascade(
  rules: readonly StyleRule[],
  matches: (selector: string) => boolean,
  inline: readonly Declaration[] = [],
): Map<string, string> {
  const hits = rules.filter((r) => matches(r.selector));
  hits.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  const layers: Declaration[][] = [
    hits.flatMap((r) => r.declarations.filter((d) => !d.important)),
    inline.filter((d) => !d.important),
    hits.flatMap((r) => r.declarations.filter((d) => d.important)),
    inline.filter((d) => d.important),
  ];
  const declared = new Map<string, string>();
  for (const layer of layers) for (const d of layer) declared.set(d.property, d.value);
  return declared;
}

/** The position just past the parenthesis that closes the one opened before `from`. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Every var(--x, fallback) in `value` replaced from `custom` (values already resolved), or its
 * fallback; null when a variable has neither (the declaration is then invalid, as in CSS).
 * `initial` is CSS's guaranteed-invalid value.
 */
export function resolveVars(
  value: string,
  custom: ReadonlyMap<string, string>,
  depth = 0,
): string | null {
  const start = value.indexOf('var(');
  if (start < 0) return value;
  if (depth > 20) return null;
  const end = closing(value, start + 4);
  if (end < 0) return null;
  const [name = '', ...fallback] = splitTopLevel(value.slice(start + 4, end));
  const own = custom.get(name.trim());
  let replacement: string | null;
  if (own !== undefined && own.trim() !== 'initial') replacement = own;
  else if (fallback.length) replacement = resolveVars(fallback.join(',').trim(), custom, depth + 1);
  else replacement = null;
  if (replacement === null) return null;
  return resolveVars(value.slice(0, start) + replacement + value.slice(end + 1), custom, depth + 1);
}

/**
 * The custom properties an element has: its parent's, then those it declares, each resolved
 * where it is declared (as CSS computes them), so children inherit plain values.
 */
export function customProperties(
  inherited: ReadonlyMap<string, string>,
  declared: ReadonlyMap<string, string>,
): Map<string, string> {
  const own = [...declared].filter(([name]) => name.startsWith('--'));
  const out = new Map(inherited);
  for (const [name, value] of own) out.set(name, value);
  // Declared values may refer to each other: resolve against the element's own set, once each.
  for (const [name, value] of own) {
    const resolved = resolveVars(value, new Map([...out].filter(([n]) => n !== name)));
    if (resolved === null) out.delete(name);
    else out.set(name, resolved.trim());
  }
  return out;
}
