// Reading a PDF in Node with pdf.js (pdfjs-dist's legacy build, the one for Node): page sizes,
// each page's text, and a page drawn as a PNG (with @napi-rs/canvas) to look at. No program
// outside node_modules is needed.
import { createCanvas } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** Width and height in PostScript points (1/72 inch): A4 is 595.28 × 841.89, Letter 612 × 792. */
  width: number;
  height: number;
  /** The page's text in reading order; a new line where the PDF ends a line. */
  text: string;
}

/** Every page of the PDF file: its size and its text. */
export async function readPdf(file: string): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const { items } = await page.getTextContent();
      const text = items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('');
      pages.push({ width: x1 - x0, height: y1 - y0, text });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** One run of text on a PDF page, where it is drawn: x and y of its baseline's start, in points from
 * the page's left and top edges, and its width in points. */
export interface PdfText {
  str: string;
  x: number;
  y: number;
  width: number;
}

/** The runs of text on page `n` (from 1) of the PDF file, with their positions. */
export async function readPdfText(file: string, n: number): Promise<PdfText[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(n);
    const [, , , top] = page.view as [number, number, number, number];
    const { items } = await page.getTextContent();
    return items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: top - (item.transform[5] as number),
              width: item.width,
            },
          ]
        : [],
    );
  } finally {
    await doc.destroy();
  }
}

/** Draw page `n` (from 1) of the PDF as a PNG at `dpi`, to look at. Returns the PNG's bytes. */
export async function pdfPageToPng(file: string, n: number, out: string, dpi = 60) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    // White paper under the drawing (a PNG is transparent otherwise).
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    const png = canvas.toBuffer('image/png');
    writeFileSync(out, png);
    return png.length;
  } finally {
    await doc.destroy();
  }
}
