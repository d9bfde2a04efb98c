// Ingest: files in, reports saved. A file whose content (sha256) is already
// stored is recognised before it is decoded or analysed, so a second ingest
// of the same folder costs little more than reading it. One bad file never
// stops the rest: it is counted as failed with its reason.
// Analysis runs in the worker pool, as many files at once as it has threads;
// reports are saved one at a time (on SQLite in the library's write thread).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_LIMITS, type Limits } from '../ingest/limits.js';
import type { AsyncStore } from '../store/index.js';
import type { ReportMeta } from '../types.js';
import type { PackedAnalysis } from './analysis-task.js';
import { type Candidate, type Failure, findReports, reasonOf } from './files.js';
import type { AnalysisPool } from './pool.js';
import { summaryOf } from './reports.js';
import type { UploadedReport } from './shapes.js';

export type Outcome =
  | { status: 'added'; path: string; id: number; figures: number }
  | { status: 'present'; path: string; id: number }
  | { status: 'failed'; path: string; reason: string };

export interface IngestSummary {
  added: number;
  present: number;
  skipped: string[];
  failed: Failure[];
}

/** A report ready to save (as the worker packed it, with its source's bytes), or the id of the stored report with the same content. */
export type Prepared = { status: 'present'; id: number } | { status: 'new'; analysed: PackedAnalysis; bytes: Uint8Array };

/**
 * Recognises content already stored by its hash, else reads and analyses it.
 * `name` is the file name the report is stored under; `subject` names it in
 * errors (a path as the user gave it, or an uploaded file's name).
 */
export async function prepareReport(
  store: AsyncStore,
  pool: AnalysisPool,
  file: { bytes: Uint8Array; name: string; subject?: string },
  overrides: Partial<ReportMeta>,
  limits: Limits = DEFAULT_LIMITS,
): Promise<Prepared> {
  const { bytes, name, subject = name } = file;
  const known = await store.findBySha256(createHash('sha256').update(bytes).digest('hex'));
  if (known !== null) return { status: 'present', id: known };
  return { status: 'new', analysed: await pool.analyze({ input: { bytes, name }, subject, overrides, limits }), bytes };
}

export interface IngestOptions {
  pool: AnalysisPool;
  limits?: Limits;
}

/** One file read and analysed, or the error that stopped it. */
type Ready = { candidate: Candidate; prepared: Prepared } | { candidate: Candidate; error: unknown };

async function prepareFile(store: AsyncStore, candidate: Candidate, { pool, limits }: IngestOptions): Promise<Ready> {
  const { path, overrides } = candidate;
  try {
    return { candidate, prepared: await prepareReport(store, pool, { bytes: await readFile(path), name: basename(path), subject: path }, overrides, limits) };
  } catch (error) {
    return { candidate, error };
  }
}

async function saveFile(store: AsyncStore, ready: Ready): Promise<Outcome> {
  const { path, overrides } = ready.candidate;
  if ('error' in ready) return { status: 'failed', path, reason: reasonOf(path, ready.error) };
  const { prepared } = ready;
  if (prepared.status === 'present') return { status: 'present', path, id: prepared.id };
  try {
    const { id, added } = await store.savePacked(prepared.analysed.report, prepared.bytes, overrides);
    return added ? { status: 'added', path, id, figures: prepared.analysed.figures } : { status: 'present', path, id };
  } catch (error) {
    return { status: 'failed', path, reason: reasonOf(path, error) };
  }
}

/** Counts a file's outcome in the summary of its ingest. */
export function tally(summary: IngestSummary, outcome: Outcome): void {
  if (outcome.status === 'failed') summary.failed.push({ path: outcome.path, reason: outcome.reason });
  else summary[outcome.status]++;
}

export async function ingestPaths(
  store: AsyncStore,
  paths: string[],
  options: IngestOptions,
  onOutcome?: (outcome: Outcome, done: number, total: number) => void,
): Promise<IngestSummary> {
  const { candidates, skipped, failed } = await findReports(paths);
  const summary: IngestSummary = { added: 0, present: 0, skipped, failed };
  // Files are analysed as many at once as the pool has threads, and one more
  // waits in its queue, so no thread idles while the report before is saved;
  // they are saved in the order of the files, so a folder gets
  // the same ids every run.
  const width = Math.max(1, options.pool.options.threads) + 1;
  const inFlight: Array<Promise<Ready>> = [];
  for (let done = 0; done < candidates.length; done++) {
    while (inFlight.length < width && done + inFlight.length < candidates.length) {
      inFlight.push(prepareFile(store, candidates[done + inFlight.length]!, options));
    }
    const outcome = await saveFile(store, await inFlight.shift()!);
    tally(summary, outcome);
    onOutcome?.(outcome, done + 1, candidates.length);
  }
  return summary;
}

/**
 * An upload: every file read and analysed (in worker threads) before any is
 * saved, so that a file that cannot be read stores nothing. Each report is
 * given with whether it was added (false: the same content was stored).
 */
export async function uploadReports(
  store: AsyncStore,
  files: Array<{ bytes: Uint8Array; name: string }>,
  overrides: Partial<ReportMeta>,
  uploader: string | null,
  { pool, limits = DEFAULT_LIMITS }: IngestOptions,
): Promise<UploadedReport[]> {
  const prepared = await Promise.all(files.map((file) => prepareReport(store, pool, file, overrides, limits)));
  return saveUpload(store, prepared, overrides, uploader);
}

/** An upload's files, prepared, saved in order: each stored report with whether this upload added it. */
export async function saveUpload(
  store: AsyncStore,
  prepared: readonly Prepared[],
  overrides: Partial<ReportMeta>,
  uploader: string | null,
): Promise<UploadedReport[]> {
  const saved: Array<{ id: number; added: boolean }> = [];
  for (const report of prepared) {
    saved.push(report.status === 'present' ? { id: report.id, added: false } : await store.savePacked(report.analysed.report, report.bytes, overrides, uploader));
  }
  const reports: UploadedReport[] = [];
  for (const { id, added } of saved) reports.push({ ...(await summaryOf(store, id)), added });
  return reports;
}

/** Runs `work` on every item, at most `width` at a time, in order of start. */
export async function eachAtOnce<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, lane));
}
