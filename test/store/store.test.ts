// What only the SQLite store does: older libraries, its page cache, its file.
// What every engine does is the contract (contract.test.ts).
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
let national: Loaded;
beforeAll(async () => {
  xuchang = await load('corpus/xuchang-demo-zone-2021.txt');
  yunnan = await load('corpus/yunnan-gwr-2025.txt');
  national = await load('corpus/state-council-gwr-2015.txt');
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
});

describe('figures read back', () => {
  it('keep the period their sentence gave, where their label names no measure (服务业增加值比重由46.9%提高到48.2%)', () => {
    const store = fresh();
    const { id } = store.saveReport(national.analysis, national.source);
    const periods = (figures: { surface: string; measure: string | null; period: string | null }[]) => figures.map(({ surface, measure, period }) => `${surface} ${measure} ${period}`);
    expect(periods(national.analysis.figures)).toContain('46.9% null start');
    expect(periods(store.getReport(id)!.analysis.figures)).toEqual(periods(national.analysis.figures));
    store.close();
  });
});

describe('the sentence vocabulary', () => {
  const vocabulary = (path: string) => {
    const db = new Database(path, { readonly: true });
    const words = new Set(db.prepare('SELECT word FROM sentence_vocabulary').pluck().all() as string[]);
    db.close();
    return words;
  };

  it('holds the words of a report saved after a save that failed, as the store skips words it has added before', () => {
    const store = fresh();
    // A diagnostic without its surface fails the save after the report's words were written, and rolls them back.
    const broken = { ...xuchang.analysis, diagnostics: [{ start: 0, end: 1, surface: null as unknown as string, rule: 'test' }] };
    expect(() => store.saveReport(broken, xuchang.source)).toThrow(/NOT NULL/);
    expect(vocabulary(store.path).size).toBe(0);
    store.saveReport(xuchang.analysis, xuchang.source);
    const clean = fresh();
    clean.saveReport(xuchang.analysis, xuchang.source);
    expect(vocabulary(store.path)).toEqual(vocabulary(clean.path));
    expect(vocabulary(store.path).has('示范区')).toBe(true);
    store.close();
    clean.close();
  });
});

describe('pages of a listing', () => {
  const surfaces = (rows: Array<{ report: number; surface: string }>) => rows.map((row) => `${row.report}:${row.surface}`);

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
});

describe('the first pages of a listing not kept yet, read a range of reports at a time', () => {
  // 300 reports: ranges of 16, 32, 64 … reports in series order, and past 256 reports the whole order.
  const path = join(dir, 'ranges.db');
  const lines = (k: number) => `第${k}项工作办理事项${k + 3}件，增长${(k % 9) + 1}.5%。`;
  const texts = {
    growth: synthetic(`工作报告\n一、工作回顾\n${Array.from({ length: 12 }, (_, k) => lines(k)).join('\n')}\n`),
    plain: synthetic('工作报告\n一、工作回顾\n全年办理事项120件，新建学校8所。\n'),
    rare: synthetic('工作报告\n一、工作回顾\n提供法律咨询服务3万人次，办理事项45件。\n'),
  };
  const issuers = ['北京市人民政府', '云南省人民政府', '上海市人民政府', '西安市人民政府', '三亚市', null];
  const save = (store: Store, k: number, issuer: string | null, year: number | null) => {
    const { analysis, source } = k % 53 === 0 ? texts.rare : k % 3 === 0 ? texts.plain : texts.growth;
    const meta = { ...analysis.meta, issuer, year };
    return store.saveReport({ ...analysis, meta, source: { ...analysis.source, sha256: `${analysis.source.sha256.slice(0, 58)}${String(k).padStart(6, '0')}` } }, source);
  };
  beforeAll(() => {
    const store = openStore(path);
    for (let k = 0; k < 300; k++) save(store, k, issuers[(k * 7) % 6]!, k % 17 === 0 ? null : 2010 + ((k * 5) % 13));
    store.close();
  }, 120_000);

  const rows = (found: Array<{ report: number; figure: string }>) => found.map((row) => `${row.report}:${row.figure}`);
  const filters = [{}, { q: '增长' }, { q: '法律咨询' }, { unit: '%' }, { issuer: '云南' }, { q: '办理', from: 2014, to: 2016 }];
  const offsets = [0, 7, 19, 150, 1_000, 3_001, 5_000, 100_000];

  it('gives each page the rows the whole listing has there, in a store of its own or after other pages', () => {
    const paging = openStore(path);
    for (const filter of filters) {
      const whole = rows(paging.queryFigures(filter));
      expect(whole.length).toBeGreaterThan(0);
      for (const offset of offsets) {
        for (const limit of [20, 21]) {
          const alone = openStore(path);
          expect(rows(alone.queryFigures({ ...filter, offset, limit }))).toEqual(whole.slice(offset, offset + limit));
          alone.close();
          expect(rows(paging.queryFigures({ ...filter, offset, limit }))).toEqual(whole.slice(offset, offset + limit));
        }
      }
    }
    paging.close();
  });

  it('answers the first page again as the library is once reports were added, before it or after it', () => {
    const copy = join(dir, 'ranges-added.db');
    const source = new Database(path);
    source.exec(`VACUUM INTO '${copy}'`);
    source.close();
    const store = openStore(copy);
    const other = openStore(copy);
    const page = () => rows(store.queryFigures({ q: '增长', limit: 21 }));
    const first = page();
    save(other, 1_000, null, 2030);
    expect(page()).toEqual(first);
    save(other, 1_001, 'A', 2030);
    const whole = rows(store.queryFigures({ q: '增长' }));
    expect(whole[0]).not.toBe(first[0]);
    expect(page()).toEqual(whole.slice(0, 21));
    expect(rows(store.queryFigures({ q: '增长', limit: 21, offset: 2_000 }))).toEqual(whole.slice(2_000, 2_021));
    store.close();
    other.close();
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
