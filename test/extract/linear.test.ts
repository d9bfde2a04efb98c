import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline.js';
import { WORST_CASES } from './worst-case.js';

// Each case should take well under 2 s (`npm run bench` prints analyzeWorstCaseMs);
// the timeout is generous because tests share the machine. A quadratic step takes minutes.
describe('analysis is linear in the text', () => {
  it.each(WORST_CASES)('a megabyte of %s', (_, doc) => {
    const analysis = analyzeDocument(doc);
    expect(analysis.source.chars).toBeGreaterThan(100_000);
  }, 60_000);
});
