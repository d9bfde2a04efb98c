// One contract for every engine behind AsyncStore: the same cases run against
// SQLite (through asyncStore, and with its writes in a thread) and PostgreSQL (a throwaway cluster, see
// pg-cluster.ts), and a last suite checks that both answer the same library
// with the same rows in the same order.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asyncStore, type AsyncStore, openLibrary, openStore, sqliteLibrary } from '../../src/store/index.js';
import { segment, tokensOf } from '../../src/segment/jieba.js';
import { packTokens } from '../../src/segment/packed.js';
import { packReport } from '../../src/store/packed.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { MIGRATIONS } from '../../src/store/pg/migrations.js';
import { type Loaded, load, synthetic, tempDir } from '../library/helpers.js';
import { type Cluster, pgUnavailable, startCluster } from './pg-cluster.js';

const dir = tempDir();
let n = 0;

const unavailable = pgUnavailable();
if (unavailable) console.warn(`PostgreSQL store contract skipped: ${unavailable}`);
let cluster: Cluster | undefined;

interface Engine {
  name: string;
  skip: boolean;
  /** A new, empty library, and a way to open it again (as a second instance would). */
  fresh(): Promise<{ store: AsyncStore; again(): Promise<AsyncStore> }>;
}

const engines: Engine[] = [
  {
    name: 'SQLite',
    skip: false,
    async fresh() {
      const path = join(dir, `contract-${++n}.db`);
      return { store: asyncStore(openStore(path)), again: async () => asyncStore(openStore(path)) };
    },
  },
  {
    // Read on this thread, written in the library's write thread, as the CLI and the server open it.
    name: 'SQLite with its write thread',
    skip: false,
    async fresh() {
      const path = join(dir, `contract-${++n}.db`);
      return { store: sqliteLibrary(path), again: async () => sqliteLibrary(path) };
    },
  },
  {
    name: 'PostgreSQL',
    skip: unavailable !== null,
    async fresh() {
      const url = await cluster!.database();
      return { store: await openPgStore(url), again: () => openPgStore(url) };
    },
  },
];

let xuchang: Loaded;
let yunnan: Loaded;
beforeAll(async () => {
  [xuchang, yunnan] = await Promise.all([load('corpus/xuchang-demo-zone-2021.txt'), load('corpus/yunnan-gwr-2025.txt')]);
  if (!unavailable) cluster = await startCluster();
}, 120_000);
afterAll(() => cluster?.stop());

const opened: AsyncStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const row of rows) found.push(row);
  return found;
}

const surfaces = (rows: Array<{ report: number; surface: string }>) => rows.map((row) => `${row.report}:${row.surface}`);
const series = (issuer: string, year: number) =>
  synthetic(`${issuer}${year}年工作报告\n一、工作回顾\n全年办理事项${year - 2000}件。\n`, { issuer, year });

