// The library's PostgreSQL store (src/store/pg is the only place that imports
// the `pg` driver; the job queue beside it, jobs.ts, uses pg-boss). Several
// service instances and workers share one database, so everything that must
// hold across them is in it: the sha256 is a UNIQUE constraint, a report is
// saved in one transaction, issuers are placed under one lock, and a
// reanalysis or delete drops cached comparisons by trigger.
import pg from 'pg';
import { InputError } from '../../errors.js';
import { segment as jieba } from '../../segment/jieba.js';
import type { StoreOptions } from '../index.js';
import type { Segmenter } from '../terms.js';
import type { AsyncStore, ExportKind, ExportRows } from '../types.js';
import * as listings from './figures.js';
import { type Issuers, issuers } from './issuers.js';
import { migrate } from './migrations.js';
import { savingPacked } from '../packed.js';
import { type ListingChange, type PgPages, pgPages } from './pages.js';
import { parseCount } from '../../ingest/limits.js';
import * as records from './records.js';
import { type Reports, reports } from './reports.js';
import * as reviews from './reviews.js';
import { preparing, type Queryable } from './sql.js';

/** Connections each store keeps at most; set NIANBAO_DATABASE_POOL for more. */
const POOL_SIZE = 10;

// count(*) is a bigint, which pg gives as a string; no library comes near 2^53 rows.
const BIGINT = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === BIGINT && format !== 'binary' ? Number : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** How long a query waits for a connection to the server before it fails. */
const CONNECT_TIMEOUT_MS = 30_000;

/** The URL as shown in messages: without its password. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'NIANBAO_DATABASE_URL';
  }
}

/** A pool of connections to the library at `url`, its schema brought up to date. */
async function connect(url: string, path: string, env: NodeJS.ProcessEnv): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: env.NIANBAO_DATABASE_POOL ? parseCount(env.NIANBAO_DATABASE_POOL, 'NIANBAO_DATABASE_POOL') : POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
  });
  // An idle connection the server drops (a restart, an idle timeout) is
  // replaced by the next query; unheard, its error would end the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect().catch((error: Error & { code?: string }) => {
      throw new InputError('DATABASE_UNREACHABLE', path, `cannot be reached: ${error.message || error.code}`);
    });
    try {
      await migrate(client, path);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** Work on one connection of the pool: a transaction, a read-only snapshot, rows through a cursor. */
function sessions(pool: pg.Pool) {
  /** `work` on one connection in a transaction, committed when it returns, rolled back when it throws. */
  async function transaction<T>(work: (db: Queryable) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(begin);
      const result = await work(preparing(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
      throw error;
    } finally {
      client.release(broken);
    }
  }
  const snapshot = <T>(work: (db: Queryable) => Promise<T>) => transaction(work, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');

  /** The rows of `sql` through a cursor, `batch` at a time, in a read-only snapshot. */
  async function* cursor(sql: string, values: unknown[], batch: number): AsyncGenerator<pg.QueryResultRow[]> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`DECLARE rows_read NO SCROLL CURSOR FOR ${sql}`, values);
      for (;;) {
        const { rows } = await client.query(`FETCH ${batch} FROM rows_read`);
        if (rows.length === 0) break;
        yield rows;
      }
    } finally {
      // Also when the reader stops early.
      await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
      client.release(broken);
    }
  }

  async function* exportRows<K extends ExportKind>(what: K): AsyncIterable<ExportRows[K]> {
    const { sql, row } = listings.EXPORTS[what];
    for await (const rows of cursor(sql, [], 1000)) for (const found of rows) yield row(found) as ExportRows[K];
  }

  return { transaction, snapshot, cursor, exportRows };
}

