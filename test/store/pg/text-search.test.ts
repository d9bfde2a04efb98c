import { describe, expect, it } from 'vitest';
import { labelSubstringQuery, labelVector, sentenceQuery, tsvector } from '../../../src/store/pg/text-search.js';

const long = 'x'.repeat(2047);

describe('tsvector literals', () => {
  it.each([
    [['全年', '共', '提供', '法律咨询', '216', '人次', '。'], "'全年':1 '共':2 '提供':3 '法律咨询':4 '216':5 '人次':6 '。':7"],
    [['法律', '、', '咨询', '、', '调解'], "'法律':1 '、':2,4 '咨询':3 '调解':5"],
    [["it's", 'a\\b'], "'it''s':1 'a\\\\b':2"],
    [['前', long, '后'], "'前':1 '后':3"],
    [[], ''],
  ])('%j', (words, literal) => {
    expect(tsvector(words)).toBe(literal);
  });

  it('index a label as its overlapping pairs', () => {
    expect(labelVector('PM 2.5')).toBe("'pm':1 'm_':2 '_2':3 '2.':4 '.5':5 '5\uE000':6");
  });
});

describe('tsquery literals', () => {
  const run = (words: string[], prefix = false) => ({ words, prefix });
  it.each([
    [[[run(['失业率'], true), run(['城镇调查失业率'])]], "('失业率':* | '城镇调查失业率')"],
    [[[run(['法律援助', '案件'], true), run(['法律援助案件'], true)], [run(['调解'], true)]], "('法律援助' <-> '案件':* | '法律援助案件':*) & ('调解':*)"],
    [[[run(['、', '咨询', '、'])]], "('、' <-> '咨询' <-> '、')"],
    // A run naming a word too long for PostgreSQL matches nothing; the others still can.
    [[[run(['前', long]), run(['前'], true)]], "('前':*)"],
    [[[run(['前', long])]], null],
  ])('sentences holding %j', (phrases, literal) => {
    expect(sentenceQuery(phrases)).toBe(literal);
  });

  it.each([
    ['法律咨询', "'法律' <-> '律咨' <-> '咨询'"],
    [' 询 ', "'询':*"],
    ["说'好'", "'说''' <-> '''好' <-> '好'''"],
  ])('labels holding %s', (query, literal) => {
    expect(labelSubstringQuery(query)).toBe(literal);
  });
});