describe.each(engines)('the $name store', (engine) => {
  const fresh = async () => {
    const made = await engine.fresh();
    opened.push(made.store);
    return made;
  };
  const save = (store: AsyncStore, loaded: Loaded) => store.saveReport(loaded.analysis, loaded.source);

  describe.skipIf(engine.skip)('reports', () => {
    it('gives back exactly the analysis that was saved, with its summary and source', async () => {
      const { store } = await fresh();
      const { id, added } = await store.saveReport(xuchang.analysis, xuchang.source, { year: 2021 }, 'analyst');
      expect(added).toBe(true);
      const stored = (await store.getReport(id))!;
      expect(JSON.stringify(stored.analysis)).toBe(JSON.stringify(xuchang.analysis));
      expect(stored).toMatchObject({
        id,
        issuer: '许昌市城乡一体化示范区管委会',
        year: 2021,
        source: 'xuchang-demo-zone-2021.txt',
        figures: xuchang.analysis.figures.length,
        commitments: xuchang.analysis.commitments.length,
        problems: xuchang.analysis.problems.length,
        uploadedBy: 'analyst',
        overrides: { year: 2021 },
      });
      const { analysis: _, overrides: __, ...summary } = stored;
      expect(await store.getSummary(id)).toEqual(summary);
      const { name, format, encoding, sha256 } = xuchang.analysis.source;
      expect(await store.getSource(id)).toEqual({
        document: { name, format, encoding, sha256, bytes: xuchang.source.bytes.length, text: xuchang.source.text },
        overrides: { year: 2021 },
      });
      expect(await store.getReport(id + 100)).toBeNull();
      expect(await store.getSummary(id + 100)).toBeNull();
      expect(await store.getSource(id + 100)).toBeNull();
    });

    it('saves a report packed where it was analysed as saveReport does, and moves a packed buffer of its own to a write thread', async () => {
      const { store } = await fresh();
      const { bytes, ...source } = xuchang.source;
      const packed = packReport({ analysis: xuchang.analysis, source });
      const length = packed.byteLength;
      // A view on part of a larger buffer (as a pooled Buffer is) is copied: the rest of its buffer is not the save's to take.
      const shared = new Uint8Array(length + 8);
      shared.set(packed, 8);
      const part = shared.subarray(8);
      const saved = await store.savePacked(part, bytes, { year: 2021 });
      expect(saved.added).toBe(true);
      expect(JSON.stringify((await store.getReport(saved.id))!.analysis)).toBe(JSON.stringify(xuchang.analysis));
      expect([part.byteLength, shared.byteLength]).toEqual([length, length + 8]);
      expect(await store.savePacked(packed, bytes)).toEqual({ id: saved.id, added: false });
      expect(packed.byteLength).toBe(engine.name === 'SQLite with its write thread' ? 0 : length);
    });

    it('answers for any id a client may name (up to 15 digits) as for an absent report', async () => {
      const { store } = await fresh();
      await save(store, xuchang);
      const absent = 999_999_999_999_999;
      expect(await store.getReport(absent)).toBeNull();
      expect(await store.getSummary(absent)).toBeNull();
      expect(await store.getSource(absent)).toBeNull();
      expect(await store.deleteReport(absent)).toBe(false);
      expect(await store.listCommitments(absent)).toEqual([]);
      expect(await store.listProblems(absent)).toEqual([]);
      expect(await store.listDiagnostics(absent)).toEqual([]);
      expect(await store.queryFigures({ report: absent })).toEqual([]);
      expect(await store.getAnchors(absent)).toEqual({ figures: [], commitments: [] });
      expect(await store.linkReviews(absent, 1)).toEqual([]);
      expect(await store.commitmentReviews(absent)).toEqual([]);
      await expect(store.replaceAnalysis(absent, xuchang.analysis)).rejects.toMatchObject({ code: 'REPORT_NOT_FOUND' });
    });

    it('stores the same file once, also when two instances are sent it at once', async () => {
      const { store, again } = await fresh();
      const first = await save(store, xuchang);
      expect(await save(store, xuchang)).toEqual({ id: first.id, added: false });
      expect(await store.findBySha256(xuchang.analysis.source.sha256)).toBe(first.id);
      expect(await store.findBySha256('0'.repeat(64))).toBeNull();
      const other = await again();
      opened.push(other);
      const both = await Promise.all([save(store, yunnan), save(other, yunnan)]);
      expect(both.map((r) => r.added).sort()).toEqual([false, true]);
      expect(both[0]!.id).toBe(both[1]!.id);
      expect(await store.countReports()).toBe(2);
    });

    it('places issuers once when two instances save reports of a new issuer at once', async () => {
      const { store, again } = await fresh();
      const other = await again();
      opened.push(other);
      const years = [2019, 2020, 2021, 2022, 2023, 2024];
      const made = years.map((year) => series(year % 2 ? '许昌市城乡一体化示范区管委会' : '示范区管委会', year));
      // Each report is sent to both instances at once.
      const saved = await Promise.all(made.flatMap((loaded) => [save(store, loaded), save(other, loaded)]));
      expect(saved.filter((r) => r.added)).toHaveLength(years.length);
      expect(await store.listIssuers()).toEqual([
        { id: expect.any(Number), name: '许昌市城乡一体化示范区管委会', aliases: ['示范区管委会'], reports: years.length },
      ]);
      expect((await store.listReports({ issuer: '示范区' })).map((r) => r.year)).toEqual(years);
    });

    it('replaces derived rows in one go and keeps the id and source', async () => {
      const { store } = await fresh();
      const { id } = await save(store, xuchang);
      const fewer = {
        ...xuchang.analysis,
        figures: xuchang.analysis.figures.slice(0, 3),
        diagnostics: xuchang.analysis.diagnostics.slice(0, 2),
        meta: { ...xuchang.analysis.meta, year: 2020 },
      };
      await store.replaceAnalysis(id, fewer);
      const stored = (await store.getReport(id))!;
      expect(stored.analysis.figures).toEqual(fewer.figures);
      expect(await store.listDiagnostics(id)).toEqual(fewer.diagnostics);
      expect(stored.year).toBe(2020);
      expect(stored.createdAt <= stored.analyzedAt).toBe(true);
      expect((await store.getSource(id))!.document.text).toBe(xuchang.source.text);
      expect(await store.queryFigures({ q: '法律咨询' })).toEqual([]);
      expect(await store.searchSentences('法律咨询')).toHaveLength(2);
      await expect(store.replaceAnalysis(id + 100, fewer)).rejects.toMatchObject({ code: 'REPORT_NOT_FOUND' });
    });

    it('gives back the tokens its analysis cut, so that a comparison does not cut its text again; a reanalysis replaces them', async () => {
      const { store } = await fresh();
      const tokens = tokensOf(xuchang.analysis);
      // The first sentence's tokens only: a text cut again would give all of them.
      const first = tokens.filter((token) => token.end <= xuchang.analysis.sentences[0]!.end);
      const { id } = await store.saveReport(xuchang.analysis, { ...xuchang.source, tokens: packTokens(first) });
      expect(tokensOf((await store.getReport(id))!.analysis)).toEqual(first);
      await store.replaceAnalysis(id, xuchang.analysis, { tokens: packTokens(tokens.slice(0, 2)) });
      expect(tokensOf((await store.getReport(id))!.analysis)).toEqual(tokens.slice(0, 2));
      // A reanalysis without them, like a report stored before they were kept, is cut again.
      await store.replaceAnalysis(id, xuchang.analysis);
      expect(tokensOf((await store.getReport(id))!.analysis)).toEqual(tokens);
    });

    it('deletes a report with everything derived from it, index rows included', async () => {
      const { store } = await fresh();
      const { id } = await save(store, xuchang);
      const other = (await save(store, yunnan)).id;
      expect(await store.deleteReport(id)).toBe(true);
      expect(await store.deleteReport(id)).toBe(false);
      expect(await store.getReport(id)).toBeNull();
      expect(await store.queryFigures({ report: id })).toEqual([]);
      expect((await store.searchSentences('法律咨询')).map((hit) => hit.report)).toEqual([other]);
      expect((await all(store.exportRows('commitments'))).every((row) => row.report === other)).toBe(true);
      expect(await store.countReports()).toBe(1);
    });

    it('lists and counts reports by issuer, year and kind, a page at a time', async () => {
      const { store } = await fresh();
      await save(store, xuchang);
      await save(store, yunnan);
      expect((await store.listReports()).map((r) => [r.issuer, r.year])).toEqual([
        ['云南省人民政府', 2024],
        ['许昌市城乡一体化示范区管委会', 2021],
      ]);
      expect((await store.listReports({ issuer: '云南' })).map((r) => r.source)).toEqual(['yunnan-gwr-2025.txt']);
      expect(await store.countReports({ issuer: '云南' })).toBe(1);
      expect((await store.listReports({ year: 2021 })).map((r) => r.year)).toEqual([2021]);
      const kind = yunnan.analysis.meta.kind!;
      expect((await store.listReports({ kind })).map((r) => r.kind)).toContain(kind);
      expect(await store.countReports({ kind: '没有这种报告' })).toBe(0);
      expect((await store.listReports({ limit: 1, offset: 1 })).map((r) => r.year)).toEqual([2021]);
      expect(await store.countReports({ limit: 1 })).toBe(2);
      // Every report a chunk at a time, as listed without a limit.
      expect(await all(store.reportChunks({}, 1))).toEqual((await store.listReports()).map((r) => [r]));
      expect((await all(store.reportChunks({ offset: 1 }, 5))).flat()).toEqual(await store.listReports({ offset: 1 }));
      expect((await all(store.reportChunks({ issuer: '云南', kind }, 5))).flat()).toEqual(await store.listReports({ issuer: '云南', kind }));
      expect(await all(store.reportChunks({ year: 1999 }, 5))).toEqual([]);
    });
  });

  describe.skipIf(engine.skip)('issuers and series', () => {
    it('records a short name of a stored issuer as its alias', async () => {
      const { store } = await fresh();
      await save(store, series('许昌市城乡一体化示范区管委会', 2021));
      await save(store, series('示范区管委会', 2022));
      expect(await store.listIssuers()).toEqual([{ id: 1, name: '许昌市城乡一体化示范区管委会', aliases: ['示范区管委会'], reports: 2 }]);
      expect((await store.listReports({ issuer: '示范区管委会' })).map((r) => [r.issuer, r.year])).toEqual([
        ['许昌市城乡一体化示范区管委会', 2021],
        ['许昌市城乡一体化示范区管委会', 2022],
      ]);
    });

    it('makes the full name canonical when it comes after the short one', async () => {
      const { store } = await fresh();
      await save(store, series('示范区管委会', 2022));
      await save(store, series('许昌市城乡一体化示范区管委会', 2021));
      expect(await store.listIssuers()).toEqual([{ id: 1, name: '许昌市城乡一体化示范区管委会', aliases: ['示范区管委会'], reports: 2 }]);
    });

    it('never takes a name every province shares for an alias', async () => {
      const { store } = await fresh();
      for (const [issuer, year] of [['河南省人民政府', 2024], ['省人民政府', 2023], ['人民政府', 2022]] as const) {
        await save(store, series(issuer, year));
      }
      expect((await store.listIssuers()).map((i) => [i.name, i.aliases])).toEqual([
        ['人民政府', []],
        ['河南省人民政府', []],
        ['省人民政府', []],
      ]);
    });

    it('merges two series when told they are one body', async () => {
      const { store } = await fresh();
      await save(store, series('郑州市人民政府', 2023));
      await save(store, series('郑州市政府', 2024));
      await store.addIssuerAlias('郑州市政府', '郑州市人民政府');
      await store.addIssuerAlias('郑州市政府', '郑州市人民政府');
      expect(await store.listIssuers()).toEqual([{ id: 1, name: '郑州市人民政府', aliases: ['郑州市政府'], reports: 2 }]);
      expect((await store.listReports({ issuer: '郑州市政府' })).map((r) => r.year)).toEqual([2023, 2024]);
    });
  });

  describe.skipIf(engine.skip)('figures, commitments and problems across the library', () => {
    let store: AsyncStore;
    let ids: { xuchang: number; yunnan: number };
    beforeAll(async () => {
      ({ store } = await fresh());
      ids = { xuchang: (await save(store, xuchang)).id, yunnan: (await save(store, yunnan)).id };
    });

    it('finds figures by part of their label, with report, issuer, year and sentence', async () => {
      const rows = await store.queryFigures({ q: '法律咨询' });
      expect(rows.every((row) => row.label.includes('法律咨询'))).toBe(true);
      expect(rows.find((row) => row.report === ids.xuchang)).toMatchObject({
        issuer: '许昌市城乡一体化示范区管委会',
        year: 2021,
        surface: '216人次',
        value: 216,
        unit: '人次',
        modality: 'actual',
        sentence: '全年共提供法律咨询216人次,调解信访案件8起,协调帮助申请法律援助案件15起。',
      });
      expect(new Set(rows.map((row) => row.report))).toEqual(new Set([ids.xuchang, ids.yunnan]));
      const one = await store.queryFigures({ q: '数' });
      expect(one.map((row) => row.label)).toContain('优良天数');
      expect(one.every((row) => row.label.includes('数'))).toBe(true);
    });

    it('filters by issuer (or alias), year, unit and modality, and pages in series order', async () => {
      const all = await store.queryFigures({ q: '法律咨询' });
      expect(surfaces(await store.queryFigures({ q: '法律咨询', issuer: '示范区' }))).toEqual(surfaces(all.filter((r) => r.report === ids.xuchang)));
      expect(surfaces(await store.queryFigures({ q: '法律咨询', year: 2021 }))).toEqual(surfaces(all.filter((r) => r.year === 2021)));
      expect(surfaces(await store.queryFigures({ q: '法律咨询', from: 2022, to: 2024 }))).toEqual(surfaces(all.filter((r) => r.year === 2024)));
      expect(surfaces(await store.queryFigures({ q: '法律咨询', modality: 'target' }))).toEqual(
        surfaces(all.filter((r) => r.modality === 'target')),
      );
      const counted = await store.queryFigures({ unit: '人次', report: ids.xuchang });
      expect(counted.length).toBeGreaterThan(1);
      expect(counted.every((row) => row.unit === '人次' && row.report === ids.xuchang)).toBe(true);
      const every = surfaces(await store.queryFigures());
      const paged = [];
      for (const offset of [0, 3, 6, 9, 12, 15]) paged.push(...surfaces(await store.queryFigures({ limit: 3, offset })));
      expect(paged).toEqual(every.slice(0, 18));
      expect(surfaces(await store.queryFigures({ offset: 2 }))).toEqual(every.slice(2));
    });

    it('counts the figures of each catalogue measure', async () => {
      expect(await store.measureCounts()).toContainEqual({ measure: 'gdp-growth', figures: expect.any(Number) });
    });

    it('lists the commitments, problems and diagnostics of one report, in order', async () => {
      const commitments = await store.listCommitments(ids.yunnan);
      expect(commitments.map(({ commitment, text, keywords, targets, start }) => ({ id: commitment, text, keywords, targets, start }))).toEqual(
        yunnan.analysis.commitments.map(({ id, text, keywords, targets, start }) => ({ id, text, keywords, targets, start })),
      );
      expect((await store.listProblems(ids.yunnan)).map((p) => [p.problem, p.keywords])).toEqual(
        yunnan.analysis.problems.map((p) => [p.id, p.keywords]),
      );
      expect(await store.listDiagnostics(ids.yunnan)).toEqual(yunnan.analysis.diagnostics);
    });

    it('gives every row of a listing a chunk at a time, the rows it gives without a limit', async () => {
      const figures = await all(store.figureChunks({}, 7));
      expect(figures.length).toBeGreaterThan(2);
      expect(figures.slice(0, -1).every((chunk) => chunk.length === 7)).toBe(true);
      expect(figures.flat()).toEqual(await store.queryFigures());
      expect((await all(store.figureChunks({ q: '法律咨询', offset: 1 }, 2))).flat()).toEqual((await store.queryFigures({ q: '法律咨询' })).slice(1));
      expect((await all(store.figureChunks({ unit: '%', issuer: '云南' }, 5))).flat()).toEqual(await store.queryFigures({ unit: '%', issuer: '云南' }));
      expect((await all(store.sentenceChunks('发展', { year: 2024 }, 5))).flat()).toEqual(await store.searchSentences('发展', { year: 2024 }));
      expect(await all(store.figureChunks({ q: '没有这个标签' }, 7))).toEqual([]);
    });

    it('exports every figure, commitment and problem', async () => {
      expect(await all(store.exportRows('figures'))).toEqual(await store.queryFigures());
      const commitments = await all(store.exportRows('commitments'));
      expect(commitments).toHaveLength(xuchang.analysis.commitments.length + yunnan.analysis.commitments.length);
      const first = yunnan.analysis.commitments[0]!;
      expect(commitments.find((c) => c.report === ids.yunnan && c.commitment === first.id)).toMatchObject({
        text: first.text,
        keywords: first.keywords,
        targets: first.targets,
      });
      expect(await all(store.exportRows('problems'))).toHaveLength(xuchang.analysis.problems.length + yunnan.analysis.problems.length);
    });
  });

  describe.skipIf(engine.skip)('kept pages across writes', () => {
    // A copy of a report under another issuer, year and content hash.
    const copy = (loaded: Loaded, issuer: string, year: number, n: number) => ({
      analysis: {
        ...loaded.analysis,
        source: { ...loaded.analysis.source, sha256: `${loaded.analysis.source.sha256.slice(0, 60)}${String(n).padStart(4, '0')}` },
        meta: { ...loaded.analysis.meta, issuer, year },
      },
      source: loaded.source,
    });
    // Every page of 97 rows in turn: a page read from a stale order would hold other rows.
    async function walk<T>(read: (offset: number) => Promise<T[]>): Promise<T[]> {
      const rows: T[] = [];
      for (let offset = 0, page = await read(0); page.length > 0; page = await read((offset += 97))) rows.push(...page);
      return rows;
    }
    const pagesOf = async (store: AsyncStore) => [
      (await walk((offset) => store.queryFigures({ limit: 97, offset }))).map((row) => `${row.report}:${row.figure}:${row.issuer}`),
      (await walk((offset) => store.queryFigures({ q: '增长', limit: 97, offset }))).map((row) => `${row.report}:${row.figure}`),
      (await walk((offset) => store.queryFigures({ unit: '%', issuer: '云南', limit: 97, offset }))).map((row) => `${row.report}:${row.figure}`),
      (await walk((offset) => store.searchSentences('发展', { limit: 97, offset }))).map((hit) => `${hit.report}:${hit.sentence}:${hit.issuer}:${hit.snippet}`),
      // Words that only a later report brings (Xuchang's): the indexed words holding 许昌 grow with it.
      (await store.searchSentences('许昌')).map((hit) => `${hit.report}:${hit.sentence}`),
    ];

    it('give every row of a listing once while reports are added: the rows as they stood when it began', async () => {
      const { store } = await fresh();
      await save(store, yunnan);
      const before = await store.queryFigures({ q: '增长' });
      const chunks = store.figureChunks({ q: '增长' }, 10)[Symbol.asyncIterator]();
      const given = [(await chunks.next()).value as typeof before];
      // Sorts first (上 before 云 in UTF-8), so that every row would move if the listing were read again.
      await store.saveReport(copy(yunnan, '上海市人民政府', 2024, 9).analysis, yunnan.source);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) given.push(next.value);
      expect(given.flat()).toEqual(before);
      expect((await store.queryFigures({ q: '增长' })).length).toBeGreaterThan(before.length);
    });

    it('give every report once while reports are added and deleted: the list as it stood when it began, less the deleted', async () => {
      const { store } = await fresh();
      await save(store, yunnan);
      await save(store, xuchang);
      const first = copy(xuchang, '北京市人民政府', 2020, 8);
      await store.saveReport(first.analysis, first.source);
      const before = await store.listReports();
      const chunks = store.reportChunks({}, 1)[Symbol.asyncIterator]();
      const given = [(await chunks.next()).value as typeof before];
      // Sorts first: read again by offset, the next chunk would be the first report again.
      await store.saveReport(copy(yunnan, '上海市人民政府', 2024, 9).analysis, yunnan.source);
      expect(await store.deleteReport(before[2]!.id)).toBe(true);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) given.push(next.value);
      expect(given.flat()).toEqual(before.slice(0, 2));
      expect(await store.countReports()).toBe(3);
    });

    it('answer after each save, delete, alias and rename, here or by another instance, what a new instance answers', async () => {
      const { store, again } = await fresh();
      const other = await again();
      opened.push(other);
      const anew = async () => {
        const opened = await again();
        const answer = await pagesOf(opened);
        await opened.close();
        return answer;
      };
      // This instance's writes show at once; another's once its notice arrives.
      const sameAsNew = async (writer: AsyncStore) => {
        const expected = await anew();
        if (writer === store) expect(await pagesOf(store)).toEqual(expected);
        else await vi.waitFor(async () => expect(await pagesOf(store)).toEqual(expected), { timeout: 10_000, interval: 50 });
      };
      // Issuers whose names sort before and after each other; 示范区管委会 is renamed
      // when its longer name arrives, which moves its reports after 西安市人民政府.
      const saves = [
        copy(yunnan, '云南省人民政府', 2024, 1),
        copy(xuchang, '示范区管委会', 2021, 2),
        copy(yunnan, '云南省人民政府', 2022, 3),
        copy(xuchang, '西安市人民政府', 2020, 4),
        copy(yunnan, '许昌市城乡一体化示范区管委会', 2023, 5),
        copy(xuchang, '云南省人民政府', 2023, 6),
        copy(yunnan, '云南', 2021, 7),
      ];
      const ids: number[] = [];
      for (const [i, { analysis, source }] of saves.entries()) {
        await pagesOf(store);
        const writer = i % 2 === 0 ? store : other;
        ids.push((await writer.saveReport(analysis, source)).id);
        await sameAsNew(writer);
      }
      const [first] = yunnan.analysis.figures;
      const anchor = (report: number) => ({ report, start: first!.start, figure: first!.id, surface: first!.surface });
      await store.addLinkReview({ from: anchor(ids[0]!), to: anchor(ids[2]!), decision: 'reject', note: null, reviewer: 'test' });
      await sameAsNew(store);
      await other.deleteReport(ids[1]!);
      await sameAsNew(other);
      await store.deleteReport(ids[3]!);
      await sameAsNew(store);
      await other.addIssuerAlias('滇', '云南省人民政府');
      await other.addIssuerAlias('西安', '云南省人民政府');
      await sameAsNew(other);
      await other.replaceAnalysis(ids[0]!, xuchang.analysis);
      await sameAsNew(other);
    });
  });

  describe.skipIf(engine.skip)('full-text search', () => {
    it('matches the words of the query in a row, never across sentences or punctuation, with 【】 highlights', async () => {
      const { store } = await fresh();
      const made = synthetic('法律服务工作报告\n一、工作回顾\n完善法律。咨询服务全面铺开。\n法律、咨询、调解一体推进。\n全年提供法律咨询216人次。\n');
      const { id } = await save(store, made);
      expect(await store.searchSentences('法律咨询')).toEqual([
        expect.objectContaining({ report: id, snippet: '全年提供【法律咨询】216人次。', text: '全年提供法律咨询216人次。', matches: [{ start: 4, end: 8 }] }),
      ]);
      expect((await store.searchSentences('调解 咨询')).map((hit) => hit.snippet)).toEqual(['法律、【咨询】、【调解】一体推进。']);
      expect((await store.searchSentences('、咨询、')).map((hit) => hit.snippet)).toEqual(['法律【、咨询、】调解一体推进。']);
      expect(await store.searchSentences('完全没有的词语')).toEqual([]);
      await expect(store.searchSentences('  ')).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
      await expect(store.queryFigures({ q: ' ' })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    });

    it('finds the text of each part inside words too, marking every occurrence', async () => {
      const { store } = await fresh();
      // Real sentences (national reports 2019, Xinjiang, Inner Mongolia, Qinghai, Chongqing 2026), and 法律、咨询.
      const sentences = [
        '城镇新增就业1100万人以上，城镇调查失业率5.5%左右，城镇登记失业率4.5%以内。',
        '城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。',
        '扎实推进“九五”普法，完善法律咨询体系，让依法办事更加深入人心。',
        '完善风险预警、法律咨询、知识产权保护等海外综合服务体系。',
        '大力发展科技服务、人力资源、现代物流、融资租赁、会计法律咨询、产业链数字化等生产性服务业。',
        '优化提升知识产权、人力资源、法律、会计等专业服务业，打造一批特色集聚区和特色楼宇。',
        '法律、咨询、调解一体推进。',
      ];
      await save(store, synthetic(`政府工作报告\n一、工作回顾\n${sentences.join('\n')}\n`));
      const cases: Array<[string, string[]]> = [
        ['失业率', ['城镇新增就业1100万人以上，城镇调查【失业率】5.5%左右，城镇登记【失业率】4.5%以内。', '城镇新增就业1361万人、调查【失业率】稳定在5%左右的较低水平。']],
        ['调查失业率', ['城镇新增就业1100万人以上，城镇【调查失业率】5.5%左右，城镇登记失业率4.5%以内。', '城镇新增就业1361万人、【调查失业率】稳定在5%左右的较低水平。']],
        ['法律咨询', ['扎实推进“九五”普法，完善【法律咨询】体系，让依法办事更加深入人心。', '完善风险预警、【法律咨询】、知识产权保护等海外综合服务体系。', '大力发展科技服务、人力资源、现代物流、融资租赁、会计【法律咨询】、产业链数字化等生产性服务业。']],
        ['城镇 登记失业率', ['【城镇】新增就业1100万人以上，【城镇】调查失业率5.5%左右，【城镇登记失业率】4.5%以内。']],
        ['法律 会计', ['大力发展科技服务、人力资源、现代物流、融资租赁、【会计法律】咨询、产业链数字化等生产性服务业。', '优化提升知识产权、人力资源、【法律】、【会计】等专业服务业，打造一批特色集聚区和特色楼宇。']],
        ['咨询调解', []],
      ];
      for (const [query, snippets] of cases) {
        expect((await store.searchSentences(query)).map((hit) => hit.snippet), query).toEqual(snippets);
      }
    });

    it('filters hits by issuer and year, stops at the limit and pages with offset', async () => {
      const { store } = await fresh();
      await save(store, xuchang);
      await save(store, yunnan);
      expect((await store.searchSentences('法律咨询', { year: 2021 })).every((hit) => hit.issuer === '许昌市城乡一体化示范区管委会')).toBe(true);
      expect((await store.searchSentences('法律咨询', { issuer: '云南' })).map((hit) => hit.year)).toEqual([2024]);
      expect(await store.searchSentences('法律', { limit: 3 })).toHaveLength(3);
      const every = (await store.searchSentences('法律')).map((hit) => `${hit.report}:${hit.sentence}`);
      const pages = [];
      for (const offset of [0, 3, 6]) pages.push(...(await store.searchSentences('法律', { limit: 3, offset })).map((hit) => `${hit.report}:${hit.sentence}`));
      expect(pages).toEqual(every.slice(0, 9));
    });
  });

  describe.skipIf(engine.skip)('reviews, anchors and the comparison cache', () => {
    it('appends reviews and gives them back oldest first', async () => {
      const { store } = await fresh();
      const from = (await save(store, xuchang)).id;
      const to = (await save(store, yunnan)).id;
      const [a, b] = [xuchang.analysis.figures[0]!, yunnan.analysis.figures[0]!];
      const link = {
        from: { report: from, start: a.start, figure: a.id, surface: a.surface },
        to: { report: to, start: b.start, figure: b.id, surface: b.surface },
        note: null,
        reviewer: 'analyst',
      };
      const first = await store.addLinkReview({ ...link, decision: 'confirm' });
      expect(first).toEqual({ ...link, decision: 'confirm', id: expect.any(Number), reviewedAt: expect.any(String) });
      const second = await store.addLinkReview({ ...link, decision: 'reject', note: '不同口径' });
      expect(await store.linkReviews(from, to)).toEqual([first, second]);
      expect(await store.linkReviews(to, from)).toEqual([]);
      const c = xuchang.analysis.commitments[0]!;
      const review = { report: from, start: c.start, commitment: c.id, text: c.text, status: 'partly' as const, note: null, reviewer: 'analyst' };
      const made = await store.addCommitmentReview(review);
      expect(made).toEqual({ ...review, id: expect.any(Number), reviewedAt: expect.any(String) });
      expect(await store.commitmentReviews(from)).toEqual([made]);
    });

    it('names figures and commitments by id and offset', async () => {
      const { store } = await fresh();
      const { id } = await save(store, xuchang);
      expect(await store.getAnchors(id)).toEqual({
        figures: xuchang.analysis.figures.map(({ id, start }) => ({ id, start })),
        commitments: xuchang.analysis.commitments.map(({ id, start, text }) => ({ id, start, text })),
      });
    });

    it('keeps a comparison for the same pair and version, and drops it when either report is reanalysed or deleted', async () => {
      const { store } = await fresh();
      const from = (await save(store, xuchang)).id;
      const to = (await save(store, yunnan)).id;
      const key = { from: xuchang.analysis.source.sha256, to: yunnan.analysis.source.sha256, version: 'v1' };
      const json = JSON.stringify({ pairs: ['增长', 1.5] });
      expect(await store.cachedComparison(key)).toBeNull();
      await store.cacheComparison(key, json);
      expect(await store.cachedComparison(key)).toBe(json);
      expect(await store.cachedComparison({ ...key, version: 'v2' })).toBeNull();
      await store.cacheComparison({ ...key, version: 'v2' }, '{}');
      expect(await store.cachedComparison(key)).toBeNull();
      expect(await store.cachedComparison({ ...key, version: 'v2' })).toBe('{}');
      await store.replaceAnalysis(to, yunnan.analysis);
      expect(await store.cachedComparison({ ...key, version: 'v2' })).toBeNull();
      await store.cacheComparison(key, json);
      await store.deleteReport(from);
      expect(await store.cachedComparison(key)).toBeNull();
    });
  });
});

