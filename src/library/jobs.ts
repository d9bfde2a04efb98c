// Uploads as jobs (PostgreSQL): the files wait in the library's database, a
// job names them, and `nianbao worker` processes (or `start` itself) analyse
// and save them, any number at once, on any machine that reaches the
// database. An upload whose every file is stored already is answered at once,
// as it is without a queue. The sha256 stays what decides a duplicate: two
// jobs of the same file store it once, the second is done with the first's id.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ErrorCode, errorCatalogue, InputError } from '../errors.js';
import { parseCount } from '../ingest/limits.js';
import type { AsyncStore } from '../store/index.js';
import type { JobQueue, JobState } from '../store/pg/jobs.js';
import type { ReportMeta } from '../types.js';
import { findReports, reasonOf } from './files.js';
import { type IngestOptions, type IngestSummary, type Outcome, prepareReport, type Prepared, saveUpload, tally } from './ingest.js';
import { summaryOf } from './reports.js';
import type { Job, UploadedReport } from './shapes.js';

/** What a job carries: the files by content (their bytes wait on the queue's shelf) and what the upload said of them. */
export interface AnalysisJob {
  /** `subject` names the file in errors when it is not `name` (a path given to ingest). */
  files: Array<{ sha256: string; name: string; subject?: string }>;
  overrides: Partial<ReportMeta>;
  uploader: string | null;
}

export interface AnalysisDone {
  reports: Array<{ id: number; added: boolean }>;
}

export type AnalysisQueue = JobQueue<AnalysisJob, AnalysisDone>;

const QUEUE = 'analysis';

export interface QueueSettings {
  /** How long a job may run before it counts as lost (its worker died) and is tried again elsewhere. */
  leaseSeconds: number;
  /** How often workers look for jobs, and lost ones are found. */
  pollSeconds: number;
}

/** From NIANBAO_JOB_LEASE_SECONDS (default 900) and NIANBAO_JOB_POLL_SECONDS (default 2). */
export function readQueueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const seconds = (variable: string, fallback: number) => (env[variable] ? parseCount(env[variable], variable) : fallback);
  return { leaseSeconds: seconds('NIANBAO_JOB_LEASE_SECONDS', 15 * 60), pollSeconds: seconds('NIANBAO_JOB_POLL_SECONDS', 2) };
}

