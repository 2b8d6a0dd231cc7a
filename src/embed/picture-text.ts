// The words that go with one chart at one view, wherever it travels: the credited picture
// (downloads and the build's fallback pictures), its alt text, the header of its CSV file and
// the name of its files. Each kind of chart words its own (the story's graphic-words.ts, the
// sandbox's chart-words.ts); this picks by the view, for the build and for tests in Node, where
// the content comes from loadContent rather than the virtual modules.
import type { ChartWords } from '../charts/chart-pictures.ts';
import { sandboxChartWords, type SandboxPictureContent } from '../sandbox/chart-words.ts';
import { isStoryTarget, type ChartTarget } from '../share/links.ts';
import { graphicWords, type GraphicPictureContent } from '../story/graphic-words.ts';

export { addressForPrint, type ChartWords } from '../charts/chart-pictures.ts';

/** The content these words are made from (the virtual content modules' parts). */
export type PictureContent = GraphicPictureContent & SandboxPictureContent;

/**
 * The words for one chart at one view. `siteUrl`: the site's root, absolute (the served
 * address in the browser, siteUrl in the build).
 */
export function chartWords(
  target: ChartTarget,
  content: PictureContent,
  siteUrl: string,
): ChartWords {
  return isStoryTarget(target)
    ? graphicWords(target, content, siteUrl)
    : sandboxChartWords(target, content, siteUrl);
}
