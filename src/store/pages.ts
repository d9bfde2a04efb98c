// Pages of a listing in series order, for both engines. Putting every match
// of a query in order costs the number of matches (tens of thousands in a
// large library, most of the time of a request); a page costs its rows. So
// the rows of a query's matches are put in order once, and each page is read
// once, and both are kept while the library changes only by reports added:
// the rows of a new report are merged into each kept order where its series
// key sorts, when a page is read that they could reach. Finding a new report's
// matches costs about as much as the query's whole index (the full-text
// index reads every match of a word to find the new ones), so a page before
// where every waiting report sorts is answered without merging: while reports
// are uploaded, most of them sort after the first pages of most queries. Any
// other write (a delete, a reanalysis, an issuer renamed or given an alias)
// drops everything kept. What a write did is the engine's to know: SQLite's
// `pages` below, PostgreSQL's pg/pages.ts.
import Database from 'better-sqlite3';
import { type Params, statement } from './sql.js';

/** Rows kept at most in orders, over all queries (16 bytes each: the row and its report). */
const CACHED_IDS = 2_000_000;
/** Queries kept at most. */
const CACHED_QUERIES = 256;
/** Rows of read pages kept at most, over all queries; a page longer than this is not kept. */
const CACHED_ROWS = 20_000;

/** The matches of a query in series order: each row (an id, or its seq in its report) with its report. */
export interface Order {
  ids: Float64Array;
  reports: Float64Array;
}

/**
 * A kept order: `mark` says up to which write the engine has merged it, and
 * `seen` up to which it has looked at the reports waiting to be merged; none
 * of them sorts before row `settled`.
 */
export interface Ordered extends Order {
  key: string;
  /** Only the first rows of the order (whole reports, read a range of reports at a time): answers pages up to `settled`, is never merged. */
  partial: boolean;
  mark: number;
  seen: number;
  settled: number;
  /** Pages read, by offset and limit, with the rows they were read for. */
  pages: Map<string, { ids: number[]; reports: number[]; rows: unknown[] }>;
  rows: number;
}

/** The rows of a page of an order, and the page's name. */
export interface Slice {
  page: string;
  ids: number[];
  reports: number[];
}

/** Where a report's rows sort: the series order (SERIES_ORDER of both engines) as a key. */
export type SeriesKey = [issuer: Buffer | null, year: number | null, id: number];

/** A report's series key from its issuer's name and its year. */
export const seriesKey = (issuer: string | null, year: number | null, report: number): SeriesKey => [
  issuer === null ? null : Buffer.from(issuer, 'utf8'),
  year,
  report,
];

/** The series order in JS: unknowns last, names by their UTF-8 bytes (SQLite's BINARY, PostgreSQL's "C" collation). */
function compareSeries([nameA, yearA, idA]: SeriesKey, [nameB, yearB, idB]: SeriesKey): number {
  if (nameA === null || nameB === null) {
    if (nameA !== nameB) return nameA === null ? 1 : -1;
  } else {
    const byName = Buffer.compare(nameA, nameB);
    if (byName !== 0) return byName;
  }
  if (yearA === null || yearB === null) {
    if (yearA !== yearB) return yearA === null ? 1 : -1;
  } else if (yearA !== yearB) return yearA - yearB;
  return idA - idB;
}

/** The orders and pages kept, over all queries, within their budgets; the queries used longest ago go first. */
export function keptOrders() {
  const kept = new Map<string, Ordered>();
  let keptIds = 0;
  const pages = keptPages(kept);

  function drop(key: string): void {
    const order = kept.get(key)!;
    kept.delete(key);
    keptIds -= order.ids.length;
    pages.forget(order);
  }

  return {
    /** The order kept for `key`, now the last to be dropped. */
    get(key: string): Ordered | undefined {
      const order = kept.get(key);
      if (order) {
        kept.delete(key);
        kept.set(key, order);
      }
      return order;
    },

    has: (key: string) => kept.has(key),

    /** Keeps a new order (unless it alone is over the budget) in place of the one kept for `key`, dropping others to make room. */
    keep(key: string, order: Order, mark: number, partial = false): Ordered {
      const ordered: Ordered = { ...order, key, partial, mark, seen: mark, settled: order.ids.length, pages: new Map(), rows: 0 };
      if (kept.has(key)) drop(key);
      while (kept.size > 0 && (kept.size >= CACHED_QUERIES || keptIds + order.ids.length > CACHED_IDS)) drop(kept.keys().next().value!);
      if (order.ids.length <= CACHED_IDS) {
        kept.set(key, ordered);
        keptIds += order.ids.length;
      }
      return ordered;
    },

    /** Puts a merged order in place of a kept one. */
    update(ordered: Ordered, merged: Order, mark: number): void {
      if (kept.get(ordered.key) === ordered) keptIds += merged.ids.length - ordered.ids.length;
      Object.assign(ordered, merged, { mark, seen: Math.max(ordered.seen, mark), settled: merged.ids.length });
    },

    slice: pages.slice,
    keepPage: pages.keep,

    clear(): void {
      kept.clear();
      keptIds = 0;
      pages.clear();
    },
  };
}

