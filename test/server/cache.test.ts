// Comparisons are computed once per pair of analyses and kept in the library:
// the cached answer is the fresh one to the byte, and a reanalysis or a delete
// of either report drops it.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { comparisonKey } from '../../src/library/comparisons.js';
import { sharedPool } from '../../src/library/pool.js';
import { reanalyzeReports } from '../../src/library/reanalyze.js';
import { buildApp } from '../../src/server/app.js';
import { asyncStore, openStore } from '../../src/store/index.js';
import { load, tempDir } from '../library/helpers.js';

const store = openStore(join(tempDir(), 'cache.db'));
const app = await buildApp({ store: asyncStore(store), logger: false });
afterAll(async () => {
  await app.close();
  store.close();
});

const save = async (path: string) => {
  const { analysis, source } = await load(path);
  return store.saveReport(analysis, source).id;
};
const older = await save('corpus/xuchang-demo-zone-2021.txt');
const newer = await save('test/fixtures/xuchang-demo-zone-2022.synthetic.txt');
const key = () => comparisonKey(store.getSummary(older)!, store.getSummary(newer)!);
const get = async (url: string) => {
  const response = await app.inject(url);
  expect(response.statusCode, url).toBe(200);
  return response.body;
};
const PAIR = `/api/compare?from=${older}&to=${newer}`;
const SERIES = `/api/series/${encodeURIComponent('示范区')}?full=true`;

describe('the comparison cache', () => {
  it('keeps the JSON of compare() as computed, and answers the same bytes from it', async () => {
    expect(store.cachedComparison(key())).toBeNull();
    const fresh = await get(PAIR);
    const fromOlder = store.getReport(older)!.analysis;
    const toNewer = store.getReport(newer)!.analysis;
    expect(store.cachedComparison(key())).toBe(JSON.stringify(compare(fromOlder, toNewer)));
    expect(await get(PAIR)).toBe(fresh);
    // A whole series is the same pairs: its comparison is the one above.
    const series = JSON.parse(await get(SERIES));
    expect(series.comparisons).toEqual([JSON.parse(fresh)]);
    expect(await get(SERIES)).toBe(JSON.stringify(series));
  }, 60_000);

  it('is what the API answers while its key holds, and is dropped by a reanalysis', async () => {
    const fresh = await get(PAIR);
    const marked = { ...JSON.parse(store.cachedComparison(key())!), reuse: { sentences: -1, ratio: 0, examples: [] } };
    store.cacheComparison(key(), JSON.stringify(marked));
    // Another server on the library (this one keeps its answers as sent) reads the cache.
    const other = await buildApp({ store: asyncStore(store), logger: false });
    const response = await other.inject(PAIR);
    await other.close();
    expect(response.json().reuse.sentences).toBe(-1);

    const before = key();
    expect((await reanalyzeReports(asyncStore(store), { pool: sharedPool() }, [newer]))[0]!.status).toBe('done');
    expect(store.cachedComparison(before)).toBeNull();
    expect(key().version).not.toBe(before.version);
    expect(await get(PAIR)).toBe(fresh);
    expect(store.cachedComparison(key())).not.toBeNull();
  }, 60_000);

  it('is skipped, not a failure, while another process holds the write lock', async () => {
    const writer = new Database(store.path);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const response = await app.inject(`/api/compare?from=${newer}&to=${older}`);
      expect(response.statusCode).toBe(200);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    expect(store.cachedComparison(comparisonKey(store.getSummary(newer)!, store.getSummary(older)!))).toBeNull();
  }, 60_000);

  it('is dropped with either report', async () => {
    await get(PAIR);
    const stored = key();
    expect(store.deleteReport(newer)).toBe(true);
    expect(store.cachedComparison(stored)).toBeNull();
  });
});
