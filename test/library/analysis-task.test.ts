// The search terms an analysis job returns come from the words analysis cut
// already, and match what cutting each sentence alone (as a query is cut)
// gives: a sentence after punctuation begins with its own words.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { runTask } from '../../src/library/analysis-task.js';
import { segment } from '../../src/segment/jieba.js';
import { sentenceTerms } from '../../src/store/terms.js';

const file = 'corpus/beijing-gwr-2025.txt';
const { analysis, terms } = await runTask({
  input: { bytes: readFileSync(file), name: 'beijing-gwr-2025.txt' },
  subject: file,
  overrides: {},
  limits: DEFAULT_LIMITS,
  budget: { timeoutMs: 600_000, memoryMb: 4096 },
});
const alone = analysis.sentences.map((s) => sentenceTerms(analysis.text.slice(s.start, s.end), segment));

it('gives one line of terms per sentence', () => {
  expect(terms).toHaveLength(analysis.sentences.length);
});

it.each([
  ['老旧小区改造开工量', '老旧 小区 改造'],
  ['污染防治攻坚战成效考核全国第一', '污染 防治 攻坚战'],
])('indexes the sentence of %s with the words of a query: %s', (words, expected) => {
  const index = analysis.sentences.findIndex((s) => analysis.text.slice(s.start, s.end).includes(words));
  expect(terms[index]).toContain(expected);
});

it('matches cutting each sentence alone for all but a few in a thousand sentences', () => {
  const differing = terms.filter((line, i) => line !== alone[i]);
  expect(differing.length, differing.slice(0, 5).join('\n')).toBeLessThanOrEqual(Math.ceil(terms.length / 1000));
});
