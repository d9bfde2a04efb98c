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

/** A query's dot products with the indexed vectors, by owner number (0 for those sharing no term), and the owners sharing a term in the order first reached. */
export interface Dots {
  dots: Float64Array;
  hit: number[];
}

/**
 * For each term, the vectors holding it (by their owners' numbers) with its weight
 * there; and the last query's dot products, summed in typed arrays kept with the
 * index (a Map boxes every sum it keeps, a new typed array per query costs more
 * than it saves).
 */
export interface VectorIndex {
  postings: Map<string, { owners: number[]; weights: number[] }>;
  last: Dots & { reached: Uint8Array };
}

export function vectorIndex(owners: Iterable<[number, Vector]>): VectorIndex {
  const postings: VectorIndex['postings'] = new Map();
  let size = 0;
  for (const [owner, vector] of owners) {
    size = Math.max(size, owner + 1);
    // forEach, not for…of: an entry read by for…of is an array made per term.
    vector.forEach((weight, term) => {
      const posting = postings.get(term);
      if (posting) {
        posting.owners.push(owner);
        posting.weights.push(weight);
      } else postings.set(term, { owners: [owner], weights: [weight] });
    });
  }
  return { postings, last: { dots: new Float64Array(size), reached: new Uint8Array(size), hit: [] } };
}

/**
 * The dot product of a query with every indexed vector sharing a term with it. The
 * sums are those cosine() makes (the query's terms in order) without its zero terms,
 * so the scores are the same to the bit; only vectors sharing a term are visited.
 * The answer is the index's own, good until the next query of the same index.
 */
export function dotsWith(index: VectorIndex, query: Vector): Dots {
  const { dots, reached, hit } = index.last;
  for (const owner of hit) {
    dots[owner] = 0;
    reached[owner] = 0;
  }
  hit.length = 0;
  // forEach, not for…of: run thousands of times a pair, where an entry read by for…of is an array made per term.
  query.forEach((weight, term) => {
    const posting = index.postings.get(term);
    if (!posting) return;
    const { owners, weights } = posting;
    for (let k = 0; k < owners.length; k++) {
      const owner = owners[k]!;
      if (reached[owner] === 0) {
        reached[owner] = 1;
        hit.push(owner);
      }
      dots[owner]! += weight * weights[k]!;
    }
  });
  return index.last;
}
