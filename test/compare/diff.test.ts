import { describe, expect, it } from 'vitest';
import { diffCharacters, diffSentences, paired } from '../../src/compare/diff.js';
import type { DiffPart } from '../../src/types.js';

const show = (parts: DiffPart[]) =>
  parts.map((p) => (p.op === 'delete' ? `[-${p.text}-]` : p.op === 'insert' ? `{+${p.text}+}` : p.text)).join('');

describe('diffCharacters', () => {
  it.each([
    ['优良天数达到265天', '优良天数达到270天', '优良天数达到[-265-]{+270+}天'],
    ['全区18家工业源企业', '全区21家工业源企业', '全区[-18-]{+21+}家工业源企业'],
    ['共开展法治宣传12场次', '共开展法治宣传15场次,新聘任法律顾问', '共开展法治宣传[-12-]{+15+}场次{+,新聘任法律顾问+}'],
    ['增长5.2%，完成目标', '增长5.4%，完成目标', '增长[-5.2%-]{+5.4%+}，完成目标'],
  ])('%s → %s', (from, to, expected) => {
    expect(show(diffCharacters(from, to))).toBe(expected);
  });

  it('flags numbers as their own parts', () => {
    const parts = diffCharacters('达到265天', '达到270天');
    expect(parts.filter((p) => p.number).map((p) => [p.op, p.text])).toEqual([
      ['delete', '265'],
      ['insert', '270'],
    ]);
  });
});

describe('diffSentences', () => {
  it('pairs edited sentences, keeps unchanged ones out, and lists added and removed ones', () => {
    const older = ['全年共提供法律咨询216人次。', '累计向市档案馆报备有关政府信息4批次。', '深化法治宣传教育。'];
    const newer = ['深化法治宣传教育。', '全年共提供法律咨询240人次。', '新聘任村(居)法律顾问12名。'];
    expect(diffSentences(older.map(paired), newer.map(paired)).map((c) => [c.kind, c.from, c.to])).toEqual([
      ['changed', '全年共提供法律咨询216人次。', '全年共提供法律咨询240人次。'],
      ['added', null, '新聘任村(居)法律顾问12名。'],
      ['removed', '累计向市档案馆报备有关政府信息4批次。', null],
    ]);
  });
});
