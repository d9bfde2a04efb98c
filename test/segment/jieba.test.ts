import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

describe("segment's parts of speech", () => {
  const jieba = createRequire(import.meta.url)('nodejieba') as { tag(text: string): Array<{ word: string; tag: string }> };

  // Pieces without ASCII digits, which segment reads as numbers before jieba sees them.
  it.each([
    '大力推进“放管服”改革，纳入“双随机、一公开”监管系统',
    '大力开拓RCEP等新兴市场，全年进出口总额',
    '数据中心全球开服，全省智能算力达万P、增长',
    '生态环境质量稳定向好，PM_平均浓度创有监测以来最好水平',
    '申建合肥陆港保税物流中心（B型）',
    '实施“N”未来产业培育工程，支持发起设立“S基金”',
  ])('are jieba’s own in %s', (text) => {
    const tagged = jieba.tag(text).filter(({ word }) => word.trim() !== '');
    expect(segment(text).map(({ text, tag }) => [text, tag])).toEqual(tagged.map(({ word, tag }) => [word, tag]));
  });
});

describe('the table of two-character words', () => {
  const jieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string; tag(text: string): Array<{ word: string; tag: string }> };

  // More distinct pairs than the table keeps (MAX_PAIR_WORDS, 50 000): it is emptied on the way, and probes past
  // colliding keys before; every word must still come back as itself with jieba's tag, the first ones after the reset too.
  it('gives each pair its own word through collisions and a reset', () => {
    const pairs = readFileSync(jieba.DEFAULT_DICT, 'utf8')
      .split('\n')
      .map((line) => line.slice(0, line.indexOf(' ')))
      .filter((word, i) => word.length === 2 && i % 2 === 0);
    const text = [...pairs, ...pairs.slice(0, 1000)].join('，');
    const tokens = segment(text);
    expect(new Set(tokens.filter((t) => t.text.length === 2).map((t) => t.text)).size).toBeGreaterThan(50_000);
    const tagged = jieba.tag(text).filter(({ word }) => word !== '，');
    expect(tokens.filter((t) => t.text !== '，').map(({ text, tag }) => `${text}/${tag}`)).toEqual(tagged.map(({ word, tag }) => `${word}/${tag}`));
  });
});
