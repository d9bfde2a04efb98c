// Reanalysis after an extractor change: each stored source goes through the
// pipeline again with the overrides it was ingested with, and its derived
// rows are replaced in one transaction. Source rows and ids stay.
import { InputError } from '../errors.js';
import { analyzeDocument } from '../pipeline.js';
import type { Store } from '../store/index.js';
import { reasonOf } from './files.js';

export type Reanalysis =
  | { status: 'done'; id: number; source: string; before: number; after: number }
  | { status: 'failed'; id: number; source: string; reason: string };

/** Reanalyses the reports `ids`, or every report; unknown ids fail before anything changes. */
export function reanalyzeReports(store: Store, ids?: number[], onReport?: (result: Reanalysis, done: number, total: number) => void): Reanalysis[] {
  const stored = new Map(store.listReports().map((report) => [report.id, report]));
  const chosen = ids ?? [...stored.keys()];
  const missing = chosen.filter((id) => !stored.has(id));
  if (missing.length > 0) throw new InputError('REPORT_NOT_FOUND', `report ${missing.join(', ')}`, 'is not in the library');
  return chosen.map((id, index) => {
    const { source, figures: before } = stored.get(id)!;
    let result: Reanalysis;
    try {
      const { document, overrides } = store.getSource(id)!;
      const analysis = analyzeDocument(document, { meta: overrides });
      store.replaceAnalysis(id, analysis);
      result = { status: 'done', id, source, before, after: analysis.figures.length };
    } catch (error) {
      result = { status: 'failed', id, source, reason: reasonOf(source, error) };
    }
    onReport?.(result, index + 1, chosen.length);
    return result;
  });
}
