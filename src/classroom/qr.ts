// QR codes for links teachers put on slides and worksheets, made on this device by uqr (no
// service sees the link). The code is drawn as one SVG path of dark modules, so nothing is ever
// inserted as HTML.
import { encode } from 'uqr';
import { servedSiteUrl } from '../lib/site-address.ts';

export interface QrPath {
  /** Modules per side, including the quiet zone. */
  size: number;
  /** Path data: one unit square per dark module. */
  d: string;
}

/** The QR code of `text` (medium error correction, a 4-module quiet zone). */
export function qrPath(text: string, border = 4): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Runs of dark modules on a row become one rectangle.
      if (!data[y]![x]) continue;
      let run = 1;
      while (x + run < size && data[y]![x + run]) run++;
      d += `M${x + border} ${y + border}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { size: size + 2 * border, d };
}

/** The link a QR code should carry: this site's address when it is online, else the public one. */
export function shareableUrl(path: string, siteUrl: string): string {
  return new URL(path, servedSiteUrl('./', siteUrl)).href;
}
