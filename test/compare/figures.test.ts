import { beforeAll, describe, expect, it } from 'vitest';
import { directionOf } from '../../src/compare/figures.js';
import { compare } from '../../src/compare/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { Comparison } from '../../src/types.js';

describe('directionOf', () => {
  // [the two years' words, unit type, delta, direction]: places from corpus/anhui-gwr-2025/2026.txt, places climbed from gansu-gwr-2025.txt
  it.each([
    ['产量均居全国第2位 → 增速居全国第5位', 'rank', 3, 'behind'], // a larger number is a lower place
    ['人工智能产业发展评价居全国第6位 → 第5位', 'rank', -1, 'ahead'],
    ['光储产业综合竞争力居全国第3位 → 第3位', 'rank', 0, 'same'],
    ['天水经开区全国排名提升6位 → 兰州高新区提升3位', 'persons', -3, 'down'], // places climbed, no ordinal: an amount (read as persons)
  ] as const)('%s (%s, %d): %s', (_words, unitType, delta, direction) => {
    expect(directionOf(unitType, delta)).toBe(direction);
  });
});

describe('the anhui pair: a place in a ranking moves ahead or behind, never up or down', () => {
  let result: Comparison;
  beforeAll(async () => {
    const analyse = async (path: string) => analyzeDocument(await readDocument(path));
    result = compare(await analyse('corpus/anhui-gwr-2025.txt'), await analyse('corpus/anhui-gwr-2026.txt'));
  });

  it('says each paired place as the page, the overview and the CSV read it', () => {
    const places = result.figures.filter((p) => p.from?.surface.startsWith('第') && p.to?.surface.startsWith('第'));
    expect(places.map((p) => [p.from!.surface, p.to!.surface, p.status])).toEqual([
      ['第2位', '第5位', 'behind'],
      ['第3位', '第3位', 'same'],
      ['第6位', '第5位', 'ahead'],
    ]);
  });
});
