// Saving a file the browser made: an object URL and a temporary <a download>.

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
