// `npm run bench`, first part: speed figures, printed and written to
// bench/results.json, never asserted. In one process: analysis of the corpus
// against raw jieba `cut` of the same texts (the yardstick), the time of each
// stage, the pathological inputs (and their memory, each in a process of its
// own), compare of two ~80 KB reports; then ingest
// into temporary libraries with one worker and with one per core; then a
// server over that library answering figure and search requests from 50
// connections while uploads are analysed. `--quick`: a third of the corpus,
// one round and 3 s of load a route (for a loaded machine).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compare } from '../../src/compare/index.js';
import { readBuffer, readDocument } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { runTask } from '../../src/library/analysis-task.js';
import { ingestPaths } from '../../src/library/ingest.js';
import { AnalysisPool } from '../../src/library/pool.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { segment } from '../../src/segment/jieba.js';
import { openStore, sqliteLibrary } from '../../src/store/index.js';
import { packReport } from '../../src/store/packed.js';
import type { RawDocument } from '../../src/types.js';
import { WORST_CASES } from '../extract/worst-case.js';
import { type Memory, memoryInputs, nestedTags } from './memory.js';
import { FIGURE_QUERIES, load, type Load, rssMB, SEARCH_QUERIES, startServer, uploadWhile } from './http.js';

const quick = process.argv.includes('--quick');
const folder = 'corpus';
const ROUNDS = quick ? 1 : 3;
const LOAD_SECONDS = quick ? 3 : 10;
const CONNECTIONS = 50;
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${platform()} ${release()}`,
  // Other work on the machine slows every figure here: the load it had at the start.
  loadAverage: loadavg().map((value) => Number(value.toFixed(1))),
};
console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}${quick ? ' (--quick)' : ''}`);

