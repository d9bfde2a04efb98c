import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/jieba.js';

describe('segment', () => {
  it.each([
    ['大力推进“放管服”改革', '放管服'],
    ['纳入“双随机、一公开”监管系统', '双随机、一公开'],
    ['全面推行证明事项告知承诺制', '证明事项告知承诺制'],
    ['“三重一大”议事制度', '三重一大'],
    ['常态化开展扫黑除恶斗争', '扫黑除恶'],
    ['切实推进“最多跑一次”改革措施', '最多跑一次'],
    ['坚持民主集中制原则', '民主集中制'],
    ['全面推行行政执法公示制度', '行政执法公示制度'],
  ])('keeps the government term in %s whole', (text, term) => {
    expect(segment(text).map((t) => t.text)).toContain(term);
  });

  it('keeps numbers whole, with decimals and thousands separators', () => {
    const tokens = segment('国内生产总值增长5.2%，优良天数265天，就业1,244万人');
    expect(tokens.filter((t) => t.tag === 'm').map((t) => t.text)).toEqual(['5.2', '265', '1,244']);
  });

  it('gives offsets into the text it was given, shifted by the offset', () => {
    const text = '全年共提供法律咨询216人次';
    for (const token of segment(text, 100)) expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
  });
});
