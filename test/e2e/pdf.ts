// Reading a PDF in Node: page sizes and each page's text. The same API as the gate branch's
// pdf.js reader (test/e2e/pdf.ts there), which replaces this poppler-based one on merge: the
// specs that call readPdf need no change.
import { execFileSync } from 'node:child_process';

export interface PdfPage {
  /** Width and height in PostScript points (1/72 inch): A4 is 595.28 × 841.89, Letter 612 × 792. */
  width: number;
  height: number;
  /** The page's text in reading order; a new line where the PDF ends a line. */
  text: string;
}

/** Every page of the PDF file: its size and its text (poppler's pdfinfo and pdftotext). */
export async function readPdf(file: string): Promise<PdfPage[]> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file]).toString();
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return sizes.map((size, i) => ({
    ...size,
    text: execFileSync('pdftotext', [
      '-layout',
      '-f',
      String(i + 1),
      '-l',
      String(i + 1),
      file,
      '-',
    ]).toString(),
  }));
}
