// Reanalysis after an extractor change: each stored source goes through the
// pipeline again with the overrides it was ingested with, and its derived
// rows are replaced in one transaction. Source rows and ids stay.
// Analysis runs in the worker pool, as many reports at once as it has threads.
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { AsyncStore } from '../store/index.js';
import { unpackReport } from '../store/packed.js';
import { reasonOf } from './files.js';
import { eachAtOnce, type IngestOptions } from './ingest.js';

export type Reanalysis =
  | { status: 'done'; id: number; source: string; before: number; after: number }
  | { status: 'failed'; id: number; source: string; reason: string };

/** Reanalyses the reports `ids`, or every report; unknown ids fail before anything changes. */
export async function reanalyzeReports(
  store: AsyncStore,
  { pool, limits = DEFAULT_LIMITS }: IngestOptions,
  ids?: number[],
  onReport?: (result: Reanalysis, done: number, total: number) => void,
): Promise<Reanalysis[]> {
  const stored = new Map((await store.listReports()).map((report) => [report.id, report]));
  const chosen = ids ?? [...stored.keys()];
  const missing = chosen.filter((id) => !stored.has(id));
  if (missing.length > 0) throw new InputError('REPORT_NOT_FOUND', `report ${missing.join(', ')}`, 'is not in the library');
  const results = new Map<number, Reanalysis>();
  await eachAtOnce(chosen, pool.options.threads, async (id) => {
    const { source, figures: before } = stored.get(id)!;
    let result: Reanalysis;
    try {
      const { document, overrides } = (await store.getSource(id))!;
      const { analysis, source: { text: _, ...cut } } = unpackReport((await pool.analyze({ input: { document }, subject: source, overrides, limits })).report);
      await store.replaceAnalysis(id, analysis, cut);
      result = { status: 'done', id, source, before, after: analysis.figures.length };
    } catch (error) {
      result = { status: 'failed', id, source, reason: reasonOf(source, error) };
    }
    results.set(id, result);
    onReport?.(result, results.size, chosen.length);
  });
  return chosen.map((id) => results.get(id)!);
}
