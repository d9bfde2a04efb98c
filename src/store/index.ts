// The library's SQLite store: the only module that imports better-sqlite3.
// One database file in WAL mode (readers never wait for the writer), foreign
// keys on so that deleting a report deletes everything derived from it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { InputError } from '../errors.js';
import { segment as jieba } from '../segment/jieba.js';
import { comparisons } from './comparisons.js';
import { figures } from './figures.js';
import { issuers } from './issuers.js';
import { migrate } from './migrations.js';
import { savingPacked } from './packed.js';
import { pages, type WriteEffect } from './pages.js';
import { records } from './records.js';
import { reports } from './reports.js';
import { reviews } from './reviews.js';
import { searchSentences, sentenceChunks } from './search.js';
import { labelTerms, type Segmenter, sentenceTerms } from './terms.js';
import { type AsyncStore, type Store, STREAMED, type Streamed } from './types.js';
import { StoreWriter, THREAD_WRITES } from './writer.js';

export type * from './types.js';

const DEFAULT_DB_PATH = 'data/nianbao.db';
const BUSY_TIMEOUT_MS = 60_000;

/** The database a command uses: --db, else NIANBAO_DB, else data/nianbao.db. */
export function resolveDbPath(given?: string, env: NodeJS.ProcessEnv = process.env): string {
  return given || env.NIANBAO_DB || DEFAULT_DB_PATH;
}

export interface StoreOptions {
  /** Word segmentation for the sentence index; jieba unless a caller (the benchmark) memoises it. */
  segment?: Segmenter;
}

function connect(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  // A writer waits this long for another (a CLI ingest beside the server) before giving up.
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    toWal(db);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new InputError('NOT_A_DATABASE', path, 'is not a SQLite database');
    }
    throw error;
  }
  db.pragma('foreign_keys = ON');
  // In WAL mode NORMAL loses no committed transaction on a process crash, only
  // possibly the last ones on a power cut, and never corrupts the file.
  db.pragma('synchronous = NORMAL');
  // Queries read rows all over a large file (each report's rows sit between
  // its source's pages): mapped, a read is a memory access, not a copy.
  db.pragma('mmap_size = 17179869184');
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * WAL mode, waiting for another writer. Turning a new file (still in rollback mode) to WAL needs
 * its exclusive lock, and SQLite answers BUSY at once, without the busy timeout, while another
 * process holds a write lock on it: two ingests creating one library at once met this.
 */
function toWal(db: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(WAIT, 0, 0, WAL_RETRY_MS);
    }
  }
}
const WAL_RETRY_MS = 20;
const WAIT = new Int32Array(new SharedArrayBuffer(4));

