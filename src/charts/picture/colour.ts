// Colours in a standalone picture must be plain: graphics software (and some viewers) do not
// know CSS's color-mix(). This evaluates color-mix(in srgb, …) of the colour forms our styles
// use (#hex, rgb()/rgba(), transparent and a few names) into rgb() or rgba(), as CSS Color 5
// defines it (premultiplied alpha); anything else is left as it is.

interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const NAMED: Record<string, Rgba> = {
  transparent: { r: 0, g: 0, b: 0, a: 0 },
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
  red: { r: 255, g: 0, b: 0, a: 1 },
};

/** A colour in one of the forms above, or null. */
export function parseColour(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  if (NAMED[s]) return { ...NAMED[s] };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3 || parts.length > 4) return null;
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
    const alpha = (p: string | undefined) =>
      p === undefined ? 1 : p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p);
    const c = { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!) };
    const a = alpha(parts[3]);
    if ([c.r, c.g, c.b, a].some((v) => !Number.isFinite(v))) return null;
    return { ...c, a };
  }
  return null;
}

/** rgb(r, g, b) when opaque, else rgba(r, g, b, a). */
export function formatColour({ r, g, b, a }: Rgba): string {
  const c = (v: number) => Math.round(Math.min(255, Math.max(0, v)));
  if (a >= 1) return `rgb(${c(r)}, ${c(g)}, ${c(b)})`;
  return `rgba(${c(r)}, ${c(g)}, ${c(b)}, ${Math.round(Math.max(0, a) * 1000) / 1000})`;
}

/** "<colour> [<percentage>]" */
function mixPart(text: string): { colour: Rgba; share: number | null } | null {
  const match = /^(.*?)(?:\s+(\d+(?:\.\d+)?)%)?$/.exec(text.trim());
  const colour = match && parseColour(match[1]!);
  if (!colour) return null;
  return { colour, share: match[2] === undefined ? null : Number(match[2]) / 100 };
}

/** Split at commas outside parentheses. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** color-mix(in srgb, a p%, b q%): null when it is not one this can evaluate. */
function mix(args: string): string | null {
  const [space, first, second, ...rest] = splitTopLevel(args);
  if (rest.length || !first || !second || space?.trim().toLowerCase() !== 'in srgb') return null;
  const a = mixPart(first);
  const b = mixPart(second);
  if (!a || !b) return null;
  let p = a.share ?? (b.share === null ? 0.5 : 1 - b.share);
  let q = b.share ?? 1 - p;
  const sum = p + q;
  if (sum <= 0) return null;
  // Shares that add up to less than 100% make the result as much more transparent.
  const scale = Math.min(1, sum);
  p /= sum;
  q /= sum;
  const alpha = a.colour.a * p + b.colour.a * q;
  if (alpha === 0) return formatColour({ r: 0, g: 0, b: 0, a: 0 });
  const channel = (k: 'r' | 'g' | 'b') =>
    (a.colour[k] * a.colour.a * p + b.colour[k] * b.colour.a * q) / alpha;
  return formatColour({ r: channel('r'), g: channel('g'), b: channel('b'), a: alpha * scale });
}

/**
 * Every light-dark(light, dark) in a CSS value replaced by its light colour: a picture is the
 * light theme (src/styles/tokens.css defines each colour once, for both schemes, this way).
 */
export function evaluateLightDark(value: string): string {
  let out = value;
  const innermost = /light-dark\(((?:[^()]|\([^()]*\))*)\)/gi;
  for (let round = 0; round < 5 && /light-dark\(/i.test(out); round++) {
    const next = out.replace(innermost, (whole, args: string) => {
      const [light, dark, ...rest] = splitTopLevel(args);
      return light && dark && !rest.length ? light.trim() : whole;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Every color-mix(in srgb, …) in a CSS value that can be evaluated, evaluated (after taking the
 * light colour of any light-dark()).
 */
export function evaluateColourMix(value: string): string {
  let out = evaluateLightDark(value);
  // Innermost first: a color-mix() with no parenthesis inside its arguments except rgb()s.
  const innermost = /color-mix\(((?:[^()]|\([^()]*\))*)\)/gi;
  for (let round = 0; round < 5 && /color-mix\(/i.test(out); round++) {
    const next = out.replace(innermost, (whole, args: string) => mix(args) ?? whole);
    if (next === out) break;
    out = next;
  }
  return out;
}
