// MANIFEST.tsv: metadata a folder gives for its files, for reports whose text
// does not say its issuer or year. Columns `file`, `issuer`, `year`, `kind`
// (the year the report reviews); any cell may be empty; other columns are ignored.
import { InputError } from '../errors.js';
import type { ReportMeta } from '../types.js';

export const MANIFEST = 'MANIFEST.tsv';

export type Overrides = Partial<Pick<ReportMeta, 'issuer' | 'year' | 'kind'>>;

/** Overrides by file name as written in the manifest. */
export function parseManifest(text: string, subject: string): Map<string, Overrides> {
  const [header = '', ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = header.split('\t').map((name) => name.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('file') === -1) throw new InputError('BAD_MANIFEST', subject, 'has no `file` column in its first line');
  const overrides = new Map<string, Overrides>();
  rows.forEach((row, index) => {
    const cells = row.split('\t').map((cell) => cell.trim());
    const cell = (name: string) => (at(name) === -1 ? '' : (cells[at(name)] ?? ''));
    const file = cell('file');
    if (file === '') return;
    const given: Overrides = {};
    if (cell('issuer')) given.issuer = cell('issuer');
    if (cell('kind')) given.kind = cell('kind');
    if (cell('year')) {
      if (!/^\d{4}$/.test(cell('year'))) {
        throw new InputError('BAD_MANIFEST', `${subject}:${index + 2}`, `year "${cell('year')}" is not a four-digit year`);
      }
      given.year = Number(cell('year'));
    }
    overrides.set(file, given);
  });
  return overrides;
}
