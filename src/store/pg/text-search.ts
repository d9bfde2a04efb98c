// Full-text search in PostgreSQL with nothing beyond what it ships. The words
// are jieba's (as the SQLite index holds them, see terms.ts), written as
// tsvector and tsquery literals: the `simple` configuration would lower-case
// and keep every word as it is too, but its parser would split them again
// (and drop the punctuation that SQLite keeps as words). Phrases are runs of
// adjacent positions (`<->`), as FTS5 phrases are.
import type { Analysis } from '../../types.js';
import { indexedWords, labelQuery, labelTerms, type Run, type Segmenter, sentenceTerms } from '../terms.js';

/** PostgreSQL's limits: a lexeme's bytes, a position, positions kept per lexeme. */
const MAX_LEXEME_BYTES = 2046;
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;

const fits = (word: string) => Buffer.byteLength(word) <= MAX_LEXEME_BYTES;

function lexeme(word: string): string {
  return `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * A tsvector of words at positions 1, 2, …. A word too long for PostgreSQL is
 * left out (its place kept), so no query matches it: no query can name it either.
 */
export function tsvector(words: readonly string[]): string {
  const positions = new Map<string, number[]>();
  words.forEach((word, i) => {
    if (!fits(word)) return;
    let at = positions.get(word);
    if (!at) positions.set(word, (at = []));
    if (at.length < MAX_POSITIONS) at.push(Math.min(i + 1, MAX_POSITION));
  });
  return [...positions].map(([word, at]) => `${lexeme(word)}:${[...new Set(at)].join(',')}`).join(' ');
}

/** The indexed words of a stored sentence: `terms` when the analysis made them, else segmented here. */
export function sentenceVector(analysis: Analysis, seq: number, terms: readonly string[] | undefined, segment: Segmenter): string {
  const sentence = analysis.sentences[seq]!;
  return tsvector(indexedWords(terms?.[seq] ?? sentenceTerms(analysis.text.slice(sentence.start, sentence.end), segment)));
}

export function labelVector(label: string): string {
  return tsvector(indexedWords(labelTerms(label)));
}

/** A tsquery holding every phrase as one of its runs of words (terms.ts, expandPhrases); null when nothing can match. */
export function sentenceQuery(phrases: readonly Run[][]): string | null {
  const runs = phrases.map((alternatives) => alternatives.filter((run) => run.words.length > 0 && run.words.every(fits)));
  if (runs.length === 0 || runs.some((alternatives) => alternatives.length === 0)) return null;
  const run = ({ words, prefix }: Run) => `${words.map(lexeme).join(' <-> ')}${prefix ? ':*' : ''}`;
  return runs.map((alternatives) => `(${alternatives.map(run).join(' | ')})`).join(' & ');
}

/** A tsquery for labels holding `query` as a substring; null when nothing can match. */
export function labelSubstringQuery(query: string): string | null {
  const { pairs, prefix } = labelQuery(query);
  if (!pairs.every(fits)) return null;
  return prefix ? `${lexeme(pairs[0]!)}:*` : pairs.map(lexeme).join(' <-> ');
}
