import { describe, expect, it } from 'vitest';

// The public surface is small on purpose; a change to it should be a decision.
describe('src/index.ts', () => {
  it('exports exactly the public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(
      ['InputError', 'STAGES', 'analyzeDocument', 'compare', 'errorCatalogue', 'openStore', 'readBuffer', 'readDocument', 'resolveDbPath'].sort(),
    );
  });

  it('reads, analyses and compares through it', async () => {
    const { readDocument, analyzeDocument, compare } = await import('../src/index.js');
    const older = analyzeDocument(await readDocument('corpus/xuchang-demo-zone-2021.txt'));
    const newer = analyzeDocument(await readDocument('test/fixtures/xuchang-demo-zone-2022.synthetic.txt'));
    expect(compare(older, newer).figures.some((pair) => pair.label === '优良天数' && pair.delta === 5)).toBe(true);
  });
});
