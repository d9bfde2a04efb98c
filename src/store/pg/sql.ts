// SQL shared by the PostgreSQL store's queries: positional parameters built as
// clauses are added, report filters, series order and paging. Text is ordered
// with the "C" collation, by code point, as SQLite orders it, whatever the
// database's locale.
import type pg from 'pg';
import type { ReportConditions } from '../sql.js';

/** The pool or one client of it (a transaction), as the store's queries use it. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** A name for each distinct SQL text, the same on every connection. */
const statementNames = new Map<string, string>();

/**
 * Queries as named prepared statements: a connection plans each query shape
 * once (planning a listing's joins took longer than running it).
 */
export function preparing(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      let name = statementNames.get(text);
      if (!name) statementNames.set(text, (name = `nianbao_${statementNames.size + 1}`));
      return target.query<R>({ name, text, values });
    },
  };
}

/** Values for $1, $2, … in the order clauses ask for them. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Series order: issuer, then year, unknowns last. */
export const SERIES_ORDER = 'i.name IS NULL, i.name COLLATE "C", r.year IS NULL, r.year, r.id';

/** Ids of issuers whose name or an alias contains `param`. */
export function issuerMatch(param: string): string {
  return `(SELECT id FROM issuers WHERE strpos(name, ${param}) > 0
    UNION SELECT issuer_id FROM issuer_aliases WHERE strpos(alias, ${param}) > 0)`;
}

export function reportClauses(filter: ReportConditions, params: Params): string[] {
  const clauses: string[] = [];
  if (filter.issuer !== undefined) clauses.push(`r.issuer_id IN ${issuerMatch(params.add(filter.issuer))}`);
  if (filter.year !== undefined) clauses.push(`r.year = ${params.add(filter.year)}`);
  if (filter.from !== undefined) clauses.push(`r.year >= ${params.add(filter.from)}`);
  if (filter.to !== undefined) clauses.push(`r.year <= ${params.add(filter.to)}`);
  if (filter.report !== undefined) clauses.push(`r.id = ${params.add(filter.report)}`);
  return clauses;
}

export { where } from '../sql.js';

/** LIMIT and OFFSET as SQLite reads them: no limit when absent or negative, no offset below 0. */
export function page(params: Params, limit: number | undefined, offset: number | undefined): string {
  return `LIMIT ${params.add(limit !== undefined && limit >= 0 ? limit : null)} OFFSET ${params.add(Math.max(0, offset ?? 0))}`;
}
