// The data behind a chart, as a plain table: shown in the "data table" toggle and offered as CSV.

export interface TableData {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}
