// Pages of a listing in series order. Putting every match of a query in
// order costs the number of matches (tens of thousands in a large library,
// most of the time of a request); a page costs its rows. So the ids of a
// query's matches are put in order once, and each page is read once, and both
// are kept while the library changes only by reports added through this
// store: the rows of a new report are merged into each kept order when it is
// next read (they come after every id the order has seen). Any other write
// (a delete, a reanalysis, an issuer renamed, another process's commit)
// drops everything kept.
import type Database from 'better-sqlite3';
import { type Params, statement } from './sql.js';

/** Ids kept at most, over all queries (16 bytes each: the id and its report). */
const CACHED_IDS = 2_000_000;
/** Queries kept at most. */
const CACHED_QUERIES = 256;
/** Rows of read pages kept at most, over all queries; a page longer than this is not kept. */
const CACHED_ROWS = 20_000;

/** A query of ordered matches; its rows come with a report and are added to the table named, never changed in place. */
export interface Listing {
  table: 'figures' | 'sentences';
  /** Selects `id` and `report` of the matches with id > @after, in series order. */
  sql: string;
  params: Params;
}

/** What a write did to the listings. */
export type WriteEffect = 'added reports' | 'no listing changed' | 'other';

export interface Pages {
  /** The rows of the page `offset`, `limit` (all when absent) of the listing, `read` from their ids (in their order) when not kept. */
  rows<T>(listing: Listing, offset: number, limit: number | undefined, read: (ids: number[]) => T[]): T[];
  /** Runs a write of this store; `effect` says, after it, what it did (when unsure: 'other'). */
  write<R>(run: () => R, effect: (result: R) => WriteEffect): R;
}

interface Ordered {
  ids: Float64Array;
  reports: Float64Array;
  /** The highest id of the table when the order was made or last merged. */
  after: number;
  /** Pages read, by offset and limit, with the ids they were read for. */
  pages: Map<string, { ids: number[]; rows: unknown[] }>;
  rows: number;
}

/** Where an issuer's reports sort: SERIES_ORDER (sql.ts) as a key. */
type SeriesKey = [issuer: Buffer | null, year: number | null, id: number];

const bytes = (text: string | null) => (text === null ? null : Buffer.from(text, 'utf8'));

/** SERIES_ORDER in JS: unknowns last, names as SQLite's BINARY collation (UTF-8 bytes) sorts them. */
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