export async function openPgStore(url: string, options: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<AsyncStore> {
  const segment = options.segment ?? jieba;
  const path = shown(url);
  const pool = await connect(url, path, env);
  const db = preparing(pool);
  const issuerRows = issuers();
  const made = sessions(pool);
  const parts: Parts = {
    db,
    issuerRows,
    reportRows: reports(issuerRows, segment),
    segment,
    sessions: made,
    matchPages: pgPages(url, db, made.cursor),
  };
  return {
    path,
    ...writes(parts),
    ...reads(parts),
    close: async () => {
      await parts.matchPages.close();
      await pool.end();
    },
  };
}

/** What the store's methods work with: the pool (as `db` and in sessions), the row kinds, the kept listings. */
interface Parts {
  db: Queryable;
  issuerRows: Issuers;
  reportRows: Reports;
  segment: Segmenter;
  sessions: ReturnType<typeof sessions>;
  matchPages: PgPages;
}

type Writes = 'saveReport' | 'savePacked' | 'replaceAnalysis' | 'deleteReport' | 'addIssuerAlias' | 'addLinkReview' | 'addCommitmentReview' | 'restoreRecord' | 'cacheComparison';

/** The writes, each in a transaction that tells every instance, at its commit, what it did to listings. */
function writes({ db, issuerRows, reportRows, sessions, matchPages }: Parts): Pick<AsyncStore, Writes> {
  /** A write in a transaction whose `change` (null when nothing) is announced at its commit. */
  async function writing<T>(work: (db: Queryable) => Promise<T>, change: (result: T) => ListingChange | null): Promise<T> {
    let told: ListingChange | null = null;
    const result = await sessions.transaction(async (db) => {
      const result = await work(db);
      told = change(result);
      if (told !== null) await matchPages.announce(db, told);
      return result;
    });
    if (told !== null) matchPages.changed(told);
    return result;
  }

  const saveReport: AsyncStore['saveReport'] = (analysis, source, overrides = {}, uploader = null) => {
    // A new report's rows are merged into kept listings, unless saving it renamed an issuer or gave it an alias.
    const renamed = issuerRows.renamed();
    return writing(
      (db) => reportRows.save(db, analysis, source, overrides, uploader),
      (result) => (!result.added ? null : issuerRows.renamed() === renamed ? { added: result.id } : 'other'),
    );
  };

  return {
    saveReport,
    savePacked: savingPacked(saveReport),
    replaceAnalysis: (id, analysis, cut) => writing((db) => reportRows.replace(db, id, analysis, cut), () => 'other'),
    deleteReport: (id) => writing((db) => reportRows.delete(db, id), (deleted) => (deleted ? 'other' : null)),
    addIssuerAlias: (alias, issuer) => writing((db) => issuerRows.addAlias(db, alias, issuer), () => 'other'),
    addLinkReview: (review) => reviews.addLinkReview(db, review),
    addCommitmentReview: (review) => reviews.addCommitmentReview(db, review),
    restoreRecord: (record, cut) => writing((db) => records.restoreRecord(db, reportRows, record, cut), () => 'other'),
    cacheComparison: (key, json) => reviews.cacheComparison(db, key, json),
  };
}

function reads({ db, issuerRows, reportRows, segment, sessions, matchPages }: Parts): Omit<AsyncStore, Writes | 'path' | 'close'> {
  const { snapshot, exportRows } = sessions;
  return {
    findBySha256: (sha256) => reportRows.findBySha256(db, sha256),
    getReport: (id) => snapshot((db) => reportRows.get(db, id)),
    getSummary: (id) => reportRows.summary(db, id),
    getSource: (id) => reportRows.source(db, id),
    listReports: (filter = {}) => reportRows.list(db, filter),
    countReports: (filter = {}) => reportRows.count(db, filter),
    reportChunks: (filter, size) => reportRows.chunks(db, filter, size),
    listIssuers: () => issuerRows.list(db),
    queryFigures: (filter = {}) => listings.queryFigures(db, matchPages, filter),
    measureCounts: () => listings.measureCounts(db),
    listCommitments: (report) => listings.commitmentsOf(db, report),
    listProblems: (report) => listings.problemsOf(db, report),
    listDiagnostics: (report) => reportRows.diagnostics(db, report),
    searchSentences: (query, filter = {}) => listings.searchSentences(db, matchPages, segment, query, filter),
    figureChunks: (filter, size) => listings.figureChunks(db, matchPages, filter, size),
    sentenceChunks: (query, filter, size) => listings.sentenceChunks(db, matchPages, segment, query, filter, size),
    exportRows,
    linkReviews: (from, to) => reviews.linkReviews(db, from, to),
    commitmentReviews: (report) => reviews.commitmentReviews(db, report),
    reportIds: (after, limit) => records.reportIds(db, after, limit),
    getRecord: (id) => snapshot((db) => records.getRecord(db, reportRows, id)),
    getAnchors: (report) => snapshot((db) => reviews.anchors(db, report)),
    cachedComparison: (key) => reviews.cachedComparison(db, key),
  };
}
