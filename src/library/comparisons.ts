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
import { GOVERNMENT_DICT } from '../segment/jieba.js';
import type { AsyncStore, ComparisonKey, ReportSummary } from '../store/index.js';
import type { Analysis, Comparison } from '../types.js';
import { reportOf } from './reports.js';
import { withReviews } from './reviews.js';
import type { ReviewedComparison } from './shapes.js';
import { seriesReports } from './series.js';

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

/** Analyses a library read last, at most this many of each. */
const RECENT_ANALYSES = 2;
const recentAnalyses = new WeakMap<AsyncStore, Map<string, Analysis>>();

/**
 * A stored report's analysis, the same object again while it is among the last
 * read and not analysed since: a series compares each report with the year before
 * and then the year after, and an analysis compared again keeps what comparing it
 * made (its words cut, its outline): a series took 6–11% less CPU.
 */
async function analysisOf(store: AsyncStore, report: ReportSummary): Promise<Analysis> {
  let recent = recentAnalyses.get(store);
  if (!recent) recentAnalyses.set(store, (recent = new Map()));
  const key = `${report.id} ${report.sha256} ${report.analyzedAt}`;
  let analysis = recent.get(key);
  if (analysis) {
    recent.delete(key);
  } else {
    analysis = (await reportOf(store, report.id)).analysis;
    if (recent.size >= RECENT_ANALYSES) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, analysis);
  return analysis;
}

/**
 * compare() of two stored reports, from the cache when it holds the pair. A
 * fresh comparison goes through JSON too, so that both answers are the same
 * to the byte.
 */
export async function storedComparison(store: AsyncStore, older: ReportSummary, newer: ReportSummary): Promise<Comparison> {
  const key = comparisonKey(older, newer);
  let json = await store.cachedComparison(key);
  if (json === null) {
    json = JSON.stringify(compare(await analysisOf(store, older), await analysisOf(store, newer)));
    await store.cacheComparison(key, json);
  }
  return JSON.parse(json) as Comparison;
}

/** The comparison of two stored reports with the reports' and figures' ids and the latest reviews: what the API answers. */
export async function reviewedComparison(store: AsyncStore, older: ReportSummary, newer: ReportSummary): Promise<ReviewedComparison> {
  const [comparison, olderAnchors, newerAnchors, links, commitments] = await Promise.all([
    storedComparison(store, older, newer),
    store.getAnchors(older.id),
    store.getAnchors(newer.id),
    store.linkReviews(older.id, newer.id),
    store.commitmentReviews(older.id),
  ]);
  return withReviews(comparison, { id: older.id, anchors: olderAnchors }, { id: newer.id, anchors: newerAnchors }, links, commitments);
}

/** Whether anyone has reviewed a figure link of the pair or a commitment of the older report. */
export async function isReviewed(store: AsyncStore, older: ReportSummary, newer: ReportSummary): Promise<boolean> {
  return (await store.linkReviews(older.id, newer.id)).length > 0 || (await store.commitmentReviews(older.id)).length > 0;
}

/**
 * `compareOne` over every consecutive pair of an issuer's stored years,
 * oldest first, one pair at a time, with the issuer's name: `series` and
 * GET /api/series differ only in what they make of a pair.
 */
export async function compareSeries<T>(
  store: AsyncStore,
  issuer: string,
  compareOne: (older: ReportSummary, newer: ReportSummary) => Promise<T>,
): Promise<{ issuer: string; comparisons: T[] }> {
  const reports = await seriesReports(store, issuer);
  const comparisons: T[] = [];
  for (const [i, newer] of reports.slice(1).entries()) comparisons.push(await compareOne(reports[i]!, newer));
  return { issuer: reports[0]!.issuer ?? issuer, comparisons };
}
