// Comparisons not cached yet are computed in compare threads, off the event
// loop: the server answers other requests meanwhile, a fresh answer is the
// cached one to the byte, a job that fails is answered with its own code, and
// a full queue with BUSY, one waiting while the pool closes with
// SHUTTING_DOWN. Asserted by the order of events, never by timings.
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { comparisonKey } from '../../src/library/comparisons.js';
import { ComparePool } from '../../src/library/pool.js';
import { buildApp } from '../../src/server/app.js';
import { asyncStore, openStore } from '../../src/store/index.js';
import { load, tempDir } from '../library/helpers.js';
import { errorCode } from './helpers.js';

const REPORTS = ['corpus/xuchang-demo-zone-2021.txt', 'test/fixtures/xuchang-demo-zone-2022.synthetic.txt', 'corpus/hebei-gwr-2026.txt'];
const store = openStore(join(tempDir(), 'compare-threads.db'));
const [a, b, c] = (await Promise.all(REPORTS.map((path) => load(path)))).map(({ analysis, source }) => store.saveReport(analysis, source).id) as [number, number, number];
afterAll(() => store.close());

/** An app over the library whose comparisons run in `pool`, both closed after the file's tests. */
async function appWith(pool: ComparePool) {
  const app = await buildApp({ logger: false, store: asyncStore(store), comparePool: pool });
  afterAll(async () => {
    await app.close();
    await pool.close();
  });
  return app;
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('a comparison not cached yet', () => {
  it('runs in a compare thread while /healthz is answered', async () => {
    // A new pool's first comparison starts its thread (and jieba in it): seconds, however fast the machine.
    const pool = new ComparePool({ threads: 1 });
    const app = await appWith(pool);
    const events: string[] = [];
    const compared = app.inject(`/api/compare?from=${a}&to=${b}`).then((response) => {
      events.push('compare answered');
      return response;
    });
    await until(() => pool.load > 0);
    events.push('compare running');
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    events.push('healthz answered');
    expect((await compared).statusCode).toBe(200);
    expect(events).toEqual(['compare running', 'healthz answered', 'compare answered']);
  }, 120_000);

  it('is made in the request without compare threads (NIANBAO_COMPARE_WORKERS=0), as its cached copy is', async () => {
    const library = openStore(join(tempDir(), 'in-request.db'));
    const [older, newer] = (await Promise.all(REPORTS.slice(0, 2).map((path) => load(path)))).map(({ analysis, source }) => library.saveReport(analysis, source).id);
    const app = await buildApp({ logger: false, store: asyncStore(library), comparePool: null });
    const url = `/api/compare?from=${older}&to=${newer}`;
    const threaded = vi.spyOn(ComparePool.prototype, 'compare');
    const fresh = await app.inject(url);
    expect(fresh.statusCode).toBe(200);
    expect(threaded).not.toHaveBeenCalled();
    threaded.mockRestore();
    expect(library.cachedComparison(comparisonKey(library.getSummary(older!)!, library.getSummary(newer!)!))).not.toBeNull();
    expect((await app.inject(url)).body).toBe(fresh.body);
    await app.close();
    library.close();
  }, 120_000);

  it('is answered as its cached copy is, to the byte', async () => {
    const fresh = await (await appWith(new ComparePool({ threads: 1 }))).inject(`/api/compare?from=${b}&to=${a}`);
    expect(fresh.statusCode).toBe(200);
    // A new app keeps no answers of its own: it reads the library's cache.
    expect(store.cachedComparison(comparisonKey(store.getSummary(b)!, store.getSummary(a)!))).not.toBeNull();
    const cached = await (await appWith(new ComparePool({ threads: 1 }))).inject(`/api/compare?from=${b}&to=${a}`);
    expect(cached.body).toBe(fresh.body);
  }, 120_000);

  it('that fails answers COMPARE_FAILED naming the limit, and the server goes on', async () => {
    const app = await appWith(new ComparePool({ threads: 1, timeoutMs: 1 }));
    const failed = await app.inject(`/api/compare?from=${a}&to=${c}`);
    expect(failed.statusCode).toBe(500);
    expect(errorCode(failed)).toBe('COMPARE_FAILED');
    expect(failed.json().error.message).toContain('NIANBAO_JOB_TIMEOUT');
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  }, 120_000);

  it('is refused with BUSY and Retry-After while the threads are taken and the queue is full', async () => {
    const pool = new ComparePool({ threads: 1, maxQueue: 0 });
    const app = await appWith(pool);
    const first = app.inject(`/api/compare?from=${b}&to=${c}`);
    await until(() => pool.load > 0);
    const refused = await app.inject(`/api/compare?from=${c}&to=${b}`);
    expect(refused.statusCode).toBe(503);
    expect(errorCode(refused)).toBe('BUSY');
    expect(refused.json().error.message).toContain('comparisons');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await first).statusCode).toBe(200);
    expect((await app.inject(`/api/compare?from=${c}&to=${b}`)).statusCode).toBe(200);
  }, 120_000);

  it('waiting for a thread while the pool closes is answered SHUTTING_DOWN, and the job running finishes', async () => {
    const pool = new ComparePool({ threads: 1 });
    const app = await appWith(pool);
    const running = app.inject(`/api/compare?from=${c}&to=${a}`);
    await until(() => pool.load > 0);
    const waiting = app.inject(`/api/compare?from=${a}&to=${c}`);
    await until(() => pool.load > 1);
    const closed = pool.close();
    expect((await running).statusCode).toBe(200);
    expect(errorCode(await waiting)).toBe('SHUTTING_DOWN');
    await closed;
  }, 120_000);
});
