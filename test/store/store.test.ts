import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { asyncStore, openStore, resolveDbPath, type Store } from '../../src/store/index.js';
import { type Loaded, load, synthetic, tempDir } from '../library/helpers.js';

const dir = tempDir();
let n = 0;
const fresh = (): Store => openStore(join(dir, `store-${++n}.db`));

let xuchang: Loaded;
let yunnan: Loaded;
beforeAll(async () => {
  xuchang = await load('corpus/xuchang-demo-zone-2021.txt');
  yunnan = await load('corpus/yunnan-gwr-2025.txt');
}, 60_000);

describe('saving and reading reports', () => {
  it('gives figures their catalogue measure, also those stored before measures existed', () => {
    const store = fresh();
    const { id } = store.saveReport(yunnan.analysis, yunnan.source);
    const growth = yunnan.analysis.figures.find((f) => f.measure === 'gdp-growth' && f.period === null)!;
    expect(growth.rule).toContain('measure:gdp-growth/alias');
    expect(store.getReport(id)!.analysis.figures.find((f) => f.id === growth.id)).toMatchObject({ measure: 'gdp-growth', period: null });
    expect(store.measureCounts()).toContainEqual({ measure: 'gdp-growth', figures: expect.any(Number) });
    // An older library: the same figures with rules that name no measure.
    const older = { ...yunnan.analysis, figures: yunnan.analysis.figures.map((f) => ({ ...f, rule: f.rule.replace(/ measure:\S+| period:\S+/g, '') })) };
    const again = fresh();
    const { id: olderId } = again.saveReport(older, yunnan.source);
    expect(again.getReport(olderId)!.analysis.figures.map((f) => f.measure)).toEqual(yunnan.analysis.figures.map((f) => f.measure));
    store.close();
    again.close();
  });

  it('gives back exactly the analysis that was saved', () => {
    const store = fresh();
    const { id, added } = store.saveReport(xuchang.analysis, xuchang.source, { year: 2021 });
    expect(added).toBe(true);
    const stored = store.getReport(id)!;
    expect(stored.analysis).toEqual(xuchang.analysis);
    expect(JSON.stringify(stored.analysis)).toBe(JSON.stringify(xuchang.analysis));
    expect(stored).toMatchObject({ id, issuer: '许昌市城乡一体化示范区管委会', year: 2021, source: 'xuchang-demo-zone-2021.txt' });
    expect(stored.overrides).toEqual({ year: 2021 });
    expect(stored.figures).toBe(xuchang.analysis.figures.length);
    store.close();
  });

  it('recognises the same content and returns the stored id', () => {
    const store = fresh();
    const first = store.saveReport(xuchang.analysis, xuchang.source);
    expect(store.saveReport(xuchang.analysis, xuchang.source)).toEqual({ id: first.id, added: false });
    expect(store.findBySha256(xuchang.analysis.source.sha256)).toBe(first.id);
    expect(store.listReports()).toHaveLength(1);
    store.close();
  });

  it('keeps the source bytes and decoded text for reanalysis', () => {
    const store = fresh();
    const { id } = store.saveReport(xuchang.analysis, xuchang.source, { kind: '法治政府建设情况报告' });
    const { document, overrides } = store.getSource(id)!;
    const { name, format, encoding, sha256 } = xuchang.analysis.source;
    expect(document).toEqual({ name, format, encoding, sha256, bytes: xuchang.source.bytes.length, text: xuchang.source.text });
    expect(overrides).toEqual({ kind: '法治政府建设情况报告' });
    expect(store.getSource(999)).toBeNull();
    store.close();
  });

  it('replaces derived rows and keeps the id and source', () => {
    const store = fresh();
    const { id } = store.saveReport(xuchang.analysis, xuchang.source);
    const fewer = {
      ...xuchang.analysis,
      figures: xuchang.analysis.figures.slice(0, 3),
      diagnostics: xuchang.analysis.diagnostics.slice(0, 2),
      meta: { ...xuchang.analysis.meta, year: 2020 },
    };
    store.replaceAnalysis(id, fewer);
    const stored = store.getReport(id)!;
    expect(stored.analysis.figures).toEqual(fewer.figures);
    expect(store.listDiagnostics(id)).toEqual(fewer.diagnostics);
    expect(stored.year).toBe(2020);
    expect(stored.createdAt <= stored.analyzedAt).toBe(true);
    expect(store.getSource(id)!.document.text).toBe(xuchang.source.text);
    expect(store.queryFigures({ q: '法律咨询' })).toEqual([]);
    expect(store.searchSentences('法律咨询')).toHaveLength(2);
    expect(() => store.replaceAnalysis(999, fewer)).toThrow(expect.objectContaining({ code: 'REPORT_NOT_FOUND' }));
    store.close();
  });

  it('deletes a report with everything derived from it, index rows included', () => {
    const store = fresh();
    const { id } = store.saveReport(xuchang.analysis, xuchang.source);
    const other = store.saveReport(yunnan.analysis, yunnan.source).id;
    expect(store.deleteReport(id)).toBe(true);
    expect(store.deleteReport(id)).toBe(false);
    expect(store.getReport(id)).toBeNull();
    expect(store.queryFigures({ report: id })).toEqual([]);
    expect(store.searchSentences('法律咨询').map((hit) => hit.report)).toEqual([other]);
    expect([...store.exportRows('commitments')].every((row) => row.report === other)).toBe(true);
    store.close();
  });

  it('lists reports by issuer and year', () => {
    const store = fresh();
    store.saveReport(xuchang.analysis, xuchang.source);
    store.saveReport(yunnan.analysis, yunnan.source);
    expect(store.listReports().map((r) => [r.issuer, r.year])).toEqual([
      ['云南省人民政府', 2024],
      ['许昌市城乡一体化示范区管委会', 2021],
    ]);
    expect(store.listReports({ issuer: '云南' }).map((r) => r.source)).toEqual(['yunnan-gwr-2025.txt']);
    store.close();
  });
});

