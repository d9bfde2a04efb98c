// CSV as Excel and pandas read it: UTF-8 with a byte-order mark (without it
// Excel decodes Chinese as the local code page), RFC 4180 quoting, CRLF rows.
import type { Cell } from './cells.js';
import { cellText } from './cells.js';

export const BOM = '\uFEFF';

/** A spreadsheet runs a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  // Numbers are written by us, not taken from a report, so they cannot carry a
  // formula; escaping them would turn -5 into text.
  if (typeof value === 'number') return String(value);
  let text = cellText(value, '、');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: Cell[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
