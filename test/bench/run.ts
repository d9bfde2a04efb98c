// `npm run bench`: speed figures, printed, never asserted. Analyses the whole
// corpus in one process (after one warm-up pass that loads jieba's dictionaries).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../../src/ingest/index.js';
import { compare } from '../../src/compare/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { RawDocument } from '../../src/types.js';
import { WORST_CASES } from '../extract/worst-case.js';

const folder = process.argv[2] ?? 'corpus';
const files = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
const docs: RawDocument[] = [];
for (const name of files) docs.push(await readDocument(join(folder, name)));
const megabytes = docs.reduce((sum, doc) => sum + doc.bytes, 0) / 1e6;

analyzeDocument(docs[0]!);
const rounds = 3;
let figures = 0;
const started = process.hrtime.bigint();
for (let round = 0; round < rounds; round++) {
  for (const doc of docs) figures += analyzeDocument(doc).figures.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9 / rounds;

console.log(`analyze: ${docs.length} reports, ${megabytes.toFixed(2)} MB, mean of ${rounds} rounds`);
console.log(`  ${(megabytes / seconds).toFixed(2)} MB/s`);
console.log(`  ${Math.round(figures / rounds / seconds)} figures/s (${figures / rounds} figures)`);
console.log(`  ${((seconds * 1000) / docs.length).toFixed(1)} ms per report`);
console.log(`  heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

// compare: warmed up on one pair, then timed on a pair it has not seen (as a
// server meets a new request), then again on that pair.
const analysed = (name: string) => analyzeDocument(docs.find((d) => d.name === name)!);
compare(analysed('beijing-gwr-2025.txt'), analysed('beijing-gwr-2026.txt'));
const [older, newer] = [analysed('sichuan-gwr-2025.txt'), analysed('sichuan-gwr-2026.txt')];
const timings: number[] = [];
for (let round = 0; round < 5; round++) {
  const t0 = process.hrtime.bigint();
  compare(older!, newer!);
  timings.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const kb = (name: string) => (docs.find((d) => d.name === name)!.bytes / 1024).toFixed(0);
console.log(`compare: sichuan 2025 (${kb('sichuan-gwr-2025.txt')} KB) → 2026 (${kb('sichuan-gwr-2026.txt')} KB)`);
console.log(`  a new pair ${timings[0]!.toFixed(0)} ms, the same pair again: median ${[...timings.slice(1)].sort((a, b) => a - b)[2]!.toFixed(0)} ms`);

// Worst cases: a megabyte of texts that once made extraction quadratic.
const worst = WORST_CASES.map(([name, doc]) => {
  const t0 = process.hrtime.bigint();
  analyzeDocument(doc);
  return [name, Number(process.hrtime.bigint() - t0) / 1e6] as const;
});
console.log(`worst cases: ${worst.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ')}`);
console.log(`  analyzeWorstCaseMs ${Math.max(...worst.map(([, ms]) => ms)).toFixed(0)}`);
