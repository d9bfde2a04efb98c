import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { FigureRow, ReportSummary, SentenceHit, StoredReport } from '../../src/store/index.js';
import { tempDir } from '../library/helpers.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process, capturing what it prints. */
async function cli(...args: string[]): Promise<Run> {
  const run = { code: 0, out: '', err: '' };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((run.out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((run.err += String(chunk)), true));
  try {
    run.code = await main(args);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return run;
}

const dir = tempDir();
const db = join(dir, 'library.db');
const folder = join(dir, 'reports');
const run = (...args: string[]) => cli(...args, '--db', db);
const json = <T>({ out }: Run) => JSON.parse(out) as T[];

/** A folder as an analyst keeps one: reports, a subfolder with a manifest, and files that are not reports. */
function makeFolder(): void {
  mkdirSync(join(folder, 'national'), { recursive: true });
  copyFileSync('corpus/xuchang-demo-zone-2021.txt', join(folder, 'xuchang-demo-zone-2021.txt'));
  copyFileSync('corpus/xuchang-demo-zone-2021.gold.json', join(folder, 'xuchang-demo-zone-2021.gold.json'));
  copyFileSync('corpus/yunnan-gwr-2025.txt', join(folder, 'yunnan-gwr-2025.txt'));
  copyFileSync('test/fixtures/image.png', join(folder, 'cover.png'));
  copyFileSync('corpus/state-council-gwr-2013.txt', join(folder, 'national', 'state-council-gwr-2013.txt'));
  writeFileSync(join(folder, 'national', 'MANIFEST.tsv'), 'file\tissuer\tyear\tkind\tnotes\nstate-council-gwr-2013.txt\t国务院\t2012\t\topens at 各位代表\n');
}

let ingested: Run;
beforeAll(async () => {
  makeFolder();
  ingested = await run('ingest', folder);
}, 60_000);

const reports = async () => json<ReportSummary>(await run('list', '--format', 'json'));
const idOf = async (source: string) => (await reports()).find((r) => r.source === source)!.id;

describe('nianbao ingest', () => {
  it('stores the reports of a folder, recursively, skipping other files, and sums up', () => {
    expect(ingested.code).toBe(0);
    expect(ingested.out).toMatch(/^ingest: 3 added, 0 already present, 2 skipped, 0 failed\n/);
    expect(ingested.out).toContain('cover.png');
    expect(ingested.err).toContain('added #');
  });

  it('takes issuer and year from the folder manifest', async () => {
    expect((await reports()).find((r) => r.source === 'state-council-gwr-2013.txt')).toMatchObject({ issuer: '国务院', year: 2012 });
  });

  it('recognises what is stored, fails what cannot be read, and goes on', async () => {
    const { code, out } = await run('ingest', 'test/fixtures/scanned.pdf', 'test/fixtures/missing.txt', join(folder, 'xuchang-demo-zone-2021.txt'));
    expect(code).toBe(1);
    expect(out).toMatch(/^ingest: 0 added, 1 already present, 0 skipped, 2 failed\n/);
    expect(out).toContain('failed: test/fixtures/scanned.pdf: has no text layer');
    expect(out).toContain('failed: test/fixtures/missing.txt: does not exist');
  });

  it('fails the files of a folder whose manifest is broken', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    copyFileSync('corpus/beijing-gwr-2026.txt', join(broken, 'beijing-gwr-2026.txt'));
    writeFileSync(join(broken, 'MANIFEST.tsv'), 'name\tyear\nbeijing-gwr-2026.txt\t2025\n');
    const { code, out } = await run('ingest', broken);
    expect(code).toBe(1);
    expect(out).toContain('0 added');
    expect(out).toContain('MANIFEST.tsv: has no `file` column');
  });

  it('needs a path', async () => {
    const { code, err } = await run('ingest');
    expect(code).toBe(2);
    expect(err).toContain('ingest needs at least one FILE or FOLDER');
  });
});

describe('nianbao list', () => {
  it('lists reports by issuer and year as a table', async () => {
    const { code, out } = await run('list');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+issuer\s+year\s+kind\s+issuedDate\s+source\s+figures\s+commitments\s+problems$/);
    expect(lines.slice(2).map((line) => line.split(/\s{2,}/)[1])).toEqual(['云南省人民政府', '国务院', '许昌市城乡一体化示范区管委会']);
  });

  it('prints one JSON array, or CSV with a BOM', async () => {
    expect(json<ReportSummary>(await run('list', '--format', 'json')).map((r) => r.year)).toEqual([2024, 2012, 2021]);
    const lines = (await run('list', '--format', 'csv', '--issuer', '示范区')).out.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,issuer,year,kind,title,issuedDate,source,format,encoding,sha256,figures,commitments,problems,createdAt,analyzedAt,uploadedBy');
    expect(lines.slice(1).filter(Boolean)).toHaveLength(1);
    expect(lines[1]).toContain(',许昌市城乡一体化示范区管委会,2021,');
  });

  it('reads the database NIANBAO_DB names when --db is not given', async () => {
    vi.stubEnv('NIANBAO_DB', db);
    try {
      const listed = await cli('list', '--format', 'json');
      expect(listed.code).toBe(0);
      expect(json(listed)).toHaveLength(3);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('rejects an unknown format', async () => {
    const { code, err } = await run('list', '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toContain('--format takes one of table, json, csv, not "xml"');
  });
});

describe('nianbao show', () => {
  it('prints a summary and the figures of a report', async () => {
    const id = await idOf('xuchang-demo-zone-2021.txt');
    const { code, out } = await run('show', String(id));
    expect(code).toBe(0);
    expect(out).toContain(`report ${id}: xuchang-demo-zone-2021.txt`);
    expect(out).toContain('issuer     许昌市城乡一体化示范区管委会');
    expect(out).toMatch(/f22\s+提供法律咨询\s+216人次\s+216\s+人次\s+actual/);
  });

  it('prints the whole stored analysis as JSON, and a row per report as CSV', async () => {
    const id = await idOf('xuchang-demo-zone-2021.txt');
    const [report] = json<StoredReport>(await run('show', String(id), '--format', 'json'));
    expect(report).toMatchObject({ id, year: 2021, source: 'xuchang-demo-zone-2021.txt' });
    expect(report!.analysis.figures.find((f) => f.id === 'f22')).toMatchObject({ surface: '216人次', label: '提供法律咨询' });
    const csv = await run('show', String(id), '--format', 'csv');
    expect(csv.out.split('\r\n')[1]).toMatch(new RegExp(`^${id},许昌市城乡一体化示范区管委会,2021,`));
  });

  it('says which id is not in the library', async () => {
    const missing = await run('show', '999');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('nianbao: report 999: is not in the library; see `nianbao list` for the ids in the library\n');
    expect((await run('show', 'first')).code).toBe(2);
  });
});

describe('nianbao figures', () => {
  it('finds figures by label across reports, with report, issuer, year and sentence', async () => {
    const found = await run('figures', '--q', '法律咨询', '--format', 'json');
    expect(found.code).toBe(0);
    const rows = json<FigureRow>(found);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['xuchang-demo-zone-2021.txt', 'yunnan-gwr-2025.txt']));
    expect(rows.find((r) => r.surface === '216人次')).toMatchObject({
      issuer: '许昌市城乡一体化示范区管委会',
      year: 2021,
      label: '提供法律咨询',
      value: 216,
      unit: '人次',
      sentence: '全年共提供法律咨询216人次,调解信访案件8起,协调帮助申请法律援助案件15起。',
    });
  });

  it.each([
    [['--issuer', '许昌'], (r: FigureRow) => r.issuer === '许昌市城乡一体化示范区管委会'],
    [['--year', '2024'], (r: FigureRow) => r.year === 2024],
    [['--from', '2010', '--to', '2021'], (r: FigureRow) => r.year! >= 2010 && r.year! <= 2021],
    [['--unit', '人次'], (r: FigureRow) => r.unit === '人次'],
    [['--kind', 'target'], (r: FigureRow) => r.modality === 'target'],
  ])('filters with %j', async (args, keep) => {
    const all = json<FigureRow>(await run('figures', '--format', 'json', '--limit', '0'));
    const filtered = await run('figures', ...args, '--format', 'json', '--limit', '0');
    expect(filtered.code).toBe(0);
    const rows = json<FigureRow>(filtered);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(all.filter(keep));
  });

  it('prints a table, and CSV with a BOM and escaped cells', async () => {
    const table = (await run('figures', '--q', '法律咨询', '--issuer', '许昌')).out;
    expect(table.split('\n')[0]).toMatch(/^report\s+issuer\s+year\s+label\s+surface\s+value\s+unit\s+modality\s+sentence$/);
    expect(table).toMatch(/许昌市城乡一体化示…\s+2021\s+提供法律咨询\s+216人次\s+216\s+人次\s+actual\s+全年共提供法律咨询216人次/);
    const [header, row] = (await run('figures', '--q', '法律咨询', '--issuer', '许昌', '--format', 'csv')).out.split('\r\n');
    expect(header).toBe(
      '\uFEFFreport,issuer,year,source,figure,label,surface,value,valueMax,qualifier,unit,unitType,modality,changeDirection,changeBasis,section,rule,start,end,sentence',
    );
    expect(row).toMatch(/,提供法律咨询,216人次,216,,exact,人次,person-times,actual,,,s\d+,[a-z: -]+,\d+,\d+,"全年共提供法律咨询216人次,调解信访案件8起,协调帮助申请法律援助案件15起。"$/);
  });

  it('shows at most --limit rows and says so', async () => {
    const limited = await run('figures', '--limit', '2', '--format', 'json');
    expect(json(limited)).toHaveLength(2);
    expect(limited.err).toContain('showing the first 2 figures; --limit 0 shows all');
  });

  it.each([
    [['--year', '24'], '--year takes a four-digit year, not "24"'],
    [['--year', '2021', '--from', '2020'], 'give --year, or --from and --to, not both'],
    [['--kind', 'plan'], '--kind takes one of target, actual, not "plan"'],
    [['法律咨询'], 'did you mean --q 法律咨询?'],
  ])('rejects %j', async (args, message) => {
    const { code, err } = await run('figures', ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('nianbao search', () => {
  it('finds sentences and marks the match', async () => {
    const found = await run('search', '法律咨询', '--format', 'json');
    expect(found.code).toBe(0);
    const hits = json<SentenceHit>(found);
    expect(hits.map((h) => h.snippet)).toContain('全年共提供【法律咨询】216人次,调解信访案件8起,协调帮助申请法律援助案件15起。');
    expect(hits.every((h) => h.snippet.includes('【法律咨询】'))).toBe(true);
  });

  it('prints a table of snippets, and CSV', async () => {
    expect((await run('search', '法律咨询', '--issuer', '许昌')).out).toContain('全年共提供【法律咨询】216人次');
    const csv = (await run('search', '优良天数', '--format', 'csv')).out;
    expect(csv.startsWith('\uFEFFreport,issuer,year,source,sentence,section,snippet,text\r\n')).toBe(true);
    expect(csv).toContain('【优良天数】');
  });

  it('needs a query', async () => {
    const { code, err } = await run('search');
    expect(code).toBe(2);
    expect(err).toContain('search needs a QUERY');
  });
});

describe('nianbao export', () => {
  const total = async (key: 'figures' | 'commitments' | 'problems') => (await reports()).reduce((sum, r) => sum + r[key], 0);

  it('writes every figure to a CSV file', async () => {
    const file = join(dir, 'figures.csv');
    const { code, err } = await run('export', '--format', 'csv', '--out', file);
    expect(code).toBe(0);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFreport,issuer,year,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength((await total('figures')) + 1);
    expect(err).toContain(`exported ${await total('figures')} figures to ${file}`);
  });

  it('writes commitments as JSON Lines and problems as one JSON array', async () => {
    const commitments = await run('export', '--what', 'commitments', '--format', 'jsonl');
    expect(commitments.code).toBe(0);
    expect(commitments.out.split('\n').filter(Boolean).map((line) => JSON.parse(line))).toHaveLength(await total('commitments'));
    const problems = json<{ keywords: string[] }>(await run('export', '--what', 'problems', '--format', 'json'));
    expect(problems).toHaveLength(await total('problems'));
    expect(problems.every((p) => Array.isArray(p.keywords))).toBe(true);
  });

  it('rejects a table and a file it cannot write', async () => {
    expect((await run('export', '--format', 'table')).code).toBe(2);
    const unwritable = await run('export', '--out', join(dir, 'no', 'such', 'folder.csv'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toContain('cannot be written (ENOENT)');
  });
});

describe('nianbao export --format jsonl, import and migrate', () => {
  const file = join(dir, 'library.jsonl');

  it('writes the library whole as JSON lines, which import reads into another library once', async () => {
    const exported = await run('export', '--format', 'jsonl', '--out', file);
    expect(exported.code).toBe(0);
    expect(exported.err).toBe(`nianbao: exported 3 reports to ${file}\n`);
    const other = join(dir, 'imported.db');
    const imported = await cli('import', file, '--db', other);
    expect(imported).toMatchObject({ code: 0, out: `import: 3 added, 0 already present, 0 reviews added, into ${other}\n` });
    expect(imported.err).toMatch(/^\[1\/3\] added #1 /);
    expect(json(await cli('list', '--format', 'json', '--db', other))).toEqual(await reports());
    const again = await cli('import', file, '--db', other);
    expect(again.out).toBe(`import: 0 added, 3 already present, 0 reviews added, into ${other}\n`);
  });

  it('stops an import at a bad line with one line: where, what is wrong, what to do', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${readFileSync(file, 'utf8').split('\n')[0]}\n{"report":\n`);
    const result = await cli('import', bad, '--db', join(dir, 'bad.db'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^nianbao: \S*bad\.jsonl line 2: is not JSON \([^\n]*\); [^\n]*export the library again[^\n]*\n$/);
  });

  it('migrate needs a postgres:// URL and a SQLite library that exists', async () => {
    expect((await run('migrate')).err).toContain('migrate needs --to postgres://');
    expect((await run('migrate', '--to', 'mysql://localhost/x')).err).toContain('must start with postgres://');
    const missing = await cli('migrate', '--to', 'postgres://nobody@127.0.0.1:1/x', '--db', join(dir, 'none.db'));
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('none.db: is not a SQLite library') });
  });
});

describe('nianbao reanalyze and delete', () => {
  it('reanalyses a report in place, keeping its id', async () => {
    const id = await idOf('xuchang-demo-zone-2021.txt');
    const before = (await reports()).find((r) => r.id === id)!;
    const { code, out } = await run('reanalyze', String(id));
    expect(code).toBe(0);
    expect(out).toBe(`reanalyze: 1 report, figures ${before.figures} → ${before.figures}\n`);
    const after = (await reports()).find((r) => r.id === id)!;
    expect(after).toMatchObject({ id, createdAt: before.createdAt, figures: before.figures });
    expect(after.analyzedAt > before.analyzedAt).toBe(true);
  });

  it('reanalyses every report, keeping manifest metadata', async () => {
    const { code, out } = await run('reanalyze');
    expect(code).toBe(0);
    expect(out).toMatch(/^reanalyze: 3 reports/);
    expect((await reports()).find((r) => r.source === 'state-council-gwr-2013.txt')).toMatchObject({ year: 2012 });
    expect((await run('reanalyze', '999')).code).toBe(2);
  });

  it('deletes a report and everything derived from it', async () => {
    const id = await idOf('yunnan-gwr-2025.txt');
    const deleted = await run('delete', String(id));
    expect(deleted.code).toBe(0);
    expect(deleted.out).toBe(`deleted report ${id}\n`);
    expect((await reports()).map((r) => r.id)).not.toContain(id);
    expect(json<FigureRow>(await run('figures', '--q', '法律咨询', '--format', 'json')).every((r) => r.report !== id)).toBe(true);
    const again = await run('delete', String(id));
    expect(again.code).toBe(2);
    expect(again.err).toContain(`report ${id}: is not in the library`);
  });
});
