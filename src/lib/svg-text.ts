// SVG text does not wrap by itself. We wrap by an estimated character width, which keeps
// layouts pure and identical on the server and in the browser (no DOM measuring).

/** Average advance of a character in the UI font, as a fraction of the font size. */
export const CHAR_WIDTH = 0.56;

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(6, Math.floor(maxWidth / (fontSize * CHAR_WIDTH)));
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}