/** The rows read for pages of the orders in `kept`, within one budget: the pages of the queries used longest ago go first. */
function keptPages(kept: ReadonlyMap<string, Ordered>) {
  let keptRows = 0;

  /** Drops the pages of the queries used longest ago until `rows` more fit. */
  function roomForRows(rows: number): void {
    for (const other of kept.values()) {
      if (keptRows + rows <= CACHED_ROWS) break;
      keptRows -= other.rows;
      other.rows = 0;
      other.pages.clear();
    }
  }

  return {
    /** The rows of page `offset`, `limit` (to the end when absent) of an order, and what was read for them when kept. */
    slice(order: Ordered, offset: number, limit: number | undefined): { slice: Slice; found: unknown[] | undefined } {
      const end = limit === undefined ? order.ids.length : Math.min(order.ids.length, offset + limit);
      const start = Math.min(offset, end);
      const slice = { page: `${offset}:${limit}`, ids: Array.from(order.ids.subarray(start, end)), reports: Array.from(order.reports.subarray(start, end)) };
      const found = order.pages.get(slice.page);
      return { slice, found: found && sameRows(found, slice) ? found.rows : undefined };
    },

    /** Keeps the rows read for a page of a kept order, dropping the pages of the queries used longest ago to make room. */
    keep(order: Ordered, slice: Slice, rows: unknown[]): void {
      if (kept.get(order.key) !== order || rows.length > CACHED_ROWS) return;
      roomForRows(rows.length);
      const previous = order.pages.get(slice.page);
      if (previous) {
        order.rows -= previous.rows.length;
        keptRows -= previous.rows.length;
      }
      order.pages.set(slice.page, { ids: slice.ids, reports: slice.reports, rows });
      order.rows += rows.length;
      keptRows += rows.length;
    },

    /** What the pages of an order dropped held. */
    forget(order: Ordered): void {
      keptRows -= order.rows;
    },

    clear(): void {
      keptRows = 0;
    },
  };
}

/** Notes reports waiting to be merged into an order (looked at up to `seen`): the rows before where the first of them sorts stay as they are. */
export function waiting(order: Ordered, reports: Iterable<number>, seen: number, keyOf: (report: number) => SeriesKey): void {
  for (const report of reports) order.settled = Math.min(order.settled, sortsAt(order, keyOf(report), keyOf));
  order.seen = seen;
}

/** Whether page `offset`, `limit` of an order is whole and holds only rows that no waiting report can come before. */
export function settled(order: Ordered, offset: number, limit: number | undefined): boolean {
  return limit !== undefined && offset + limit <= order.settled;
}

/** Answers kept by their question until the library next changes in any way (a report added too). */
export function memo() {
  const answers = new Map<string, unknown>();
  return {
    find: <T>(key: string) => (answers.has(key) ? { answer: answers.get(key) as T } : undefined),
    keep(key: string, answer: unknown): void {
      if (answers.size >= CACHED_QUERIES) answers.clear();
      answers.set(key, answer);
    },
    clear: () => answers.clear(),
  };
}

function sameRows(a: { ids: number[]; reports: number[] }, b: { ids: number[]; reports: number[] }): boolean {
  return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i] && a.reports[i] === b.reports[i]);
}

/**
 * The rows read for a page, frozen: a kept page's rows are handed to every
 * caller as they are, the same array each time while the page is unchanged
 * (so that what a caller makes of them, the JSON text of an answer, can be
 * kept by it too).
 */
