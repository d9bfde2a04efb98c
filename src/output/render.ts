// The one renderer of listings: a table for people, JSON and CSV for programs.
// The CLI uses it now and the HTTP server will, so a listing looks the same
// wherever it is asked for.
import { BOM, csvRow } from './csv.js';
import type { Cell } from './cells.js';
import { table } from './table.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
/** Export also writes JSON Lines, one object per line, for large libraries. */
export type StreamFormat = Format | 'jsonl';

export interface Column<T> {
  key: keyof T & string;
  /** Widest a table cell may be, in display columns; columns without one are left out of tables. */
  width?: number;
}

/**
 * Writes rows as they come: CSV and JSON rows are never held all at once. JSON
 * is one array holding every field of every row; CSV has one column per
 * `columns` entry; a table shows the columns that have a width.
 * Returns the number of rows written.
 */
export function writeRows<T extends object>(
  rows: Iterable<T>,
  columns: Column<T>[],
  format: StreamFormat,
  write: (chunk: string) => void,
): number {
  const cell = (row: T, column: Column<T>) => row[column.key] as Cell;
  let count = 0;
  if (format === 'table') {
    const shown = columns.filter((column) => column.width !== undefined);
    const cells: Cell[][] = [];
    for (const row of rows) cells.push(shown.map((column) => cell(row, column)));
    write(`${table(shown.map((column) => ({ header: column.key, width: column.width! })), cells)}\n`);
    return cells.length;
  }
  if (format === 'csv') write(BOM + csvRow(columns.map((column) => column.key)));
  if (format === 'json') write('[');
  for (const row of rows) {
    if (format === 'csv') write(csvRow(columns.map((column) => cell(row, column))));
    else if (format === 'jsonl') write(`${JSON.stringify(row)}\n`);
    else write(`${count > 0 ? ',' : ''}\n${JSON.stringify(row)}`);
    count++;
  }
  if (format === 'json') write(count > 0 ? '\n]\n' : ']\n');
  return count;
}

export function render<T extends object>(rows: Iterable<T>, columns: Column<T>[], format: StreamFormat): string {
  let out = '';
  writeRows(rows, columns, format, (chunk) => {
    out += chunk;
  });
  return out;
}