const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;
/** CPU time (user + system, every thread of the process) since `since`, in ms: other work on the machine stretches wall time far more than this. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const round1 = (value: number) => Number(value.toFixed(1));
const round2 = (value: number) => Number(value.toFixed(2));

const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
const files = (quick ? names.filter((_, i) => i % 3 === 0) : names).map((name) => join(folder, name));
const stages = { read: 0, normalize: 0, structure: 0, segment: 0, extract: 0, store: 0 };
const docs: RawDocument[] = [];
for (const file of files) {
  const t0 = process.hrtime.bigint();
  docs.push(await readDocument(file));
  stages.read += ms(t0);
}
const megabytes = docs.reduce((sum, doc) => sum + doc.bytes, 0) / 1e6;

// Loads jieba's dictionaries before any clock runs.
analyzeDocument(docs[0]!);

// analyze against raw nodejieba `cut` of the same texts, in this process.
let figures = 0;
let started = process.hrtime.bigint();
let cpuStarted = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) for (const doc of docs) figures += analyzeDocument(doc).figures.length;
const analyzeSeconds = ms(started) / 1000 / ROUNDS;
const analyzeCpuMs = cpuMs(cpuStarted) / ROUNDS;
const jieba = createRequire(import.meta.url)('nodejieba') as { cut(text: string): string[] };
started = process.hrtime.bigint();
cpuStarted = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) for (const doc of docs) jieba.cut(doc.text);
const cutSeconds = ms(started) / 1000 / ROUNDS;
// The goal's ratio in CPU time too: on a loaded machine the wall-time ratio moved from 0.19 to 0.30 between runs of the same code.
const analyzeToCutCpu = round2(cpuMs(cpuStarted) / ROUNDS / analyzeCpuMs);
const analyzeMBps = round2(megabytes / analyzeSeconds);
const segmentCutMBps = round2(megabytes / cutSeconds);
console.log(`analyze: ${docs.length} reports, ${megabytes.toFixed(2)} MB, mean of ${ROUNDS} round(s)`);
console.log(`  ${analyzeMBps} MB/s (raw jieba cut of the same texts: ${segmentCutMBps} MB/s), ${((analyzeSeconds * 1000) / docs.length).toFixed(1)} ms a report`);
console.log(`  ${Math.round(figures / ROUNDS / analyzeSeconds)} figures/s (${figures / ROUNDS} figures)`);
console.log(`  CPU time: ${(analyzeCpuMs / docs.length).toFixed(1)} ms a report, ${analyzeToCutCpu} of raw cut's speed`);

// Stages: the pipeline stopped after each stage, the difference between
// stops; segmentation (which extraction starts with) timed on its own.
const until = (stage: 'normalize' | 'structure') =>
  docs.reduce((sum, doc) => {
    const t0 = process.hrtime.bigint();
    analyzeDocument(doc, { until: stage });
    return sum + ms(t0);
  }, 0);
const normalized = until('normalize');
const structured = until('structure');
// What a worker returns: the analysis and its words (search terms, tokens), so that saving is storage alone.
const jobs = [];
for (const document of docs) jobs.push(await runTask({ input: { document }, subject: document.name, overrides: {}, limits: DEFAULT_LIMITS, budget: { timeoutMs: 3_600_000, memoryMb: 8192 } }));
for (const { analysis } of jobs) {
  const t0 = process.hrtime.bigint();
  segment(analysis.text);
  stages.segment += ms(t0);
}
stages.normalize = normalized;
stages.structure = structured - normalized;
stages.extract = analyzeSeconds * 1000 - structured - stages.segment;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const stageStore = openStore(join(dir, 'stages.db'));
const saveCpu = process.cpuUsage();
jobs.forEach(({ analysis, ...source }, i) => {
  const t0 = process.hrtime.bigint();
  stageStore.saveReport(analysis, { ...source, bytes: readFileSync(files[i]!) });
  stages.store += ms(t0);
});
// One save, as the library's write thread makes it (in wall time and in CPU time, which other work on the machine stretches less).
const saveMsPerReport = { wall: round2(stages.store / jobs.length), cpu: round2(cpuMs(saveCpu) / jobs.length) };
stageStore.close();
// What saving costs the thread that answers reads, now that the library's
// write thread saves: the event loop's delay while the same reports are saved
// through it, a turn of the loop between saves as a server has between
// requests (the save itself is `stages.store` above).
// The reports are packed first, as the analysis workers pack them.
const packed = jobs.map(({ analysis, ...source }) => packReport({ analysis, source }));
const held = sqliteLibrary(join(dir, 'held.db'));
await held.deleteReport(0); // starts the write thread first
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
for (const [i, report] of packed.entries()) {
  await held.savePacked(report, readFileSync(files[i]!));
  await new Promise((resolve) => setImmediate(resolve));
}
delay.disable();
await held.close();
const delayMs = (ns: number) => round1(ns / 1e6);
const saveLoopDelayMs = { p50: delayMs(delay.percentile(50)), p99: delayMs(delay.percentile(99)), max: delayMs(delay.max) };
const stageMs = Object.fromEntries(Object.entries(stages).map(([stage, value]) => [stage, Math.round(value)]));
console.log(`stages, ms for the ${docs.length} reports: ${Object.entries(stageMs).map(([stage, value]) => `${stage} ${value}`).join(', ')}`);
console.log(`a save: ${saveMsPerReport.wall} ms, ${saveMsPerReport.cpu} ms of CPU`);
console.log(`event loop delay while they are saved in the write thread: p50 ${saveLoopDelayMs.p50} ms, p99 ${saveLoopDelayMs.p99} ms, max ${saveLoopDelayMs.max} ms`);

// Worst cases: a megabyte of texts that once made extraction quadratic, and 10 000 nested tags around a report's start.
const analyzeWorstCaseMs: Record<string, number> = {};
for (const [name, doc] of WORST_CASES) {
  const t0 = process.hrtime.bigint();
  analyzeDocument(doc);
  analyzeWorstCaseMs[name] = Math.round(ms(t0));
}
started = process.hrtime.bigint();
analyzeDocument(await readBuffer(nestedTags(), 'nested.html'));
analyzeWorstCaseMs['10 000 nested tags'] = Math.round(ms(started));
console.log(`worst cases (ms): ${Object.entries(analyzeWorstCaseMs).map(([name, value]) => `${name} ${value}`).join(', ')}`);

// Their memory, and a megabyte of an ordinary report's: each analysed as an
// analysis thread does, in a fresh process (memory.ts) that loaded jieba first.
// Read from /proc: on Linux only.
const analyzeWorstCaseMB: Record<string, Pick<Memory, 'added' | 'peak' | 'heap' | 'external'>> = {};
let analyzeBaseMB: Pick<Memory, 'start' | 'base'> | null = null;
for (const name of platform() === 'linux' ? memoryInputs().keys() : []) {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/bench/memory.ts', name], { encoding: 'utf8' });
  const { start, base, added, peak, heap, external } = JSON.parse(/^MEMORY (.*)$/m.exec(out)![1]!) as Memory;
  analyzeWorstCaseMB[name] = { added, peak, heap, external };
  analyzeBaseMB ??= { start, base };
}
if (analyzeBaseMB) console.log(`worst cases' memory (MB added to a process of ${analyzeBaseMB.base} MB with jieba loaded, ${analyzeBaseMB.start} MB before; its peak; V8's heap and external at their fullest):`);
for (const [name, { added, peak, heap, external }] of Object.entries(analyzeWorstCaseMB)) console.log(`  ${name}: +${added} MB, peak ${peak} MB, heap ${heap} MB, external ${external} MB`);

// compare: warmed up on one pair, then timed on a pair it has not seen (as a
// server meets a new request), then again on that pair.
const analysed = async (name: string) => analyzeDocument(await readDocument(join(folder, name)));
compare(await analysed('beijing-gwr-2025.txt'), await analysed('beijing-gwr-2026.txt'));
const [older, newer] = [await analysed('sichuan-gwr-2025.txt'), await analysed('sichuan-gwr-2026.txt')];
const timings: number[] = [];
for (let n = 0; n < 5; n++) {
  const t0 = process.hrtime.bigint();
  compare(older, newer);
  timings.push(ms(t0));
}
const compareMs = { newPair: Math.round(timings[0]!), samePair: Math.round([...timings.slice(1)].sort((a, b) => a - b)[2]!) };
console.log(`compare sichuan 2025 → 2026 (two ~80 KB reports): a new pair ${compareMs.newPair} ms, the same pair again ${compareMs.samePair} ms (median)`);

// Ingest: the files through the worker pool into a new library, once with
// one worker, once with one per core (threads started before the clock).
const ingestReportsPerSec: Record<string, number> = {};
/** The process's CPU time per report added (the pool's threads, the write thread and the main one): what two cores must share. */
const ingestCpuMsPerReport: Record<string, number> = {};
let library = '';
for (const threads of [1, availableParallelism()]) {
  const pool = new AnalysisPool({ threads });
  await Promise.all(Array.from({ length: threads }, () => pool.analyze({ input: { document: docs[0]! }, subject: 'warm-up', overrides: {}, limits: DEFAULT_LIMITS })));
  library = join(dir, `ingest-${threads}.db`);
  // As the CLI opens it: written in the library's write thread.
  const store = sqliteLibrary(library);
  await store.deleteReport(0); // starts the write thread before the clock, as the pool's
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const summary = await ingestPaths(store, files, { pool });
  const workers = threads === 1 ? 'oneWorker' : `${threads}Workers`;
  ingestReportsPerSec[workers] = round1(summary.added / (ms(t0) / 1000));
  ingestCpuMsPerReport[workers] = round1(cpuMs(cpu0) / summary.added);
  await store.close();
  await pool.close();
}
console.log(`ingest: ${Object.entries(ingestReportsPerSec).map(([workers, rate]) => `${rate} reports/s (${workers}, CPU ${ingestCpuMsPerReport[workers]} ms a report)`).join(', ')}`);

