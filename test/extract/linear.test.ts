import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../src/extract/numerals.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { WORST_CASES, megabyteOf } from './worst-case.js';

// Each case should take well under 2 s (`npm run bench` prints analyzeWorstCaseMs);
// the timeout is generous because tests share the machine. A quadratic step takes minutes.
describe('analysis is linear in the text', () => {
  it.each(WORST_CASES)('a megabyte of %s', (_, doc) => {
    const analysis = analyzeDocument(doc);
    expect(analysis.source.chars).toBeGreaterThan(100_000);
  }, 60_000);
});

// nianbao numbers reads in the general context, whose forms each read a little past the numeral
// (40k, 一打, 1 4/3, 点一, 打对折, 人民币壹角) or, for 一一 → 11, the whole text.
describe('the general reading is linear in the text', () => {
  it.each(['一', '1234567890', '点一', '12k个百分点一打。1 4/3，点一，打对折人民币壹角五兆六十二亿'])('a megabyte of %s', (piece) => {
    // What fails here is the timeout: a quadratic step takes minutes.
    expect(scanNumbers(megabyteOf(piece), { context: 'general' })).toBeInstanceOf(Array);
  }, 60_000);
});
