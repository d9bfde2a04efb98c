// Pages of a listing in series order. Putting every match of a query in
// order costs the number of matches (tens of thousands in a large library,
// most of the time of a request); a page costs its rows. So the ids of a
// query's matches are put in order once and kept while the library is
// unchanged, and each page reads only its own rows.
import type Database from 'better-sqlite3';
import { type Params, statement } from './sql.js';

/** Ids kept at most, over all queries (8 bytes each). */
const CACHED_IDS = 2_000_000;
/** Queries kept at most. */
const CACHED_QUERIES = 256;

export interface Pages {
  /**
   * The page `offset`, `limit` (all when absent) of the ids that `sql` gives
   * with `params`, in its order; `sql` selects one column of ids.
   */
  page(sql: string, params: Params, offset: number, limit: number | undefined): number[];
}

export function pages(db: Database.Database): Pages {
  // data_version changes when another connection commits, total_changes()
  // when this one writes: together they name the state of the library.
  const version = db.prepare('SELECT (SELECT data_version FROM pragma_data_version) || \'.\' || total_changes()').pluck();
  const kept = new Map<string, Float64Array>();
  let keptVersion = '';
  let keptIds = 0;

  function ordered(sql: string, params: Params): Float64Array {
    const now = version.get() as string;
    if (now !== keptVersion) {
      kept.clear();
      keptIds = 0;
      keptVersion = now;
    }
    const key = `${sql}\n${JSON.stringify(params)}`;
    let ids = kept.get(key);
    if (ids) {
      // Used again: it moves to the end, the last to be dropped.
      kept.delete(key);
      kept.set(key, ids);
      return ids;
    }
    ids = Float64Array.from(statement(db, sql).pluck().all(params) as number[]);
    while (kept.size > 0 && (kept.size >= CACHED_QUERIES || keptIds + ids.length > CACHED_IDS)) {
      const [oldest, dropped] = kept.entries().next().value!;
      kept.delete(oldest);
      keptIds -= dropped.length;
    }
    if (ids.length <= CACHED_IDS) {
      kept.set(key, ids);
      keptIds += ids.length;
    }
    return ids;
  }

  return {
    page(sql, params, offset, limit) {
      const ids = ordered(sql, params);
      const end = limit === undefined ? ids.length : Math.min(ids.length, offset + limit);
      return Array.from(ids.subarray(Math.min(offset, end), end));
    },
  };
}
