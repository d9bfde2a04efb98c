// Queries across the library over HTTP: issuers with their series, figures
// and full-text search, each as JSON and as the very CSV the CLI writes.
import { beforeAll, describe, expect, it } from 'vitest';
import { appFor, cli, errorCode, file, multipart } from './helpers.js';

const { app, db } = await appFor();

beforeAll(async () => {
  for (const path of ['corpus/xuchang-demo-zone-2021.txt', 'test/fixtures/xuchang-demo-zone-2022.synthetic.txt', 'corpus/tibet-gwr-2025.txt']) {
    expect((await app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(path)]) })).statusCode).toBe(201);
  }
}, 60_000);

const q = encodeURIComponent;

describe('GET /api/issuers', () => {
  it('lists issuers with their aliases and series, the years held', async () => {
    const { issuers } = (await app.inject('/api/issuers')).json();
    const xuchang = issuers.find((i: { name: string }) => i.name === '许昌市城乡一体化示范区管委会');
    expect(xuchang).toMatchObject({ reports: 2, years: [2021, 2022] });
    expect(xuchang.series.map((s: { year: number }) => s.year)).toEqual([2021, 2022]);
    expect(xuchang.series[0]).toEqual({ id: expect.any(Number), year: 2021, kind: '法治政府建设情况报告', source: 'xuchang-demo-zone-2021.txt' });
    expect(issuers.map((i: { name: string }) => i.name)).toContain('西藏自治区人民政府');
  });

  it('answers ?format=csv, years joined', async () => {
    const csv = await app.inject('/api/issuers?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="issuers.csv"');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,name,aliases,reports,years');
    expect(lines).toContain(`${lines.find((l) => l.includes('许昌'))!.split(',')[0]},许昌市城乡一体化示范区管委会,,2,2021、2022`);
  });
});