describe.skipIf(unavailable !== null)('PostgreSQL answers as SQLite does', () => {
  let sqlite: AsyncStore;
  let postgres: AsyncStore;
  beforeAll(async () => {
    sqlite = asyncStore(openStore(join(dir, `same-${++n}.db`)));
    postgres = await openPgStore(await cluster!.database());
    opened.push(sqlite, postgres);
    const made = [xuchang, yunnan, series('示范区管委会', 2022), series('郑州市人民政府', 2023), series('Zhengzhou', 2023)];
    for (const store of [sqlite, postgres]) {
      for (const loaded of made) await store.saveReport(loaded.analysis, loaded.source);
    }
  });

  const without = <T extends { createdAt: string; analyzedAt: string }>(rows: T[]) =>
    rows.map(({ createdAt: _, analyzedAt: __, ...rest }) => rest);

  const cases: Array<[string, (store: AsyncStore) => Promise<unknown>]> = [
    ['listReports', async (store) => without(await store.listReports())],
    ['reportChunks', async (store) => (await all(store.reportChunks({ offset: 1 }, 2))).map(without)],
    ['getReport', async (store) => {
      const { createdAt: _, analyzedAt: __, ...report } = (await store.getReport(2))!;
      return report;
    }],
    ['listDiagnostics', (store) => store.listDiagnostics(2)],
    ['listCommitments', (store) => store.listCommitments(2)],
    ['getAnchors', (store) => store.getAnchors(1)],
    ['listIssuers', (store) => store.listIssuers()],
    ['queryFigures', (store) => store.queryFigures()],
    ['queryFigures q=增长 paged', (store) => store.queryFigures({ q: '增长', limit: 7, offset: 3 })],
    ['queryFigures q=率', (store) => store.queryFigures({ q: '率' })],
    ['measureCounts', (store) => store.measureCounts()],
    ['searchSentences 法律', (store) => store.searchSentences('法律')],
    ['searchSentences 经济 增长', (store) => store.searchSentences('经济 增长', { limit: 20 })],
    ['searchSentences GDP', (store) => store.searchSentences('GDP')],
    ['searchSentences 增长，', (store) => store.searchSentences('增长，', { issuer: '云南', offset: 2 })],
    ['exportRows commitments', (store) => all(store.exportRows('commitments'))],
    ['exportRows problems', (store) => all(store.exportRows('problems'))],
  ];

  it.each(cases)('%s', async (_, ask) => {
    expect(await ask(postgres)).toEqual(await ask(sqlite));
  });
});

