// CPU a report of each step of an ingest outside the pool, in one thread:
// reading, analysis, cutWords, packing, unpacking (as the write thread does)
// and the save, with each SQL statement's share of the save (the COMMIT's too,
// with the full-text indexes' flush timed apart). Each round saves the corpus
// into a new library. CPU time, not wall: a profile's samples land on a
// COMMIT while the thread waits on the checkpoint's fsync or for a core.
//
//   npx tsx test/bench/stages.ts [ROUNDS] [--statements]
//
// Timing each statement costs the save some 4 ms a report of its own: the
// save's figure is the bare save's only without --statements.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readBuffer } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { cutWords } from '../../src/library/analysis-task.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { packReport, unpackReport } from '../../src/store/packed.js';

const args = process.argv.slice(2);
const rounds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3);
const byStatement = args.includes('--statements');
const files = readdirSync('corpus').filter((name) => name.endsWith('.txt')).sort();
const bytes = files.map((file) => new Uint8Array(readFileSync(join('corpus', file))));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU ms by SQL statement while `saving` is set; the FTS indexes flushed (and timed) before each COMMIT. */
function timedStatements(): { spent: Map<string, number>; saving: { on: boolean } } {
  const spent = new Map<string, number>();
  const saving = { on: false };
  const add = (key: string, since: number) => spent.set(key, (spent.get(key) ?? 0) + cpuMs() - since);
  const flushes = new WeakMap<Database.Database, Database.Statement[]>();
  const Statement = new Database(':memory:').prepare('SELECT 1').constructor as { prototype: Database.Statement };
  const run = Statement.prototype.run;
  Statement.prototype.run = function (this: Database.Statement, ...params: unknown[]) {
    if (!saving.on) return run.apply(this, params);
    if (this.source === 'COMMIT') {
      const db = this.database;
      if (!flushes.has(db)) flushes.set(db, ['sentence_words', 'label_pairs'].map((t) => db.prepare(`INSERT INTO ${t}(${t}) VALUES('flush')`)));
      for (const flush of flushes.get(db)!) {
        const since = cpuMs();
        run.apply(flush, []);
        add(`(COMMIT's part) ${flush.source}`, since);
      }
    }
    const since = cpuMs();
    try {
      return run.apply(this, params);
    } finally {
      add(this.source.replace(/\s+/g, ' ').trim().slice(0, 70), since);
    }
  } as typeof run;
  return { spent, saving };
}

const { spent, saving } = timedStatements();
const dir = mkdtempSync(join(tmpdir(), 'nianbao-stages-'));
for (let round = 1; round <= rounds; round++) {
  const steps: Record<string, number> = { read: 0, analyze: 0, cutWords: 0, pack: 0, unpack: 0, save: 0 };
  spent.clear();
  const store = openStore(join(dir, `${round}.db`));
  for (let i = 0; i < files.length; i++) {
    let since = cpuMs();
    const step = (name: string) => {
      const now = cpuMs();
      steps[name] = (steps[name] ?? 0) + now - since;
      since = now;
    };
    const document = { ...(await readBuffer(bytes[i]!, files[i]!, DEFAULT_LIMITS)), name: files[i]! };
    step('read');
    const analysis = analyzeDocument(document, { meta: {} });
    step('analyze');
    const cut = cutWords(analysis);
    step('cutWords');
    const packed = packReport({ analysis, source: { text: document.text, ...cut } });
    step('pack');
    const report = unpackReport(packed);
    step('unpack');
    saving.on = byStatement;
    store.saveReport(report.analysis, { ...report.source, bytes: bytes[i]! });
    saving.on = false;
    step('save');
  }
  store.close();
  const perReport = (ms: number) => (ms / files.length).toFixed(2);
  console.log(`round ${round} (load ${loadavg()[0]!.toFixed(1)}), ms of CPU a report: ${Object.entries(steps).map(([name, ms]) => `${name} ${perReport(ms)}`).join(', ')}`);
  for (const [sql, ms] of [...spent].sort(([, a], [, b]) => b - a).slice(0, 12)) console.log(`  ${perReport(ms)}  ${sql}`);
}
rmSync(dir, { recursive: true, force: true });
