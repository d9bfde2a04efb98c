// Listings across the library: figures, sentences found by search, issuers
// with their series, and every row of one kind for export. A limit of
// `undefined` means all; a page says whether more rows matched.
import type { AsyncStore, ExportKind, ExportRows, FigureFilter, FigureRow, ReportQuery, ReportSummary, SearchFilter, SentenceHit } from '../store/index.js';
import type { IssuerSeries } from './shapes.js';

/** A page of rows, and whether more matched than it holds. */
export interface Page<T> {
  rows: T[];
  more: boolean;
}

// The page made of each array of rows the store gave: the store gives a kept
// page's rows as the same array while they are unchanged, and a route keeps
// the JSON text of the same page (server/http.ts, pageJson).
const made = new WeakMap<object, Page<unknown>>();

/** Asks for one row more than the page holds: its presence tells that there were more. */
async function page<T>(limit: number | undefined, query: (limit: number | undefined) => Promise<T[]>): Promise<Page<T>> {
  const rows = await query(limit === undefined ? undefined : limit + 1);
  let found = made.get(rows) as Page<T> | undefined;
  if (!found) {
    found = limit === undefined || rows.length <= limit ? { rows, more: false } : { rows: rows.slice(0, limit), more: true };
    made.set(rows, found);
  }
  return found;
}

export function findFigures(store: AsyncStore, filter: Omit<FigureFilter, 'limit'>, limit: number | undefined): Promise<Page<FigureRow>> {
  return page(limit, (limit) => store.queryFigures({ ...filter, limit }));
}

export function findSentences(store: AsyncStore, query: string, filter: Omit<SearchFilter, 'limit'>, limit: number | undefined): Promise<Page<SentenceHit>> {
  return page(limit, (limit) => store.searchSentences(query, { ...filter, limit }));
}

/** Rows of a whole listing read at once: a listing of the library is written a chunk at a time, never held whole. */
const CHUNK_ROWS = 500;

/** Every figure matching (from `offset`), a chunk of rows at a time. */
export function allFigures(store: AsyncStore, filter: Omit<FigureFilter, 'limit'>): AsyncIterable<FigureRow[]> {
  return store.figureChunks(filter, CHUNK_ROWS);
}

/** Every sentence holding `query` (from `offset`), a chunk of rows at a time. */
export function allSentences(store: AsyncStore, query: string, filter: Omit<SearchFilter, 'limit'>): AsyncIterable<SentenceHit[]> {
  return store.sentenceChunks(query, filter, CHUNK_ROWS);
}

/** Every report of the list (from `offset`), a chunk at a time. */
export function allReports(store: AsyncStore, query: Omit<ReportQuery, 'limit'>): AsyncIterable<ReportSummary[]> {
  return store.reportChunks(query, CHUNK_ROWS);
}

/** Every issuer with its aliases, the years its stored series covers and its reports. */
export async function issuerSeries(store: AsyncStore): Promise<IssuerSeries[]> {
  const series = new Map<string, IssuerSeries['series']>();
  for (const { id, issuer, year, kind, source } of await store.listReports()) {
    if (issuer === null) continue;
    if (!series.has(issuer)) series.set(issuer, []);
    series.get(issuer)!.push({ id, year, kind, source });
  }
  return (await store.listIssuers()).map((issuer) => {
    const reports = series.get(issuer.name) ?? [];
    const years = [...new Set(reports.flatMap((r) => (r.year === null ? [] : [r.year])))];
    return { ...issuer, years, series: reports };
  });
}

/** Every row of one kind in the library, streamed. */
export function exportRows<K extends ExportKind>(store: AsyncStore, what: K): AsyncIterable<ExportRows[K]> {
  return store.exportRows(what);
}
