// The job queue in the library's database, against a throwaway cluster: jobs
// are done once, bad input fails without retries, and a job whose worker dies
// is taken by another worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { type JobQueue, type JobState, openJobQueue } from '../../../src/store/pg/jobs.js';
import { type Cluster, pgUnavailable, startCluster } from '../pg-cluster.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`job queue tests skipped: ${unavailable}`);

type File = { file: string };
type Stored = { report: number };

let cluster: Cluster;
let url: string;
const queues: Array<JobQueue<File, Stored>> = [];
const open = async (name: string) => {
  const queue = await openJobQueue<File, Stored>(url, name, { leaseSeconds: 1, retries: 1, pollSeconds: 1 });
  queues.push(queue);
  return queue;
};

beforeAll(async () => {
  if (unavailable) return;
  cluster = await startCluster();
  url = await cluster.database();
}, 120_000);
afterAll(async () => {
  for (const queue of queues) await queue.close();
  cluster?.stop();
});

async function settled(queue: JobQueue<File, Stored>, id: string): Promise<JobState<Stored>> {
  for (let tries = 0; tries < 300; tries++) {
    const found = await queue.state(id);
    if (found && (found.state === 'done' || found.state === 'failed')) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} never settled`);
}

describe.skipIf(unavailable !== null)('analysis jobs in PostgreSQL', () => {
  it('queues a job and reports it done with its result', async () => {
    const queue = await open('done');
    const id = await queue.enqueue({ file: 'a.txt' });
    expect(await queue.state(id)).toEqual({ id, state: 'queued' });
    await queue.work(async ({ file }) => ({ report: file.length }));
    expect(await settled(queue, id)).toEqual({ id, state: 'done', result: { report: 5 } });
    expect(await queue.state('00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('is opened by several processes at once, as instances and workers start together', async () => {
    const together = await Promise.all([0, 1, 2, 3].map(() => open('together')));
    const id = await together[0]!.enqueue({ file: 'a.txt' });
    await together[3]!.work(async ({ file }) => ({ report: file.length }));
    expect(await settled(together[1]!, id)).toEqual({ id, state: 'done', result: { report: 5 } });
  });

  it('fails a file that cannot be analysed with its reason, once', async () => {
    const queue = await open('bad-input');
    let calls = 0;
    await queue.work(async ({ file }) => {
      calls++;
      throw new InputError('TOO_SHORT', file, 'has 3 characters of text');
    });
    const id = await queue.enqueue({ file: 'short.txt' });
    expect(await settled(queue, id)).toEqual({
      id,
      state: 'failed',
      error: { code: 'TOO_SHORT', subject: 'short.txt', problem: 'has 3 characters of text' },
    });
    expect(calls).toBe(1);
  });

  it('tries a crashing job again, then fails it', async () => {
    const queue = await open('crash');
    const tries: boolean[] = [];
    await queue.work(async (_input, _id, lastTry) => {
      tries.push(lastTry);
      throw new Error('worker bug');
    });
    const id = await queue.enqueue({ file: 'a.txt' });
    expect(await settled(queue, id)).toMatchObject({ id, state: 'failed', error: { code: 'INTERNAL_ERROR', problem: 'worker bug' } });
    // One retry: the second try is known to be the last.
    expect(tries).toEqual([false, true]);
  });

  it('gives the job of a worker that died to another worker', async () => {
    const dying = await open('lost');
    let taken!: () => void;
    const running = new Promise<void>((resolve) => (taken = resolve));
    // This worker takes the job and never finishes it.
    await dying.work(() => {
      taken();
      return new Promise<Stored>(() => {});
    });
    const id = await dying.enqueue({ file: 'a.txt' });
    await running;
    expect(await dying.state(id)).toEqual({ id, state: 'running' });
    await dying.close();
    const other = await open('lost');
    await other.work(async () => ({ report: 7 }));
    expect(await settled(other, id)).toEqual({ id, state: 'done', result: { report: 7 } });
  });
});
