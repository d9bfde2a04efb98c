// Comparisons of stored reports: a series compares each report with the year
// before and then the year after, and reads its analysis once for both; a
// report reanalysed since is read again. In a compare thread (the server's
// way), the comparison is the same text as in this one, whether the thread
// was sent the analyses or held them already.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { compareSeries, comparisonKey, storedComparison, warmComparisons } from '../../src/library/comparisons.js';
import type { CompareTask, SentAnalysis } from '../../src/library/compare-task.js';
import { ComparePool } from '../../src/library/pool.js';
import { packedTokensOf } from '../../src/segment/jieba.js';
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

/** For each job given to a compare thread, the keys of the analyses sent whole in each of its runs. */
type Sent = string[][];

const wholeKeys = (task: CompareTask) => [task.older, task.newer].filter(({ analysis }) => analysis !== null).map(({ key }) => key);

/** The pool, recording what each job sent. */
function recording(pool: ComparePool): { jobs: Sent[]; pool: ComparePool } {
  const jobs: Sent[] = [];
  const compare = (task: CompareTask, subject: string, whole: (keys: string[]) => Promise<CompareTask>, stop?: AbortSignal) => {
    const runs = [wholeKeys(task)];
    jobs.push(runs);
    return pool.compare(task, subject, async (keys) => {
      const again = await whole(keys);
      runs.push(wholeKeys(again));
      return again;
    }, stop);
  };
  return { jobs, pool: Object.assign(Object.create(pool) as ComparePool, { compare }) };
}

describe('stored comparisons in a compare thread', () => {
  // A library of its own, whose comparison cache is empty.
  const threaded = openStore(join(tempDir(), 'threaded.db'));
  const own = loaded.map(({ analysis, source }) => threaded.saveReport(analysis, source).id);
  const keyOf = (i: number) => {
    const report = threaded.getSummary(own[i]!)!;
    return `${report.id} ${report.sha256} ${report.analyzedAt}`;
  };
  const pool = new ComparePool({ threads: 1 });
  afterAll(() => pool.close());

  /** The test's own report `i` as sent whole to a thread, under a key of `name`'s (held apart from the library's). */
  const sentWhole = (name: string, i: number) => {
    const { analysis } = threaded.getReport(own[i]!)!;
    return { key: `${name} ${i}`, analysis, tokens: packedTokensOf(analysis) };
  };
  /** The same sent by its key alone. */
  const byKey = (sent: SentAnalysis): SentAnalysis => ({ ...sent, analysis: null, tokens: null });
  const inThisThread = (older: number, newer: number) =>
    JSON.stringify(compare(threaded.getReport(own[older]!)!.analysis, threaded.getReport(own[newer]!)!.analysis));

  it('are the text this thread makes, each report read once and sent only to a thread that lacks it', async () => {
    const { library, reads } = counted(threaded);
    const { jobs, pool: sending } = recording(pool);
    await compareSeries(library, '国务院', (older, newer) => storedComparison(library, older, newer, sending));
    expect(reads).toEqual(own);
    // Keys first, then what the thread lacks: it holds the middle year from the first pair.
    expect(jobs).toEqual([
      [[], [keyOf(0), keyOf(1)]],
      [[], [keyOf(2)]],
    ]);
    for (const [older, newer] of [[0, 1], [1, 2]] as const) {
      const key = comparisonKey(threaded.getSummary(own[older]!)!, threaded.getSummary(own[newer]!)!);
      expect(threaded.cachedComparison(key)).toBe(inThisThread(older, newer));
    }
  }, 120_000);

  it('are computed once for requests of one pair that come while it is computed', async () => {
    const fresh = openStore(join(tempDir(), 'at-once.db'));
    const [older, newer] = loaded.slice(0, 2).map(({ analysis, source }) => fresh.saveReport(analysis, source).id);
    const library = asyncStore(fresh);
    const { jobs, pool: counting } = recording(pool);
    const [first, second] = [fresh.getSummary(older!)!, fresh.getSummary(newer!)!];
    const answers = await Promise.all([1, 2, 3].map(() => storedComparison(library, first, second, counting)));
    expect(jobs).toHaveLength(1);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    fresh.close();
  }, 120_000);

  it('answer a pair sent by keys alone, once held, as the text made when it was sent whole', async () => {
    const [older, newer] = [sentWhole('byte-equal', 0), sentWhole('byte-equal', 1)];
    const byKeys = { older: byKey(older), newer: byKey(newer) };
    const asked: string[][] = [];
    const whole = await pool.compare(byKeys, 'a pair', async (keys) => (asked.push(keys), { older, newer }));
    expect(asked).toEqual([[older.key, newer.key]]);
    const held = await pool.compare(byKeys, 'a pair', () => Promise.reject(new Error('sent whole again')));
    expect(held).toBe(whole);
    expect(whole).toBe(inThisThread(0, 1));
  }, 120_000);

  it('answer a pair whose newer report the thread held longest and whose older one it lacks', async () => {
    const [first, second, third] = [0, 1, 2].map((i) => sentWhole('held longest', i)) as [SentAnalysis, SentAnalysis, SentAnalysis];
    // The thread holds the first, then the second (a server's warmed pair); keeping the third must not drop the first.
    await pool.compare({ older: first, newer: second }, 'a pair', () => Promise.reject(new Error('sent whole already')));
    const answer = await pool.compare({ older: byKey(third), newer: byKey(first) }, 'a pair', async (keys) => ({
      older: keys.includes(third.key) ? third : byKey(third),
      newer: keys.includes(first.key) ? first : byKey(first),
    }));
    expect(answer).toBe(inThisThread(2, 0));
  }, 120_000);

  it('warm a thread on the pair whose newer report was stored last, unless stopped', async () => {
    const library = asyncStore(threaded);
    expect((await warmComparisons(library, pool))?.map((report) => report.id)).toEqual([own[1], own[2]]);
    // Compared three times, the thread holding the pair after the first; warmed again, it is sent nothing, and nothing is read.
    const { library: reading, reads } = counted(threaded);
    const { jobs, pool: sending } = recording(pool);
    await warmComparisons(reading, sending);
    expect(jobs).toEqual([[[]], [[]], [[]]]);
    expect(reads).toEqual([]);
    await expect(warmComparisons(library, pool, AbortSignal.abort())).rejects.toThrow();
  }, 120_000);
});
