// Uploads as jobs: with a queue (PostgreSQL, a throwaway cluster) a new file
// is answered 202 with a job that a worker settles; what is stored already is
// answered at once; a file that cannot be read fails its job with its code.
// Without a queue (SQLite) there are no jobs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { type AnalysisQueue, analysisWork, openAnalysisQueue } from '../../src/library/jobs.js';
import { sharedPool } from '../../src/library/pool.js';
import type { App } from '../../src/server/app.js';
import { openPgStore } from '../../src/store/pg/index.js';
import type { AsyncStore } from '../../src/store/index.js';
import { type Cluster, pgUnavailable, startCluster } from '../store/pg-cluster.js';
import { appFor, errorCode, file, multipart } from './helpers.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`upload jobs on PostgreSQL skipped: ${unavailable}`);

const REPORT = 'corpus/state-council-gwr-2019.txt';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('jobs without a queue (SQLite)', () => {
  it.each([UNKNOWN, 'abc', '1'])('answers /api/jobs/%s 404 NOT_FOUND', async (id) => {
    const { app } = await appFor();
    expect(errorCode(await app.inject(`/api/jobs/${id}`))).toBe('NOT_FOUND');
  });
});

let cluster: Cluster | undefined;
let url: string;
let store: AsyncStore;
let queue: AnalysisQueue;
beforeAll(async () => {
  if (unavailable) return;
  cluster = await startCluster();
  url = await cluster.database();
  store = await openPgStore(url);
  queue = await openAnalysisQueue(url, { leaseSeconds: 60, pollSeconds: 1 });
}, 120_000);
afterAll(async () => {
  await queue?.close();
  await store?.close();
  cluster?.stop();
});

async function upload(app: App, path: string) {
  return app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(path)]) });
}

async function settled(app: App, id: string) {
  for (let tries = 0; tries < 600; tries++) {
    const { job } = (await app.inject(`/api/jobs/${id}`)).json();
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} never settled`);
}

describe.skipIf(unavailable !== null)('uploads queued for workers (PostgreSQL)', () => {
  it('answers 202 with a job, settles it in a worker, and stores the same file once', async () => {
    const { app } = await appFor({ store, queue });
    const first = await upload(app, REPORT);
    expect(first.statusCode).toBe(202);
    const { job } = first.json();
    expect(job).toEqual({ id: expect.any(String), state: 'queued' });
    expect(first.headers.location).toBe(`/api/jobs/${job.id}`);
    expect((await app.inject(`/api/jobs/${job.id}`)).json()).toEqual({ job: { id: job.id, state: 'queued' } });
    // The same file again before any worker ran, and a file that cannot be read.
    const second = (await upload(app, REPORT)).json().job;
    const empty = (await upload(app, 'test/fixtures/empty.txt')).json().job;
    expect(await store.countReports()).toBe(0);

    await queue.work(analysisWork(store, queue, { pool: sharedPool(), limits: DEFAULT_LIMITS }));
    const done = [await settled(app, job.id), await settled(app, second.id)];
    const id = (await store.findBySha256(sha256Of(REPORT)))!;
    expect(done.map((j) => j.state)).toEqual(['done', 'done']);
    expect(done.flatMap((j) => j.reports.map((r: { id: number }) => r.id))).toEqual([id, id]);
    expect(done.map((j) => j.reports[0].added).sort()).toEqual([false, true]);
    expect(await settled(app, empty.id)).toEqual({ id: empty.id, state: 'failed', error: { code: 'EMPTY_FILE', problem: expect.stringMatching(/^empty\.txt: /) } });
    expect(await store.countReports()).toBe(1);

    // Stored already: answered at once, as without a queue.
    const again = await upload(app, REPORT);
    expect(again.statusCode).toBe(200);
    expect(again.json().reports[0]).toMatchObject({ id, added: false });
    // No bytes wait once their jobs are settled.
    expect(await pendingFiles()).toBe(0);
  }, 300_000);

  it('answers an id that names no job 404 NOT_FOUND', async () => {
    const { app } = await appFor({ store, queue });
    for (const id of [UNKNOWN, 'abc']) expect(errorCode(await app.inject(`/api/jobs/${id}`))).toBe('NOT_FOUND');
  });
});

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function pendingFiles(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM pending_files')).rows[0].n);
  } finally {
    await client.end();
  }
}
