// A plain-text table for the terminal. Chinese characters take two columns,
// so widths are counted in display columns, not in characters.
import { type Cell, cellText } from './cells.js';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function charWidth(char: string): number {
  return WIDE.test(char) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** `text` on one line, cut with … to at most `width` display columns. */
export function clip(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  if (displayWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  for (const char of line) {
    if (used + charWidth(char) > width - 1) break;
    out += char;
    used += charWidth(char);
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
  const widths = columns.map((column, i) => cells.reduce((widest, row) => Math.max(widest, displayWidth(row[i]!.text)), displayWidth(column.header)));
  const pad = (text: string, i: number, right: boolean) => {
    const fill = ' '.repeat(widths[i]! - displayWidth(text));
    return right ? fill + text : text + fill;
  };
  const line = (texts: Array<{ text: string; number: boolean }>) =>
    texts.map(({ text, number }, i) => pad(text, i, number)).join('  ').trimEnd();
  const lines = [line(columns.map((c) => ({ text: c.header, number: false }))), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) lines.push(line(row));
  return lines.join('\n');
}
