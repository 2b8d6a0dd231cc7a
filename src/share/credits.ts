// The source line under an embedded story graphic and on its pictures: the sources
// content/embeds.yaml credits for the graphic, then those its data cites at this state
// (creditedSources), each outlet once.
import type { SharingCopy, Source } from '../lib/content-types.ts';
import { fill } from '../lib/template.ts';

// Which sources a graphic's data cites at a state is the graphic's own (its definition).
export { creditedSources } from '../graphics/registry.ts';

/** What a credit line prints for a source: its outlet, or its credit where the outlet is unnamed. */
export function creditOf(source: Source): string {
  return source.credit ?? source.outlet;
}

/**
 * "Sources: A; B; C and 4 more." Outlets once each; at most `most` named. Its words: `words`
 * (content/sharing.yaml credit).
 */
export function creditLine(
  sources: readonly Source[],
  words: SharingCopy['credit'],
  most = 4,
): string {
  const outlets = [...new Set(sources.map(creditOf))];
  if (!outlets.length) return '';
  const named = outlets.slice(0, most).join('; ');
  const more = outlets.length - most;
  const all = more > 0 ? fill(words.more, { outlets: named, count: more }) : named;
  return fill(outlets.length > 1 ? words.sources : words.source, { outlets: all });
}
