// Work queued in the library's own PostgreSQL database (pg-boss), so that any
// number of worker processes, on any machine that reaches the database, take
// jobs from one queue. A job whose worker dies (it stops renewing nothing: its
// lease simply expires) is retried; a job whose input cannot be analysed (an
// InputError) is done with its reason and never retried. Groundwork for
// `nianbao worker` (#15): the application layer decides what a job carries.
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

export interface JobQueue<I extends object, O extends object> {
  /** Queues a job and gives its id. */
  enqueue(input: I): Promise<string>;
  state(id: string): Promise<JobState<O> | null>;
  /** Takes jobs as they come, `concurrency` at a time, until close(). */
  work(handler: (input: I) => Promise<O>, concurrency?: number): Promise<void>;
  /** Stops taking jobs; a job still running is left to expire and be retried elsewhere. */
  close(): Promise<void>;
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
  if (!(await boss.getQueue(name))) {
    try {
      await boss.createQueue(name, { name, retryLimit: retries, expireInSeconds: leaseSeconds });
    } catch (error) {
      // Another process created it meanwhile.
      if (!(await boss.getQueue(name))) throw error;
    }
  }

  return {
    async enqueue(input) {
      const id = await boss.send(name, input);
      if (id === null) throw new Error(`queue ${name} refused a job`);
      return id;
    },
    async state(id) {
      const job = await boss.getJobById<I>(name, id, { includeArchive: true });
      if (!job) return null;
      if (job.state === 'created' || job.state === 'retry') return { id, state: 'queued' };
      if (job.state === 'active') return { id, state: 'running' };
      const output = job.output as Outcome<O> | { message?: string } | null;
      if (job.state === 'completed' && output && 'ok' in output) {
        return output.ok ? { id, state: 'done', result: output.result } : { id, state: 'failed', error: output.error };
      }
      const problem = (output && 'message' in output && output.message) || `ended ${job.state}`;
      return { id, state: 'failed', error: { code: 'INTERNAL_ERROR', problem } };
    },
    async work(handler, concurrency = 1) {
      for (let i = 0; i < concurrency; i++) {
        await boss.work<I>(name, { batchSize: 1, pollingIntervalSeconds: pollSeconds }, async ([job]): Promise<Outcome<O>> => {
          try {
            return { ok: true, result: await handler(job!.data) };
          } catch (error) {
            // Bad input fails the same way every time: done, with its reason.
            if (error instanceof InputError) {
              return { ok: false, error: { code: error.code, subject: error.subject, problem: error.problem } };
            }
            throw error;
          }
        });
      }
    },
    close: () => boss.stop({ graceful: false, wait: true, timeout: 1000 }),
  };
}
