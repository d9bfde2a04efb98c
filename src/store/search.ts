// Full-text search over sentences. The index holds jieba words; highlights
// are found again on the sentence text itself, so snippets show the sentence
// as printed, not its tokenised form.
import type Database from 'better-sqlite3';
import { type Params, REPORT_COLUMNS, reportClauses, reportJoin, SERIES_ORDER, where } from './sql.js';
import { matchSpans, queryPhrases, type Segmenter, sentenceMatch, snippet } from './terms.js';
import type { SearchFilter, SentenceHit } from './types.js';

export function searchSentences(db: Database.Database, segment: Segmenter, query: string, filter: SearchFilter): SentenceHit[] {
  const phrases = queryPhrases(query, segment);
  const params: Params = { match: sentenceMatch(phrases), limit: filter.limit ?? -1 };
  const clauses = ['sentence_words MATCH @match', ...reportClauses(filter, params)];
  // LIMIT -1 is SQLite for no limit.
  const rows = db
    .prepare(
      `SELECT ${REPORT_COLUMNS}, s.seq AS sentence, s.section, s.start_offset AS start, s.end_offset AS end, s.text
       FROM sentence_words w JOIN sentences s ON s.id = w.rowid ${reportJoin('s')}
       ${where(clauses)} ORDER BY ${SERIES_ORDER}, s.seq LIMIT @limit`,
    )
    .all(params) as Array<Omit<SentenceHit, 'snippet' | 'matches'>>;
  return rows.map(({ text, ...row }) => {
    const matches = matchSpans(text, phrases, segment);
    return { ...row, snippet: snippet(text, matches), text, matches };
  });
}
