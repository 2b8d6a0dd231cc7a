// Critical CSS for a page's first screen: the rules of the site's stylesheet that can match an
// element of the prerendered page once the parts below the fold are taken out. The build inlines
// them (allowed by hash in the Content-Security-Policy) and loads the whole stylesheet without
// blocking the first paint, so the heading paints from the HTML alone.
//
// Matching errs wide, never narrow: pseudo-classes, pseudo-elements and attribute selectors are
// dropped before matching (a rule for :hover, [data-theme='dark'] or ::before of an element on
// the first screen is kept), and a selector css-select cannot read is kept. Print rules are left
// to the full stylesheet.
import { load } from 'cheerio';
import { selectOne } from 'css-select';
import type { AnyNode } from 'domhandler';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';

/** A selector with everything that depends on state or attributes taken out. */
export function structuralSelector(selector: string): string {
  let s = selector;
  // Functional pseudo-classes first (their arguments may hold parentheses of their own).
  for (let guard = 0; guard < 10 && /:[\w-]+\(/.test(s); guard++) {
    s = s.replace(/::?[\w-]+\((?:[^()]|\([^()]*\))*\)/g, '');
  }
  s = s.replace(/::?[\w-]+/g, '').replace(/\[[^\]]*\]/g, '');
  // Compounds and combinators alternate; a compound left empty matches any element.
  return s
    .trim()
    .split(/(\s*[>+~]\s*|\s+)/)
    .map((part, i) => (i % 2 ? part.trim() || ' ' : part || '*'))
    .join('');
}

function matches(selector: string, root: AnyNode[]): boolean {
  try {
    return selectOne(structuralSelector(selector), root) !== null;
  } catch {
    return true; // a selector we cannot read is kept
  }
}

/** Remove what no first-screen element uses; returns whether anything is left in `node`. */
function prune(node: Container, root: AnyNode[]): boolean {
  node.each((child) => {
    if (child.type === 'rule') {
      const rule = child as Rule;
      if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name))
        return;
      if (!rule.selectors.some((s) => matches(s, root))) rule.remove();
    } else if (child.type === 'atrule') {
      const at = child as AtRule;
      if (at.name === 'media' && /^print\b/.test(at.params.trim())) at.remove();
      else if (/^(media|supports|layer|container)$/.test(at.name) && at.nodes) {
        if (!prune(at, root)) at.remove();
      }
    } else if (child.type === 'comment') child.remove();
  });
  return (node.nodes?.length ?? 0) > 0;
}

/**
 * The rules of `css` that the first screen of `html` can use.
 * @param html the page's full HTML
 * @param css the site's whole stylesheet
 * @param belowFold a selector for the parts of the page that are not on the first screen
 */
export function criticalCss(html: string, css: string, belowFold: string): string {
  const $ = load(html);
  $(belowFold).remove();
  const root = $.root().toArray();
  const sheet = postcss.parse(css);
  prune(sheet, root);
  return sheet.toString().replace(/\n\s*\n/g, '\n');
}
