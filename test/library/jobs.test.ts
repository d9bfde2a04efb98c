// Ingest through the queue (PostgreSQL, a throwaway cluster): each file a job,
// outcomes in the order of the files as in-process, a bad file failing alone
// with its path and reason, content already stored recognised without a job.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import type { Outcome } from '../../src/library/ingest.js';
import { type AnalysisQueue, analysisWork, ingestQueued, openAnalysisQueue } from '../../src/library/jobs.js';
import { sharedPool } from '../../src/library/pool.js';
import type { AsyncStore } from '../../src/store/index.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { type Cluster, pgUnavailable, startCluster } from '../store/pg-cluster.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`ingest through the queue skipped: ${unavailable}`);

const FILES = ['corpus/state-council-gwr-2019.txt', 'test/fixtures/empty.txt', 'corpus/xuchang-demo-zone-2021.txt'];

let cluster: Cluster | undefined;
let store: AsyncStore;
let queue: AnalysisQueue;
beforeAll(async () => {
  if (unavailable) return;
  cluster = await startCluster();
  const url = await cluster.database();
  store = await openPgStore(url);
  queue = await openAnalysisQueue(url, { leaseSeconds: 60, pollSeconds: 1 });
  await queue.work(analysisWork(store, queue, { pool: sharedPool(), limits: DEFAULT_LIMITS }));
}, 120_000);
afterAll(async () => {
  await queue?.close();
  await store?.close();
  cluster?.stop();
});

const statuses = (outcomes: Outcome[]) => outcomes.map(({ status, path }) => ({ status, path }));

describe.skipIf(unavailable !== null)('ingest through the queue', () => {
  it('gives each file its outcome in order, and recognises stored content the second time', async () => {
    const first: Outcome[] = [];
    const summary = await ingestQueued(store, queue, FILES, 100, (outcome) => first.push(outcome));
    expect(statuses(first)).toEqual([
      { status: 'added', path: FILES[0] },
      { status: 'failed', path: FILES[1] },
      { status: 'added', path: FILES[2] },
    ]);
    expect(summary).toMatchObject({ added: 2, present: 0, skipped: [] });
    expect(summary.failed).toEqual([{ path: FILES[1], reason: expect.stringMatching(/^test\/fixtures\/empty\.txt: /) }]);
    expect(first[0]).toMatchObject({ figures: expect.any(Number) });

    const again: Outcome[] = [];
    await ingestQueued(store, queue, FILES, 100, (outcome) => again.push(outcome));
    expect(statuses(again)).toEqual([
      { status: 'present', path: FILES[0] },
      { status: 'failed', path: FILES[1] },
      { status: 'present', path: FILES[2] },
    ]);
    expect(again.map((o) => ('id' in o ? o.id : null))).toEqual(first.map((o) => ('id' in o ? o.id : null)));
    expect(await store.countReports()).toBe(2);
  }, 300_000);

  it('keeps a file for another try after a crash, and lets it go after the last try', async () => {
    const bytes = await readFile('corpus/state-council-gwr-2020.txt');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const broken = new Proxy(store, {
      get: (target, key) => (key === 'savePacked' ? () => Promise.reject(new Error('disk full')) : Reflect.get(target, key)),
    });
    const work = analysisWork(broken, queue, { pool: sharedPool(), limits: DEFAULT_LIMITS });
    const job = { files: [{ sha256, name: 'state-council-gwr-2020.txt' }], overrides: {}, uploader: null };
    await queue.files.put([{ sha256, bytes }]);

    await expect(work(job, 'a job', false)).rejects.toThrow('disk full');
    expect(await queue.files.get(sha256)).not.toBeNull();
    await expect(work(job, 'a job', true)).rejects.toThrow('disk full');
    expect(await queue.files.get(sha256)).toBeNull();
  }, 120_000);
});
