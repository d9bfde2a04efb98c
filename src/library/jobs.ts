// Uploads as jobs (PostgreSQL): the files wait in the library's database, a
// job names them, and `nianbao worker` processes (or `start` itself) analyse
// and save them, any number at once, on any machine that reaches the
// database. An upload whose every file is stored already is answered at once,
// as it is without a queue. The sha256 stays what decides a duplicate: two
// jobs of the same file store it once, the second is done with the first's id.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { parseCount } from '../ingest/limits.js';
import type { AsyncStore } from '../store/index.js';
import type { JobQueue, JobState } from '../store/pg/jobs.js';
import type { ReportMeta } from '../types.js';
import { type IngestOptions, prepareReport, type Prepared, saveUpload } from './ingest.js';
import type { Job, UploadedReport } from './shapes.js';

/** What a job carries: the files by content (their bytes wait on the queue's shelf) and what the upload said of them. */
export interface AnalysisJob {
  files: Array<{ sha256: string; name: string }>;
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
  files: Array<{ bytes: Uint8Array; name: string }>,
  overrides: Partial<ReportMeta>,
  uploader: string | null,
): Promise<Submitted> {
  const named = files.map(({ bytes, name }) => ({ bytes, name, sha256: sha256Of(bytes) }));
  const known = await Promise.all(named.map(({ sha256 }) => store.findBySha256(sha256)));
  if (known.every((id) => id !== null)) {
    return { status: 'stored', reports: await saveUpload(store, known.map((id) => ({ status: 'present', id }) as const), overrides, uploader) };
  }
  await queue.files.put(named);
  const id = await queue.enqueue({ files: named.map(({ sha256, name }) => ({ sha256, name })), overrides, uploader });
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
 * stores nothing, and fails the job with its reason), then the files leave the shelf.
 */
export function analysisWork(store: AsyncStore, queue: AnalysisQueue, options: IngestOptions) {
  return async ({ files, overrides, uploader }: AnalysisJob): Promise<AnalysisDone> => {
    const shas = files.map(({ sha256 }) => sha256);
    let prepared: Prepared[];
    try {
      prepared = await Promise.all(files.map((file) => prepareJobFile(store, queue, file, overrides, options)));
    } catch (error) {
      // Bad input fails the same way every time: its bytes need not wait for another try.
      if (error instanceof InputError) await queue.files.drop(shas);
      throw error;
    }
    const saved = await saveUpload(store, prepared, overrides, uploader);
    await queue.files.drop(shas);
    return { reports: saved.map(({ id, added }) => ({ id, added })) };
  };
}

async function prepareJobFile(
  store: AsyncStore,
  queue: AnalysisQueue,
  { sha256, name }: AnalysisJob['files'][number],
  overrides: Partial<ReportMeta>,
  { pool, limits }: IngestOptions,
): Promise<Prepared> {
  const bytes = await queue.files.get(sha256);
  if (bytes !== null) return prepareReport(store, pool, { bytes, name }, overrides, limits);
  // Another job of the same content saved it and dropped its bytes.
  const known = await store.findBySha256(sha256);
  if (known !== null) return { status: 'present', id: known };
  throw new InputError('UPLOAD_GONE', name, 'is no longer held for analysis (the same content failed in another upload, or was deleted)');
}
