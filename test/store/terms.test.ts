import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/jieba.js';
import {
  hitSpans,
  labelMatch,
  labelTerms,
  matchSpans,
  queryPhrases,
  sentenceMatch,
  sentenceTerms,
  snippet,
} from '../../src/store/terms.js';

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

  it('query each space-separated part as a phrase, all parts required', () => {
    const phrases = queryPhrases('法律咨询  法律援助案件', segment);
    expect(phrases).toEqual([['法律咨询'], ['法律援助', '案件']]);
    expect(sentenceMatch(phrases)).toBe('"法律咨询" AND "法律援助 案件"');
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

  it('find the hits of the index where the words are, mostly without segmenting again', () => {
    // Every sentence of a report that holds a query's words (as the index
    // finds them) is marked as matchSpans marks it: once, twice, beside a space.
    const sentences = readFileSync('corpus/xuchang-demo-zone-2021.txt', 'utf8').split(/(?<=[。；])|\n/);
    sentences.push('优良天数达到265天，比上年增加10天，优良天数比例提高。', '推进 法治政府建设，法治政府建设取得成效。');
    for (const query of ['法律咨询', '依法行政', '行政执法', '法治政府 建设', '政府', '优良天数', '示范区']) {
      const phrases = queryPhrases(query, segment);
      for (const text of sentences) {
        if (!phrases.every((phrase) => matchSpans(text, [phrase], segment).length > 0)) continue;
        expect(hitSpans(text, phrases, segment), `${query} in ${text}`).toEqual(matchSpans(text, phrases, segment));
      }
    }
  });

  it('cut the front of a long sentence to show the first match', () => {
    const text = `${'各级政府坚持依法行政'.repeat(5)}，全年共提供法律咨询216人次。`;
    const marked = snippet(text, matchSpans(text, [['法律咨询']], segment));
    expect(marked.startsWith('…')).toBe(true);
    expect(marked).toContain('提供【法律咨询】216人次。');
    expect(marked.length).toBeLessThan(text.length);
  });
});
