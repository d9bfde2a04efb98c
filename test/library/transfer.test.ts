// A library moved whole: exported as JSON lines and imported into another
// library, SQLite or PostgreSQL, or copied by migrate, answers every read of
// the API byte for byte as the library it came from (ids, times and reviews
// included). Imports and copies are idempotent and resume where they stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { copyLibrary, importLibrary, libraryLines } from '../../src/library/transfer.js';
import type { App } from '../../src/server/app.js';
import type { AsyncStore } from '../../src/store/index.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { appFor, file, multipart } from '../server/helpers.js';
import { type Cluster, pgUnavailable, startCluster } from '../store/pg-cluster.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`Library moves into PostgreSQL skipped: ${unavailable}`);

const REPORTS = [
  'corpus/state-council-gwr-2019.txt',
  'corpus/state-council-gwr-2020.txt',
  'corpus/xuchang-demo-zone-2021.txt',
  'corpus/yunnan-gwr-2025.txt',
];
const q = encodeURIComponent;

// Report 3 is deleted before export: ids 1, 2 and 4 must survive the move with their gap.
const READS = [
  '/api/reports',
  '/api/reports?format=csv',
  '/api/reports/1',
  '/api/reports/4',
  '/api/reports/2/figures',
  '/api/reports/1/commitments',
  '/api/reports/2/problems',
  '/api/reports/4/diagnostics',
  '/api/reports/1/text',
  `/api/figures?q=${q('失业率')}`,
  `/api/figures?q=${q('增长')}&limit=7&offset=3`,
  `/api/figures?issuer=${q('国务院')}&kind=target&limit=0&format=csv`,
  `/api/search?q=${q('调查失业率')}`,
  `/api/search?q=${q('法治 政府')}&limit=5`,
  `/api/search?q=${q('高质量发展')}&limit=0&format=csv`,
  '/api/compare?from=1&to=2',
  '/api/commitments/1-c2/reviews',
  '/api/commitments/2-c1/reviews',
];

let source: { app: App; store: AsyncStore };
let exported: string[];
let cluster: Cluster | undefined;

async function lines(store: AsyncStore): Promise<string[]> {
  const all: string[] = [];
  for await (const line of libraryLines(store)) all.push(line);
  return all;
}

async function* fed(text: string[]): AsyncIterable<string> {
  for (const line of text.join('').split('\n')) yield line;
}

/** Each read's status and body, and the issuers by name (their ids are not kept: an issuer is made by the first report naming it). */
async function answers(app: App): Promise<string[]> {
  const reads = await Promise.all(READS.map(async (url) => {
    const answer = await app.inject(url);
    return `${url} ${answer.statusCode}\n${answer.body}`;
  }));
  const issuers = (await app.inject('/api/issuers')).json().issuers as Array<{ id?: number; reports: number }>;
  return [...reads, JSON.stringify(issuers.filter((issuer) => issuer.reports > 0).map(({ id, ...issuer }) => issuer))];
}

async function emptyLibrary(store?: AsyncStore): Promise<{ app: App; store: AsyncStore }> {
  const { app } = await appFor(store ? { store } : {});
  return { app, store: app.store };
}

const pgLibrary = async () => emptyLibrary(await openPgStore(await cluster!.database()));

/** The export's header says when it was written; the rest must match. */
const withoutHeader = (text: string[]) => text.slice(1);

beforeAll(async () => {
  if (!unavailable) cluster = await startCluster();
  const { app } = await appFor();
  source = { app, store: app.store };
  const put = (url: string, payload: object) => app.inject({ method: 'PUT', url, payload });
  expect((await app.inject({ method: 'POST', url: '/api/reports', ...multipart(REPORTS.map((path) => file(path))) })).statusCode).toBe(201);
  expect((await app.inject({ method: 'DELETE', url: '/api/reports/3' })).statusCode).toBe(204);
  expect((await put('/api/commitments/1-c2/review', { status: 'addressed', note: '核对了统计公报' })).statusCode).toBe(200);
  expect((await put('/api/commitments/1-c2/review', { status: 'partly', note: null })).statusCode).toBe(200);
  expect((await put('/api/commitments/2-c1/review', { status: 'no-evidence' })).statusCode).toBe(200);
  const link = { from: { figure: 'f1' }, to: { figure: 'f1' }, decision: 'reject', note: '口径不同' };
  expect((await put('/api/compare/1/2/links', link)).statusCode).toBe(200);
  await source.store.addIssuerAlias('国务院办公厅', '国务院');
  exported = await lines(source.store);
}, 300_000);
afterAll(() => cluster?.stop());

