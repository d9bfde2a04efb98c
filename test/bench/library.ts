// `npm run bench`, second part: read speed, printed, never asserted. Saves the
// corpus into a library in a temporary folder and times compare and series
// over HTTP, cold and from the cache; then fills the library up to 10 000
// reports (the corpus analyses again and again under other issuer names and
// years), times the queries the CLI runs, and loads a listening server with
// figure and search requests from 50 connections while two clients upload.
// Arguments: the number of reports (10 000) and the seconds of load per route (10).
// NIANBAO_BENCH_LIBRARY=FILE keeps the filled library in FILE, and a later run
// starts from a copy of it instead of filling one again (minutes under load),
// so that runs before and after a change read the same library.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { readBuffer } from '../../src/ingest/index.js';
import { FIGURE_COLUMNS } from '../../src/output/columns.js';
import { render } from '../../src/output/render.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { segment, tokensOf } from '../../src/segment/jieba.js';
import { packTokens } from '../../src/segment/packed.js';
import { type FigureFilter, openStore, type Store } from '../../src/store/index.js';
import type { Analysis, Token } from '../../src/types.js';
import { type Load, median, round, startServer, timedGet, timeReads } from './http.js';

const REPORTS = Number(process.argv[2] ?? 10_000);
const LOAD_SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = 50;
const folder = 'corpus';

const sources: Array<{ path: string; analysis: Analysis; bytes: Uint8Array; text: string; tokens: Uint8Array }> = [];
for (const name of (await readdir(folder)).filter((file) => file.endsWith('.txt')).sort()) {
  const path = join(folder, name);
  const bytes = await readFile(path);
  const document = await readBuffer(bytes, name);
  const analysis = analyzeDocument(document);
  // The tokens kept as ingest keeps them, so that a comparison reads them rather than cutting the texts again.
  sources.push({ path, analysis, bytes, text: document.text, tokens: packTokens(tokensOf(analysis)) });
}