describe('GET /api/figures', () => {
  it('finds figures by part of the label, issuer, years, unit and kind', async () => {
    const get = async (query: string) => (await app.inject(`/api/figures?${query}`)).json();
    const found = await get(`q=${q('法律咨询')}`);
    expect(found.figures.length).toBeGreaterThan(0);
    for (const figure of found.figures) expect(figure.label).toContain('法律咨询');
    expect((await get(`issuer=${q('西藏')}&limit=0`)).figures.every((f: { year: number }) => f.year === 2024)).toBe(true);
    expect((await get('from=2022&to=2022&limit=0')).figures.every((f: { year: number }) => f.year === 2022)).toBe(true);
    expect((await get(`unit=${q('%')}&limit=0`)).figures.every((f: { unit: string }) => f.unit === '%')).toBe(true);
    expect((await get('kind=target&limit=0')).figures.every((f: { modality: string }) => f.modality === 'target')).toBe(true);
  });

  it('says when there were more than the limit', async () => {
    expect(await (await app.inject('/api/figures?limit=3')).json()).toMatchObject({ limit: 3, more: true, figures: expect.any(Array) });
    const all = (await app.inject('/api/figures?limit=0')).json();
    expect(all.more).toBe(false);
  });

  it('pages with offset: the pages put together are the whole list', async () => {
    const all = (await app.inject('/api/figures?limit=0')).json().figures;
    const pages = [0, 2, 4].map(async (offset) => (await app.inject(`/api/figures?limit=2&offset=${offset}`)).json());
    expect((await Promise.all(pages)).flatMap((page) => page.figures)).toEqual(all.slice(0, 6));
    expect((await app.inject(`/api/figures?limit=2&offset=${all.length - 2}`)).json()).toMatchObject({ offset: all.length - 2, more: false });
  });

  it('answers ?format=csv with exactly the CSV of `nianbao figures`, formulas escaped', async () => {
    const csv = await app.inject('/api/figures?format=csv&limit=0');
    expect(csv.body).toBe(await cli('figures', '--format', 'csv', '--limit', '0', '--db', db));
  });

  it('refuses year with from or to, and bad values, with 400', async () => {
    for (const query of ['year=2021&from=2020', 'kind=plan', 'limit=x', 'from=21']) {
      const response = await app.inject(`/api/figures?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(errorCode(response), query).toBe('VALIDATION');
    }
  });
});

describe('GET /api/search', () => {
  it('finds sentences with the match highlighted, filtered by issuer and year', async () => {
    const body = (await app.inject(`/api/search?q=${q('法律咨询')}`)).json();
    expect(body.query).toBe('法律咨询');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits[0].snippet).toContain('【法律咨询】');
    const filtered = (await app.inject(`/api/search?q=${q('法律咨询')}&year=2022`)).json().hits;
    expect(filtered.every((hit: { year: number }) => hit.year === 2022)).toBe(true);
    expect((await app.inject(`/api/search?q=${q('法律咨询')}&issuer=${q('西藏')}`)).json().hits).toEqual([]);
  });

  it('pages with limit and offset, and says when there were more', async () => {
    const all = (await app.inject(`/api/search?q=${q('法治')}&limit=0`)).json();
    expect(all).toMatchObject({ limit: 0, offset: 0, more: false });
    expect(all.hits.length).toBeGreaterThan(4);
    const first = (await app.inject(`/api/search?q=${q('法治')}&limit=2`)).json();
    const second = (await app.inject(`/api/search?q=${q('法治')}&limit=2&offset=2`)).json();
    expect(first.more).toBe(true);
    expect([...first.hits, ...second.hits]).toEqual(all.hits.slice(0, 4));
  });

  it('answers ?format=csv with exactly the CSV of `nianbao search`', async () => {
    const csv = await app.inject(`/api/search?q=${q('法治政府')}&format=csv`);
    expect(csv.body).toBe(await cli('search', '法治政府', '--format', 'csv', '--db', db));
  });

  it('escapes a cell that a spreadsheet would run as a formula', async () => {
    const text = '某县2021年法治政府建设情况报告\n=HYPERLINK("http://example.invalid","点击")全年提供法律援助咨询服务8次。';
    const upload = await app.inject({ method: 'POST', url: '/api/reports', ...multipart([{ field: 'file', filename: 'formula.txt', content: text }]) });
    expect(upload.statusCode).toBe(201);
    const csv = (await app.inject(`/api/search?q=${q('法律援助')}&format=csv`)).body;
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.invalid"",""点击"")全年提供法律援助咨询服务8次。"`);
    expect((await app.inject({ method: 'DELETE', url: `/api/reports/${upload.json().reports[0].id}` })).statusCode).toBe(204);
  });

  it('needs q: 400', async () => {
    for (const url of ['/api/search', '/api/search?q=']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(errorCode(response)).toBe('VALIDATION');
    }
  });
});

describe('every row (limit=0)', () => {
  /** The answer's pieces as the server wrote them, and their text put together. */
  async function pieces(url: string): Promise<{ count: number; body: string }> {
    const response = await app.inject({ url, payloadAsStream: true });
    expect(response.statusCode, url).toBe(200);
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream()) chunks.push(Buffer.from(chunk));
    return { count: chunks.length, body: Buffer.concat(chunks).toString('utf8') };
  }

  /** Every page of `limit` rows of a listing, put together. */
  async function paged(route: string, field: string, limit: number): Promise<unknown[]> {
    const rows: unknown[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = (await app.inject(`${route}&limit=${limit}&offset=${offset}`)).json();
      rows.push(...page[field]);
      if (!page.more) return rows;
    }
  }

  it.each([
    ['/api/figures?kind=actual', 'figures'],
    ['/api/figures?unit=%25', 'figures'],
    [`/api/search?q=${q('建设')}`, 'hits'],
  ])('%s: written as it is read, the rows of every page put together', async (route, field) => {
    const { count, body } = await pieces(`${route}&limit=0`);
    const all = JSON.parse(body);
    expect(all).toMatchObject({ limit: 0, offset: 0, more: false });
    expect(all[field]).toEqual(await paged(route, field, 7));
    expect(all[field].length).toBeGreaterThan(20);
    // Its head with the first rows, then the rest: never one string of the whole answer.
    expect(count).toBeGreaterThan(1);
    const from = 13;
    expect(JSON.parse((await pieces(`${route}&limit=0&offset=${from}`)).body)[field]).toEqual(all[field].slice(from));
  });

  // (Three reports are one chunk: the store's contract tests give reports a chunk at a time.)
  it('/api/reports: every report, as the page answer has them', async () => {
    const { body } = await pieces('/api/reports?limit=0');
    const all = JSON.parse(body);
    expect(Object.keys(all)).toEqual(['total', 'limit', 'offset', 'reports']);
    expect(all).toEqual({ ...(await app.inject('/api/reports?limit=100')).json(), limit: 0 });
    expect(all.reports).toHaveLength(3);
    expect(JSON.parse((await pieces('/api/reports?limit=0&offset=1')).body)).toEqual({ total: 3, limit: 0, offset: 1, reports: all.reports.slice(1) });
    const series = JSON.parse((await pieces(`/api/reports?issuer=${q('许昌')}&limit=0`)).body);
    expect(series).toMatchObject({ total: 2, offset: 0 });
    expect(series.reports.map((r: { year: number }) => r.year)).toEqual([2021, 2022]);
    expect((await app.inject(`/api/reports?year=1999&limit=0`)).json()).toEqual({ total: 0, limit: 0, offset: 0, reports: [] });
  });

  it('as CSV: one head, then every row', async () => {
    const { body } = await pieces(`/api/figures?unit=%25&limit=0&format=csv`);
    expect(body).toBe(await cli('figures', '--unit', '%', '--format', 'csv', '--limit', '0', '--db', db));
  });

  it('none matching: an empty list; a refused filter: the error body', async () => {
    expect((await app.inject(`/api/figures?q=${q('没有这个标签')}&limit=0`)).json()).toEqual({ limit: 0, offset: 0, more: false, figures: [] });
    expect((await app.inject(`/api/figures?q=${q('没有这个标签')}&limit=0&format=csv`)).body).toBe(await cli('figures', '--q', '没有这个标签', '--format', 'csv', '--limit', '0', '--db', db));
    expect(errorCode(await app.inject('/api/figures?year=2021&from=2020&limit=0'))).toBe('VALIDATION');
  });
});

describe('GET /api/reports?format=csv', () => {
  it('is exactly the CSV of `nianbao list`', async () => {
    expect((await app.inject('/api/reports?format=csv&limit=0')).body).toBe(await cli('list', '--format', 'csv', '--db', db));
  });
});

describe('GET /healthz', () => {
  it('answers ok with the number of reports', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok', reports: 3, writes: 'local', canWrite: true });
  });
});
