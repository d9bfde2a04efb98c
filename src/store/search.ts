// Full-text search over sentences. The index holds jieba words; highlights
// are found again on the sentence text itself, so snippets show the sentence
// as printed, not its tokenised form.
import type Database from 'better-sqlite3';
import type { Listing, Pages } from './pages.js';
import { SENTENCE_HITS } from './queries.js';
import { type Params, reportClauses, reportJoin, SERIES_ORDER, statement, where } from './sql.js';
import { expandPhrases, hitSpans, MAX_EXPANSION, queryPhrases, type Segmenter, sentenceMatch, snippet } from './terms.js';
import type { SearchFilter, SentenceHit } from './types.js';

export function searchSentences(db: Database.Database, hits: Pages, segment: Segmenter, query: string, filter: SearchFilter): SentenceHit[] {
  const { listing, read } = sentenceListing(db, hits, segment, query, filter);
  return hits.rows(listing, filter.offset ?? 0, filter.limit, read);
}

export function sentenceChunks(
  db: Database.Database, hits: Pages, segment: Segmenter, query: string, filter: Omit<SearchFilter, 'limit'>, size: number,
): Generator<SentenceHit[]> {
  const { listing, read } = sentenceListing(db, hits, segment, query, filter);
  return hits.chunks(listing, filter.offset ?? 0, size, read);
}

/** The ids of the sentences holding the query, in order, and how the hits of some of them are read whole. */
function sentenceListing(db: Database.Database, hits: Pages, segment: Segmenter, query: string, filter: Omit<SearchFilter, 'limit'>) {
  // A query's words, and the indexed words holding them, change only as reports are added: kept until then
  // (cutting the query and asking the vocabulary were a fifth of a search's time on the thread that answers).
  const { phrases, match } = hits.remember(`search\n${query}`, () => {
    const phrases = queryPhrases(query, segment);
    return { phrases, match: sentenceMatch(expandPhrases(phrases, (text) => vocabulary(db, text))) };
  });
  const params: Params = { match };
  const clauses = ['sentence_words MATCH @match', ...reportClauses(filter, params)];
  const order = `ORDER BY ${SERIES_ORDER}, s.seq`;
  // The hits' ids are put in order (once, by pages.ts), their reports and places
  // read from a small index rather than the sentences' pages (migrations.ts,
  // sentence reports); only the page's sentences are read whole.
  // (@after: only the hits added since, when pages.ts merges them.)
  const listing: Listing = {
    table: 'sentences',
    sql: `SELECT s.id, s.report_id, s.seq FROM sentence_words w JOIN sentences s INDEXED BY sentences_report_of ON s.id = w.rowid ${reportJoin('s')} ${where([...clauses, 'w.rowid > @after'])}`,
    params,
  };
  const read = (ids: number[]): SentenceHit[] => {
    const rows = statement(db, `${SENTENCE_HITS} WHERE s.id IN (SELECT value FROM json_each(@ids)) ${order}`).all({ ids: JSON.stringify(ids) }) as Array<
      Omit<SentenceHit, 'snippet' | 'matches'>
    >;
    return rows.map(({ text, ...row }) => {
      const matches = hitSpans(text, phrases, segment);
      return { ...row, snippet: snippet(text, matches), text, matches };
    });
  };
  return { listing, read };
}

/** The indexed words holding `text`, in byte order; null past MAX_EXPANSION. */
function vocabulary(db: Database.Database, text: string): string[] | null {
  const words = statement(db, 'SELECT word FROM sentence_vocabulary WHERE instr(word, @text) > 0 ORDER BY word LIMIT @limit')
    .pluck()
    .all({ text, limit: MAX_EXPANSION + 1 }) as string[];
  return words.length > MAX_EXPANSION ? null : words;
}
