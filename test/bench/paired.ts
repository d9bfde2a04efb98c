// Two versions of the code timed in one process, in CPU time, alternating
// report by report (or pair by pair, each round in the other order), so that
// the load of a shared machine falls on both alike: run one after the other,
// `npm run bench` moved more with the load than with the change.
//
//   npm run paired -- OTHER save|compare|analyze [ROUNDS]
//
// (tsx test/bench/paired.ts with V8's young generation at 48 MB, as npm start runs)
//
// OTHER is a folder holding the other version's src/ (`git archive main src |
// tar -x -C /tmp/main`), with corpus/ and node_modules/ linked beside it.
// save: the corpus's analyses (as the analysis worker returns them, made once
// by this tree) saved into a new library for each version, its closing
// checkpoint counted, and the library's size a report; compare: the 88
// adjacent corpus pairs, each version reading both reports from its own
// library of the corpus and comparing them, as a server does (reading timed
// too); analyze: each corpus report.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDocument } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { type Analysed, runTask } from '../../src/library/analysis-task.js';

const [other, what, rounds = '2'] = process.argv.slice(2);
if (!other || !['save', 'compare', 'analyze'].includes(what ?? '')) {
  console.error('usage: npm run paired -- OTHER save|compare|analyze [ROUNDS]');
  process.exit(2);
}
const trees = { this: resolve('.'), other: resolve(other) };
type Version = keyof typeof trees;
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');

const folder = 'corpus';
const files = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name));
const docs = await Promise.all(files.map((file) => readDocument(file)));

/**
 * For i < count, both versions: `prepare(version, i)` outside the clock, then the
 * work it returns timed, in CPU ms; `after` (timed too) ends each round.
 */
function paired(count: number, prepare: (version: Version, i: number) => () => void, after?: (version: Version) => void): void {
  const total = { this: 0, other: 0 };
  const timed = (version: Version, work: () => void) => {
    const since = process.cpuUsage();
    work();
    const { user, system } = process.cpuUsage(since);
    total[version] += (user + system) / 1000;
  };
  const mean = (version: Version, from: Record<Version, number>, rounds: number) => ((total[version] - from[version]) / rounds / count).toFixed(2);
  for (let round = 0; round < Number(rounds); round++) {
    const before = { ...total };
    for (let i = 0; i < count; i++) {
      const order: Version[] = (round + i) % 2 === 0 ? ['this', 'other'] : ['other', 'this'];
      for (const version of order) timed(version, prepare(version, i));
    }
    if (after) for (const version of ['this', 'other'] as const) timed(version, () => after(version));
    console.log(`round ${round + 1}: this ${mean('this', before, 1)} ms, other ${mean('other', before, 1)} ms of CPU a ${what === 'compare' ? 'pair' : 'report'} (load ${load()})`);
  }
  const none = { this: 0, other: 0 };
  console.log(`mean: this ${mean('this', none, Number(rounds))} ms, other ${mean('other', none, Number(rounds))} ms`);
}

console.log(`${what}: this tree (${trees.this}) against ${trees.other}, load ${load()}`);
if (what === 'analyze') {
  const pipelines = {
    this: await import(`${trees.this}/src/pipeline.ts`),
    other: await import(`${trees.other}/src/pipeline.ts`),
  } as Record<Version, typeof import('../../src/pipeline.js')>;
  // Loads each version's dictionaries before any clock runs.
  for (const version of ['this', 'other'] as const) pipelines[version].analyzeDocument(docs[0]!);
  paired(docs.length, (version, i) => () => pipelines[version].analyzeDocument(docs[i]!));
} else {
  const jobs: Analysed[] = [];
  for (const document of docs) {
    jobs.push(await runTask({ input: { document }, subject: document.name, overrides: {}, limits: DEFAULT_LIMITS, budget: { timeoutMs: 3_600_000, memoryMb: 8192 } }));
  }
  const stores = {
    this: await import(`${trees.this}/src/store/index.ts`),
    other: await import(`${trees.other}/src/store/index.ts`),
  } as Record<Version, typeof import('../../src/store/index.js')>;
  const bytes = files.map((file) => readFileSync(file));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-paired-'));
  if (what === 'save') {
    const open: Partial<Record<Version, ReturnType<typeof stores.this.openStore>>> = {};
    const sizes: Record<Version, number[]> = { this: [], other: [] };
    let library = 0;
    paired(
      jobs.length,
      (version, i) => {
        // A new library each round, opened outside the clock.
        const store = (open[version] ??= stores[version].openStore(join(dir, `${version}-${library++}.db`)));
        const { analysis, ...source } = jobs[i]!;
        return () => store.saveReport(analysis, { ...source, bytes: bytes[i]! });
      },
      // Closing checkpoints what the WAL still holds: part of what the saves cost.
      (version) => {
        open[version]!.close();
        sizes[version].push(statSync(open[version]!.path).size);
        delete open[version];
      },
    );
    const kb = (version: Version) => (sizes[version].at(-1)! / jobs.length / 1024).toFixed(1);
    console.log(`library size a report: this ${kb('this')} KB, other ${kb('other')} KB`);
  } else {
    const compares = {
      this: await import(`${trees.this}/src/compare/index.ts`),
      other: await import(`${trees.other}/src/compare/index.ts`),
    } as Record<Version, typeof import('../../src/compare/index.js')>;
    // Each version's own library of the corpus, saved as ingest saves it.
    const libraries = Object.fromEntries(
      (['this', 'other'] as const).map((version) => {
        const store = stores[version].openStore(join(dir, `${version}.db`));
        const ids = jobs.map(({ analysis, ...source }, i) => store.saveReport(analysis, { ...source, bytes: bytes[i]! }).id);
        return [version, { store, ids }];
      }),
    ) as Record<Version, { store: ReturnType<typeof stores.this.openStore>; ids: number[] }>;
    const read = (version: Version, i: number) => libraries[version].store.getReport(libraries[version].ids[i]!)!.analysis;
    // Warms each version up (and loads its dictionaries) on one pair.
    for (const version of ['this', 'other'] as const) compares[version].compare(read(version, 0), read(version, 1));
    paired(jobs.length - 1, (version, i) => () => compares[version].compare(read(version, i), read(version, i + 1)));
    for (const { store } of Object.values(libraries)) store.close();
  }
  rmSync(dir, { recursive: true, force: true });
}
