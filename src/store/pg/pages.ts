// Pages of a listing in series order, kept as ../pages.ts keeps them for
// SQLite. Several instances and workers write one PostgreSQL database, so
// every write of a store says what it did on a channel (NOTIFY, delivered at
// its commit, to every instance listening, this one too): a report added, or
// anything else. Each instance listens on one connection of its own; a report
// added is merged into kept orders at their next read, anything else drops
// them. Another instance's write is seen once its notice arrives (within
// milliseconds); this instance's own at once. Without the listening
// connection (lost, or not yet made), nothing is kept. Putting every match of
// a query in order takes about a second on 100 000 reports: until a query's
// order is kept, a page is read on its own (the database sorting only as far
// as the page) while the order is made in the background, its rows read
// through a cursor a batch at a time; a listing given whole (limit=0) is read
// so too and given as the rows come.
import pg from 'pg';
import { frozen, joined, keptOrders, memo, orderOf, type Order, type Ordered, type SeriesKey, seriesKey, settled, waiting, withAdded } from '../pages.js';
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
  /** The rows of the page `offset`, `limit` of the listing, `read` from their seqs and reports (in their order) when not kept; frozen. */
  rows<T>(listing: PgListing, offset: number, limit: number | undefined, read: (seqs: number[], reports: number[]) => Promise<T[]>): Promise<T[]>;
  /** Every row of the listing from `offset`, `size` at a time, as ../pages.ts's chunks. */
  chunks<T>(listing: PgListing, offset: number, size: number, read: (seqs: number[], reports: number[]) => Promise<T[]>): AsyncGenerator<T[]>;
  /** `compute`'s answer to `key`, computed again once the library has changed in any way. */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Tells every instance (in the transaction of `db`, so at its commit) what a write did. */
  announce(db: Queryable, change: ListingChange): Promise<void>;
  /** What a write of this instance did, once committed: seen here before its notice comes back. */
  changed(change: ListingChange): void;
  close(): Promise<void>;
}

/** The rows of a query through a cursor, `batch` at a time, in one snapshot; stopping early closes it. */
export type Cursor = (sql: string, values: unknown[], batch: number) => AsyncIterable<pg.QueryResultRow[]>;

/**
 * Rows of a listing read at a time: a large library's every figure (1.7
 * million rows on 10 000 reports) read and put in order in one go held the
 * answering thread for seconds.
 */
const BATCH = 10_000;

export function pgPages(url: string, db: Queryable, cursor: Cursor): PgPages {
  const heard = changesHeard();
  const listener = listening(url, heard.apply);
  const orders = pgOrders(db, cursor, heard, listener);
  const made = { cursor, heard, listener, ordered: orders.ordered };

  return {
    async rows(listing, offset, limit, read) {
      const alone = await orders.alone(listing, offset, limit);
      if (alone) return frozen(await read(alone.ids, alone.reports));
      const order = await orders.ordered(listing, offset, limit);
      const { slice, found } = heard.kept.slice(order, offset, limit);
      if (found) return found as never;
      const since = heard.generation;
      const rows = frozen(await read(slice.ids, slice.reports));
      if (since === heard.generation) heard.kept.keepPage(order, slice, rows);
      return rows;
    },

    async *chunks(listing, offset, size, read) {
      let skip = offset;
      let chunk = { ids: [] as number[], reports: [] as number[] };
      for await (const rows of inTurn(listing, offset, made)) {
        let at = Math.min(skip, rows.ids.length);
        skip -= at;
        while (at < rows.ids.length) {
          const end = Math.min(at + size - chunk.ids.length, rows.ids.length);
          chunk.ids.push(...rows.ids.subarray(at, end));
          chunk.reports.push(...rows.reports.subarray(at, end));
          at = end;
          if (chunk.ids.length < size) continue;
          yield await read(chunk.ids, chunk.reports);
          chunk = { ids: [], reports: [] };
        }
      }
      if (chunk.ids.length > 0) yield await read(chunk.ids, chunk.reports);
    },

    async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hearing = await listener.ready();
      const found = heard.answers.find<T>(key);
      if (hearing && found) return found.answer;
      const since = heard.changes;
      const answer = await compute();
      if (hearing && since === heard.changes) heard.answers.keep(key, answer);
      return answer;
    },

    announce: async (db, change) => {
      await db.query('SELECT pg_notify($1, $2)', [CHANNEL, change === 'other' ? 'other' : `added ${change.added}`]);
    },
    changed: heard.apply,
    close: () => listener.close(),
  };
}

