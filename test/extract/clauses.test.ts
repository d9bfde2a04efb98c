import { describe, expect, it } from 'vitest';
import { clauseStarts } from '../../src/extract/clauses.js';

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
