import { describe, expect, it } from 'vitest';
import { placePairs, withShortLines } from '../../src/compare/place-pairs.js';
import type { Analysis } from '../../src/types.js';

// followup:place-pair: a line named by the places it joins gets the short names reports give it the next year. [words of an ask, the short names]
const asks: Array<[string, string[]]> = [
  // 新疆2025 → 2026: 乌尉高速全线通车, 独库高速…开工.
  ['推动“疆电外送”第三通道、G0711乌鲁木齐至尉犁高速公路等一批重大项目建成投运', ['乌尉高速']],
  ['开工建设淖毛湖至梧桐水铁路、伊宁至阿克苏铁路、临河至哈密铁路扩能改造、G3033奎屯至独山子至库车高速公路', ['淖梧铁路', '伊阿铁路', '临哈铁路', '奎独库高速', '奎独高速', '独库高速']],
  // 黑龙江2025 → 2026: 富加铁路开工建设 (富裕 is an adjective to jieba, still a place here).
  ['开工建设富裕至加格达奇铁路扩能改造等项目', ['富加铁路']],
  ['加快建设西宁至成都铁路', ['西成铁路']],
  // Must not: a section of a line (段 between), a chain of one-character short forms (沪渝蓉), a span of time (至2027年).
  ['推进沿江高速公路建湖至兴化段、盐洛高速公路建设', []],
  ['加快沪渝蓉高铁建设', []],
  ['实施2025年至2027年行动计划', []],
];

describe('followup:place-pair: short names of lines named by the places they join', () => {
  it.each(asks)('%s → %j', (text, shorts) => {
    const analysis = { text } as Analysis;
    expect(placePairs(analysis, { start: 0, end: text.length }).flatMap((pair) => pair.shorts)).toEqual(shorts);
  });

  it('reads the ask with the short name in place of the long one', () => {
    const text = '开工建设富裕至加格达奇铁路扩能改造等项目';
    expect(withShortLines({ text } as Analysis, { start: 0, end: text.length })).toEqual({ text: '开工建设富加铁路扩能改造等项目', shorts: ['富加铁路'] });
  });
});
