// What a reader can take away from a chart: its data as CSV, the picture as a standalone SVG or
// a PNG, and the whole scenario as a zip (scenario-pack.ts). Everything is made in the browser;
// nothing is uploaded.
export { csvField, csvNumber, tableToCsv, toCsv } from './csv.ts';
export { scenarioPack, scenarioPackFilename, type PackMeta } from './scenario-pack.ts';

// --- SVG -----------------------------------------------------------------------------------------

/** The CSS properties our charts style, inlined so the file looks the same without our CSS. */
export const INLINED_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
] as const;
/** Of those, the ones a child inherits: written only where they differ from the parent's. */
const INHERITED = new Set<string>(INLINED_PROPERTIES.filter((p) => p !== 'opacity'));

const SVG_NS = 'http://www.w3.org/2000/svg';
export const BACKGROUNDS = { light: '#ffffff', dark: '#121418' } as const;

export interface StandaloneOptions {
  /** The <title> of the file. Default: the SVG's aria-label, else its own <title>, else the page's. */
  title?: string;
  /** 'light', 'dark', or any CSS colour. Default: dark when the chart is drawn in a dark scheme. */
  background?: keyof typeof BACKGROUNDS | (string & {});
}

interface Standalone {
  markup: string;
  width: number;
  height: number;
}

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g;

/** Replace var(--x) with the value of --x where the element is drawn (or the var's fallback). */
export function resolveVars(text: string, style: CSSStyleDeclaration): string {
  let out = text;
  // A custom property may itself hold var(...): a few rounds, then stop.
  for (let round = 0; round < 5 && out.includes('var('); round++) {
    out = out.replace(VAR, (_, name: string, fallback?: string) => {
      const value = style.getPropertyValue(name).trim();
      return value || (fallback ?? '').trim();
    });
  }
  return out;
}

function makeStandalone(svg: SVGSVGElement, options: StandaloneOptions): Standalone {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  if (!view) throw new Error('svgToStandalone needs an SVG in a document with a window');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];

  originals.forEach((original, i) => {
    const copy = copies[i] as SVGElement | HTMLElement;
    const style = view.getComputedStyle(original);
    const parent = i === 0 ? null : view.getComputedStyle(original.parentElement!);
    for (const attribute of [...copy.attributes]) {
      if (attribute.value.includes('var(')) {
        copy.setAttribute(attribute.name, resolveVars(attribute.value, style));
      }
    }
    for (const property of INLINED_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (!value) continue;
      if (INHERITED.has(property)) {
        if (parent && parent.getPropertyValue(property) === value) continue;
      } else if (value === '1') continue; // opacity, at its initial value
      copy.style.setProperty(property, resolveVars(value, style));
    }
  });

  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const hasViewBox = viewBox && viewBox.width > 0 && viewBox.height > 0;
  const width = Math.round(box.width) || (hasViewBox ? viewBox.width : 0);
  const height = Math.round(box.height) || (hasViewBox ? viewBox.height : 0);
  const frame = hasViewBox ? viewBox : { x: 0, y: 0, width, height };
  if (!hasViewBox) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // The file is a picture on its own: no longer hidden from assistive technology.
  clone.removeAttribute('aria-hidden');

  const dark = view.getComputedStyle(svg).colorScheme.includes('dark');
  const choice = options.background ?? (dark ? 'dark' : 'light');
  const fill = Object.hasOwn(BACKGROUNDS, choice)
    ? BACKGROUNDS[choice as keyof typeof BACKGROUNDS]
    : choice;
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('x', String(frame.x));
  rect.setAttribute('y', String(frame.y));
  rect.setAttribute('width', String(frame.width));
  rect.setAttribute('height', String(frame.height));
  rect.setAttribute('fill', fill);

  const existing = clone.querySelector(':scope > title');
  const text =
    options.title ?? svg.getAttribute('aria-label') ?? existing?.textContent ?? doc.title;
  existing?.remove();
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  // The title first (as SVG asks), then the background under everything else.
  clone.prepend(title, rect);

  const markup = new XMLSerializer().serializeToString(clone);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`, width, height };
}

/**
 * A chart's SVG as a file that looks the same anywhere: computed styles inlined, CSS variables
 * resolved, a background and a title added. Call it on an SVG that is in the page and drawn.
 */
export function svgToStandalone(svg: SVGSVGElement, options: StandaloneOptions = {}): string {
  return makeStandalone(svg, options).markup;
}

/** The chart as a PNG, `scale` times its size on screen (2 for sharp text on most screens). */
export async function svgToPng(
  svg: SVGSVGElement,
  scale = 2,
  options: StandaloneOptions = {},
): Promise<Blob> {
  const { markup, width, height } = makeStandalone(svg, options);
  const doc = svg.ownerDocument;
  // A blob: URL, not data:, so a long chart is not limited by URL length.
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
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

// --- saving --------------------------------------------------------------------------------------

/** Letters, digits, '.', '_' and '-': a filename that is safe on every system. */
export function safeFilename(name: string): string {
  const cleaned = name
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+\./g, '.')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 100);
  return cleaned || 'download';
}

/** How long the object URL outlives the click: some browsers start the download late. */
const REVOKE_AFTER_MS = 40_000;

/** Save a Blob as a file, through an object URL and a temporary <a download>. */
export function saveBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = safeFilename(filename);
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
