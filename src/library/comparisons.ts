// Comparisons of stored reports, computed once per pair of analyses. The
// library keeps each one it computes (the store's comparison cache, shared by
// every process on the library) under the sha256 of both sources and a
// version made of the time of each analysis and the code that compares them,
// so that a cached comparison is always the one a fresh compute would give.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../compare/index.js';
import { InputError } from '../errors.js';
import { GOVERNMENT_DICT } from '../segment/jieba.js';
import type { ComparisonKey, ReportSummary, Store } from '../store/index.js';
import type { Analysis, Comparison } from '../types.js';

/** The folder of nianbao's code as this process runs it: src/ under tsx, dist/ when built. */
const CODE = fileURLToPath(new URL('..', import.meta.url));

let codeHash: string | undefined;

/** The sha256 of the code, lexicons and dictionary in use: a change to any of them is a new version. */
function codeVersion(): string {
  if (codeHash === undefined) {
    const hash = createHash('sha256');
    const files = (readdirSync(CODE, { recursive: true }) as string[]).filter((file) => /\.(?:js|ts|json)$/.test(file)).sort();
    for (const file of [...files.map((f) => join(CODE, f)), GOVERNMENT_DICT]) hash.update(file.slice(CODE.length)).update(readFileSync(file));
    codeHash = hash.digest('hex').slice(0, 16);
  }
  return codeHash;
}

/** The cache key of the comparison of two stored reports as they are analysed now. */
export function comparisonKey(older: ReportSummary, newer: ReportSummary): ComparisonKey {
  return { from: older.sha256, to: newer.sha256, version: `${codeVersion()} ${older.analyzedAt} ${newer.analyzedAt}` };
}

function analysisOf(store: Store, id: number): Analysis {
  const report = store.getReport(id);
  if (!report) throw new InputError('REPORT_NOT_FOUND', `report ${id}`, 'is not in the library');
  return report.analysis;
}

/**
 * compare() of two stored reports, from the cache when it holds the pair. A
 * fresh comparison goes through JSON too, so that both answers are the same
 * to the byte.
 */
export function storedComparison(store: Store, older: ReportSummary, newer: ReportSummary): Comparison {
  const key = comparisonKey(older, newer);
  let json = store.cachedComparison(key);
  if (json === null) {
    json = JSON.stringify(compare(analysisOf(store, older.id), analysisOf(store, newer.id)));
    store.cacheComparison(key, json);
  }
  return JSON.parse(json) as Comparison;
}
