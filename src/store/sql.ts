// SQL shared by the queries that list rows with the report they come from.
import type Database from 'better-sqlite3';
import { ISSUER_MATCH } from './issuers.js';

export { REPORT_COLUMNS, reportJoin } from './queries.js';

/** Series order: issuer, then year, unknowns last. */
export const SERIES_ORDER = 'i.name IS NULL, i.name, r.year IS NULL, r.year, r.id';

export interface ReportConditions {
  issuer?: string;
  year?: number;
  from?: number;
  to?: number;
  report?: number;
}

export type Params = Record<string, string | number>;

/** WHERE clauses on the joined report, with their named parameters added to `params`. */
export function reportClauses(filter: ReportConditions, params: Params): string[] {
  const clauses: string[] = [];
  const add = (clause: string, name: string, value: string | number | undefined) => {
    if (value === undefined) return;
    clauses.push(clause);
    params[name] = value;
  };
  add(`r.issuer_id IN ${ISSUER_MATCH}`, 'issuer', filter.issuer);
  add('r.year = @year', 'year', filter.year);
  add('r.year >= @from', 'from', filter.from);
  add('r.year <= @to', 'to', filter.to);
  add('r.id = @report', 'report', filter.report);
  return clauses;
}

export function where(clauses: string[]): string {
  return clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
}

const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * `sql` prepared once per connection. Listings build their SQL from the
 * filters given (a few shapes, the values are parameters), and compiling a
 * query costs more than running a small one.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = new Map()));
  let found = statements.get(sql);
  if (!found) statements.set(sql, (found = db.prepare(sql)));
  return found;
}