describe('export --format jsonl and import', () => {
  it('writes a header, then one line per stored report in id order', () => {
    const head = JSON.parse(exported[0]!);
    expect(head).toMatchObject({ format: 'nianbao-library', version: 1, reports: 3, issuers: [{ name: '国务院', aliases: ['国务院办公厅'] }] });
    expect(withoutHeader(exported).map((line) => JSON.parse(line).report.id)).toEqual([1, 2, 4]);
    expect(JSON.parse(exported[2]!).linkReviews).toHaveLength(1);
  });

  it('gives a SQLite library that answers every read as the original, and a second import adds nothing', async () => {
    const copy = await emptyLibrary();
    expect(await importLibrary(copy.store, fed(exported), 'library.jsonl')).toEqual({ added: 3, present: 0, reviews: 4 });
    expect(await answers(copy.app)).toEqual(await answers(source.app));
    expect(await importLibrary(copy.store, fed(exported), 'library.jsonl')).toEqual({ added: 0, present: 3, reviews: 0 });
    expect(withoutHeader(await lines(copy.store))).toEqual(withoutHeader(exported));
  }, 300_000);

  it('finishes an import that stopped after its first reports, each report whole', async () => {
    const copy = await emptyLibrary();
    expect(await importLibrary(copy.store, fed(exported.slice(0, 2)), 'cut.jsonl')).toEqual({ added: 1, present: 0, reviews: 2 });
    expect(await importLibrary(copy.store, fed(exported), 'library.jsonl')).toEqual({ added: 2, present: 1, reviews: 2 });
    expect(await answers(copy.app)).toEqual(await answers(source.app));
  }, 300_000);

  const line = (n: number) => exported[n]!.trimEnd();
  const changed = (n: number, change: (record: { report: Record<string, unknown>; source: Record<string, unknown> }) => void) => {
    const record = JSON.parse(line(n));
    change(record);
    return JSON.stringify(record);
  };
  // [what the file holds, its lines (made once the export is), the line at fault, what the message says]
  const BAD: Array<[string, () => string[], number, RegExp]> = [
    ['an empty file', () => [], 0, /library\.jsonl: is empty/],
    ['figure rows, not a library', () => ['{"report":1,"figure":"f1"}'], 1, /is not the header of a library export/],
    ['a line cut short', () => [line(0), line(1), line(2).slice(0, 5000)], 3, /is not JSON/],
    ['a report without its text', () => [line(0), changed(1, (r) => delete (r.report.analysis as Record<string, unknown>).text)], 2, /\/report\/analysis.*text/],
    ['a source changed by hand', () => [line(0), changed(1, (r) => (r.source.bytes = Buffer.from('改过的').toString('base64')))], 2, /sha256/],
  ];
  for (const [what, text, at, message] of BAD) {
    it(`stops at ${what} with the line's number and writes nothing of it`, async () => {
      const copy = await emptyLibrary();
      const error = await importLibrary(copy.store, fed(text().map((l) => `${l}\n`)), 'library.jsonl').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('BAD_LIBRARY_LINE');
      expect((error as Error).message).toMatch(message);
      if (at > 0) expect((error as Error).message).toContain(`library.jsonl line ${at}:`);
      expect(await copy.store.countReports()).toBe(Math.max(0, at - 2));
    }, 120_000);
  }
});

describe.skipIf(unavailable !== null)('moving a library to PostgreSQL and back', () => {
  it('SQLite → jsonl → PostgreSQL → jsonl → SQLite answers as the original at every step', async () => {
    const postgres = await pgLibrary();
    expect(await importLibrary(postgres.store, fed(exported), 'library.jsonl')).toEqual({ added: 3, present: 0, reviews: 4 });
    const fromPostgres = await lines(postgres.store);
    expect(withoutHeader(fromPostgres)).toEqual(withoutHeader(exported));
    const back = await emptyLibrary();
    await importLibrary(back.store, fed(fromPostgres), 'from-postgres.jsonl');
    const expected = await answers(source.app);
    expect(await answers(postgres.app)).toEqual(expected);
    expect(await answers(back.app)).toEqual(expected);
    // Ids kept by hand do not stop the next upload from getting a new one.
    const upload = await postgres.app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(REPORTS[2]!)]) });
    expect(upload.json().reports[0]).toMatchObject({ id: 5, added: true });
  }, 300_000);

  it('migrate copies once: a second run, or one after an interruption, copies only what is missing', async () => {
    const postgres = await pgLibrary();
    const partial = (await pgLibrary()).store;
    await importLibrary(partial, fed(exported.slice(0, 2)), 'cut.jsonl');
    expect(await copyLibrary(source.store, partial)).toEqual({ added: 2, present: 1, reviews: 2 });
    const steps: number[] = [];
    expect(await copyLibrary(source.store, postgres.store, (_, done, total) => steps.push(done, total))).toEqual({ added: 3, present: 0, reviews: 4 });
    expect(steps).toEqual([1, 3, 2, 3, 3, 3]);
    expect(await copyLibrary(source.store, postgres.store)).toEqual({ added: 0, present: 3, reviews: 0 });
    expect(await answers(postgres.app)).toEqual(await answers(source.app));
    expect(withoutHeader(await lines(partial))).toEqual(withoutHeader(exported));
  }, 300_000);
});
