// Pages of a listing in series order, kept as ../pages.ts keeps them for
// SQLite. Several instances and workers write one PostgreSQL database, so
// every write of a store says what it did on a channel (NOTIFY, delivered at
// its commit, to every instance listening, this one too): a report added, or
// anything else. Each instance listens on one connection of its own; a report
// added is merged into kept orders at their next read, anything else drops
// them. Another instance's write is seen once its notice arrives (within
// milliseconds); this instance's own at once. Without the listening
// connection (lost, or not yet made), nothing is kept.
import pg from 'pg';
import { copies, keptOrders, memo, orderOf, type Order, type Ordered, type SeriesKey, seriesKey, withAdded } from '../pages.js';
import type { Queryable } from './sql.js';

const CHANNEL = 'nianbao_listings';
/** Reports added kept track of at most before everything is dropped instead. */
const ADDED_REPORTS = 100_000;

/** What a write did to the listings: a report added, or anything else. */
export type ListingChange = { added: number } | 'other';

/** A PostgreSQL query of ordered matches: `seq` and `report` of each row in series order. */
export interface PgListing {
  sql: string;
  /** The same rows of the reports given as the last parameter, a bigint[]. */
  ofReports: string;
  values: unknown[];
}

export interface PgPages {
  /** The rows of the page `offset`, `limit` of the listing, `read` from their seqs and reports (in their order) when not kept. */
  rows<T>(listing: PgListing, offset: number, limit: number | undefined, read: (seqs: number[], reports: number[]) => Promise<T[]>): Promise<T[]>;
  /** `compute`'s answer to `key`, computed again once the library has changed in any way. */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Tells every instance (in the transaction of `db`, so at its commit) what a write did. */
  announce(db: Queryable, change: ListingChange): Promise<void>;
  /** What a write of this instance did, once committed: seen here before its notice comes back. */
  changed(change: ListingChange): void;
  close(): Promise<void>;
}

export function pgPages(url: string, db: Queryable): PgPages {
  const kept = keptOrders();
  const keys = new Map<number, SeriesKey>();
  const answers = memo();
  // Counts every change heard, so that an answer computed across one is not kept.
  let changes = 0;
  // Reports added since everything was last dropped; a kept order's mark is how many of them it has seen.
  let added: number[] = [];
  // Counts the drops, so that an answer to a query made before one is not kept.
  let generation = 0;
  const listener = listening(url, (change) => apply(change));

  function drop(): void {
    kept.clear();
    keys.clear();
    added = [];
    generation++;
  }

  function apply(change: ListingChange | null): void {
    answers.clear();
    changes++;
    if (change === 'other' || change === null || added.length >= ADDED_REPORTS) drop();
    else added.push(change.added);
  }

  async function matches(listing: PgListing, reports?: number[]): Promise<Order> {
    const sql = reports ? listing.ofReports : listing.sql;
    const { rows } = await db.query<{ seq: number; report: number }>(sql, reports ? [...listing.values, reports] : listing.values);
    return orderOf(rows.map((row) => [row.seq, Number(row.report)] as const));
  }

  /** The series keys of the reports of `order` not known yet, read in one query. */
  async function learnKeys(order: Order): Promise<void> {
    const missing = new Set<number>();
    let previous = -1;
    for (const report of order.reports) {
      // A report's rows come together: one look each.
      if (report !== previous && !keys.has(report)) missing.add(report);
      previous = report;
    }
    if (missing.size === 0) return;
    const { rows } = await db.query<{ id: number; name: string | null; year: number | null }>(
      'SELECT r.id, i.name, r.year FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id WHERE r.id = ANY($1::bigint[])',
      [[...missing]],
    );
    for (const { id, name, year } of rows) keys.set(Number(id), seriesKey(name, year, Number(id)));
  }

  /** The reports added since the order's mark merged in (those it has already left as they are). */
  async function merge(order: Ordered, listing: PgListing): Promise<void> {
    const [since, mark] = [generation, added.length];
    const rows = await matches(listing, [...new Set(added.slice(order.mark))]);
    await learnKeys(order);
    await learnKeys(rows);
    if (since !== generation) return;
    kept.update(order, withAdded(order, rows, (report) => keys.get(report)!), Math.max(order.mark, mark));
  }

  // Orders being made or merged, by the changes heard when they began and the query: requests that
  // come meanwhile wait for the same one (not each sort or merge again), unless a change came since.
  const making = new Map<string, Promise<Ordered>>();

  function ordered(key: string, listing: PgListing): Promise<Ordered> {
    const now = `${changes}\n${key}`;
    let order = making.get(now);
    if (!order) {
      making.set(now, (order = upToDate(key, listing)));
      const done = () => making.delete(now);
      order.then(done, done);
    }
    return order;
  }

  /** The listing's order, made or brought up to date; kept only while this instance hears every write. */
  async function upToDate(key: string, listing: PgListing): Promise<Ordered> {
    const hearing = await listener.ready();
    const [since, mark] = [generation, added.length];
    let order = hearing ? kept.get(key) : undefined;
    if (!order) {
      const made = await matches(listing);
      if (!hearing || since !== generation) return { ...made, key: '', mark, pages: new Map(), rows: 0 };
      order = kept.keep(key, made, mark);
    }
    if (order.mark < added.length) await merge(order, listing);
    return order;
  }

  return {
    async rows(listing, offset, limit, read) {
      const key = `${listing.sql}\n${JSON.stringify(listing.values)}`;
      const order = await ordered(key, listing);
      const { slice, found } = kept.slice(order, offset, limit);
      if (found) return found as never;
      const since = generation;
      const rows = await read(slice.ids, slice.reports);
      if (since === generation) kept.keepPage(order, slice, rows);
      return copies(rows);
    },

    async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hearing = await listener.ready();
      const found = answers.find<T>(key);
      if (hearing && found) return found.answer;
      const since = changes;
      const answer = await compute();
      if (hearing && since === changes) answers.keep(key, answer);
      return answer;
    },

    announce: async (db, change) => {
      await db.query('SELECT pg_notify($1, $2)', [CHANNEL, change === 'other' ? 'other' : `added ${change.added}`]);
    },
    changed: apply,
    close: () => listener.close(),
  };
}

/**
 * One connection of its own that listens on CHANNEL, made at the first read.
 * When it is lost, `hear` is told null (nothing heard can be trusted), and
 * the next read makes another.
 */
function listening(url: string, hear: (change: ListingChange | null) => void) {
  let client: Promise<pg.Client | null> | null = null;
  let closed = false;

  function connect(): Promise<pg.Client | null> {
    const made = new pg.Client({ connectionString: url });
    const forget = () => {
      if (client === attempt) client = null;
      made.end().catch(() => {});
    };
    async function open(): Promise<pg.Client> {
      await made.connect();
      const lost = () => {
        forget();
        hear(null);
      };
      made.on('error', lost);
      made.on('end', lost);
      made.on('notification', ({ payload }) => {
        const added = /^added (\d+)$/.exec(payload ?? '');
        hear(added ? { added: Number(added[1]) } : 'other');
      });
      await made.query(`LISTEN ${CHANNEL}`);
      // Writes committed before LISTEN were not heard.
      hear(null);
      return made;
    }
    const attempt: Promise<pg.Client | null> = open().catch(() => {
      forget();
      return null;
    });
    return attempt;
  }

  return {
    /** Whether every write is heard from now on. */
    async ready(): Promise<boolean> {
      if (closed) return false;
      client ??= connect();
      return (await client) !== null;
    },
    async close(): Promise<void> {
      closed = true;
      const made = await client;
      client = null;
      await made?.end();
    },
  };
}