export function frozen<T>(rows: T[]): T[] {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows) as T[];
}

/**
 * An order with the added rows put in: each new report's run of rows where
 * its series key sorts. A report the order has already (a write seen twice,
 * or seen by the query that made the order) is left as it is.
 */
export function withAdded(order: Order, added: Order, keyOf: (report: number) => SeriesKey): Order {
  let { ids, reports } = order;
  for (let start = 0; start < added.ids.length; ) {
    const report = added.reports[start]!;
    let end = start;
    while (end < added.ids.length && added.reports[end] === report) end++;
    const low = sortsAt({ reports }, keyOf(report), keyOf);
    if (reports[low] !== report) {
      ids = spliced(ids, low, added.ids.subarray(start, end));
      reports = spliced(reports, low, added.reports.subarray(start, end));
    }
    start = end;
  }
  return { ids, reports };
}

/** Where rows of a report with series key `key` go in an order: before the first row whose report sorts at or after it. */
function sortsAt({ reports }: { reports: ArrayLike<number> }, key: SeriesKey, keyOf: (report: number) => SeriesKey): number {
  let low = 0;
  let high = reports.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareSeries(keyOf(reports[middle]!), key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function spliced(into: Float64Array, at: number, items: Float64Array): Float64Array {
  const out = new Float64Array(into.length + items.length);
  out.set(into.subarray(0, at));
  out.set(items, at);
  out.set(into.subarray(at), at + items.length);
  return out;
}

/**
 * Rows as an order: the first column the row, the second its report. Read as
 * they come into arrays that grow, so that every figure of a large library
 * (1.7 million on 10 000 reports) costs 16 bytes a row, not an array a row.
 */
export function orderOf(rows: Iterable<readonly [number, number]>): Order {
  let ids = new Float64Array(1024);
  let reports = new Float64Array(1024);
  let count = 0;
  for (const [id, report] of rows) {
    if (count === ids.length) [ids, reports] = [grown(ids), grown(reports)];
    ids[count] = id;
    reports[count++] = report;
  }
  return { ids: ids.slice(0, count), reports: reports.slice(0, count) };
}

/**
 * Rows (the row, its report, its place in the report) in series order: each
 * report's rows together, the reports by their series keys, a report's rows by
 * their place. Sorting the few thousand reports a query reaches costs less than
 * sorting its rows by their reports' names (SQLite's temporary B-tree: about a
 * third of a search's ordering on 10 000 reports, half of every figure's).
 */
export function inSeriesOrder(rows: Iterable<readonly [number, number, number]>, keyOf: (report: number) => SeriesKey): Order {
  const steps = ordering(rows[Symbol.iterator](), keyOf);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Time an ordering runs between two steps, in ms. Rows cost what their query
 * costs (on 10 000 reports, every figure's 1.7 million rows read in 1.4–2.2 s
 * of CPU, a search's some 8 µs a row), so a step is timed rather than counted.
 */
const STEP_MS = 10;

/** How far an ordering has come: the order and the rows of it in place (none while the rows are still read). */
export interface Progress {
  order: Order;
  placed: number;
}

/**
 * inSeriesOrder a step at a time, so that a caller can let other work in
 * between (a large library's first ordering costs seconds): yields about every
 * STEP_MS while it reads the rows (null) and while it puts the reports' rows in
 * place (how far it has come), and returns the order. A report without a
 * series key (deleted since the rows were read) is left out.
 */
export function* ordering(
  rows: Iterator<readonly [number, number, number]>, keyOf: (report: number) => SeriesKey | undefined, stepMs = STEP_MS,
): Generator<Progress | null, Order> {
  const byReport = new Map<number, number[]>();
  let count = 0;
  let stepped = performance.now();
  const due = () => performance.now() - stepped >= stepMs && (stepped = performance.now()) > 0;
  try {
    for (let row = rows.next(); !row.done; row = rows.next()) {
      const [id, report, place] = row.value;
      let placed = byReport.get(report);
      if (!placed) byReport.set(report, (placed = []));
      placed.push(place, id);
      if (++count % 256 === 0 && due()) yield null;
    }
  } finally {
    // Left unfinished (a client gone), a statement would hold its snapshot, and the log could not be checkpointed past it.
    rows.return?.();
  }
  const keys = new Map<number, SeriesKey>();
  for (const report of byReport.keys()) {
    const key = keyOf(report);
    if (key) keys.set(report, key);
    else count -= byReport.get(report)!.length / 2;
  }
  const progress = { order: { ids: new Float64Array(count), reports: new Float64Array(count) }, placed: 0 };
  const reports = [...keys.keys()].sort((a, b) => compareSeries(keys.get(a)!, keys.get(b)!));
  yield progress;
  for (const report of reports) {
    for (const id of byPlace(byReport.get(report)!)) {
      progress.order.ids[progress.placed] = id;
      progress.order.reports[progress.placed++] = report;
    }
    if (due()) yield progress;
  }
  return progress.order;
}

/** The rows of pairs (place, row) by their place; most come in place order already. */
function byPlace(pairs: number[]): number[] {
  const rows: number[] = [];
  let sorted = true;
  for (let i = 0; i < pairs.length; i += 2) {
    if (i > 0 && pairs[i]! < pairs[i - 2]!) sorted = false;
    rows.push(pairs[i + 1]!);
  }
  if (sorted) return rows;
  return rows.map((_, k) => k).sort((a, b) => pairs[2 * a]! - pairs[2 * b]!).map((k) => rows[k]!);
}

/** Orders one after the other, as one. */
export function joined(orders: Order[]): Order {
  const count = orders.reduce((sum, order) => sum + order.ids.length, 0);
  const whole = { ids: new Float64Array(count), reports: new Float64Array(count) };
  let at = 0;
  for (const { ids, reports } of orders) {
    whole.ids.set(ids, at);
    whole.reports.set(reports, at);
    at += ids.length;
  }
  return whole;
}

function grown(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(array.length * 2);
  larger.set(array);
  return larger;
}

// SQLite: the ids of a table's rows grow as reports are added, so a kept
// order's mark is the highest id it has seen, and the rows to merge are those
// after it.

/** A SQLite query of ordered matches; its rows come with a report and are added to the table named, never changed in place. */
export interface Listing {
  table: 'figures' | 'sentences';
  /** Selects `id`, `report` and `seq` of the matches with id > @after, in any order (put in series order here). */
  sql: string;
  /**
   * The same of the reports in @reports (a JSON array) only: a page of a listing not kept yet is then read
   * a range of reports at a time, in series order, as far as it needs (a query whose every range costs its
   * whole match, a full-text search, has none).
   */
  ofReports?: string;
  params: Params;
}

/** What a write did to the listings (a write that changes no listing, a review, need not say). */
export type WriteEffect = 'added reports' | 'other';

export interface Pages {
  /** The rows of the page `offset`, `limit` (all when absent) of the listing, `read` from their ids (in their order) when not kept; frozen. */
  rows<T>(listing: Listing, offset: number, limit: number | undefined, read: (ids: number[]) => T[]): T[];
  /**
   * Every row of the listing from `offset`, `size` at a time, each chunk `read` from its ids: the
   * order as it stands at the start (a later write puts new arrays in the kept one, never changes
   * these), so a row is given once even while reports are added; rows deleted meanwhile are left out.
   * An order not kept yet is made a step at a time, its rows given as they are put in place, and an
   * empty chunk after a step that gave none: a caller may let other work in between chunks.
   */
  chunks<T>(listing: Listing, offset: number, size: number, read: (ids: number[]) => T[]): Generator<T[]>;
  /** Runs a write that may change listings in one transaction; `effect` says, after it, what it did (when unsure: 'other'). */
  write<R>(run: () => R, effect: (result: R) => WriteEffect): R;
  /** `compute`'s answer to `key`, computed again once the library has changed in any way. */
  remember<T>(key: string, compute: () => T): T;
  close(): void;
}

export function pages(db: Database.Database): Pages {
  // data_version changes when another connection commits, total_changes()
  // when this one writes: together they name the state of the library.
  const version = db.prepare('SELECT (SELECT data_version FROM pragma_data_version) || \'.\' || total_changes()').pluck();
  const orders = sqliteOrders(db, () => version.get() as string);
  const answers = memo();
  let answersVersion = '';
  // Counted in the write's transaction, so that any connection's reader knows what it did (migrations.ts, listing changes).
  const reordered = db.prepare('UPDATE listing_changes SET writes = writes + 1');
  const logged = db.transaction((run: () => unknown, effect: (result: unknown) => WriteEffect) => {
    const result = run();
    if (effect(result) === 'other') reordered.run();
    return result;
  });

  return {
    rows<T>(listing: Listing, offset: number, limit: number | undefined, read: (ids: number[]) => T[]): T[] {
      const order = orders.ordered(listing, offset, limit);
      const { slice, found } = orders.kept.slice(order, offset, limit);
      if (found) return found as T[];
      const rows = frozen(read(slice.ids));
      orders.kept.keepPage(order, slice, rows);
      return rows;
    },

    *chunks<T>(listing: Listing, offset: number, size: number, read: (ids: number[]) => T[]): Generator<T[]> {
      const steps = orders.stepwise(listing);
      let start = offset;
      const chunk = (ids: Float64Array, end: number) => read(Array.from(ids.subarray(start, (start = Math.min(start + size, end)))));
      let step = steps.next();
      for (; !step.done; step = steps.next()) {
        const progress = step.value;
        if (!progress || progress.placed - start < size) yield [];
        else while (progress.placed - start >= size) yield chunk(progress.order.ids, progress.placed);
      }
      const { ids } = step.value;
      while (start < ids.length) yield chunk(ids, ids.length);
    },

    write<R>(run: () => R, effect: (result: R) => WriteEffect): R {
      return logged.immediate(run, effect as (result: unknown) => WriteEffect) as R;
    },

    close: () => orders.close(),

    remember(key, compute) {
      const now = version.get() as string;
      if (now !== answersVersion) {
        answers.clear();
        answersVersion = now;
      }
      const found = answers.find<ReturnType<typeof compute>>(key);
      if (found) return found.answer;
      const answer = compute();
      answers.keep(key, answer);
      return answer;
    },
  };
}

/** What a connection tells of the library's listings: the writes that reordered them, and the highest id of each table. */
function tallies(db: Database.Database) {
  return {
    reorderings: db.prepare('SELECT writes FROM listing_changes').pluck(),
    highest: {
      figures: db.prepare('SELECT coalesce(max(id), 0) FROM figures').pluck(),
      sentences: db.prepare('SELECT coalesce(max(id), 0) FROM sentences').pluck(),
    },
  };
}

/**
 * SQLite's kept orders, brought up to the library's `version`: merged when
 * only reports were added since (by any connection), else dropped.
 */
function sqliteOrders(db: Database.Database, version: () => string) {
  const { reorderings, highest } = tallies(db);
  const reportsAfter = {
    figures: db.prepare('SELECT DISTINCT report_id FROM figures WHERE id > ? AND id <= ?').pluck(),
    sentences: db.prepare('SELECT DISTINCT report_id FROM sentences WHERE id > ? AND id <= ?').pluck(),
  };
  const keys = seriesKeys(db);
  const kept = keptOrders();
  const reader = snapshots(db);
  let keptVersion = '';
  let keptReorderings = -1;

  /** Drops what is kept once a write has reordered the listings. */
  function refresh(): void {
    const now = version();
    if (now === keptVersion) return;
    const reorderingsNow = reorderings.get() as number;
    if (reorderingsNow !== keptReorderings) {
      kept.clear();
      keys.forget();
      keptReorderings = reorderingsNow;
    }
    keptVersion = now;
  }

  /** The listing's order, made (only as far as the page when it can), or brought up to date as far as page `offset`, `limit` needs. */
  function ordered(listing: Listing, offset: number, limit: number | undefined): Ordered {
    refresh();
    const key = keyOf(listing);
    const top = highest[listing.table].get() as number;
    const order = kept.get(key);
    if (order && top > order.seen) waiting(order, reportsAfter[listing.table].all(order.seen, top) as number[], top, keys.of);
    if (!order || (order.partial && !settled(order, offset, limit))) {
      const made = madeOrder(db, keys, highest[listing.table], listing, limit === undefined ? undefined : offset + limit);
      return kept.keep(key, made.order, made.top, made.partial);
    }
    if (top > order.mark && !settled(order, offset, limit)) kept.update(order, withAdded(order, matchesOf(db, keys, listing, order.mark), keys.of), top);
    return order;
  }

  /**
   * Every row of the listing's order: the kept one, or one made a step at a
   * time from rows read on a connection of its own (the answering thread's
   * may be used between steps, by writes too), kept once made unless a write
   * reordered the listings meanwhile.
   */
  function* stepwise(listing: Listing): Generator<Progress | null, Order> {
    refresh();
    const key = keyOf(listing);
    const whole = () => kept.has(key) && !kept.get(key)!.partial;
    if (whole()) return ordered(listing, 0, undefined);
    const { rows, top, reorderingsSeen } = reader.rows(listing);
    const order = yield* ordering(rows, keys.find);
    refresh();
    return reorderingsSeen === keptReorderings && !whole() ? kept.keep(key, order, top) : order;
  }

  return { kept, ordered, stepwise, close: reader.close };
}

/** The listing's matches with id > `after` in series order. */
const matchesOf = (db: Database.Database, keys: SeriesKeys, listing: Listing, after: number) =>
  inSeriesOrder(statement(db, listing.sql).raw().iterate({ ...listing.params, after }) as IterableIterator<[number, number, number]>, keys.of);

/**
 * A listing's order with the highest id of its table, from one snapshot (the ranges are read by
 * several statements): whole, or its first `rows` at least when its reports can be read a range at a time.
 */
function madeOrder(db: Database.Database, keys: SeriesKeys, highest: Database.Statement, listing: Listing, rows: number | undefined) {
  return db.transaction(() => {
    const top = highest.get() as number;
    const first = rows === undefined || listing.ofReports === undefined ? null : firstRows(db, keys, { sql: listing.ofReports, params: listing.params }, rows);
    return first ? { order: first.order, top, partial: !first.whole } : { order: matchesOf(db, keys, listing, -1), top, partial: false };
  })();
}

/**
 * The first `rows` of a listing's order at least, read a range of reports at a time in series
 * order (FIRST_REPORTS, then twice as many each time): on 10 000 reports the first page of every
 * figure costs a few ms, not the seconds of putting them all in order. Whole once it reached the
 * end; null once the rows found tell that more than RANGED_REPORTS reports would be needed (each
 * range runs the query's match again, and reads its reports' rows by report: for a few matches
 * spread over the library, making the whole order costs less).
 */
function firstRows(db: Database.Database, keys: SeriesKeys, { sql, params }: { sql: string; params: Params }, rows: number): { order: Order; whole: boolean } | null {
  const reports = keys.inOrder();
  const parts: Order[] = [];
  let [count, from] = [0, 0];
  for (let size = FIRST_REPORTS; from < reports.length && count < rows; from += size, size *= 2) {
    const range = JSON.stringify(reports.slice(from, from + size));
    const part = inSeriesOrder(statement(db, sql).raw().iterate({ ...params, after: -1, reports: range }) as IterableIterator<[number, number, number]>, keys.of);
    parts.push(part);
    count += part.ids.length;
    const [covered, more] = [from + size, count < rows && from + size < reports.length];
    if (more && (count === 0 || (covered * rows) / count > RANGED_REPORTS)) return null;
  }
  return { order: joined(parts), whole: from >= reports.length };
}

/** Reports in the first range a page of a listing not kept yet reads (firstRows). */
const FIRST_REPORTS = 16;
/** Reports a page may need, by the rows the ranges read so far found, for the ranges to go on; past it the whole order is made (firstRows). */
const RANGED_REPORTS = 256;

/** What a listing's order is kept under. */
const keyOf = (listing: Listing) => `${listing.sql}\n${JSON.stringify(listing.params)}`;

/**
 * A second, read-only connection to the library for orderings made a step at
 * a time: its statement stays open between steps, reading one snapshot, which
 * would keep the answering connection from writing. A library in memory has
 * no file to open again: its rows are read at once on its own connection.
 */
function snapshots(db: Database.Database) {
  let reader: Database.Database | null = null;
  // Statements left open by streams still running: the connection closes only once they are.
  const open = new Set<Iterator<unknown>>();

  function connection(): Database.Database {
    if (!reader) {
      reader = new Database(db.name, { readonly: true, fileMustExist: true });
      reader.pragma('mmap_size = 17179869184');
    }
    return reader;
  }

  return {
    /**
     * Every row of the listing, from one snapshot, with the highest id and the
     * reorderings that snapshot had. (When no row matched, those read before the
     * statement ran: an order with nothing merged up to a lower mark than it could be.)
     */
    rows(listing: Listing) {
      const source = db.memory ? db : connection();
      const { reorderings, highest } = tallies(source);
      let [top, reorderingsSeen] = [highest[listing.table].get() as number, reorderings.get() as number];
      const found = statement(source, listing.sql).raw();
      const params = { ...listing.params, after: -1 };
      const rows = (db.memory ? found.all(params)[Symbol.iterator]() : found.iterate(params)) as Iterator<[number, number, number]>;
      const first = rows.next();
      if (!first.done) [top, reorderingsSeen] = [highest[listing.table].get() as number, reorderings.get() as number];
      const given = withFirst(first, rows, () => open.delete(given));
      open.add(given);
      return { rows: given, top, reorderingsSeen };
    },
    close(): void {
      for (const rows of open) rows.return?.();
      reader?.close();
    },
  };
}

/** An iterator whose first item was taken already, given again; closing it closes the rest and tells `closed`. */
function withFirst<T>(first: IteratorResult<T>, rest: Iterator<T>, closed: () => void): Iterator<T> {
  let given = false;
  return {
    next: () => (given ? rest.next() : ((given = true), first)),
    return: (value?: unknown) => {
      closed();
      return rest.return?.(value) ?? { done: true, value: undefined };
    },
  };
}

/**
 * Each report's series key, read once (until forgotten: an issuer renamed, a
 * report reanalysed). Those of every report not read yet are read together at
 * the first one asked for: a query's first ordering asks for thousands, and one
 * at a time they cost a third of it.
 */
interface SeriesKeys {
  of(report: number): SeriesKey;
  find(report: number): SeriesKey | undefined;
  inOrder(): readonly number[];
  forget(): void;
}

function seriesKeys(db: Database.Database): SeriesKeys {
  const series = 'SELECT r.id, i.name, r.year FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id WHERE r.id >= ? AND r.id <= ?';
  // All at once from the series index, which holds them: each report's row sits on pages of its own
  // (its text follows), so reading them from the table cost a page a report (10 000 reports: 952 → 48 ms, the file not in memory).
  const all = db.prepare(series.replace('reports r', 'reports r INDEXED BY reports_series')).raw();
  const some = db.prepare(series).raw();
  const newest = db.prepare('SELECT coalesce(max(id), 0) FROM reports').pluck();
  const keys = new Map<number, SeriesKey>();
  let readUpTo = 0;
  // Every report read, in series order, up to `sortedUpTo`.
  let sorted: number[] = [];
  let sortedUpTo = 0;
  const read = (from: number, to: number) => {
    const found = readUpTo === 0 && from !== to ? all.iterate(from, to) : some.iterate(from, to);
    for (const [id, name, year] of found as IterableIterator<[number, string | null, number | null]>) {
      keys.set(id, seriesKey(name, year, id));
      readUpTo = Math.max(readUpTo, id);
    }
  };
  /** A report's key; undefined for a report deleted since its rows were read. */
  const find = (report: number) => {
    if (!keys.has(report)) {
      if (report > readUpTo) read(readUpTo + 1, Number.MAX_SAFE_INTEGER);
      else read(report, report);
    }
    return keys.get(report);
  };
  const keyOf = (report: number) => keys.get(report)!;
  return {
    of: (report) => find(report)!,
    find,
    /** Every report in series order; those added since the last call put in their place. */
    inOrder() {
      const last = newest.get() as number;
      if (last > readUpTo) read(readUpTo + 1, last);
      if (sortedUpTo < readUpTo) {
        const added = [...keys.keys()].filter((report) => report > sortedUpTo);
        if (added.length > sorted.length) sorted = [...keys.keys()].sort((a, b) => compareSeries(keyOf(a), keyOf(b)));
        else for (const report of added) sorted.splice(sortsAt({ reports: sorted }, keyOf(report), keyOf), 0, report);
        sortedUpTo = readUpTo;
      }
      return sorted;
    },
    forget() {
      keys.clear();
      readUpTo = 0;
      sorted = [];
      sortedUpTo = 0;
    },
  };
}
