// `npm run bench`, second part: query speed over a large library, printed,
// never asserted. Builds a library of 10 000 reports in a temporary folder by
// saving the corpus analyses again and again under other issuer names and
// years, then times the queries the CLI runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuffer } from '../../src/ingest/index.js';
import { FIGURE_COLUMNS } from '../../src/output/columns.js';
import { render } from '../../src/output/render.js';
import { displayWidth } from '../../src/output/table.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { segment } from '../../src/segment/jieba.js';
import { type FigureFilter, openStore, type Store } from '../../src/store/index.js';
import type { Analysis, Token } from '../../src/types.js';

const REPORTS = Number(process.argv[2] ?? 10_000);
const folder = 'corpus';

const sources: Array<{ analysis: Analysis; bytes: Uint8Array; text: string }> = [];
for (const name of (await readdir(folder)).filter((file) => file.endsWith('.txt')).sort()) {
  const bytes = await readFile(join(folder, name));
  const document = await readBuffer(bytes, name);
  sources.push({ analysis: analyzeDocument(document), bytes, text: document.text });
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
let store: Store = openStore(path, { segment: memoSegment });
let started = process.hrtime.bigint();
for (let n = 0; n < REPORTS; n++) {
  const { analysis, bytes, text } = sources[n % sources.length]!;
  const copy = Math.floor(n / sources.length);
  const issuer = copy === 0 ? analysis.meta.issuer : `${analysis.meta.issuer ?? '某地'}（样本${copy}）`;
  store.saveReport(
    {
      ...analysis,
      source: { ...analysis.source, sha256: `${analysis.source.sha256.slice(0, 56)}${String(copy).padStart(8, '0')}` },
      meta: { ...analysis.meta, issuer, year: (analysis.meta.year ?? 2000) - (copy % 20) },
    },
    { bytes, text },
  );
}
const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
store.close();
store = openStore(path, { segment: memoSegment });

/** Median of seven runs of `run`, which returns how many rows it got. */
function time(name: string, run: () => number): void {
  const rounds = 7;
  const times: number[] = [];
  let rows = 0;
  for (let round = 0; round < rounds; round++) {
    started = process.hrtime.bigint();
    rows = run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const label = `${name}${' '.repeat(Math.max(1, 52 - displayWidth(name)))}`;
  console.log(`  ${label}${times[rounds >> 1]!.toFixed(1).padStart(7)} ms  (fastest ${times[0]!.toFixed(1)}, slowest ${times.at(-1)!.toFixed(1)}; ${rows} rows)`);
}

const figures = (filter: FigureFilter) => () => store.queryFigures(filter).length;
console.log(`library: ${REPORTS} reports, built in ${buildSeconds.toFixed(0)} s; median of 7 runs`);
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
rmSync(dir, { recursive: true, force: true });
