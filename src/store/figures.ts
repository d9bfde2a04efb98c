// Figures, commitments and problems across the library, as flat rows with
// the report they come from. A label query goes through the label_pairs
// index, so it costs the matches, not the size of the library.
import type Database from 'better-sqlite3';
import type { Listing, Pages } from './pages.js';
import { COMMITMENTS, FIGURES, PROBLEMS } from './queries.js';
import { withLists } from './rows.js';
import { labelMatch } from './terms.js';
import { type Params, reportClauses, reportJoin, SERIES_ORDER, statement, where } from './sql.js';
import type { CommitmentRow, ExportKind, ExportRows, FigureFilter, FigureRow, ProblemRow } from './types.js';

function figureClauses(filter: FigureFilter): { clauses: string[]; params: Params } {
  const params: Params = {};
  const clauses = reportClauses(filter, params);
  if (filter.q !== undefined) {
    // Every match; pages.ts asks for those after an id (a report added since it ordered them).
    clauses.push('f.id IN (SELECT rowid FROM label_pairs WHERE label_pairs MATCH @q AND rowid > @after)');
    params.q = labelMatch(filter.q);
    params.after = -1;
  }
  if (filter.unit !== undefined) {
    clauses.push('f.unit = @unit');
    params.unit = filter.unit;
  }
  if (filter.modality !== undefined) {
    clauses.push('f.modality = @modality');
    params.modality = filter.modality;
  }
  return { clauses, params };
}

const FIGURE_ORDER = `ORDER BY ${SERIES_ORDER}, f.seq`;

/** The figures matching `clauses`, for pages.ts to order (with those after @after only, as it merges them). */
function listing(clauses: string[], params: Params): Listing {
  const matching = (index: string, more: string[]) =>
    `SELECT f.id, f.report_id, f.seq FROM figures f ${index} ${reportJoin('f')} ${where(['f.id > @after', ...more, ...clauses])}`;
  // A range of reports read by report (the UNIQUE (report_id, seq) index), not by the unit's index or
  // by the label's matches, which the planner would choose and which read every report's (10 000 reports, 16 of them: 634 → 0.7 ms for %).
  const byReport = matching('INDEXED BY sqlite_autoindex_figures_1', ['f.report_id IN (SELECT value FROM json_each(@reports))']);
  return { table: 'figures', sql: matching('', []), ofReports: byReport, params };
}

// The measure id is kept in the rule trace (measure:gdp-growth/alias).
const MEASURE_COUNTS = `
  SELECT substr(rest, 1, instr(rest, '/') - 1) AS measure, count(*) AS figures
  FROM (SELECT substr(rule, instr(rule, 'measure:') + 8) AS rest FROM figures WHERE rule LIKE '%measure:%/alias%')
  GROUP BY measure`;

export interface Figures {
  query(filter: FigureFilter): FigureRow[];
  chunks(filter: Omit<FigureFilter, 'limit'>, size: number): Generator<FigureRow[]>;
  measureCounts(): Array<{ measure: string; figures: number }>;
  commitmentsOf(report: number): CommitmentRow[];
  problemsOf(report: number): ProblemRow[];
  export<K extends ExportKind>(what: K): IterableIterator<ExportRows[K]>;
}

export function figures(db: Database.Database, matches: Pages): Figures {
  const commitments = db.prepare(`${COMMITMENTS} ORDER BY ${SERIES_ORDER}, c.seq`);
  const problems = db.prepare(`${PROBLEMS} ORDER BY ${SERIES_ORDER}, p.seq`);
  const reportCommitments = db.prepare(`${COMMITMENTS} WHERE c.report_id = ? ORDER BY c.seq`);
  const reportProblems = db.prepare(`${PROBLEMS} WHERE p.report_id = ? ORDER BY p.seq`);
  const measureCounts = db.prepare(MEASURE_COUNTS);

  function query(filter: FigureFilter): FigureRow[] {
    const { clauses, params } = figureClauses(filter);
    if (filter.limit === undefined && !filter.offset) return statement(db, `${FIGURES} ${where(clauses)} ${FIGURE_ORDER}`).all(params) as FigureRow[];
    // A page: the matches' ids are put in order (once, see pages.ts), and only
    // the rows of the page are read whole, with their sentences.
    return matches.rows(listing(clauses, params), filter.offset ?? 0, filter.limit, figuresById);
  }

  function chunks(filter: Omit<FigureFilter, 'limit'>, size: number): Generator<FigureRow[]> {
    const { clauses, params } = figureClauses(filter);
    return matches.chunks(listing(clauses, params), filter.offset ?? 0, size, figuresById);
  }

  const figuresById = (ids: number[]) =>
    statement(db, `${FIGURES} WHERE f.id IN (SELECT value FROM json_each(@ids)) ${FIGURE_ORDER}`).all({ ids: JSON.stringify(ids) }) as FigureRow[];

  function* exportRows<K extends ExportKind>(what: K): IterableIterator<ExportRows[K]> {
    if (what === 'figures') {
      yield* db.prepare(`${FIGURES} ${FIGURE_ORDER}`).iterate() as IterableIterator<ExportRows[K]>;
      return;
    }
    const statement = what === 'commitments' ? commitments : problems;
    for (const row of statement.iterate()) yield withLists(row as Record<string, unknown>) as unknown as ExportRows[K];
  }

  return {
    query,
    chunks,
    measureCounts: () => measureCounts.all() as Array<{ measure: string; figures: number }>,
    commitmentsOf: (report) => reportCommitments.all(report).map((row) => withLists(row as Record<string, unknown>)) as unknown as CommitmentRow[],
    problemsOf: (report) => reportProblems.all(report).map((row) => withLists(row as Record<string, unknown>)) as unknown as ProblemRow[],
    export: exportRows,
  };
}
