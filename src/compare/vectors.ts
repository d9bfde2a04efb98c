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
  return dot === 0 ? 0 : dot / (normA * normB);
}
