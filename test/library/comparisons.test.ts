// Comparisons of stored reports: a series compares each report with the year
// before and then the year after, and reads its analysis once for both; a
// report reanalysed since is read again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { compareSeries, storedComparison } from '../../src/library/comparisons.js';
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
function counted(): { library: AsyncStore; reads: number[] } {
  const library = asyncStore(store);
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
