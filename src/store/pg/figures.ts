// Figures, commitments, problems and sentences across the library, as flat
// rows with the report they come from, in PostgreSQL. Label and sentence
// queries go through GIN indexes on tsvectors (see text-search.ts); a page is
// a slice of the matches kept in series order (pages.ts).
import { COMMITMENTS, FIGURES, PROBLEMS, reportJoin, SENTENCE_HITS } from '../queries.js';
import { withLists } from '../rows.js';
import { expandPhrases, hitSpans, MAX_EXPANSION, queryPhrases, type Segmenter, snippet, vocabularyTexts } from '../terms.js';
import type { CommitmentRow, ExportKind, FigureFilter, FigureRow, ProblemRow, SearchFilter, SentenceHit } from '../types.js';
import type { PgPages } from './pages.js';
import { Params, type Queryable, reportClauses, SERIES_ORDER, where } from './sql.js';
import { labelSubstringQuery, sentenceQuery } from './text-search.js';

/** Every row of each kind in export order, and what each row needs on its way out. */
export const EXPORTS: Record<ExportKind, { sql: string; row: (row: Record<string, unknown>) => unknown }> = {
  figures: { sql: `${FIGURES} ORDER BY ${SERIES_ORDER}, f.seq`, row: (row) => row },
  commitments: { sql: `${COMMITMENTS} ORDER BY ${SERIES_ORDER}, c.seq`, row: withLists },
  problems: { sql: `${PROBLEMS} ORDER BY ${SERIES_ORDER}, p.seq`, row: withLists },
};

// The measure id is kept in the rule trace (measure:gdp-growth/alias).
const MEASURE_COUNTS = `
  SELECT measure, count(*) AS figures
  FROM (SELECT split_part(substr(rule, strpos(rule, 'measure:') + 8), '/', 1) AS measure FROM figures WHERE rule LIKE '%measure:%/alias%') m
  GROUP BY measure ORDER BY measure COLLATE "C"`;

export async function queryFigures(db: Queryable, matches: PgPages, filter: FigureFilter): Promise<FigureRow[]> {
  const found = figureListing(db, filter);
  if (found === null) return [];
  if (filter.limit === undefined && !filter.offset) return (await db.query<FigureRow>(found.all, found.listing.values)).rows;
  // A page: the matches are put in order (once, see ../pages.ts), and only
  // the rows of the page are read whole, with their sentences.
  return matches.rows(found.listing, filter.offset ?? 0, filter.limit, found.read);
}

export async function* figureChunks(db: Queryable, matches: PgPages, filter: Omit<FigureFilter, 'limit'>, size: number): AsyncGenerator<FigureRow[]> {
  const found = figureListing(db, filter);
  if (found !== null) yield* matches.chunks(found.listing, filter.offset ?? 0, size, found.read);
}

/** The figures matching a filter: all of them in one query, their order, and how some of them are read whole; null when none can match. */
function figureListing(db: Queryable, filter: Omit<FigureFilter, 'limit'>) {
  const params = new Params();
  const clauses = reportClauses(filter, params);
  if (filter.q !== undefined) {
    const q = labelSubstringQuery(filter.q);
    if (q === null) return null;
    clauses.push(`f.label_pairs @@ ${params.add(q)}::tsquery`);
  }
  if (filter.unit !== undefined) clauses.push(`f.unit = ${params.add(filter.unit)}`);
  if (filter.modality !== undefined) clauses.push(`f.modality = ${params.add(filter.modality)}`);
  const order = `ORDER BY ${SERIES_ORDER}, f.seq`;
  const matching = (more: string[]) => `SELECT f.seq, f.report_id AS report FROM figures f ${reportJoin('f')} ${where([...clauses, ...more])} ${order}`;
  return {
    all: `${FIGURES} ${where(clauses)} ${order}`,
    listing: { sql: matching([]), ofReports: matching([`f.report_id = ANY($${params.values.length + 1}::bigint[])`]), values: params.values },
    read: async (seqs: number[], reports: number[]) =>
      (await db.query<FigureRow>(`${FIGURES} WHERE (f.report_id, f.seq) IN (SELECT * FROM unnest($1::bigint[], $2::integer[])) ${order}`, [reports, seqs])).rows,
  };
}