/** The database at `path`, brought to the latest schema step. */
function connectMigrated(path: string, segment: Segmenter): Database.Database {
  const db = connect(path);
  // Migrations index the rows of older databases through these.
  db.function('nianbao_sentence_terms', { deterministic: true }, (text) => sentenceTerms(String(text), segment));
  db.function('nianbao_label_terms', { deterministic: true }, (label) => labelTerms(String(label)));
  try {
    migrate(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Writes through the listings' budget (kept pages merged or dropped by what the write did). */
function writers(matchPages: ReturnType<typeof pages>, reportRows: ReturnType<typeof reports>, issuerRows: ReturnType<typeof issuers>) {
  // A write that failed was rolled back, the words it added to the vocabulary too (reports.ts).
  const write = <R>(run: () => R, effect: (result: R) => WriteEffect): R => {
    try {
      return matchPages.write(run, effect);
    } catch (error) {
      reportRows.forgetWords();
      throw error;
    }
  };

  const saveReport: Store['saveReport'] = (analysis, source, overrides = {}, uploader = null) => {
    // A new report's rows are merged into kept listings, unless saving it renamed an issuer.
    const renamed = issuerRows.renamed();
    return write(
      () => reportRows.save(analysis, source, overrides, uploader),
      () => (issuerRows.renamed() === renamed ? 'added reports' : 'other'),
    );
  };

  return { write, saveReport };
}

export function openStore(path: string, options: StoreOptions = {}): Store {
  const segment = options.segment ?? jieba;
  const db = connectMigrated(path, segment);
  const issuerRows = issuers(db);
  const reportRows = reports(db, issuerRows, segment);
  // Figure and search listings keep their ordered matches in one budget.
  const matchPages = pages(db);
  const figureRows = figures(db, matchPages);
  const reviewRows = reviews(db);
  const comparisonRows = comparisons(db);
  const recordRows = records(db, reportRows, reviewRows);
  const { write, saveReport } = writers(matchPages, reportRows, issuerRows);
  const other = () => 'other' as const;
  return {
    path,
    saveReport,
    savePacked: savingPacked(saveReport),
    findBySha256: reportRows.findBySha256,
    getReport: reportRows.get,
    getSummary: reportRows.summary,
    getSource: reportRows.source,
    replaceAnalysis: (id, analysis, cut) => write(() => reportRows.replace(id, analysis, cut), other),
    listReports: (filter = {}) => reportRows.list(filter),
    countReports: (filter = {}) => reportRows.count(filter),
    reportChunks: reportRows.chunks,
    deleteReport: (id) => write(() => reportRows.delete(id), other),
    listIssuers: issuerRows.list,
    addIssuerAlias: (alias, name) => write(() => issuerRows.addAlias(alias, name), other),
    queryFigures: (filter = {}) => figureRows.query(filter),
    measureCounts: figureRows.measureCounts,
    listCommitments: figureRows.commitmentsOf,
    listProblems: figureRows.problemsOf,
    listDiagnostics: reportRows.diagnostics,
    searchSentences: (query, filter = {}) => searchSentences(db, matchPages, segment, query, filter),
    figureChunks: figureRows.chunks,
    sentenceChunks: (query, filter, size) => sentenceChunks(db, matchPages, segment, query, filter, size),
    exportRows: figureRows.export,
    addLinkReview: reviewRows.addLink,
    linkReviews: reviewRows.links,
    addCommitmentReview: reviewRows.addCommitment,
    commitmentReviews: reviewRows.commitments,
    reportIds: recordRows.ids,
    getRecord: recordRows.get,
    restoreRecord: (record, cut) => write(() => recordRows.restore(record, cut), other),
    getAnchors: comparisonRows.anchors,
    cachedComparison: comparisonRows.cached,
    cacheComparison: comparisonRows.cache,
    close: () => {
      matchPages.close();
      db.close();
    },
  };
}

/**
 * The SQLite store behind the promise interface that the application layer
 * and the routes use; with a `writer`, its writes run in the writer's thread
 * (writer.ts), and closing waits for them.
 */
export function asyncStore(store: Store, writer?: StoreWriter): AsyncStore {
  const wrapped: Record<string, unknown> = { path: store.path };
  for (const [name, method] of Object.entries(store)) {
    if (typeof method !== 'function') continue;
    const call = method as (...a: unknown[]) => unknown;
    if (CHUNKED.includes(name)) wrapped[name] = breathing(call);
    else if ((STREAMED as readonly string[]).includes(name)) {
      wrapped[name] = async function* (...args: unknown[]) {
        yield* call(...args) as Iterable<unknown>;
      };
    } else wrapped[name] = async (...args: unknown[]) => call(...args);
  }
  if (writer) {
    for (const name of THREAD_WRITES) wrapped[name] = (...args: unknown[]) => writer.write(name, args);
    wrapped.close = async () => {
      await writer.close();
      store.close();
    };
  }
  return wrapped as AsyncStore;
}

/** The methods that give rows a chunk at a time, the work of each chunk bounded (pages.ts, chunks). */
const CHUNKED: readonly string[] = ['figureChunks', 'sentenceChunks', 'reportChunks'] satisfies Streamed[];

/**
 * Chunks given with the thread let go after each (an empty one, a step of an
 * ordering that gave no rows yet, is not given): a listing of the whole
 * library, read on the thread that answers, must not hold every other request.
 */
function breathing(call: (...args: unknown[]) => unknown) {
  return async function* (...args: unknown[]) {
    for (const chunk of call(...args) as Iterable<unknown[]>) {
      if (chunk.length > 0) yield chunk;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
}

/** The library in the SQLite file at `path`: read here, written in a thread of its own. */
export function sqliteLibrary(path: string, options: StoreOptions = {}): AsyncStore {
  const store = openStore(path, options);
  return asyncStore(store, new StoreWriter(path));
}

/** Whether `NIANBAO_DATABASE_URL` names a PostgreSQL database. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.NIANBAO_DATABASE_URL?.trim();
  if (!url) return null;
  if (!/^postgres(?:ql)?:\/\//.test(url)) {
    throw new InputError('BAD_ARGUMENT', 'NIANBAO_DATABASE_URL', 'must start with postgres:// (or be unset for SQLite)');
  }
  return url;
}

/**
 * The library a command or the service uses: PostgreSQL when
 * NIANBAO_DATABASE_URL=postgres://… is set, else the SQLite file that `db`
 * (--db or NIANBAO_DB, as given, not resolved) or the default names. A file
 * named beside the URL is refused rather than one of them silently ignored.
 */
export async function openLibrary(db?: string, options: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<AsyncStore> {
  const url = databaseUrl(env);
  if (url === null) return sqliteLibrary(resolveDbPath(db, env), options);
  if (db) {
    throw new InputError('BAD_ARGUMENT', 'NIANBAO_DATABASE_URL', `names a PostgreSQL database while --db or NIANBAO_DB names ${db}; give one of them`);
  }
  // Loaded only when asked for: an embedded library does not load the driver.
  const { openPgStore } = await import('./pg/index.js');
  return openPgStore(url, options, env);
}
