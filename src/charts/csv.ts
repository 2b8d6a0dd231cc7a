// Tables as CSV (RFC 4180) that opens safely in any spreadsheet. Every file a reader downloads is
// made by csvFile: a UTF-8 byte-order mark first (so a spreadsheet that guesses Windows-1252 for
// a double-clicked file reads "Kishida–Biden" right), then an optional header block of
// "# key,value" lines, then the table.
import type { TableData } from '../lib/table-data.ts';

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The decimal places a number keeps in CSV (the scenario pack's README says so). */
export const CSV_DECIMALS = 9;

/** A number as CSV text: float noise such as 0.30000000000000004 rounded away; '' if not finite. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  // Past a million, nine decimals are below double precision anyway (and n × 1e9 could overflow).
  if (Math.abs(n) >= 1e6) return String(n);
  const scale = 10 ** CSV_DECIMALS;
  return String(Math.round(n * scale) / scale || 0);
}

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; never a formula. */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? csvNumber(value) : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as RFC 4180 CSV: comma-separated, CRLF after every row (UTF-8 text, no BOM). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A chart's table as CSV: a header row of column names, then the rows. */
export function tableToCsv(table: TableData): string {
  return toCsv([table.columns, ...table.rows]);
}

/** The byte-order mark that tells spreadsheets the file is UTF-8. */
export const BOM = '\uFEFF';

/** Header lines start with this: data tools skip them (pandas comment='#', R comment.char='#'). */
export const NOTE_MARK = '#';

/**
 * A CSV file: the byte-order mark, then one "# key,value" line per note (what the data is, its
 * units and source), then the CSV `body` (from toCsv or tableToCsv).
 */
export function csvFile(
  body: string,
  notes: readonly (readonly [key: string, value: string])[] = [],
): string {
  const header = toCsv(notes.map(([key, value]) => [`${NOTE_MARK} ${key}`, value]));
  return `${BOM}${header}${body}`;
}