export async function measureCounts(db: Queryable): Promise<Array<{ measure: string; figures: number }>> {
  return (await db.query<{ measure: string; figures: number }>(MEASURE_COUNTS)).rows;
}

export async function commitmentsOf(db: Queryable, report: number): Promise<CommitmentRow[]> {
  const { rows } = await db.query(`${COMMITMENTS} WHERE c.report_id = $1 ORDER BY c.seq`, [report]);
  return rows.map(withLists) as unknown as CommitmentRow[];
}

export async function problemsOf(db: Queryable, report: number): Promise<ProblemRow[]> {
  const { rows } = await db.query(`${PROBLEMS} WHERE p.report_id = $1 ORDER BY p.seq`, [report]);
  return rows.map(withLists) as unknown as ProblemRow[];
}

/** Sentences holding every phrase of the query; highlights are found on the sentence text, as with SQLite (../search.ts). */
export async function searchSentences(
  db: Queryable, hits: PgPages, segment: Segmenter, query: string, filter: SearchFilter,
): Promise<SentenceHit[]> {
  const found = await sentenceListing(db, hits, segment, query, filter);
  return found === null ? [] : hits.rows(found.listing, filter.offset ?? 0, filter.limit, found.read);
}

export async function* sentenceChunks(
  db: Queryable, hits: PgPages, segment: Segmenter, query: string, filter: Omit<SearchFilter, 'limit'>, size: number,
): AsyncGenerator<SentenceHit[]> {
  const found = await sentenceListing(db, hits, segment, query, filter);
  if (found !== null) yield* hits.chunks(found.listing, filter.offset ?? 0, size, found.read);
}

/** The sentences holding the query, in order, and how some of them are read whole; null when none can match. */
async function sentenceListing(db: Queryable, hits: PgPages, segment: Segmenter, query: string, filter: Omit<SearchFilter, 'limit'>) {
  const phrases = queryPhrases(query, segment);
  const found = new Map<string, string[] | null>();
  // The words holding a text change only as reports are added: kept until then.
  for (const text of vocabularyTexts(phrases)) found.set(text, await hits.remember(`vocabulary\n${text}`, () => vocabulary(db, text)));
  const match = sentenceQuery(expandPhrases(phrases, (text) => found.get(text)!));
  if (match === null) return null;
  const params = new Params();
  const clauses = [`s.words @@ ${params.add(match)}::tsquery`, ...reportClauses(filter, params)];
  const order = `ORDER BY ${SERIES_ORDER}, s.seq`;
  // The hits are put in order (once, see ../pages.ts); only the page's sentences are read whole.
  const matching = (more: string[]) => `SELECT s.seq, s.report_id AS report FROM sentences s ${reportJoin('s')} ${where([...clauses, ...more])} ${order}`;
  return {
    listing: { sql: matching([]), ofReports: matching([`s.report_id = ANY($${params.values.length + 1}::bigint[])`]), values: params.values },
    read: async (seqs: number[], reports: number[]): Promise<SentenceHit[]> => {
      const { rows } = await db.query<Omit<SentenceHit, 'snippet' | 'matches'>>(
        `${SENTENCE_HITS} WHERE (s.report_id, s.seq) IN (SELECT * FROM unnest($1::bigint[], $2::integer[])) ${order}`,
        [reports, seqs],
      );
      return rows.map(({ text, ...row }) => {
        const matches = hitSpans(text, phrases, segment);
        return { ...row, snippet: snippet(text, matches), text, matches };
      });
    },
  };
}

/** The indexed words holding `text`, in byte order; null past MAX_EXPANSION. */
async function vocabulary(db: Queryable, text: string): Promise<string[] | null> {
  const { rows } = await db.query<{ word: string }>(
    'SELECT word FROM sentence_vocabulary WHERE strpos(word, $1) > 0 ORDER BY word COLLATE "C" LIMIT $2',
    [text, MAX_EXPANSION + 1],
  );
  return rows.length > MAX_EXPANSION ? null : rows.map((row) => row.word);
}
