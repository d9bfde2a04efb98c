import { describe, expect, it } from 'vitest';
import { countHits, pairIndex } from '../../src/compare/pairs.js';

describe('countHits', () => {
  const index = pairIndex([new Set(['粮食', '产量']), new Set(['农田']), new Set(['产量', '农田', '粮食'])]);
  it.each([
    [['产量', '粮食'], [[0, 2], [2, 2]]],
    [['农田', '粮食', '播种'], [[1, 1], [2, 2], [0, 1]]],
    [['播种'], []],
  ])('%j: how many of the keys each text holds, in the order first hit, as a Map of counts gives them', (keys, expected) => {
    const counts: Array<[number, number]> = [];
    countHits(index, keys, (i, count) => counts.push([i, count]));
    expect(counts).toEqual(expected);
    // Counted again from zero: the counts of one search never leak into the next.
    const again: Array<[number, number]> = [];
    countHits(index, keys, (i, count) => again.push([i, count]));
    expect(again).toEqual(expected);
  });

  it('lets its callback search again: the outer counts are whole, the inner ones start from zero', () => {
    const outer: Array<[number, number]> = [];
    const inner: Array<Array<[number, number]>> = [];
    countHits(index, ['产量', '粮食'], (i, count) => {
      outer.push([i, count]);
      const found: Array<[number, number]> = [];
      countHits(index, ['农田'], (j, held) => found.push([j, held]));
      inner.push(found);
    });
    expect(outer).toEqual([[0, 2], [2, 2]]);
    expect(inner).toEqual([[[1, 1], [2, 1]], [[1, 1], [2, 1]]]);
  });
});
