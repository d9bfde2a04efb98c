import { describe, expect, it } from 'vitest';
import { frequencyWeights, inverseFrequencies, terms, weightsByCount } from '../../src/extract/keywords.js';
import { segment } from '../../src/segment/jieba.js';

// Three sentences of state-council-gwr-2008 and -2014; the first names 改革 twice, which counts it once.
const sentences = ['投资体制改革和价格改革取得新进展。', '深化金融体制改革。', '扩大内需是经济增长的主要动力，也是重大的结构调整。'];
const documents = sentences.map((sentence) => terms(segment(sentence)));

// [term, how many of the sentences hold it]: a term held by more weighs less, one held by none the most.
const held: Array<[string, number]> = [
  ['改革', 2],
  ['价格改革', 1],
  ['扩大内需', 1],
  ['财税体制改革', 0],
];

describe('term weights by how many documents hold a term', () => {
  const weight = inverseFrequencies(documents);
  const byCount = weightsByCount(documents.length);
  const counted = frequencyWeights(documents.length, new Map(held.filter(([, count]) => count > 0)));

  it.each(held)('%s, held by %i: the weight of its count, whichever way it is counted', (term, count) => {
    expect(documents.filter((d) => d.includes(term)).length).toBe(count);
    expect(weight(term)).toBe(byCount[count]);
    expect(counted(term)).toBe(byCount[count]);
  });

  it('weighs a term less the more documents hold it', () => {
    expect([...byCount]).toEqual([...byCount].sort((a, b) => b - a));
    expect(new Set(byCount).size).toBe(documents.length + 1);
  });
});
