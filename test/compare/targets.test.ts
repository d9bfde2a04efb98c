import { describe, expect, it } from 'vitest';
import { checkTargets, judge } from '../../src/compare/targets.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { Analysis, Figure, Qualifier } from '../../src/types.js';

function target(label: string, value: number, qualifier: Qualifier, valueMax: number | null = null, direction: 'up' | 'down' = 'up'): Figure {
  return {
    id: 'f1', surface: `${value}%`, value, valueMax, qualifier, unit: '%', unitType: 'percent', label,
    change: { direction, basis: null }, modality: 'target', measure: null, period: null, start: 0, end: 1, sentence: 0, section: null, rule: 'test',
  };
}

// [target, actual outcome, verdict] as a careful analyst reads them
const cases: Array<[string, Figure, number, string]> = [
  ['CPI 3% about, prices rose 0.2%: lower is better', target('居民消费价格涨幅', 3, 'about'), 0.2, 'met'],
  ['GDP 5.5% about, grew 3%', target('国内生产总值增长', 5.5, 'about'), 3, 'missed'],
  ['GDP 7.5% about, grew 7.7%', target('国内生产总值增长', 7.5, 'about'), 7.7, 'met'],
  ['GDP 7.5% about, grew 7.4%: short by 0.1', target('国内生产总值增长', 7.5, 'about'), 7.4, 'met'],
  ['GDP 7% about, grew 6.8%: short by 0.2', target('国内生产总值增长', 7, 'about'), 6.8, 'met'],
  ['retail 6% about, grew 5.6%: short by 0.4', target('社会消费品零售总额增长', 6, 'about'), 5.6, 'unclear'],
  ['revenue 2% exact, grew 1.5%: short by 0.5', target('一般公共预算收入增长', 2, 'exact'), 1.5, 'missed'],
  ['GDP range 6.5%-7%, grew 6.7%', target('国内生产总值增长', 6.5, 'exact', 7), 6.7, 'met'],
  ['GDP range 6.5%-7%, grew 7.2%: the good side', target('国内生产总值增长', 6.5, 'exact', 7), 7.2, 'met'],
  ['GDP range 6.5%-7%, grew 6.3%: short of the range', target('国内生产总值增长', 6.5, 'exact', 7), 6.3, 'unclear'],
  ['unemployment at most 5.5%, was 5.1%', target('城镇调查失业率', 5.5, 'at-most'), 5.1, 'met'],
  ['unemployment at most 4.5%, was 4.6%', target('城镇登记失业率', 4.5, 'at-most'), 4.6, 'missed'],
  ['energy intensity down at least 3%, fell 5.6%', target('能耗强度下降', 3, 'at-least', null, 'down'), 5.6, 'met'],
  ['energy intensity down about 3%, fell 2%: a bigger cut is better', target('能耗强度下降', 3, 'about', null, 'down'), 2, 'missed'],
];

describe('judge', () => {
  it.each(cases)('%s', (_, figure, actual, verdict) => {
    expect(judge(figure, actual).verdict).toBe(verdict);
  });

  it('says why', () => {
    expect(judge(target('居民消费价格涨幅', 3, 'about'), 0.2).reason).toContain('lower is better');
  });
});

// Whole national reports, each reviewing the year before it was delivered: [older, newer, target as the older
// report states it, verdict]. Outcomes stated in other words are found by their measure.
const analyses = new Map<number, Promise<Analysis>>();
const national = (year: number) => {
  if (!analyses.has(year)) analyses.set(year, readDocument(`corpus/state-council-gwr-${year}.txt`).then((doc) => analyzeDocument(doc, { meta: { year: year - 1 } })));
  return analyses.get(year)!;
};
const pairs: Array<[number, string, string]> = [
  [2019, '城镇调查失业率5.5%左右', 'met'], // 调查失业率在5.3%以下
  [2019, '全年减轻企业税收和社保缴费负担近2万亿元', 'met'], // 减税降费2.36万亿元，超过原定的近2万亿元规模
  [2019, '今年大规模扩招100万人', 'met'], // 高职院校扩招100万人
  [2019, '居民消费价格涨幅3%左右', 'met'],
  [2003, '今年经济增长预期目标为7%左右', 'met'], // 国内生产总值比上年增长9.1%
  [2010, '国内生产总值增长8%左右', 'met'], // 过去一年…国内生产总值增长10.3%, in the part on 2011's work; not 占国内生产总值比重没有完成
];

describe('checkTargets on national reports', () => {
  it.each(pairs)('%i: %s → %s', async (year, wording, verdict) => {
    const checks = checkTargets(await national(year), await national(year + 1));
    const check = checks.find((c) => c.target.sentence.includes(wording) || wording.includes(c.commitment));
    expect({ wording, verdict: check?.verdict, reason: check?.reason }).toMatchObject({ wording, verdict });
  }, 60_000);

  it('leaves out what is not a target and judges a target stated twice once', async () => {
    const checks = checkTargets(await national(2019), await national(2020));
    const surfaces = checks.map((c) => c.target.surface);
    // 近14亿中国人的饭碗, 我国60岁以上人口已达2.5亿, 现行16%的税率 (the old rate; 13% is the target)
    for (const fact of ['14亿', '60岁', '2.5亿']) expect(surfaces).not.toContain(fact);
    expect(checks.find((c) => c.target.surface === '16%' && c.target.label.includes('现行'))).toBeUndefined();
    const keys = checks.map((c) => `${c.target.label}|${c.target.surface}`);
    expect(keys.filter((key) => key.startsWith('国内生产总值增长|'))).toHaveLength(1);
  }, 60_000);
});
