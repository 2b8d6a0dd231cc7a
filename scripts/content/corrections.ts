// The corrections log (content/CORRECTIONS.md), rendered at corrections.html. Like a newsroom's:
// each substantive correction under the date it was made, newest first, saying what was wrong,
// what it says now and the source behind the fix. The build checks the shape line by line:
//
//   # Corrections
//   (an introduction: any paragraphs)
//   ## 30 November 2026          a date, "D Month YYYY", no later than site.yaml's `updated`
//   (optionally a line on what prompted these corrections)
//   - **Where.** What changed. [@source-id]     one list item per correction, each cited
import type { Source, SourceNote } from '../../src/lib/content-types.ts';
import type { ContentProblems } from './errors.ts';
import { citationsIn } from './guards.ts';
import { renderModelDoc } from './model-doc.ts';
import { MONTH_NAMES } from '../../src/lib/format.ts';

export interface Corrections {
  /** The page's title, from the log's "# Corrections" heading. */
  title: string;
  /** The introduction's first paragraph as plain text, for the page's description. */
  summary: string;
  /** The log as HTML (its own notes numbered like the model page's), without the h1. */
  html: string;
  notes: SourceNote[];
  /** The dates of the log's sections, newest first, as YYYY-MM-DD. */
  dates: string[];
}

/** "30 November 2026" → "2026-11-30"; null when it is not a real date written that way. */
export function correctionDate(heading: string): string | null {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(heading.trim());
  if (!m) return null;
  const month = MONTH_NAMES.indexOf(m[2]!);
  const day = Number(m[1]);
  const year = Number(m[3]);
  if (month < 0) return null;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return date.toISOString().slice(0, 10);
}

/** A site.yaml date (YYYY, YYYY-MM or YYYY-MM-DD) as the last day it can mean. */
function lastDayOf(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}

/**
 * Validate and render content/CORRECTIONS.md. `updated` is site.yaml's last-updated date: no
 * correction may be dated after it. Every problem is reported at its line.
 */
export function renderCorrections(
  file: string,
  text: string,
  sources: readonly Source[],
  updated: string | undefined,
  problems: ContentProblems,
): Corrections {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || lines[first]!.trim() !== '# Corrections')
    problems.add(
      file,
      first < 0 ? 1 : first + 1,
      'the log starts with the heading "# Corrections"',
    );

  const dates: string[] = [];
  const headings: { text: string; date: string }[] = [];
  // The section being read: its heading's line, and whether it has a correction yet.
  let section: { line: number; heading: string; entries: number } | null = null;
  let entry: { line: number; text: string } | null = null;
  const closeEntry = () => {
    if (entry && !citationsIn(entry.text).length)
      problems.add(file, entry.line, 'a correction cites the source behind it, e.g. [@source-id]');
    entry = null;
  };
  const closeSection = () => {
    closeEntry();
    if (section && section.entries === 0)
      problems.add(file, section.line, `"## ${section.heading}" lists no correction`);
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (i <= first) return;
    const heading = /^##\s+(.*)$/.exec(raw);
    if (heading) {
      closeSection();
      const title = heading[1]!.trim();
      section = { line, heading: title, entries: 0 };
      const date = correctionDate(title);
      if (!date) {
        problems.add(
          file,
          line,
          `"## ${title}": a section of the log is a date, such as "## 30 November 2026"`,
        );
        return;
      }
      const previous = dates[dates.length - 1];
      if (previous && date > previous)
        problems.add(file, line, `the log runs newest first: ${title} comes after a later date`);
      if (updated && date > lastDayOf(updated))
        problems.add(
          file,
          line,
          `a correction dated ${title} is later than the site's last update (${updated}, content/site.yaml)`,
        );
      dates.push(date);
      headings.push({ text: title, date });
      return;
    }
    if (/^#/.test(raw)) {
      problems.add(file, line, 'the log has one "# Corrections" heading and "## date" sections');
      return;
    }
    if (!section) return; // the introduction
    if (/^[-*]\s+/.test(raw)) {
      closeEntry();
      entry = { line, text: raw };
      section.entries++;
    } else if (/^\s+\S/.test(raw) && entry) {
      (entry as { text: string }).text += ` ${raw.trim()}`;
    } else if (raw.trim() && section.entries > 0) {
      // A section may open with a line on what prompted it; after that, only corrections.
      problems.add(file, line, 'under a date, each correction is a list item ("- …")');
    }
  });
  closeSection();

  const doc = renderModelDoc(file, text, sources, problems);
  // Each section's heading carries its date, machine-readable, and an anchor to link to.
  let html = doc.html;
  for (const h of headings)
    html = html.replace(
      `<h2>${h.text}</h2>`,
      `<h2 id="corrections-${h.date}"><time datetime="${h.date}">${h.text}</time></h2>`,
    );
  const intro =
    lines
      .slice(first + 1)
      .join('\n')
      .split(/\n(?=##)/)[0] ?? '';
  const summary = (intro.split(/\n\s*\n/).find((p) => p.trim()) ?? '').replace(/\s+/g, ' ').trim();
  const title = first < 0 ? 'Corrections' : lines[first]!.replace(/^#\s*/, '').trim();
  return { title, summary, html, notes: doc.notes, dates };
}