/** The library's queue of uploads. */
export async function openAnalysisQueue(url: string, settings: QueueSettings = readQueueSettings()): Promise<AnalysisQueue> {
  // Loaded only when asked for, as the PostgreSQL store is.
  const { openJobQueue } = await import('../store/pg/jobs.js');
  return openJobQueue<AnalysisJob, AnalysisDone>(url, QUEUE, settings);
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type Submitted = { status: 'stored'; reports: UploadedReport[] } | { status: 'queued'; job: Job };

/** An upload: answered from the library when every file is stored already, else queued with its files. */
export async function submitUpload(
  store: AsyncStore,
  queue: AnalysisQueue,
  files: Array<{ bytes: Uint8Array; name: string; subject?: string }>,
  overrides: Partial<ReportMeta>,
  uploader: string | null,
): Promise<Submitted> {
  const named = files.map((file) => ({ ...file, sha256: sha256Of(file.bytes) }));
  const known = await Promise.all(named.map(({ sha256 }) => store.findBySha256(sha256)));
  if (known.every((id) => id !== null)) {
    return { status: 'stored', reports: await saveUpload(store, known.map((id) => ({ status: 'present', id }) as const), overrides, uploader) };
  }
  await queue.files.put(named);
  const id = await queue.enqueue({ files: named.map(({ sha256, name, subject }) => ({ sha256, name, subject })), overrides, uploader });
  return { status: 'queued', job: { id, state: 'queued' } };
}

/** A job as the API shows it; NOT_FOUND when the queue has no job of that id. */
export async function jobOf(queue: AnalysisQueue | null, id: string): Promise<Job> {
  const found: JobState<AnalysisDone> | null = queue === null ? null : await queue.state(id);
  if (found === null) throw new InputError('NOT_FOUND', `job ${id}`, 'is not a job of this library');
  if (found.state === 'done') return { id, state: 'done', reports: found.result.reports };
  if (found.state === 'failed') {
    const { code, subject, problem } = found.error;
    return { id, state: 'failed', error: { code, problem: subject ? `${subject}: ${problem}` : problem } };
  }
  return { id, state: found.state };
}

/**
 * What a worker does with a job: every file read and analysed before any is
 * saved, as an upload in the request would (one file that cannot be read
 * stores nothing, and fails the job with its reason), then the files leave the
 * shelf. They stay for another try after a crash, unless this was the last.
 */
export function analysisWork(store: AsyncStore, queue: AnalysisQueue, options: IngestOptions): Parameters<AnalysisQueue['work']>[0] {
  return async ({ files, overrides, uploader }, _id, lastTry) => {
    const shas = files.map(({ sha256 }) => sha256);
    try {
      const prepared = await Promise.all(files.map((file) => prepareJobFile(store, queue, file, overrides, options)));
      const saved = await saveUpload(store, prepared, overrides, uploader);
      await queue.files.drop(shas);
      return { reports: saved.map(({ id, added }) => ({ id, added })) };
    } catch (error) {
      // Bad input fails the same way every time: its bytes need not wait for another try.
      if (error instanceof InputError || lastTry) await queue.files.drop(shas);
      throw error;
    }
  };
}

async function prepareJobFile(
  store: AsyncStore,
  queue: AnalysisQueue,
  { sha256, name, subject = name }: AnalysisJob['files'][number],
  overrides: Partial<ReportMeta>,
  { pool, limits }: IngestOptions,
): Promise<Prepared> {
  const bytes = await queue.files.get(sha256);
  if (bytes !== null) return prepareReport(store, pool, { bytes, name, subject }, overrides, limits);
  // Another job of the same content saved it and dropped its bytes.
  const known = await store.findBySha256(sha256);
  if (known !== null) return { status: 'present', id: known };
  throw new InputError('UPLOAD_GONE', subject, 'is no longer held for analysis (the same content failed in another upload, or was deleted)');
}

/** What ingest waits for: a job of one file, or the file's outcome already known. */
type Pending = { path: string; job: string } | { outcome: Outcome };

/**
 * Ingest through the queue: each file its own job (one bad file fails alone),
 * unless its content is stored already, then every job waited for, looked at
 * every `pollMs`. Outcomes come in the order of the files, as in-process.
 */
export async function ingestQueued(
  store: AsyncStore,
  queue: AnalysisQueue,
  paths: string[],
  pollMs: number,
  onOutcome?: (outcome: Outcome, done: number, total: number) => void,
): Promise<IngestSummary> {
  const { candidates, skipped, failed } = await findReports(paths);
  const pending: Pending[] = [];
  for (const { path, overrides } of candidates) {
    try {
      const submitted = await submitUpload(store, queue, [{ bytes: await readFile(path), name: basename(path), subject: path }], overrides, null);
      pending.push(submitted.status === 'queued' ? { path, job: submitted.job.id } : { outcome: { status: 'present', path, id: submitted.reports[0]!.id } });
    } catch (error) {
      pending.push({ outcome: { status: 'failed', path, reason: reasonOf(path, error) } });
    }
  }
  const summary: IngestSummary = { added: 0, present: 0, skipped, failed };
  for (const [done, item] of pending.entries()) {
    const outcome = 'outcome' in item ? item.outcome : await settled(store, queue, item, pollMs);
    tally(summary, outcome);
    onOutcome?.(outcome, done + 1, pending.length);
  }
  return summary;
}

async function settled(store: AsyncStore, queue: AnalysisQueue, { path, job }: { path: string; job: string }, pollMs: number): Promise<Outcome> {
  for (;;) {
    const state = await queue.state(job);
    if (state === null) return { status: 'failed', path, reason: `${path}: its job ${job} is no longer in the queue; ingest it again` };
    if (state.state === 'done') {
      const { id, added } = state.result.reports[0]!;
      return added ? { status: 'added', path, id, figures: (await summaryOf(store, id)).figures } : { status: 'present', path, id };
    }
    if (state.state === 'failed') {
      const { code, subject = path, problem } = state.error;
      const reason = code in errorCatalogue ? new InputError(code as ErrorCode, subject, problem).message : `${subject}: ${problem}`;
      return { status: 'failed', path, reason };
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
