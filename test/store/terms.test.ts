import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/jieba.js';
import {
  expandPhrases,
  hitSpans,
  labelMatch,
  labelTerms,
  MAX_EXPANSION,
  matchSpans,
  queryPhrases,
  sentenceMatch,
  sentenceTerms,
  snippet,
  type Vocabulary,
  vocabularyTexts,
  vocabularyWords,
} from '../../src/store/terms.js';

// Real sentences of the corpus (national reports 2019, 2005; Xinjiang, Inner Mongolia, Qinghai 2026).
const SENTENCES = [
  '城镇新增就业1100万人以上，城镇调查失业率5.5%左右，城镇登记失业率4.5%以内；',
  '城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。',
  '扎实推进“九五”普法，完善法律咨询体系，让依法办事更加深入人心。',
  '完善风险预警、法律咨询、知识产权保护等海外综合服务体系。',
  '大力发展科技服务、人力资源、现代物流、融资租赁、会计法律咨询、产业链数字化等生产性服务业。',
  '优化提升知识产权、人力资源、法律、会计等专业服务业，打造一批特色集聚区和特色楼宇。',
];

/** The index's vocabulary over SENTENCES, as the stores look it up: the words holding a text, in order. */
const vocabulary: Vocabulary = (text) => {
  const words = [...new Set(SENTENCES.flatMap((sentence) => sentenceTerms(sentence, segment).split(' ')))];
  return words.filter((word) => word.includes(text)).sort();
};

describe('label terms', () => {
  it('index a label as overlapping pairs, the last one closed by an end mark', () => {
    expect(labelTerms('提供法律咨询')).toBe('提供 供法 法律 律咨 咨询 询\uE000');
    expect(labelTerms('PM 2.5')).toBe('pm m_ _2 2. .5 5\uE000');
    expect(labelTerms('')).toBe('');
  });

  it('query a substring as a phrase of pairs, one character as a prefix', () => {
    expect(labelMatch('法律咨询')).toBe('"法律 律咨 咨询"');
    expect(labelMatch(' 询 ')).toBe('"询"*');
    expect(labelMatch('说"好"')).toBe('"说"" ""好 好"""');
    expect(() => labelMatch('  ')).toThrow('is empty');
  });
});

describe('sentence terms', () => {
  it('index a sentence as its jieba words', () => {
    expect(sentenceTerms('全年共提供法律咨询216人次。', segment)).toBe('全年 共 提供 法律咨询 216 人次 。');
  });

  it('list the distinct words as the index folds them, in the order they first occur', () => {
    // Words as written: the same word in other cases, one holding a space jieba left in it, an empty one of two spaces.
    expect(vocabularyWords(['GDP', '增长', 'gdp', 'Ａ\u3000b', '', '增长', 'b'])).toEqual(['gdp', '增长', 'ａ', 'b']);
    const terms = SENTENCES.map((sentence) => sentenceTerms(sentence, segment));
    const folded = [...new Set(terms.flatMap((t) => t.split(/\s+/)).map((word) => word.toLowerCase()))];
    expect(vocabularyWords(terms.flatMap((t) => t.split(' ')))).toEqual(folded);
  });

  it('query each space-separated part as a phrase, all parts required', () => {
    const phrases = queryPhrases('法律咨询  法律援助案件', segment);
    expect(phrases).toEqual([['法律咨询'], ['法律援助', '案件']]);
    expect(sentenceMatch(expandPhrases(phrases, () => []))).toBe('("法律咨询"*) AND ("法律援助 案件"* OR "法律援助案件"*)');
    expect(() => queryPhrases(' ', segment)).toThrow('is empty');
  });

  it('find the phrases in the sentence text and mark them', () => {
    const text = '优良天数达到265天，比上年增加10天，优良天数比例提高。';
    const spans = matchSpans(text, queryPhrases('优良天数', segment), segment);
    expect(spans).toEqual([
      { start: 0, end: 4 },
      { start: 20, end: 24 },
    ]);
    expect(snippet(text, spans)).toBe('【优良天数】达到265天，比上年增加10天，【优良天数】比例提高。');
  });

  it.each([
    // One word: the words holding it (城镇调查失业率 is one jieba word).
    ['失业率', ['("失业率"* OR "城镇登记失业率" OR "城镇调查失业率")']],
    // The first word may end a word, the last start one, or the whole lie inside one.
    ['调查失业率', ['("调查 失业率"* OR "调查失业率"* OR "城镇调查失业率")']],
    ['会计法律咨询', ['("会计 法律咨询"* OR "会计法律咨询"*)']],
    ['城镇 失业率', ['("城镇"*)', '("失业率"* OR "城镇登记失业率" OR "城镇调查失业率")']],
    ['完全没有', ['("完全 没有"* OR "完全没有"*)']],
  ])('expand %s to the indexed words holding it', (query, expected) => {
    const phrases = queryPhrases(query, segment);
    expect(sentenceMatch(expandPhrases(phrases, vocabulary))).toBe(expected.join(' AND '));
  });

  it('ask the vocabulary about each first word and each longer phrase joined, once', () => {
    expect(vocabularyTexts(queryPhrases('调查失业率 失业率 调查失业率', segment))).toEqual(['调查', '调查失业率', '失业率']);
  });

  it(`find a text past ${MAX_EXPANSION} words only at the start of words`, () => {
    expect(sentenceMatch(expandPhrases(queryPhrases('国', segment), () => null))).toBe('("国"*)');
    expect(sentenceMatch(expandPhrases(queryPhrases('调查失业率', segment), () => null))).toBe('("调查 失业率"* OR "调查失业率"*)');
  });

  it.each([
    ['失业率', SENTENCES[0]!, '城镇新增就业1100万人以上，城镇调查【失业率】5.5%左右，城镇登记【失业率】4.5%以内；'],
    ['调查失业率', SENTENCES[1]!, '城镇新增就业1361万人、【调查失业率】稳定在5%左右的较低水平。'],
    ['法律咨询 体系', SENTENCES[2]!, '扎实推进“九五”普法，完善【法律咨询体系】，让依法办事更加深入人心。'],
    ['服务 法律咨询', SENTENCES[3]!, '完善风险预警、【法律咨询】、知识产权保护等海外综合【服务】体系。'],
    // A space between the words: found word by word.
    ['优化营商环境', '持续优化 营商环境。', '持续【优化 营商环境】。'],
  ])('mark every occurrence of %s in the text, inside words too', (query, text, marked) => {
    expect(snippet(text, hitSpans(text, queryPhrases(query, segment), segment))).toBe(marked);
  });

  it('cut the front of a long sentence to show the first match', () => {
    const text = `${'各级政府坚持依法行政'.repeat(5)}，全年共提供法律咨询216人次。`;
    const marked = snippet(text, matchSpans(text, [['法律咨询']], segment));
    expect(marked.startsWith('…')).toBe(true);
    expect(marked).toContain('提供【法律咨询】216人次。');
    expect(marked.length).toBeLessThan(text.length);
  });
});
