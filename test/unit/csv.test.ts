import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, tableToCsv } from '../../src/charts/csv.ts';
import { parseCsv } from './csv-parse.ts';
import { runs } from '../support/runs.ts';

describe('tableToCsv', () => {
  it('writes a header and rows, CRLF after each, quoting only what needs it', () => {
    const csv = tableToCsv({
      caption: 'ignored',
      columns: ['Month', 'Ukraine, ready', 'Note'],
      rows: [
        ['2024-01', 60, 'said "ideally two"'],
        ['2024-02', 47.5, 'line one\nline two'],
      ],
    });
    expect(csv).toBe(
      'Month,"Ukraine, ready",Note\r\n' +
        '2024-01,60,"said ""ideally two"""\r\n' +
        '2024-02,47.5,"line one\nline two"\r\n',
    );
    expect(parseCsv(csv)).toEqual([
      ['Month', 'Ukraine, ready', 'Note'],
      ['2024-01', '60', 'said "ideally two"'],
      ['2024-02', '47.5', 'line one\nline two'],
    ]);
  });

  it('defuses formulas but leaves plain numbers alone', () => {
    const cases: [string | number, string][] = [
      ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
      ['+1+1', "'+1+1"],
      ['-2+3', "'-2+3"],
      ['@cmd', "'@cmd"],
      ['-', "'-"],
      ['\tx', "'\tx"],
      ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
      ['-5', '-5'],
      ['+7', '+7'],
      ['-1.5e3', '-1.5e3'],
      [-12.25, '-12.25'],
      ['Zelensky – “two”, ideally', '"Zelensky – “two”, ideally"'],
      ['safe = later', 'safe = later'],
    ];
    for (const [value, written] of cases) expect(csvField(value), String(value)).toBe(written);
  });

  it('writes numbers without float noise, and nothing for non-finite ones', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(2.5)).toBe('2.5');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(1e-12)).toBe('0');
    expect(csvNumber(123456789.123)).toBe('123456789.123');
    expect(csvNumber(1e300)).toBe('1e+300');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('parses back to the same cells for any text (property test)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    const table = fc.record({
      caption: fc.constant(''),
      columns: fc.array(text, { minLength: 1, maxLength: 5 }),
      rows: fc.array(fc.array(fc.oneof(text, fc.double({ noNaN: true })), { maxLength: 5 }), {
        maxLength: 8,
      }),
    });
    fc.assert(
      fc.property(table, (t) => {
        const expected = [t.columns, ...t.rows].map((row) =>
          row.map((cell) => {
            const s = typeof cell === 'number' ? csvNumber(cell) : cell;
            return /^[=+\-@\t\r]/.test(s) && !/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)
              ? `'${s}`
              : s;
          }),
        );
        // An empty row is written as an empty line, which reads back as one empty field.
        const parsed = parseCsv(tableToCsv(t));
        expect(parsed).toEqual(expected.map((row) => (row.length === 0 ? [''] : row)));
      }),
      { numRuns: runs(300) },
    );
  });
});