describe('issuers and series', () => {
  const report = (issuer: string, year: number) =>
    synthetic(`${issuer}${year}年工作报告\n一、工作回顾\n全年办理事项${year - 2000}件。\n`, { issuer, year });
  const save = (store: Store, loaded: Loaded) => store.saveReport(loaded.analysis, loaded.source);

  it('records a short name of a stored issuer as its alias', () => {
    const store = fresh();
    save(store, report('许昌市城乡一体化示范区管委会', 2021));
    save(store, report('示范区管委会', 2022));
    expect(store.listIssuers()).toEqual([{ id: 1, name: '许昌市城乡一体化示范区管委会', aliases: ['示范区管委会'], reports: 2 }]);
    expect(store.listReports({ issuer: '示范区管委会' }).map((r) => [r.issuer, r.year])).toEqual([
      ['许昌市城乡一体化示范区管委会', 2021],
      ['许昌市城乡一体化示范区管委会', 2022],
    ]);
    store.close();
  });

  it('makes the full name canonical when it comes after the short one', () => {
    const store = fresh();
    save(store, report('示范区管委会', 2022));
    save(store, report('许昌市城乡一体化示范区管委会', 2021));
    expect(store.listIssuers()).toEqual([{ id: 1, name: '许昌市城乡一体化示范区管委会', aliases: ['示范区管委会'], reports: 2 }]);
    store.close();
  });

  it('never takes a name every province shares for an alias', () => {
    const store = fresh();
    save(store, report('河南省人民政府', 2024));
    save(store, report('省人民政府', 2023));
    save(store, report('人民政府', 2022));
    expect(store.listIssuers().map((i) => [i.name, i.aliases])).toEqual([
      ['人民政府', []],
      ['河南省人民政府', []],
      ['省人民政府', []],
    ]);
    store.close();
  });

  it('merges two series when told they are one body', () => {
    const store = fresh();
    save(store, report('郑州市人民政府', 2023));
    save(store, report('郑州市政府', 2024));
    store.addIssuerAlias('郑州市政府', '郑州市人民政府');
    store.addIssuerAlias('郑州市政府', '郑州市人民政府');
    expect(store.listIssuers()).toEqual([{ id: 1, name: '郑州市人民政府', aliases: ['郑州市政府'], reports: 2 }]);
    expect(store.listReports({ issuer: '郑州市政府' }).map((r) => r.year)).toEqual([2023, 2024]);
    store.close();
  });
});