/** What this instance keeps, and what it has heard of writes since it last dropped everything. */
function changesHeard() {
  const heard = {
    kept: keptOrders(),
    keys: new Map<number, SeriesKey>(),
    answers: memo(),
    /** Counts every change heard, so that an answer computed across one is not kept. */
    changes: 0,
    /** Reports added since everything was last dropped; a kept order's mark is how many of them it has merged. */
    added: [] as number[],
    /** Counts the drops, so that an answer to a query made before one is not kept. */
    generation: 0,

    apply(change: ListingChange | null): void {
      heard.answers.clear();
      heard.changes++;
      if (change !== 'other' && change !== null && heard.added.length < ADDED_REPORTS) {
        heard.added.push(change.added);
        return;
      }
      heard.kept.clear();
      heard.keys.clear();
      heard.added = [];
      heard.generation++;
    },
  };
  return heard;
}

/** Orders made, and merged as far as a page needs, for the changes `heard`; kept only while `listener` hears every write. */
function pgOrders(db: Queryable, cursor: Cursor, heard: ReturnType<typeof changesHeard>, listener: ReturnType<typeof listening>) {
  const { kept, keys } = heard;
  const seriesOf = (report: number) => keys.get(report)!;
  const learnKeys = (reports: Iterable<number>) => learnSeriesKeys(db, keys, reports);
  // Orders being made or merged, by the changes heard when they began and the query: requests that
  // come meanwhile wait for the same one (not each sort or merge again), unless a change came since.
  const once = sharing();

  /** The reports added since the order's mark merged in (those it has already left as they are). */
  async function merge(order: Ordered, listing: PgListing): Promise<void> {
    const [since, mark] = [heard.generation, heard.added.length];
    const rows = await matchesOf(db, listing, { reports: [...new Set(heard.added.slice(order.mark))] });
    await learnKeys(order.reports);
    await learnKeys(rows.reports);
    if (since !== heard.generation) return;
    kept.update(order, withAdded(order, rows, seriesOf), Math.max(order.mark, mark));
  }

  /** The listing's order, made, with the reports added since it was merged noted as waiting; kept only while this instance hears every write. */
  async function upToDate(key: string, listing: PgListing): Promise<Ordered> {
    const hearing = await listener.ready();
    const [since, mark] = [heard.generation, heard.added.length];
    let order = hearing ? kept.get(key) : undefined;
    if (!order) {
      // Read in batches: made while pages are answered alone, it would otherwise hold the thread as long as its rows are put in order.
      const batches: Order[] = [];
      for await (const batch of batchesOf(cursor, listing)) batches.push(batch);
      const made = joined(batches);
      if (!hearing || since !== heard.generation) return { ...made, key: '', partial: false, mark, seen: mark, settled: made.ids.length, pages: new Map(), rows: 0 };
      order = kept.keep(key, made, mark);
    }
    if (order.seen < mark) {
      const added = heard.added.slice(order.seen, mark);
      await learnKeys(order.reports);
      await learnKeys(added);
      if (since === heard.generation && order.seen < mark) waiting(order, added, mark, seriesOf);
    }
    return order;
  }

  return {
    /** A page of a listing whose order is not kept (yet: it is made meanwhile), read on its own; null when the order is kept, or for every row. */
    async alone(listing: PgListing, offset: number, limit: number | undefined): Promise<{ ids: number[]; reports: number[] } | null> {
      const key = keyOf(listing);
      if (limit === undefined || kept.has(key)) return null;
      if (await listener.ready()) once(`${heard.changes}\n${key}`, () => upToDate(key, listing)).catch(() => {});
      const { ids, reports } = await matchesOf(db, listing, { offset, limit });
      return { ids: Array.from(ids), reports: Array.from(reports) };
    },

    /** The listing's order, merged as far as page `offset`, `limit` needs. */
    async ordered(listing: PgListing, offset: number, limit: number | undefined): Promise<Ordered> {
      const key = keyOf(listing);
      const order = await once(`${heard.changes}\n${key}`, () => upToDate(key, listing));
      if (order.mark < heard.added.length && !settled(order, offset, limit)) await once(`merge ${heard.changes}\n${key}`, () => merge(order, listing));
      return order;
    },
  };
}

