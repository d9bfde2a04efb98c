import { describe, expect, it } from 'vitest';
import { clauses, clauseStarts, trimSpan } from '../../src/extract/clauses.js';

// [sentence, the figure (its first occurrence), the text from the clause start to the figure, the same back to a list's start]
type Case = [string, string, string, string];

const CASES: Case[] = [
  // sichuan-gwr-2025: a short aside is read past, its brackets are no break.
  ['中欧班列（成渝）累计开行量突破3.6万列，长江班列稳定开行。', '3.6万列', '中欧班列（成渝）累计开行量突破', '中欧班列（成渝）累计开行量突破'],
  // henan-gwr-2025: a comma ends the clause.
  ['全省生产总值6.36万亿元、增长5.1%。', '5.1%', '增长', '全省生产总值6.36万亿元、增长'],
  // fujian-gwr-2026: a list's 、 ends a clause, not a list clause.
  ['食品、药品抽检合格率分别达99.62%、99.71%，食品安全考核结果为A级。', '99.71%', '', '食品、药品抽检合格率分别达99.62%、'],
  // A long aside is a clause of its own (made up).
  ['城镇新增就业（含各类灵活就业形式和新就业形态人员）70万人。', '70万人', '', ''],
  // No break for more than a clause's reach: the clause is cut at 100 characters (made up).
  [`${'一'.repeat(120)}增长5%`, '5%', `${'一'.repeat(98)}增长`, `${'一'.repeat(98)}增长`],
  // The reach ends inside an aside that a walk back would read past: the aside's closing bracket ends the clause (made up).
  [`${'一'.repeat(20)}（成渝）${'一'.repeat(97)}5%`, '5%', '一'.repeat(97), '一'.repeat(97)],
];

describe('clause starts', () => {
  it.each(CASES)('%s → %s', (sentence, figure, clause, list) => {
    const starts = clauseStarts(sentence, { start: 0, end: sentence.length });
    const at = sentence.indexOf(figure);
    expect(sentence.slice(starts.clause(at), at)).toBe(clause);
    expect(sentence.slice(starts.list(at), at)).toBe(list);
  });
});

// clauses and trimSpan read each character's role from a table of UTF-16 code units: what the patterns said of one
// character they must say of the odd ones (white space past ASCII, a character of two code units, a lone half, NUL).
describe('clauses at the edges', () => {
  it.each([
    ['', []],
    ['，,：:', []],
    ['\u3000增长5%，\ufeff𠀀建成：\u00a0', ['增长5%', '𠀀建成']],
    ['\u0000甲,乙:丙\u0000', ['\u0000甲', '乙', '丙\u0000']],
    ['\ud800，\udc00', ['\ud800', '\udc00']],
    // ； closes a clause's end but parts none: a sentence ends there before clauses are cut.
    ['全年增长5.2%；，预期目标', ['全年增长5.2%', '预期目标']],
  ])('%j → %j', (text, expected) => {
    expect(clauses(text, 0, text.length).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });

  it('trims the punctuation that opens and closes a span, and leaves an empty span empty', () => {
    expect(trimSpan('、 增长。！？；', { start: 0, end: 8 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan('，,：:', { start: 0, end: 4 })).toEqual({ start: 2, end: 2 });
    expect(trimSpan('', { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
});
