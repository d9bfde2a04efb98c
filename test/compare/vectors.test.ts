import { describe, expect, it } from 'vitest';
import { cosine, cosineOf, dotsWith, norm, vectorIndex, vectorOf } from '../../src/compare/vectors.js';

// Terms of review sentences (zhejiang-gwr-2026) and of a commitment asking about them; weights of awkward sizes, so a sum in another order would differ in its last bit.
const idf = (term: string) => 1 / (term.length + 0.3) + Math.log(7 + term.charCodeAt(0) / 1000);
const sentences = [
  ['粮食', '产量', '粮食产量', '稳定', '粮食'],
  ['高标准农田', '建设', '农田', '粮食'],
  ['民营经济', '促进法', '民营企业'],
  [],
  ['粮食', '播种面积', '产量', '产量'],
].map((terms) => vectorOf(terms, idf));

describe('dotsWith', () => {
  // One index for every case: each query's sums start from zero, whatever the last one reached.
  const index = vectorIndex(sentences.map((vector, i): [number, typeof vector] => [i, vector]));
  it.each([
    [['粮食', '产量', '提高', '粮食'], [0, 1, 4]],
    [['民营企业', '粮食'], [2, 0, 1, 4]],
    [['海洋经济'], []],
    [['粮食', '产量', '提高', '粮食'], [0, 1, 4]],
  ])('%j: the dot products cosine() sums, to the bit, for the sentences sharing a term, in the order first reached', (terms, reached) => {
    const query = vectorOf(terms, idf);
    const { dots, hit } = dotsWith(index, query);
    expect(hit).toEqual(reached);
    sentences.forEach((vector, i) => expect(cosineOf(dots[i]!, norm(query), norm(vector))).toBe(cosine(query, vector)));
  });
});