describe('figures across the library', () => {
  let store: Store;
  let ids: { xuchang: number; yunnan: number };
  beforeAll(() => {
    store = fresh();
    ids = { xuchang: store.saveReport(xuchang.analysis, xuchang.source).id, yunnan: store.saveReport(yunnan.analysis, yunnan.source).id };
  });

  const surfaces = (rows: Array<{ report: number; surface: string }>) => rows.map((row) => `${row.report}:${row.surface}`);

  it('finds figures by part of their label, with report, issuer, year and sentence', () => {
    const rows = store.queryFigures({ q: '法律咨询' });
    expect(rows.every((row) => row.label.includes('法律咨询'))).toBe(true);
    expect(rows.find((row) => row.report === ids.xuchang)).toMatchObject({
      issuer: '许昌市城乡一体化示范区管委会',
      year: 2021,
      source: 'xuchang-demo-zone-2021.txt',
      surface: '216人次',
      value: 216,
      unit: '人次',
      modality: 'actual',
      sentence: '全年共提供法律咨询216人次,调解信访案件8起,协调帮助申请法律援助案件15起。',
    });
    expect(new Set(rows.map((row) => row.report))).toEqual(new Set([ids.xuchang, ids.yunnan]));
  });

  it('one character matches anywhere in a label, the last place included', () => {
    const rows = store.queryFigures({ q: '数' });
    expect(rows.map((row) => row.label)).toContain('优良天数');
    expect(rows.every((row) => row.label.includes('数'))).toBe(true);
  });

  it('filters by issuer (or alias), year, unit and modality', () => {
    const all = store.queryFigures({ q: '法律咨询' });
    expect(surfaces(store.queryFigures({ q: '法律咨询', issuer: '示范区' }))).toEqual(surfaces(all.filter((r) => r.report === ids.xuchang)));
    expect(surfaces(store.queryFigures({ q: '法律咨询', year: 2021 }))).toEqual(surfaces(all.filter((r) => r.year === 2021)));
    expect(surfaces(store.queryFigures({ q: '法律咨询', from: 2022, to: 2024 }))).toEqual(surfaces(all.filter((r) => r.year === 2024)));
    expect(surfaces(store.queryFigures({ q: '法律咨询', modality: 'target' }))).toEqual(surfaces(all.filter((r) => r.modality === 'target')));
    const counted = store.queryFigures({ unit: '人次', report: ids.xuchang });
    expect(counted.length).toBeGreaterThan(1);
    expect(counted.every((row) => row.unit === '人次' && row.report === ids.xuchang)).toBe(true);
    expect(store.queryFigures({ limit: 5 })).toHaveLength(5);
  });

  it('pages through the matches in series order, each page as the library is when asked', () => {
    const path = join(dir, `store-${++n}.db`);
    const store = openStore(path);
    store.saveReport(yunnan.analysis, yunnan.source);
    const all = surfaces(store.queryFigures({}));
    expect(all.length).toBeGreaterThan(4);
    const paged = [0, 3, 6, 9, 12, 15].flatMap((offset) => surfaces(store.queryFigures({ limit: 3, offset })));
    expect(paged).toEqual(all.slice(0, 18));
    expect(surfaces(store.queryFigures({ offset: 2 }))).toEqual(all.slice(2));
    // Another writer (a CLI ingest beside the server) adds a report: the next page has it.
    const other = openStore(path);
    const { id } = other.saveReport(xuchang.analysis, xuchang.source);
    other.close();
    const grown = surfaces(store.queryFigures({}));
    expect(grown.filter((row) => row.startsWith(`${id}:`)).length).toBeGreaterThan(0);
    expect(surfaces(store.queryFigures({ limit: 1000 }))).toEqual(grown);
    store.deleteReport(id);
    expect(surfaces(store.queryFigures({ limit: 1000 }))).toEqual(all);
    store.close();
  });

  it('exports every figure, commitment and problem', () => {
    expect([...store.exportRows('figures')]).toEqual(store.queryFigures());
    expect([...store.exportRows('figures')]).toHaveLength(xuchang.analysis.figures.length + yunnan.analysis.figures.length);
    const commitments = [...store.exportRows('commitments')];
    expect(commitments).toHaveLength(xuchang.analysis.commitments.length + yunnan.analysis.commitments.length);
    const first = xuchang.analysis.commitments[0];
    if (first) {
      expect(commitments.find((c) => c.report === ids.xuchang && c.commitment === first.id)).toMatchObject({
        text: first.text,
        keywords: first.keywords,
        targets: first.targets,
      });
    }
    expect([...store.exportRows('problems')]).toHaveLength(xuchang.analysis.problems.length + yunnan.analysis.problems.length);
  });
});

