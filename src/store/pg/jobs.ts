// Work queued in the library's own PostgreSQL database (pg-boss), so that any
// number of worker processes, on any machine that reaches the database, take
// jobs from one queue. A job whose worker dies (it stops renewing nothing: its
// lease simply expires) is retried; a job whose input cannot be analysed (an
// InputError) is done with its reason and never retried. The application
// layer (src/library/jobs.ts) decides what a job carries; the files a job
// names wait on the queue's shelf, a table of the library (pending_files).
import PgBoss from 'pg-boss';
import { InputError } from '../../errors.js';

export interface JobError {
  /** An InputError's code, or INTERNAL_ERROR when the job failed for another reason every time it was tried. */
  code: string;
  problem: string;
  subject?: string;
}

export type JobState<O> =
  | { id: string; state: 'queued' | 'running' }
  | { id: string; state: 'done'; result: O }
  | { id: string; state: 'failed'; error: JobError };

/** Files by sha256, kept in the library's database until a job has read them. */
export interface FileShelf {
  /** Keeps the files; content already kept is kept once. */
  put(files: Array<{ sha256: string; bytes: Uint8Array }>): Promise<void>;
  get(sha256: string): Promise<Uint8Array | null>;
  drop(sha256s: string[]): Promise<void>;
}

export interface JobQueue<I extends object, O extends object> {
  /** Queues a job and gives its id. */
  enqueue(input: I): Promise<string>;
  state(id: string): Promise<JobState<O> | null>;
  /**
   * Takes jobs as they come, `concurrency` at a time, until close(). `lastTry`
   * says a crash now fails the job for good, so what it holds can be let go.
   */
  work(handler: (input: I, id: string, lastTry: boolean) => Promise<O>, concurrency?: number): Promise<void>;
  files: FileShelf;
  /**
   * Stops taking jobs. A job in hand is given `graceMs` to finish; one still
   * running then counts as failed and is tried again (by any worker).
   */
  close(graceMs?: number): Promise<void>;
}

export interface JobQueueOptions {
  /** How long a job may run before it counts as lost (its worker died) and is tried again. */
  leaseSeconds?: number;
  /** How many times a lost or crashed job is tried again. */
  retries?: number;
  /** How often jobs are looked for, and lost ones found. */
  pollSeconds?: number;
}

const SCHEMA = 'nianbao_jobs';

/** What a handler's outcome is stored as: pg-boss keeps it as the job's output. */
type Outcome<O> = { ok: true; result: O } | { ok: false; error: JobError };

export async function openJobQueue<I extends object, O extends object>(
  url: string,
  name: string,
  { leaseSeconds = 15 * 60, retries = 3, pollSeconds = 2 }: JobQueueOptions = {},
): Promise<JobQueue<I, O>> {
  const boss = new PgBoss({
    connectionString: url,
    schema: SCHEMA,
    max: 4,
    maintenanceIntervalSeconds: pollSeconds,
    monitorStateIntervalSeconds: pollSeconds,
  });
  // Errors of its background maintenance; a query that matters rejects on its own.
  boss.on('error', () => {});
  await boss.start();
  try {
    await createQueue(boss, name, { name, retryLimit: retries, expireInSeconds: leaseSeconds });
  } catch (error) {
    // Its timers and connections would keep the process alive.
    await boss.stop({ graceful: false, wait: true });
    throw error;
  }

  return {
    async enqueue(input) {
      const id = await boss.send(name, input);
      if (id === null) throw new Error(`queue ${name} refused a job`);
      return id;
    },
    async state(id) {
      const job = await boss.getJobById<I>(name, id, { includeArchive: true });
      return job ? stateOf<O>(job) : null;
    },
    async work(handler, concurrency = 1) {
      for (let i = 0; i < concurrency; i++) {
        const worker: string = await boss.work<I>(name, { batchSize: 1, pollingIntervalSeconds: pollSeconds, includeMetadata: true }, async ([job]) => {
          try {
            return await outcome(handler, job!);
          } finally {
            // The next job is looked for at once, not after the poll interval: a queue is worked as fast as its jobs run.
            boss.notifyWorker(worker);
          }
        });
      }
    },
    files: fileShelf(boss.getDb()),
    close: (graceMs = 0) => boss.stop({ graceful: graceMs > 0, wait: true, timeout: graceMs }),
  };
}

/**
 * The queue, created by the first process that needs it. Processes started
 * together may each try: PostgreSQL then ends all but one in a deadlock
 * (pg-boss makes a partition per queue), and those look again a little later.
 */
async function createQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, options);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

/** A job as the queue tells it: pg-boss's states in the words of the application (a retry waits as queued). */
function stateOf<O>({ id, state, output }: PgBoss.JobWithMetadata): JobState<O> {
  if (state === 'created' || state === 'retry') return { id, state: 'queued' };
  if (state === 'active') return { id, state: 'running' };
  const stored = output as Outcome<O> | { message?: string } | null;
  if (state === 'completed' && stored && 'ok' in stored) {
    return stored.ok ? { id, state: 'done', result: stored.result } : { id, state: 'failed', error: stored.error };
  }
  const problem = (stored && 'message' in stored && stored.message) || `ended ${state}`;
  return { id, state: 'failed', error: { code: 'INTERNAL_ERROR', problem } };
}

/** A job's outcome as it is stored; an error other than bad input is thrown, so that the job is tried again. */
async function outcome<I extends object, O extends object>(
  handler: (input: I, id: string, lastTry: boolean) => Promise<O>,
  job: PgBoss.JobWithMetadata<I>,
): Promise<Outcome<O>> {
  try {
    return { ok: true, result: await handler(job.data, job.id, job.retryCount >= job.retryLimit) };
  } catch (error) {
    // Bad input fails the same way every time: done, with its reason.
    if (error instanceof InputError) return { ok: false, error: { code: error.code, subject: error.subject, problem: error.problem } };
    throw error;
  }
}

function fileShelf(db: PgBoss.Db): FileShelf {
  return {
    async put(files) {
      const now = new Date().toISOString();
      for (const { sha256, bytes } of files) {
        await db.executeSql('INSERT INTO pending_files (sha256, bytes, created_at) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [
          sha256,
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          now,
        ]);
      }
    },
    async get(sha256) {
      const { rows } = (await db.executeSql('SELECT bytes FROM pending_files WHERE sha256 = $1', [sha256])) as { rows: Array<{ bytes: Buffer }> };
      return rows[0]?.bytes ?? null;
    },
    async drop(sha256s) {
      await db.executeSql('DELETE FROM pending_files WHERE sha256 = ANY($1)', [sha256s]);
    },
  };
}
