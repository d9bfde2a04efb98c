// `npm run bench`: speed figures, printed, never asserted. Analyses the whole
// corpus in one process (after one warm-up pass that loads jieba's dictionaries).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { RawDocument } from '../../src/types.js';

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