describe('full-text search', () => {
  it('matches the words of the query in a row, never across sentences or punctuation', () => {
    const store = fresh();
    const made = synthetic('法律服务工作报告\n一、工作回顾\n完善法律。咨询服务全面铺开。\n法律、咨询、调解一体推进。\n全年提供法律咨询216人次。\n');
    const { id } = store.saveReport(made.analysis, made.source);
    const hits = store.searchSentences('法律咨询');
    expect(hits).toEqual([
      expect.objectContaining({ report: id, snippet: '全年提供【法律咨询】216人次。', text: '全年提供法律咨询216人次。' }),
    ]);
    expect(store.searchSentences('调解 咨询').map((hit) => hit.snippet)).toEqual(['法律、【咨询】、【调解】一体推进。']);
    expect(store.searchSentences('完全没有的词语')).toEqual([]);
    store.close();
  });

  it('filters hits by issuer and year, stops at the limit and pages with offset', () => {
    const store = fresh();
    store.saveReport(xuchang.analysis, xuchang.source);
    store.saveReport(yunnan.analysis, yunnan.source);
    expect(store.searchSentences('法律咨询', { year: 2021 }).every((hit) => hit.issuer === '许昌市城乡一体化示范区管委会')).toBe(true);
    expect(store.searchSentences('法律咨询', { issuer: '云南' }).map((hit) => hit.year)).toEqual([2024]);
    expect(store.searchSentences('法律', { limit: 3 })).toHaveLength(3);
    const all = store.searchSentences('法律').map((hit) => `${hit.report}:${hit.sentence}`);
    const pages = [0, 3, 6].flatMap((offset) => store.searchSentences('法律', { limit: 3, offset }).map((hit) => `${hit.report}:${hit.sentence}`));
    expect(pages).toEqual(all.slice(0, 9));
    store.close();
  });
});

describe('the database file', () => {
  it('is in WAL mode and lives where --db, NIANBAO_DB or the default say', () => {
    const path = join(dir, 'wal.db');
    openStore(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(resolveDbPath('given.db', { NIANBAO_DB: 'env.db' })).toBe('given.db');
    expect(resolveDbPath(undefined, { NIANBAO_DB: 'env.db' })).toBe('env.db');
    expect(resolveDbPath(undefined, {})).toBe('data/nianbao.db');
  });

  it('creates missing folders', () => {
    const store = openStore(join(dir, 'a', 'b', 'library.db'));
    expect(store.listReports()).toEqual([]);
    store.close();
  });

  it('refuses a file that is not a database, and one from a newer nianbao', () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, only some text that is long enough to have a header'.repeat(10));
    expect(() => openStore(junk)).toThrow(expect.objectContaining({ code: 'NOT_A_DATABASE' }));
    const newer = join(dir, 'newer.db');
    openStore(newer).close();
    const db = new Database(newer);
    db.prepare("INSERT INTO migrations (id, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    expect(() => openStore(newer)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW' }));
  });
});

describe('the promise interface over SQLite', () => {
  it('answers what the store answers, export rows included', async () => {
    const store = fresh();
    const { id } = store.saveReport(xuchang.analysis, xuchang.source);
    const library = asyncStore(store);
    expect(await library.getSummary(id)).toEqual(store.getSummary(id));
    expect(await library.queryFigures({ q: '事项', limit: 3 })).toEqual(store.queryFigures({ q: '事项', limit: 3 }));
    const exported = [];
    for await (const row of library.exportRows('figures')) exported.push(row);
    expect(exported).toEqual([...store.exportRows('figures')]);
    await expect(library.getReport(id + 1)).resolves.toBeNull();
  });
});
