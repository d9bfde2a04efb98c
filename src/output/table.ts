// A plain-text table for the terminal. Chinese characters take two columns,
// so widths are counted in display columns (string-width), not in characters.
import stringWidth from 'string-width';
import { type Cell, cellText } from './cells.js';

/** `text` on one line, cut with … to at most `width` display columns. */
export function clip(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  if (stringWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  for (const char of line) {
    const columns = stringWidth(char);
    if (used + columns > width - 1) break;
    out += char;
    used += columns;
  }
  return `${out}…`;
}

export interface TableColumn {
  header: string;
  /** Widest a cell may be, in display columns. */
  width: number;
}

export function table(columns: TableColumn[], rows: Cell[][]): string {
  const cells = rows.map((row) =>
    row.map((value, i) => ({
      text: clip(value === null || value === undefined ? '—' : cellText(value, '、'), columns[i]!.width),
      number: typeof value === 'number',
    })),
  );
  // A loop, not Math.max(...cells): spreading 150 000 rows overflows the stack.
  const widths = columns.map((column, i) => cells.reduce((widest, row) => Math.max(widest, stringWidth(row[i]!.text)), stringWidth(column.header)));
  const pad = (text: string, i: number, right: boolean) => {
    const fill = ' '.repeat(widths[i]! - stringWidth(text));
    return right ? fill + text : text + fill;
  };
  const line = (texts: Array<{ text: string; number: boolean }>) =>
    texts.map(({ text, number }, i) => pad(text, i, number)).join('  ').trimEnd();
  const lines = [line(columns.map((c) => ({ text: c.header, number: false }))), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) lines.push(line(row));
  return lines.join('\n');
}