// Reads while uploads run: the last library served; two clients upload corpus
// files (made new by trailing blank lines) one after another the whole time.
const server = await startServer(library);
const uploads = uploadWhile(server.url, files);
const urls = (route: string, queries: string[]) => queries.map((q) => `${server.url}${route}?q=${encodeURIComponent(q)}`);
const loads: Record<string, Load> = {};
console.log(`reads during uploads: ${CONNECTIONS} connections, ${LOAD_SECONDS} s a route, ${docs.length} reports and more as uploads land`);
for (const [name, route, queries] of [
  ['figures', '/api/figures', FIGURE_QUERIES],
  ['search', '/api/search', SEARCH_QUERIES],
] as const) {
  const result = (loads[name] = await load(urls(route, queries), CONNECTIONS, LOAD_SECONDS));
  console.log(`  GET ${route}?q=…  ${result.rps} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (${result.requests} answered, ${result.failed} failed)`);
}
const uploaded = await uploads.stop();
const serverRssMB = rssMB(server.pid);
await server.stop();
rmSync(dir, { recursive: true, force: true });
console.log(`  ${uploaded} uploads analysed and stored meanwhile; server RSS ${serverRssMB.now} MB, peak ${serverRssMB.peak} MB`);

// bench/results.json holds every part's figures: this part writes its keys, the others stay.
const RESULTS = 'bench/results.json';
mkdirSync('bench', { recursive: true });
const results = (existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}) as Record<string, unknown>;
const byRoute = (key: keyof Load) => Object.fromEntries(Object.entries(loads).map(([route, result]) => [route, result[key]]));
Object.assign(results, {
  analyzeMBps,
  segmentCutMBps,
  analyzeToCutCpu,
  analyzeWorstCaseMs,
  analyzeWorstCaseMB,
  analyzeBaseMB,
  ingestReportsPerSec,
  ingestCpuMsPerReport,
  compareMs,
  apiRps: byRoute('rps'),
  apiP50Ms: byRoute('p50Ms'),
  apiP99Ms: byRoute('p99Ms'),
  apiDuringUploads: { connections: CONNECTIONS, seconds: LOAD_SECONDS, uploads: uploaded },
  serverRssMB,
  stages: stageMs,
  saveMsPerReport,
  saveLoopDelayMs,
  corpus: { reports: docs.length, megabytes: round1(megabytes), quick },
  machine,
  at: new Date().toISOString(),
});
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${RESULTS}`);
