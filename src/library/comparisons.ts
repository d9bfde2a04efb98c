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
import { GOVERNMENT_DICT, packedTokensOf } from '../segment/jieba.js';
import type { AsyncStore, ComparisonKey, ReportSummary } from '../store/index.js';
import type { Analysis, Comparison } from '../types.js';
import { recentOr, type SentAnalysis } from './compare-task.js';
import type { ComparePool } from './pool.js';
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

const recentAnalyses = new WeakMap<AsyncStore, Map<string, Analysis>>();

/** What names a stored report's analysis as it is now: its id, source and time of analysis. */
const analysisKey = (report: ReportSummary) => `${report.id} ${report.sha256} ${report.analyzedAt}`;

/** A stored report's analysis, the same object again while it is among the last read and not analysed since (compare-task.ts recentOr). */
async function analysisOf(store: AsyncStore, report: ReportSummary): Promise<Analysis> {
  let recent = recentAnalyses.get(store);
  if (!recent) recentAnalyses.set(store, (recent = new Map()));
  return recentOr(recent, analysisKey(report), async () => (await reportOf(store, report.id)).analysis);
}

/** A stored report's analysis as a compare thread takes it: whole when its key is among `whole`, else by its key alone. */
async function sent(store: AsyncStore, report: ReportSummary, whole: readonly string[] = []): Promise<SentAnalysis> {
  const key = analysisKey(report);
  if (!whole.includes(key)) return { key, analysis: null, tokens: null };
  const analysis = await analysisOf(store, report);
  return { key, analysis, tokens: packedTokensOf(analysis) };
}

/**
 * compare() of two stored reports as JSON text, made in a thread of `pool`. The reports go by key
 * first: a thread holding an analysis (a pair compared again, the year a series' pairs share) is
 * not sent it, which would cost its reading from the library here and its copy into the thread
 * (~6 ms a report); those it lacks are then sent whole.
 */
async function inThread(store: AsyncStore, older: ReportSummary, newer: ReportSummary, pool: ComparePool, stop?: AbortSignal): Promise<string> {
  const whole = async (keys: string[]) => ({ older: await sent(store, older, keys), newer: await sent(store, newer, keys) });
  return pool.compare(await whole([]), `reports ${older.id} and ${newer.id}`, whole, stop);
}

/**
 * Comparisons being computed, by cache key: a second request for a pair not
 * cached yet (a reload, a series over it meanwhile) waits for the first's
 * answer instead of computing it again in another thread.
 */
const inFlight = new WeakMap<AsyncStore, Map<string, Promise<string>>>();

/**
 * compare() of two stored reports as JSON text, from the cache when it holds
 * the pair; computed in a thread of `pool` when given (the server: its
 * requests are answered meanwhile), else in this one (the CLI, and a server
 * without compare threads: NIANBAO_COMPARE_WORKERS=0).
 */
async function comparisonText(store: AsyncStore, older: ReportSummary, newer: ReportSummary, pool: ComparePool | null): Promise<string> {
  const key = comparisonKey(older, newer);
  const json = await store.cachedComparison(key);
  if (json !== null) return json;
  let computing = inFlight.get(store);
  if (!computing) inFlight.set(store, (computing = new Map()));
  const name = `${key.from} ${key.to} ${key.version}`;
  let pending = computing.get(name);
  if (!pending) {
    pending = (async () => {
      const fresh = pool ? await inThread(store, older, newer, pool) : JSON.stringify(compare(await analysisOf(store, older), await analysisOf(store, newer)));
      await store.cacheComparison(key, fresh);
      return fresh;
    })().finally(() => computing.delete(name));
    computing.set(name, pending);
  }
  return pending;
}


/** compare() of two stored reports, through JSON even when fresh, so that a fresh answer and a cached one are the same to the byte. */
export async function storedComparison(store: AsyncStore, older: ReportSummary, newer: ReportSummary, pool: ComparePool | null = null): Promise<Comparison> {
  return JSON.parse(await comparisonText(store, older, newer, pool)) as Comparison;
}

/** Of the pairs of consecutive years of an issuer (those compareSeries compares), the one whose newer report was stored last; null if none. */
async function newestPair(store: AsyncStore): Promise<[ReportSummary, ReportSummary] | null> {
  // Listed by issuer, then year.
  const reports = (await store.listReports()).filter((r) => r.issuer !== null && r.year !== null);
  let newest: [ReportSummary, ReportSummary] | null = null;
  for (const [i, newer] of reports.slice(1).entries()) {
    const older = reports[i]!;
    if (older.issuer === newer.issuer && (newest === null || newer.id > newest[1].id)) newest = [older, newer];
  }
  return newest;
}

/**
 * Times warmComparisons compares its pair: V8 optimises compare's code over several comparisons, and
 * a new pair after three of another cost 433–515 ms of CPU against 668–694 after one (Sichuan 2025 →
 * 2026 after Beijing's, in process, load 6). The next two cost little more than compare's own work
 * (the thread holds the analyses), and a user's comparison waits for one at most: each is a job of its own.
 */
const WARM_COMPARISONS = 3;

/**
 * The library's newest pair compared in a thread of `pool`, even when the
 * cache holds it, and the answer dropped: a thread's first comparison costs
 * about a second more than its next, which a server pays when it starts
 * rather than a user. The pair, or null when no issuer has two years stored.
 */
export async function warmComparisons(store: AsyncStore, pool: ComparePool, stop?: AbortSignal): Promise<[ReportSummary, ReportSummary] | null> {
  const pair = await newestPair(store);
  for (let n = 0; pair !== null && n < WARM_COMPARISONS; n++) await inThread(store, ...pair, pool, stop);
  return pair;
}

/** The comparison of two stored reports with the reports' and figures' ids and the latest reviews: what the API answers. */
export async function reviewedComparison(store: AsyncStore, older: ReportSummary, newer: ReportSummary, pool: ComparePool | null = null): Promise<ReviewedComparison> {
  const [comparison, olderAnchors, newerAnchors, links, commitments] = await Promise.all([
    storedComparison(store, older, newer, pool),
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
