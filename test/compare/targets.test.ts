import { describe, expect, it } from 'vitest';
import { judge } from '../../src/compare/targets.js';
import type { Figure, Qualifier } from '../../src/types.js';

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
