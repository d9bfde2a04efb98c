// Comparisons of stored reports: a series compares each report with the year
// before and then the year after, and reads its analysis once for both; a
// report reanalysed since is read again. In a compare thread (the server's
// way), the comparison is the same text as in this one.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { compareSeries, comparisonKey, storedComparison, warmComparisons } from '../../src/library/comparisons.js';
import { ComparePool } from '../../src/library/pool.js';
import { summaryOf } from '../../src/library/reports.js';
import { type AsyncStore, asyncStore, openStore } from '../../src/store/index.js';
import { load, tempDir } from './helpers.js';

const YEARS = ['corpus/state-council-gwr-2019.txt', 'corpus/state-council-gwr-2020.txt', 'corpus/state-council-gwr-2021.txt'];
const store = openStore(join(tempDir(), 'comparisons.db'));
const loaded = await Promise.all(YEARS.map((path) => load(path)));
const ids = loaded.map(({ analysis, source }) => store.saveReport(analysis, source).id);
/** compare() of two stored reports read afresh, as the comparison cache holds it. */
const fresh = (older: number, newer: number) =>
  JSON.parse(JSON.stringify(compare(store.getReport(older)!.analysis, store.getReport(newer)!.analysis)));

/** The library over the store, counting the reports it reads whole. */
function counted(over = store): { library: AsyncStore; reads: number[] } {
  const library = asyncStore(over);
  const reads: number[] = [];
  const getReport = library.getReport;
  library.getReport = (id) => {
    reads.push(id);
    return getReport(id);
  };
  return { library, reads };
}

describe('stored comparisons', () => {
  it('compare a series as analyses read afresh compare, reading each report once', async () => {
    const { library, reads } = counted();
    const { comparisons } = await compareSeries(library, '国务院', (older, newer) => storedComparison(library, older, newer));
    expect(comparisons).toEqual([fresh(ids[0]!, ids[1]!), fresh(ids[1]!, ids[2]!)]);
    expect(reads).toEqual(ids);
  }, 120_000);

  it('read a report again once it is reanalysed', async () => {
    const { library, reads } = counted();
    const [first, second] = [await summaryOf(library, ids[0]!), await summaryOf(library, ids[1]!)];
    await storedComparison(library, second, first);
    // The middle year's row now holds the last year's analysis: the first year's is read once, the middle one's again.
    store.replaceAnalysis(ids[1]!, loaded[2]!.analysis);
    expect(await storedComparison(library, first, await summaryOf(library, ids[1]!))).toEqual(fresh(ids[0]!, ids[1]!));
    expect(reads).toEqual([ids[1], ids[0], ids[1]]);
  }, 120_000);
});

describe('stored comparisons in a compare thread', () => {
  // A library of its own, whose comparison cache is empty.
  const threaded = openStore(join(tempDir(), 'threaded.db'));
  const own = loaded.map(({ analysis, source }) => threaded.saveReport(analysis, source).id);
  const pool = new ComparePool({ threads: 1 });
  afterAll(() => pool.close());

  it('are the text this thread makes, each report read once for a series', async () => {
    const { library, reads } = counted(threaded);
    await compareSeries(library, '国务院', (older, newer) => storedComparison(library, older, newer, pool));
    expect(reads).toEqual(own);
    for (const [older, newer] of [[0, 1], [1, 2]] as const) {
      const key = comparisonKey(threaded.getSummary(own[older]!)!, threaded.getSummary(own[newer]!)!);
      const inThisThread = JSON.stringify(compare(threaded.getReport(own[older]!)!.analysis, threaded.getReport(own[newer]!)!.analysis));
      expect(threaded.cachedComparison(key)).toBe(inThisThread);
    }
  }, 120_000);

  it('are computed once for requests of one pair that come while it is computed', async () => {
    const fresh = openStore(join(tempDir(), 'at-once.db'));
    const [older, newer] = loaded.slice(0, 2).map(({ analysis, source }) => fresh.saveReport(analysis, source).id);
    const library = asyncStore(fresh);
    const jobs: string[] = [];
    const counting = Object.assign(Object.create(pool) as ComparePool, {
      compare: (...args: Parameters<ComparePool['compare']>) => (jobs.push(args[1]), pool.compare(...args)),
    });
    const [first, second] = [fresh.getSummary(older!)!, fresh.getSummary(newer!)!];
    const answers = await Promise.all([1, 2, 3].map(() => storedComparison(library, first, second, counting)));
    expect(jobs).toHaveLength(1);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    fresh.close();
  }, 120_000);

  it('warm a thread on the pair whose newer report was stored last, unless stopped', async () => {
    const library = asyncStore(threaded);
    expect((await warmComparisons(library, pool))?.map((report) => report.id)).toEqual([own[1], own[2]]);
    await expect(warmComparisons(library, pool, AbortSignal.abort())).rejects.toThrow();
  }, 120_000);
});