describe.skipIf(unavailable !== null)('a generated library streamed a chunk at a time', () => {
  // 40 reports of 600 figures and 300 sentences: PostgreSQL reads a listing's first order 10 000 rows at a time.
  let sqlite: AsyncStore;
  let postgres: AsyncStore;
  let url: string;
  beforeAll(async () => {
    sqlite = asyncStore(openStore(join(dir, `generated-${++n}.db`)));
    url = await cluster!.database();
    postgres = await openPgStore(url);
    opened.push(sqlite, postgres);
    const lines = Array.from({ length: 300 }, (_, k) => `第${k + 1}项工作办理事项${k + 3}件，增长${(k % 9) + 1}.5%。`).join('\n');
    const { analysis, source } = synthetic(`工作报告\n一、工作回顾\n${lines}\n`);
    const issuers = ['北京市人民政府', '云南省人民政府', '上海市人民政府', '西安市人民政府', '三亚市'];
    for (let k = 0; k < 40; k++) {
      const meta = { ...analysis.meta, issuer: issuers[(k * 7) % 5]!, year: 2015 + ((k * 3) % 11) };
      const made = { ...analysis, meta, source: { ...analysis.source, sha256: `${analysis.source.sha256.slice(0, 60)}${String(k).padStart(4, '0')}` } };
      for (const store of [sqlite, postgres]) await store.saveReport(made, source);
    }
  }, 300_000);

  const figures = (rows: Array<{ report: number; figure: string; issuer: string | null }>) => rows.map((row) => `${row.report}:${row.figure}:${row.issuer}`);

  it('gives the same rows in the same order as SQLite, every chunk full but the last, from any offset', async () => {
    for (const [offset, size] of [[0, 997], [10_001, 4_000], [23_999, 7]] as const) {
      const [a, b] = [await all(sqlite.figureChunks({ offset }, size)), await all(postgres.figureChunks({ offset }, size))];
      expect(b.slice(0, -1).every((chunk) => chunk.length === size)).toBe(true);
      expect(figures(b.flat())).toEqual(figures(a.flat()));
    }
    expect((await all(postgres.figureChunks({}, 997))).flat().length).toBe(24_000);
    const hits = async (store: AsyncStore) => (await all(store.sentenceChunks('增长', {}, 1_000))).flat().map((hit) => `${hit.report}:${hit.sentence}`);
    expect(await hits(postgres)).toEqual(await hits(sqlite));
  }, 120_000);

  it('answers pages and later streams from the order a stream made, also after a stream left early', async () => {
    const first = postgres.figureChunks({ unit: '%' }, 500)[Symbol.asyncIterator]();
    await first.next();
    await first.return?.(undefined);
    const whole = await all(postgres.figureChunks({ unit: '%' }, 500));
    expect(figures(whole.flat())).toEqual(figures((await all(sqlite.figureChunks({ unit: '%' }, 500))).flat()));
    expect(figures((await all(postgres.figureChunks({ unit: '%' }, 500))).flat())).toEqual(figures(whole.flat()));
    expect(figures(await postgres.queryFigures({ unit: '%', limit: 50, offset: 11_990 }))).toEqual(figures(whole.flat().slice(11_990, 12_040)));
  }, 120_000);

  it('gives more streams at once than the pool has connections, each chunk read while the others are being read', async () => {
    const small = await openPgStore(url, {}, { NIANBAO_DATABASE_POOL: '2' });
    opened.push(small);
    const filters = [{}, { unit: '%' }, { unit: '件' }];
    const streams = filters.map((filter) => small.figureChunks(filter, 3_000)[Symbol.asyncIterator]());
    const given = await Promise.all(streams.map(async (stream) => [(await stream.next()).value]));
    await Promise.all(streams.map(async (stream, k) => {
      for (let next = await stream.next(); !next.done; next = await stream.next()) given[k]!.push(next.value);
    }));
    for (const [k, filter] of filters.entries()) expect(figures(given[k]!.flat())).toEqual(figures((await all(sqlite.figureChunks(filter, 3_000))).flat()));
  }, 120_000);
});

