// The API over both engines: the same uploads sent to a service on SQLite and
// to one on PostgreSQL (a throwaway cluster) give the same answers, JSON and
// CSV, byte for byte, reviews included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore } from '../../src/store/pg/index.js';
import { type Cluster, pgUnavailable, startCluster } from '../store/pg-cluster.js';
import { appFor, file, multipart } from './helpers.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`API on PostgreSQL skipped: ${unavailable}`);

const REPORTS = ['corpus/state-council-gwr-2019.txt', 'corpus/state-council-gwr-2020.txt', 'corpus/xuchang-demo-zone-2021.txt'];
const q = encodeURIComponent;

// Reports 1 and 2 are the national 2019 and 2020 reports, in upload order on both engines.
const READS = [
  '/api/reports',
  '/api/reports?format=csv',
  '/api/reports?limit=0',
  '/api/reports?limit=0&offset=1&format=csv',
  '/api/reports/2',
  '/api/reports/1/figures',
  '/api/reports/1/commitments',
  '/api/reports/2/problems',
  '/api/reports/2/diagnostics',
  '/api/reports/1/text',
  `/api/figures?q=${q('失业率')}`,
  `/api/figures?q=${q('增长')}&limit=7&offset=3`,
  `/api/figures?issuer=${q('国务院')}&kind=target&limit=0&format=csv`,
  `/api/search?q=${q('调查失业率')}`,
  `/api/search?q=${q('失业率 城镇')}&limit=0`,
  `/api/search?q=${q('法治 政府')}&limit=5`,
  '/api/issuers',
  '/api/measures',
  '/api/compare?from=1&to=2',
  `/api/series/${q('国务院')}`,
  `/api/trend?measure=gdp-growth&issuer=${q('国务院')}`,
  '/api/reports/9/figures',
];

let cluster: Cluster | undefined;
beforeAll(async () => {
  if (!unavailable) cluster = await startCluster();
}, 120_000);
afterAll(() => cluster?.stop());

describe.skipIf(unavailable !== null)('one API on SQLite and on PostgreSQL', () => {
  it('answers every read alike after the same uploads and reviews', async () => {
    const sqlite = await appFor();
    const postgres = await appFor({ store: await openPgStore(await cluster!.database()) });
    const apps = [sqlite.app, postgres.app];
    for (const app of apps) {
      const upload = await app.inject({ method: 'POST', url: '/api/reports', ...multipart(REPORTS.map((path) => file(path))) });
      expect(upload.statusCode).toBe(201);
      // The same file again is stored once.
      const again = await app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(REPORTS[0]!)]) });
      expect(again.statusCode).toBe(200);
      expect(again.json().reports[0]).toMatchObject({ id: 1, added: false });
      const review = { status: 'addressed', note: '核对了统计公报' };
      expect((await app.inject({ method: 'PUT', url: '/api/commitments/1-c2/review', payload: review })).statusCode).toBe(200);
    }
    for (const url of [...READS, '/api/commitments/1-c2/reviews']) {
      const [one, two] = await Promise.all(apps.map((app) => app.inject(url)));
      expect({ url, status: one!.statusCode }).toEqual({ url, status: url.startsWith('/api/reports/9/') ? 404 : 200 });
      expect({ url, status: two!.statusCode }).toEqual({ url, status: one!.statusCode });
      expect({ url, body: withoutClock(two!.body) }).toEqual({ url, body: withoutClock(one!.body) });
    }
  }, 300_000);
});

/** Times of saving and reviewing differ by when each engine took them. */
const withoutClock = (body: string) => body.replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z?/g, '…');
