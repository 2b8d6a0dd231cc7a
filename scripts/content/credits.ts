// Credit lines (embeds, downloads) print each source's outlet. Where content/sources.yaml says an
// outlet is not named, the source must say what a credit line prints instead (`credit:`), and
// that must name an outlet a newspaper can print.
import type { ContentProblems } from './errors.ts';
import type { YamlFile } from './yaml-file.ts';

const UNNAMED = /\b(not named|unnamed)\b/i;

/** Adds a problem, at its line, for each source whose credit line could not be printed. */
export function checkCredits(
  sources: readonly { id: string; outlet: string; credit?: string }[],
  file: string,
  yaml: YamlFile,
  problems: ContentProblems,
): void {
  sources.forEach((s, i) => {
    if (UNNAMED.test(s.outlet) && !s.credit)
      problems.add(
        file,
        yaml.lineOf([i, 'outlet']),
        `the outlet of "${s.id}" is not named, so it needs a credit: (what a credit line can print, such as the outlet it relays)`,
      );
    if (s.credit && UNNAMED.test(s.credit))
      problems.add(
        file,
        yaml.lineOf([i, 'credit']),
        `the credit of "${s.id}" must name an outlet a credit line can print`,
      );
  });
}