describe.skipIf(unavailable !== null)('the PostgreSQL database', () => {
  it('records its schema steps, opens again, and refuses a database from a newer nianbao', async () => {
    const url = await cluster!.database();
    const [a, b] = await Promise.all([openPgStore(url), openPgStore(url)]);
    await Promise.all([a.close(), b.close()]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    expect((await client.query('SELECT id, name FROM migrations ORDER BY id')).rows).toEqual(MIGRATIONS.map(({ id, name }) => ({ id, name })));
    expect(MIGRATIONS.map(({ id }) => id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    await client.query("INSERT INTO migrations (id, name, applied_at) VALUES (99, 'future', '2030-01-01')");
    await client.end();
    await expect(openPgStore(url)).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' });
  });

  it('gives a library stored at step 2 (before the sentence vocabulary, item rules and tokens) its words, and rules unknown until reanalysis', async () => {
    const url = await cluster!.database();
    const store = await openPgStore(url);
    const { id } = await store.saveReport(xuchang.analysis, xuchang.source);
    const found = await store.searchSentences('咨询');
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP TABLE sentence_vocabulary; ALTER TABLE commitments DROP COLUMN rule; ALTER TABLE problems DROP COLUMN rule;
      DROP TABLE report_tokens; ALTER TABLE diagnostics DROP COLUMN more; DELETE FROM migrations WHERE id > 2`);
    await client.end();
    const again = await openPgStore(url);
    expect(await again.searchSentences('咨询')).toEqual(found);
    expect(found.some((hit) => hit.snippet.includes('法律【咨询】'))).toBe(true);
    const { analysis } = (await again.getReport(id))!;
    expect(analysis.commitments.length).toBeGreaterThan(0);
    expect(new Set([...analysis.commitments, ...analysis.problems].map((item) => item.rule))).toEqual(new Set([null]));
    // Its text is cut again when compared, and a report saved now keeps its tokens.
    expect(tokensOf(analysis)).toEqual(segment(analysis.text));
    const tokens = packTokens(segment(yunnan.analysis.text).slice(0, 3));
    const saved = await again.saveReport(yunnan.analysis, { ...yunnan.source, tokens });
    expect(tokensOf((await again.getReport(saved.id))!.analysis)).toEqual(segment(yunnan.analysis.text).slice(0, 3));
    await again.close();
  });

  it('is the library when NIANBAO_DATABASE_URL names it, SQLite otherwise', async () => {
    const url = await cluster!.database();
    const library = await openLibrary(undefined, {}, { NIANBAO_DATABASE_URL: url });
    expect(library.path).toBe(url);
    await library.close();
    const embedded = await openLibrary(join(dir, 'chosen.db'), {}, {});
    expect(embedded.path).toBe(join(dir, 'chosen.db'));
    await embedded.close();
    await expect(openLibrary(undefined, {}, { NIANBAO_DATABASE_URL: 'mysql://x' })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    await expect(openLibrary('library.db', {}, { NIANBAO_DATABASE_URL: url })).rejects.toMatchObject({
      code: 'BAD_ARGUMENT',
      subject: 'NIANBAO_DATABASE_URL',
    });
  });

  it('says when the database cannot be reached, its password not shown', async () => {
    const url = new URL(await cluster!.database());
    url.pathname = '/no_such_database';
    url.password = 'secret';
    const error = await openPgStore(url.toString()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    expect(String((error as Error).message)).not.toContain('secret');
    // Nothing listens on port 1.
    url.port = '1';
    await expect(openPgStore(url.toString())).rejects.toMatchObject({ code: 'DATABASE_UNREACHABLE' });
  });

  it.each(['x', '0', '-3', '2.5'])('refuses NIANBAO_DATABASE_POOL=%s with its name, before connecting', async (pool) => {
    await expect(openPgStore(await cluster!.database(), {}, { NIANBAO_DATABASE_POOL: pool })).rejects.toMatchObject({
      code: 'BAD_ARGUMENT',
      subject: 'NIANBAO_DATABASE_POOL',
    });
  });
});
