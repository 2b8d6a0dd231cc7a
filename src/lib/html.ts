// Text into HTML we write as a string (embed codes, oEmbed, discovery links). Everything that is
// not our own markup goes through here, in text and in attribute values alike.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element text and in single- or double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An absolute http(s) URL, normalised; throws for anything else (javascript:, data:, relative). */
export function absoluteUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${what} must be an absolute URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${what} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  return url.href;
}
