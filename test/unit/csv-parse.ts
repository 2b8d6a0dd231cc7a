// A strict RFC 4180 reader for the tests: throws on anything the RFC does not allow, so a test
// that parses our CSV also checks that we wrote valid CSV.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\n') {
      throw new Error(`an LF without CR at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += c;
    }
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A CSV file as Backfill writes it (src/charts/csv.ts csvFile): a UTF-8 byte-order mark, then
 * "# key,value" lines, then the table. Throws when the mark is missing.
 */
export function readCsvFile(text: string): { notes: string[][]; rows: string[][] } {
  if (!text.startsWith('\uFEFF')) throw new Error('the file has no UTF-8 byte-order mark');
  const all = parseCsv(text.slice(1));
  const notes = all.filter((row) => row[0]?.startsWith('#'));
  const rows = all.slice(notes.length);
  if (rows.some((row) => row[0]?.startsWith('#')))
    throw new Error('a "#" line after the table started');
  return { notes: notes.map(([key = '', ...rest]) => [key.replace(/^#\s*/, ''), ...rest]), rows };
}
