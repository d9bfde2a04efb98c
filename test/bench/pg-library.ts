// `npm run bench`, PostgreSQL reads: p50 and p99 of `GET /api/figures?q=` and
// `/api/search?q=` from 50 connections, on a library of REPORTS reports in a
// throwaway cluster (pg-cluster.ts; skipped, saying so, without PostgreSQL's
// binaries). The corpus is saved through the store as ingest saves it; the
// rest are copies made in SQL, as the SQLite bench (library.ts) makes its
// copies through the store: other issuer names and years, every derived row
// and index entry as the corpus report's. The copies leave out their report
// text and source file, which neither route reads. Arguments: the number of
// reports (10 000, as the SQLite bench) and the seconds of load per route (10).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readBuffer } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { segment } from '../../src/segment/jieba.js';
import { DERIVED } from '../../src/store/queries.js';
import { openPgStore } from '../../src/store/pg/index.js';
import type { Token } from '../../src/types.js';
import { pgUnavailable, startCluster } from '../store/pg-cluster.js';
import { startServer, timeReads } from './http.js';

const REPORTS = Number(process.argv[2] ?? 10_000);
const LOAD_SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = 50;
/** Copies of the corpus made by one statement a table. */
const COPIES_A_STATEMENT = 5;

const unavailable = pgUnavailable();
if (unavailable) {
  console.log(`PostgreSQL reads skipped: ${unavailable}`);
  process.exit(0);
}

const words = new Map<string, Token[]>();
function memoSegment(text: string): Token[] {
  let tokens = words.get(text);
  if (!tokens) words.set(text, (tokens = segment(text)));
  return tokens;
}

const cluster = await startCluster();
try {
  const url = await cluster.database();
  const started = process.hrtime.bigint();
  const store = await openPgStore(url, { segment: memoSegment });
  const names = (await readdir('corpus')).filter((file) => file.endsWith('.txt')).sort();
  for (const name of names.slice(0, REPORTS)) {
    const bytes = await readFile(join('corpus', name));
    const document = await readBuffer(bytes, name);
    await store.saveReport(analyzeDocument(document), { bytes, text: document.text });
  }
  await store.close();
  const corpus = Math.min(names.length, REPORTS);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await copyCorpus(client, corpus, REPORTS);
  await client.query('VACUUM ANALYZE');
  await client.end();
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`PostgreSQL library: ${REPORTS} reports (${corpus} saved through the store, the rest copied in SQL), built in ${buildSeconds.toFixed(0)} s`);

  // The benchmark's server (serve.ts) takes the library from NIANBAO_DATABASE_URL when given no file.
  process.env.NIANBAO_DATABASE_URL = url;
  const server = await startServer('');
  const { firstMs, loads } = await timeReads(server, CONNECTIONS, LOAD_SECONDS);
  await server.stop();

  const RESULTS = 'bench/results.json';
  mkdirSync('bench', { recursive: true });
  const results = (existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}) as Record<string, unknown>;
  const byRoute = (key: 'rps' | 'p50Ms' | 'p99Ms') => Object.fromEntries(Object.entries(loads).map(([name, result]) => [name, result[key]]));
  results.pgReads = {
    reports: REPORTS,
    buildSeconds: Math.round(buildSeconds),
    connections: CONNECTIONS,
    apiRps: byRoute('rps'),
    apiP50Ms: byRoute('p50Ms'),
    apiP99Ms: byRoute('p99Ms'),
    apiFirstMs: firstMs,
    loadAverage: loadavg().map((load) => Number(load.toFixed(1))),
    cpus: cpus().length,
    at: new Date().toISOString(),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${RESULTS} (key "pgReads")`);
} finally {
  cluster.stop();
}

/**
 * Reports `corpus + 1` … `total` as copies of reports 1 … `corpus`: copy k of
 * report r is report k·corpus + r, its issuer `name（样本k）`, its year k % 20
 * years earlier, its sha256 ending in k, as library.ts makes them.
 */
async function copyCorpus(client: pg.Client, corpus: number, total: number): Promise<void> {
  const derived = new Map<string, string[]>();
  for (const table of DERIVED) {
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'report_id' ORDER BY ordinal_position`,
      [table],
    );
    derived.set(table, rows.map((row) => row.column_name));
  }
  // Indexes other than the keys are dropped for the copies and made again after: one build, not millions of updates.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [['reports', ...DERIVED]],
  );
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  const copies = Math.ceil(total / corpus);
  // $1, $2: the first and last copy; $3 the corpus size; $4 the last report wanted.
  const copiesOf = (alias: string, reportColumn: string) =>
    `${alias} CROSS JOIN generate_series($1::integer, $2::integer) AS k WHERE ${reportColumn} <= $3 AND k * $3 + ${reportColumn} <= $4`;
  const issuerName = `coalesce(r.issuer, '某地') || '（样本' || k || '）'`;
  for (let first = 1; first < copies; first += COPIES_A_STATEMENT) {
    const values = [first, Math.min(copies - 1, first + COPIES_A_STATEMENT - 1), corpus, total];
    await client.query('BEGIN');
    await client.query(`INSERT INTO issuers (name) SELECT DISTINCT ${issuerName} FROM reports ${copiesOf('r', 'r.id')} ON CONFLICT DO NOTHING`, values);
    await client.query(
      `INSERT INTO reports (id, sha256, source_name, format, encoding, title, issuer, issuer_id, year, issued_date, kind, overrides, created_at, analyzed_at, text)
       SELECT k * $3 + r.id, left(r.sha256, 56) || lpad(k::text, 8, '0'), r.source_name, r.format, r.encoding, r.title, ${issuerName},
         (SELECT id FROM issuers WHERE name = ${issuerName}), coalesce(r.year, 2000) - k % 20, r.issued_date, r.kind, r.overrides,
         r.created_at, r.analyzed_at, ''
       FROM reports ${copiesOf('r', 'r.id')}`,
      values,
    );
    for (const [table, columns] of derived) {
      const list = columns.join(', ');
      await client.query(`INSERT INTO ${table} (report_id, ${list}) SELECT k * $3 + t.report_id, ${columns.map((c) => `t.${c}`).join(', ')} FROM ${table} ${copiesOf('t', 't.report_id')}`, values);
    }
    await client.query('COMMIT');
    process.stderr.write(`\r  copied ${Math.min(total, (values[1]! + 1) * corpus)} of ${total} reports`);
  }
  process.stderr.write('\n');
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const { definition } of indexes) await client.query(definition);
  await client.query(`SELECT setval(pg_get_serial_sequence('reports', 'id'), $1)`, [total]);
}