/**
 * Every row of the listing in order, BATCH at a time: from the kept order,
 * or as the database gives them through a cursor (the thread let go between
 * batches), the order kept once whole unless everything was dropped meanwhile.
 */
async function* inTurn(
  listing: PgListing, offset: number,
  { cursor, heard, listener, ordered }: { cursor: Cursor; heard: ReturnType<typeof changesHeard>; listener: ReturnType<typeof listening>; ordered: (listing: PgListing, offset: number, limit: undefined) => Promise<Order> },
): AsyncGenerator<Order> {
  const key = keyOf(listing);
  const hearing = await listener.ready();
  if (hearing && heard.kept.has(key)) {
    const { ids, reports } = await ordered(listing, offset, undefined);
    for (let start = 0; start < ids.length; start += BATCH) yield { ids: ids.subarray(start, start + BATCH), reports: reports.subarray(start, start + BATCH) };
    return;
  }
  const [since, mark] = [heard.generation, heard.added.length];
  const batches: Order[] = [];
  for await (const batch of readAhead(batchesOf(cursor, listing))) {
    batches.push(batch);
    yield batch;
  }
  if (hearing && since === heard.generation && !heard.kept.has(key)) heard.kept.keep(key, joined(batches), mark);
}

/** Every match of the listing in order, BATCH at a time through a cursor (one snapshot), the thread let go between batches. */
async function* batchesOf(cursor: Cursor, listing: PgListing): AsyncGenerator<Order> {
  for await (const rows of cursor(listing.sql, listing.values, BATCH)) yield orderOf(rows.map((row) => [row.seq, Number(row.report)] as const));
}

/** The listing's matches in order: those of `reports`, or those of a page. */
async function matchesOf(db: Queryable, listing: PgListing, part: { reports: number[] } | { offset: number; limit: number }): Promise<Order> {
  const n = listing.values.length;
  const [sql, values] = 'reports' in part
    ? [listing.ofReports, [...listing.values, part.reports]]
    : [`${listing.sql} LIMIT $${n + 1} OFFSET $${n + 2}`, [...listing.values, part.limit, part.offset]];
  const { rows } = await db.query<{ seq: number; report: number }>(sql, values);
  return orderOf(rows.map((row) => [row.seq, Number(row.report)] as const));
}

/**
 * The items of `source` as they come, read to its end at its own pace: a
 * cursor holds a connection of the pool until it is read, and a caller that
 * waited for another to read its chunks could wait for ever once every
 * connection held a cursor. Stopping early stops the source at its next item.
 */
async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const items: T[] = [];
  let [done, stopped, failed, wake] = [false, false, null as { error: unknown } | null, () => {}];
  void (async () => {
    try {
      for await (const item of source) {
        if (stopped) break;
        items.push(item);
        wake();
      }
    } catch (error) {
      failed = { error };
    }
    done = true;
    wake();
  })();
  try {
    for (let given = 0; ; ) {
      if (given < items.length) yield items[given++]!;
      else if (done) break;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stopped = true;
  }
  if (failed) throw failed.error;
}

/** What a listing's order is kept under. */
const keyOf = (listing: PgListing) => `${listing.sql}\n${JSON.stringify(listing.values)}`;

/** The series keys of `reports` not in `keys` yet, read in one query. */
async function learnSeriesKeys(db: Queryable, keys: Map<number, SeriesKey>, reports: Iterable<number>): Promise<void> {
  const missing = new Set<number>();
  let previous = -1;
  for (const report of reports) {
    // An order's rows of a report come together: one look each.
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

/** Work shared by name: a caller asking while it runs waits for the same promise. */
function sharing() {
  const running = new Map<string, Promise<unknown>>();
  return <T>(name: string, work: () => Promise<T>): Promise<T> => {
    let promise = running.get(name) as Promise<T> | undefined;
    if (!promise) {
      running.set(name, (promise = work()));
      const done = () => running.delete(name);
      promise.then(done, done);
    }
    return promise;
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