// Copies repeat the corpus sentences, so their words are segmented once.
const words = new Map<string, Token[]>();
function memoSegment(text: string): Token[] {
  let tokens = words.get(text);
  if (!tokens) words.set(text, (tokens = segment(text)));
  return tokens;
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const path = join(dir, 'library.db');
const keptLibrary = process.env.NIANBAO_BENCH_LIBRARY;
const reuse = keptLibrary !== undefined && existsSync(keptLibrary);
if (reuse) copyFileSync(keptLibrary, path);
let store: Store = openStore(path, { segment: memoSegment });
let started = process.hrtime.bigint();
/** Saves reports number `from` to `to` (exclusive): copy 0 is the corpus as it is. */
function fill(from: number, to: number): number[] {
  const ids: number[] = [];
  for (let n = from; n < to; n++) {
    const { analysis, bytes, text, tokens } = sources[n % sources.length]!;
    const copy = Math.floor(n / sources.length);
    const issuer = copy === 0 ? analysis.meta.issuer : `${analysis.meta.issuer ?? '某地'}（样本${copy}）`;
    const saved = store.saveReport(
      {
        ...analysis,
        source: { ...analysis.source, sha256: `${analysis.source.sha256.slice(0, 56)}${String(copy).padStart(8, '0')}` },
        meta: { ...analysis.meta, issuer, year: (analysis.meta.year ?? 2000) - (copy % 20) },
      },
      { bytes, text, tokens },
    );
    ids.push(saved.id);
  }
  return ids;
}


// compare and series over HTTP on the corpus library (what `npm start` serves):
// the first request computes, the next ones are answered from the cache. A
// pair of other reports first loads jieba's dictionaries into the server. Not
// on a kept library: its series are the whole library's copies, its comparisons cached.
async function compareOverHttp(corpusIds: number[]) {
  const idOf = (name: string) => corpusIds[sources.findIndex((s) => s.analysis.source.name === name)]!;
  const server = await startServer(path);
  await timedGet(`${server.url}/api/compare?from=${idOf('beijing-gwr-2025.txt')}&to=${idOf('beijing-gwr-2026.txt')}`);
  const pair = `${server.url}/api/compare?from=${idOf('sichuan-gwr-2025.txt')}&to=${idOf('sichuan-gwr-2026.txt')}`;
  const compareMs = { cold: round(await timedGet(pair)), warm: 0 };
  const compareWarm: number[] = [];
  for (let n = 0; n < 5; n++) compareWarm.push(await timedGet(pair));
  compareMs.warm = round(median(compareWarm));
  const seriesUrl = `${server.url}/api/series/${encodeURIComponent('国务院')}`;
  const seriesReports = ((await (await fetch(`${server.url}/api/reports?issuer=${encodeURIComponent('国务院')}&limit=1`)).json()) as { total: number }).total;
  const seriesColdMs = round(await timedGet(seriesUrl));
  const seriesWarm: number[] = [];
  for (let n = 0; n < 3; n++) seriesWarm.push(await timedGet(seriesUrl));
  const seriesWarmMs = round(median(seriesWarm));
  await server.stop();
  console.log(`compare and series over HTTP, ${corpusIds.length} reports (the corpus)`);
  console.log(`  compare sichuan 2025 → 2026 (two ~80 KB reports): cold ${compareMs.cold} ms, cached ${compareMs.warm} ms (median of 5)`);
  console.log(`  series 国务院 (${seriesReports} reports): cold ${seriesColdMs} ms, cached ${seriesWarmMs} ms (median of 3)`);
  return { seriesReports, seriesColdMs, seriesWarmMs, compareMs };
}
const overHttp = reuse ? {} : await compareOverHttp(fill(0, Math.min(REPORTS, sources.length)));

if (!reuse) fill(sources.length, REPORTS);
const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
store.close();
if (keptLibrary !== undefined && !reuse) copyFileSync(path, keptLibrary);
store = openStore(path, { segment: memoSegment });

/**
 * The first run of `run` (what one CLI command costs: a new process keeps
 * nothing) and the median of six more (what a server answers from what it
 * kept); `run` returns how many rows it got.
 */
function time(name: string, run: () => number): void {
  const times: number[] = [];
  let rows = 0;
  for (let round = 0; round < 7; round++) {
    started = process.hrtime.bigint();
    rows = run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const [first, ...again] = times;
  const label = `${name}${' '.repeat(Math.max(1, 52 - stringWidth(name)))}`;
  console.log(`  ${label}${first!.toFixed(1).padStart(7)} ms first, ${median(again).toFixed(1)} ms again (median of 6; ${rows} rows)`);
}

const figures = (filter: FigureFilter) => () => store.queryFigures(filter).length;
console.log(`library: ${REPORTS} reports, ${reuse ? `copied from ${keptLibrary}` : `built in ${buildSeconds.toFixed(0)} s`}`);
time('figures --q 法律咨询', figures({ q: '法律咨询' }));
time('figures --q 法律咨询, printed as a table', () => {
  const rows = store.queryFigures({ q: '法律咨询', limit: 1001 });
  render(rows, FIGURE_COLUMNS, 'table');
  return rows.length;
});
time('figures --q 咨询 --limit 1000', figures({ q: '咨询', limit: 1001 }));
time('figures --q 优良天数 --issuer 北京 --from 1990 --to 2024', figures({ q: '优良天数', issuer: '北京', from: 1990, to: 2024 }));
time('figures --unit 人次 --kind target --limit 1000', figures({ unit: '人次', modality: 'target', limit: 1001 }));
time('figures --issuer 许昌 (a whole series)', figures({ issuer: '许昌' }));
time('search 法律咨询', () => store.searchSentences('法律咨询').length);
time('list', () => store.listReports().length);
store.close();

// Reads during uploads: a listening server, 50 connections each sending its
// next request when the last is answered, while two clients upload corpus files.
const server = await startServer(path);
const { firstMs, loads, uploaded } = await timeReads(server, CONNECTIONS, LOAD_SECONDS, sources.map(({ path }) => path));
await server.stop();
rmSync(dir, { recursive: true, force: true });

// bench/results.json holds every part's figures: this part writes its own key.
const RESULTS = 'bench/results.json';
mkdirSync('bench', { recursive: true });
const results = (existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}) as Record<string, unknown>;
const byRoute = (key: keyof Load) => Object.fromEntries(Object.entries(loads).map(([name, result]) => [name, result[key]]));
results.reads = {
  // A kept library's run leaves compare and series as the last run that filled one measured them.
  ...(results.reads as object | undefined),
  reports: REPORTS,
  connections: CONNECTIONS,
  apiRps: byRoute('rps'),
  apiP50Ms: byRoute('p50Ms'),
  apiP99Ms: byRoute('p99Ms'),
  apiFirstMs: firstMs,
  uploads: uploaded,
  ...overHttp,
  // Other work on the machine slows every figure here: the load it had.
  loadAverage: loadavg().map((load) => Number(load.toFixed(1))),
  cpus: cpus().length,
  at: new Date().toISOString(),
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${RESULTS} (key "reads")`);