export function pages(db: Database.Database): Pages {
  // data_version changes when another connection commits, total_changes()
  // when this one writes: together they name the state of the library.
  const version = db.prepare('SELECT (SELECT data_version FROM pragma_data_version) || \'.\' || total_changes()').pluck();
  const highest = {
    figures: db.prepare('SELECT coalesce(max(id), 0) FROM figures').pluck(),
    sentences: db.prepare('SELECT coalesce(max(id), 0) FROM sentences').pluck(),
  };
  const keys = seriesKeys(db);
  const kept = new Map<string, Ordered>();
  let keptVersion = '';
  let keptIds = 0;
  let keptRows = 0;

  function clear(): void {
    kept.clear();
    keys.forget();
    keptIds = 0;
    keptRows = 0;
  }

  function matches(listing: Listing, after: number): { ids: Float64Array; reports: Float64Array } {
    const rows = statement(db, listing.sql).raw().all({ ...listing.params, after }) as Array<[number, number]>;
    return { ids: Float64Array.from(rows, (row) => row[0]), reports: Float64Array.from(rows, (row) => row[1]) };
  }

  /** Rows added since `order` was made merged in. */
  function merge(order: Ordered, listing: Listing, now: number): void {
    const { ids, reports } = withAdded(order, matches(listing, order.after), keys.of);
    order.after = now;
    keptIds += ids.length - order.ids.length;
    Object.assign(order, { ids, reports });
  }

  function ordered(key: string, listing: Listing): Ordered {
    const now = version.get() as string;
    if (now !== keptVersion) {
      clear();
      keptVersion = now;
    }
    const top = highest[listing.table].get() as number;
    let order = kept.get(key);
    if (order) {
      // Used again: it moves to the end, the last to be dropped.
      kept.delete(key);
      kept.set(key, order);
      if (top > order.after) merge(order, listing, top);
      return order;
    }
    order = { ...matches(listing, -1), after: top, pages: new Map(), rows: 0 };
    while (kept.size > 0 && (kept.size >= CACHED_QUERIES || keptIds + order.ids.length > CACHED_IDS)) drop(kept.keys().next().value!);
    if (order.ids.length <= CACHED_IDS) {
      kept.set(key, order);
      keptIds += order.ids.length;
    }
    return order;
  }

  function drop(key: string): void {
    const order = kept.get(key)!;
    kept.delete(key);
    keptIds -= order.ids.length;
    keptRows -= order.rows;
  }

  /** Keeps a page's rows, dropping the pages of the queries used longest ago to make room. */
  function keepPage(order: Ordered, page: string, ids: number[], rows: unknown[]): void {
    if (rows.length > CACHED_ROWS) return;
    for (const other of kept.values()) {
      if (keptRows + rows.length <= CACHED_ROWS) break;
      keptRows -= other.rows;
      other.rows = 0;
      other.pages.clear();
    }
    const previous = order.pages.get(page);
    if (previous) {
      order.rows -= previous.rows.length;
      keptRows -= previous.rows.length;
    }
    order.pages.set(page, { ids, rows });
    order.rows += rows.length;
    keptRows += rows.length;
  }

  return {
    rows<T>(listing: Listing, offset: number, limit: number | undefined, read: (ids: number[]) => T[]): T[] {
      const key = `${listing.sql}\n${JSON.stringify(listing.params)}`;
      const order = ordered(key, listing);
      const end = limit === undefined ? order.ids.length : Math.min(order.ids.length, offset + limit);
      const ids = Array.from(order.ids.subarray(Math.min(offset, end), end));
      const page = `${offset}:${limit}`;
      const found = order.pages.get(page);
      // Copies: a caller may change what it is given.
      if (found && found.ids.length === ids.length && found.ids.every((id, i) => id === ids[i])) return found.rows.map((row) => ({ ...(row as object) }) as T);
      const rows = read(ids);
      if (kept.get(key) === order) keepPage(order, page, ids, rows);
      return rows.map((row) => ({ ...(row as object) }) as T);
    },

    write(run, effect) {
      const before = version.get() as string;
      const result = run();
      // A write after a change not seen yet leaves the version apart: the next read drops everything.
      if (before === keptVersion && effect(result) !== 'other') keptVersion = version.get() as string;
      return result;
    },
  };
}

/** Each report's series key, read once (until forgotten: an issuer renamed, a report reanalysed). */
function seriesKeys(db: Database.Database): { of(report: number): SeriesKey; forget(): void } {
  const seriesOf = db.prepare('SELECT i.name, r.year FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id WHERE r.id = ?').raw();
  const keys = new Map<number, SeriesKey>();
  return {
    of(report) {
      let key = keys.get(report);
      if (!key) {
        const [name, year] = seriesOf.get(report) as [string | null, number | null];
        keys.set(report, (key = [bytes(name), year, report]));
      }
      return key;
    },
    forget: () => keys.clear(),
  };
}

/** An order with the added rows put in: each new report's run of ids where its series key sorts. */
function withAdded(
  order: { ids: Float64Array; reports: Float64Array },
  added: { ids: Float64Array; reports: Float64Array },
  keyOf: (report: number) => SeriesKey,
): { ids: Float64Array; reports: Float64Array } {
  let { ids, reports } = order;
  for (let start = 0; start < added.ids.length; ) {
    const report = added.reports[start]!;
    let end = start;
    while (end < added.ids.length && added.reports[end] === report) end++;
    const key = keyOf(report);
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareSeries(keyOf(reports[middle]!), key) < 0) low = middle + 1;
      else high = middle;
    }
    ids = spliced(ids, low, added.ids.subarray(start, end));
    reports = spliced(reports, low, added.reports.subarray(start, end));
    start = end;
  }
  return { ids, reports };
}

function spliced(into: Float64Array, at: number, items: Float64Array): Float64Array {
  const out = new Float64Array(into.length + items.length);
  out.set(into.subarray(0, at));
  out.set(items, at);
  out.set(into.subarray(at), at + items.length);
  return out;
}
