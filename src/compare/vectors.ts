// Term vectors with TF-IDF weights and their cosine: the relevance measure for
// commitment evidence and for section content.
import { terms } from '../extract/keywords.js';
import { tokensIn, tokensOf } from '../segment/jieba.js';
import type { Analysis, Span } from '../types.js';

export type Vector = Map<string, number>;

/** The terms of a span of an analysed report. */
export function termsIn(analysis: Analysis, span: Span): string[] {
  return terms(tokensIn(tokensOf(analysis), span));
}


export function vectorOf(words: string[], idf: (term: string) => number): Vector {
  const vector: Vector = new Map();
  for (const word of words) vector.set(word, (vector.get(word) ?? 0) + idf(word));
  return vector;
}

export function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

export function cosine(a: Vector, b: Vector, normA = norm(a), normB = norm(b)): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  return cosineOf(dot, normA, normB);
}

/** The cosine of two vectors from their dot product and norms. */
export const cosineOf = (dot: number, normA: number, normB: number): number => (dot === 0 ? 0 : dot / (normA * normB));

/** For each term, the vectors holding it (by their owners) with its weight there. */
export type VectorIndex<T> = Map<string, Array<[T, number]>>;

export function vectorIndex<T>(owners: Iterable<[T, Vector]>): VectorIndex<T> {
  const index: VectorIndex<T> = new Map();
  for (const [owner, vector] of owners) {
    for (const [term, weight] of vector) {
      const list = index.get(term);
      if (list) list.push([owner, weight]);
      else index.set(term, [[owner, weight]]);
    }
  }
  return index;
}

/**
 * The dot product of a query with every indexed vector sharing a term with it. The
 * sums are those cosine() makes (the query's terms in order) without its zero terms,
 * so the scores are the same to the bit; only vectors sharing a term are visited.
 */
export function dotsWith<T>(index: VectorIndex<T>, query: Vector): Map<T, number> {
  const dots = new Map<T, number>();
  for (const [term, weight] of query) {
    for (const [owner, held] of index.get(term) ?? []) dots.set(owner, (dots.get(owner) ?? 0) + weight * held);
  }
  return dots;
}
