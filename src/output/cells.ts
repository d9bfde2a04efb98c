// The values a listing holds, and their text in CSV and table cells.

export type Cell = string | number | boolean | null | undefined | readonly string[];

/** A cell as text: lists joined by `separator`, null and undefined empty. */
export function cellText(value: Cell, separator: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(separator);
  return String(value);
}
