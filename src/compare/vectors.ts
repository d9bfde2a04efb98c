// Term vectors with TF-IDF weights and their cosine: the relevance measure for
// commitment evidence and for section content.
import { terms, tokensIn } from '../extract/keywords.js';
import { tokensOf } from '../segment/jieba.js';
import type { Analysis, Span } from '../types.js';

export type Vector = Map<string, number>;

/** The terms of a span of an analysed report. */
export function termsIn(analysis: Analysis, span: Span): string[] {
  return terms(tokensIn(tokensOf(analysis), span));
}

/** Inverse document frequencies over a set of term lists. */
export function inverseFrequencies(documents: string[][]): (term: string) => number {
  const counts = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const n = documents.length;
  return (term) => Math.log(1 + n / (1 + (counts.get(term) ?? 0)));
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
