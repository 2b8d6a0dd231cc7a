// The standing guards of the truth pass (issue 11): checks that keep the content's labels honest
// as it is edited. Each returns problems with file and line, like every other content check.
//   - a figure that names a ledger entry ({{about 30 a year|reported|mhiOutputPerYear}}) must
//     carry that entry's status and state its value;
//   - a ledger entry's status must match what it cites (reported: a named source; derived: our
//     arithmetic, with the working in the note; illustrative: a labelled assumption);
//   - every source in content/sources.yaml is cited somewhere in content/.
import type { FigureStatus, Source } from '../../src/lib/content-types.ts';
import type { ParameterSpec } from '../../workers/stockpile/parameters.ts';
import type { ContentProblems } from './errors.ts';
import type { YamlFile } from './yaml-file.ts';

/** Cited for our own arithmetic and our own assumptions (content/sources.yaml). */
export const DERIVED_SOURCE = 'backfill-derived';
export const ILLUSTRATIVE_SOURCE = 'backfill-illustrative';

/** What a figure needs to know about the ledger entry it names, and where that entry is. */
export interface LedgerRef {
  status: FigureStatus;
  value: number;
  file: string;
  line: number;
}

/** Ledger entries by id, with the line of each entry's status, for figures to check against. */
export function ledgerRefs(
  parameters: readonly ParameterSpec[],
  file: string,
  yaml: YamlFile,
): Map<string, LedgerRef> {
  return new Map(
    parameters.map((p, i) => [
      p.id,
      { status: p.status, value: p.default, file, line: yaml.lineOf([i, 'status']) },
    ]),
  );
}

/** The numbers written in a piece of copy: "2,000" and "2000" are both 2000. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * Problems with a figure that names a ledger entry: an unknown entry, a status other than the
 * entry's, or copy that does not state the entry's value. `figure` is the figure as written.
 */
export function figureLedgerProblems(
  figure: { text: string; status: string; ledger: string },
  ledger: ReadonlyMap<string, LedgerRef> | undefined,
): string[] {
  const written = `{{${figure.text}|${figure.status}|${figure.ledger}}}`;
  const entry = ledger?.get(figure.ledger);
  if (!entry)
    return [
      `figure "${written}" names ledger entry "${figure.ledger}", which is not in content/parameters.yaml`,
    ];
  const problems: string[] = [];
  if (figure.status !== entry.status) {
    problems.push(
      `figure "${written}" is marked ${figure.status || 'with no status'}, but its ledger entry ` +
        `${figure.ledger} is ${entry.status} (${entry.file}:${entry.line})`,
    );
  }
  if (!numbersIn(figure.text).includes(entry.value)) {
    problems.push(
      `figure "${written}" does not state its ledger entry's value, ${entry.value} ` +
        `(${entry.file}:${entry.line})`,
    );
  }
  return problems;
}

const WORKING = /[÷×=≈→+−]/;

/**
 * A ledger entry's status must match its sources and note: reported values cite a named source
 * and no assumption of ours; derived values cite our arithmetic and show the working in the note;
 * illustrative values cite our assumption.
 */
export function checkLedgerLabels(
  file: string,
  yaml: YamlFile,
  parameters: readonly ParameterSpec[],
  problems: ContentProblems,
): void {
  parameters.forEach((p, i) => {
    const at = yaml.lineOf([i, 'status']);
    const named = p.sources.filter((id) => id !== DERIVED_SOURCE && id !== ILLUSTRATIVE_SOURCE);
    if (p.status === 'reported') {
      if (!named.length)
        problems.add(file, at, `${p.id}: a reported value cites the named source that states it`);
      if (p.sources.includes(ILLUSTRATIVE_SOURCE) || p.sources.includes(DERIVED_SOURCE))
        problems.add(
          file,
          at,
          `${p.id}: a reported value is stated by a source; it cites no assumption or arithmetic of ours`,
        );
    }
    if (p.status === 'derived') {
      if (!p.sources.includes(DERIVED_SOURCE) || !named.length)
        problems.add(
          file,
          at,
          `${p.id}: a derived value cites ${DERIVED_SOURCE} and the reported numbers it is worked from`,
        );
      if (!WORKING.test(p.note))
        problems.add(
          file,
          yaml.lineOf([i, 'note']),
          `${p.id}: a derived value shows its working in the note (e.g. "900 ÷ 12 ≈ 75")`,
        );
    }
    if (p.status === 'illustrative' && !p.sources.includes(ILLUSTRATIVE_SOURCE))
      problems.add(file, at, `${p.id}: an illustrative value cites ${ILLUSTRATIVE_SOURCE}`);
  });
}

/** Every [@id] citation in a piece of Markdown. */
export function citationsIn(text: string): string[] {
  return [...text.matchAll(/\[@([^\]]+)\]/g)].flatMap((m) =>
    m[1]!.split(/[;,]/).map((raw) => raw.trim().replace(/^@/, '')),
  );
}

/** A problem for every source in content/sources.yaml that nothing in content/ cites. */
export function checkEverySourceCited(
  file: string,
  yaml: YamlFile,
  sources: readonly Source[],
  cited: ReadonlySet<string>,
  problems: ContentProblems,
): void {
  sources.forEach((s, i) => {
    if (!cited.has(s.id))
      problems.add(
        file,
        yaml.lineOf([i, 'id']),
        `source "${s.id}" is never cited in content/ (cite it, or remove it from sources.yaml)`,
      );
  });
}
