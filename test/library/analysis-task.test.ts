// The search terms an analysis job returns come from the words analysis cut
// already, and match what cutting each sentence alone (as a query is cut)
// gives: a sentence after punctuation begins with its own words. The worker
// sends it all packed, with the text's tokens, as the library's write thread reads it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { analysisJob, runTask } from '../../src/library/analysis-task.js';
import { segment } from '../../src/segment/jieba.js';
import { unpackTokens } from '../../src/segment/packed.js';
import { unpackReport } from '../../src/store/packed.js';
import { indexedWords, sentenceTerms } from '../../src/store/terms.js';

const file = 'corpus/beijing-gwr-2025.txt';
const task = {
  input: { bytes: readFileSync(file), name: 'beijing-gwr-2025.txt' },
  subject: file,
  overrides: {},
  limits: DEFAULT_LIMITS,
  budget: { timeoutMs: 600_000, memoryMb: 4096 },
};
const { analysis, text, terms, words, tokens } = await runTask(task);
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

it('lists each word of the terms once, lower-cased, as the vocabulary holds them', () => {
  const all = terms.flatMap(indexedWords);
  expect(new Set(words)).toEqual(new Set(all));
  expect(words).toHaveLength(new Set(all).size);
  expect(words).toContain('老旧');
});

it('packs the tokens the analysis cut, for the library to give back with it', () => {
  expect(unpackTokens(tokens, analysis.text)).toEqual(segment(analysis.text));
});

it('sends back the analysis, the text, the terms, the words and the tokens packed, and the count of figures', async () => {
  const result = await analysisJob(task);
  if (!result.ok) throw new Error(result.error.problem);
  expect(result.value.figures).toBe(analysis.figures.length);
  expect(unpackReport(result.value.report)).toEqual({ analysis, source: { text, terms, words, tokens } });
});
