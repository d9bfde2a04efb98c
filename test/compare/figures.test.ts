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

describe('a bound says which way the year moved only when the values it allows do not overlap', () => {
  const analysed = (text: string) => analyzeDocument({ name: 'report.txt', format: 'txt', encoding: 'utf-8', sha256: '', bytes: 0, text });
  // [older sentence, newer sentence, the pair as read: from → to, status]; sentences from the
  // corpus's pairs (yunnan, shaanxi, hubei, state-council 2017/2018, hunan)
  it.each([
    ['全省完成地区生产总值31534亿元、增长3.3%。', '地区生产总值突破3万亿元，人均地区生产总值超1万美元。完成地区生产总值32765亿元、增长4.1%。', '31534亿元 → 32765亿元', 'up'], // a value pairs with a value before a bound
    ['全省完成地区生产总值31534亿元。', '地区生产总值突破3万亿元。', '31534亿元 → 3万亿元', 'unclear'],
    ['项目总投资1594亿元。', '项目总投资1370多亿元。', '1594亿元 → 1370多亿元', 'down'], // 1370多 stays under 1380
    ['实际使用外资1300多亿美元。', '实际使用外资1363亿美元。', '1300多亿美元 → 1363亿美元', 'unclear'], // 1300多 may be 1380
    ['盘活国有三资总额3708亿元。', '盘活国有三资总额3000亿元以上。', '3708亿元 → 3000亿元', 'unclear'],
    ['降低各类实体经济成本110多亿元。', '降低各类实体经济成本200多亿元。', '110多亿元 → 200多亿元', 'up'],
    ['城镇调查失业率5.5%以内。', '城镇调查失业率5.2%。', '5.5% → 5.2%', 'unclear'], // 以内 allows 5.1
  ] as const)('%s → %s: %s, %s', (older, newer, pair, status) => {
    const [found] = compare(analysed(older), analysed(newer)).figures.filter((p) => p.from && p.to);
    expect(`${found?.from?.surface} → ${found?.to?.surface}`).toBe(pair);
    expect(found?.status).toBe(status);
    if (status === 'unclear') expect([found?.delta, found?.deltaPct]).toEqual([null, null]);
  });
});
