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
  const writer = rowWriter(columns, format, write);
  for (const row of rows) writer.row(row);
  return writer.end();
}

/** writeRows over rows that arrive as a stream (an export from the store). */
export async function streamRows<T extends object>(
  rows: AsyncIterable<T>,
  columns: Column<T>[],
  format: StreamFormat,
  write: (chunk: string) => void,
): Promise<number> {
  const writer = rowWriter(columns, format, write);
  for await (const row of rows) writer.row(row);
  return writer.end();
}

/**
 * The text of rows that arrive a chunk at a time, a piece for each chunk (the
 * head with the first, the tail with the last): for a writer that waits
 * between pieces, an HTTP answer of a whole listing.
 */
export async function* rowTexts<T extends object>(chunks: AsyncIterable<T[]>, columns: Column<T>[], format: StreamFormat): AsyncGenerator<string> {
  let text = '';
  const writer = rowWriter(columns, format, (chunk) => {
    text += chunk;
  });
  for await (const rows of chunks) {
    for (const row of rows) writer.row(row);
    yield text;
    text = '';
  }
  writer.end();
  yield text;
}

/** Writes the head at once, each row as it is given (a table's once all are in), and the tail at `end`. */
function rowWriter<T extends object>(columns: Column<T>[], format: StreamFormat, write: (chunk: string) => void) {
  const cell = (row: T, column: Column<T>) => row[column.key] as Cell;
  const shown = columns.filter((column) => column.width !== undefined);
  const cells: Cell[][] = [];
  let count = 0;
  if (format === 'csv') write(BOM + csvRow(columns.map((column) => column.key)));
  if (format === 'json') write('[');
  return {
    row(row: T): void {
      if (format === 'table') cells.push(shown.map((column) => cell(row, column)));
      else if (format === 'csv') write(csvRow(columns.map((column) => cell(row, column))));
      else if (format === 'jsonl') write(`${JSON.stringify(row)}\n`);
      else write(`${count > 0 ? ',' : ''}\n${JSON.stringify(row)}`);
      count++;
    },
    end(): number {
      if (format === 'table') write(`${table(shown.map((column) => ({ header: column.key, width: column.width! })), cells)}\n`);
      if (format === 'json') write(count > 0 ? '\n]\n' : ']\n');
      return count;
    },
  };
}

export function render<T extends object>(rows: Iterable<T>, columns: Column<T>[], format: StreamFormat): string {
  let out = '';
  writeRows(rows, columns, format, (chunk) => {
    out += chunk;
  });
  return out;
}
