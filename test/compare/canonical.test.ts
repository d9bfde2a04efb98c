import { describe, expect, it } from 'vitest';
import { canonicalLabel } from '../../src/compare/measures.js';
import { spanMemo } from '../../src/memo.js';

describe('canonicalLabel', () => {
  it.each([
    // anhui 2026: two synonyms, each replaced by its group's first name, the text between them kept.
    ['单位地区生产总值能耗下降17%，六大高耗能行业增加值占比从31.1%降至22.5%', '能耗强度下降17%，六大高耗能行业增加值比重从31.1%降至22.5%'],
    // beijing 2026: a synonym at the start (竣工 = 建成).
    ['竣工各类保障房10万套', '建成各类保障房10万套'],
    // No synonym: the label as it is.
    ['省属高校服务新兴产业专业点', '省属高校服务新兴产业专业点'],
  ])('%s → %s', (label, canonical) => {
    expect(canonicalLabel(label)).toBe(canonical);
  });
});

describe('spanMemo', () => {
  it('keeps one value per report and span, past the offsets a numeric key holds too', () => {
    let calls = 0;
    const read = spanMemo((report: { text: string }, span: { start: number; end: number }) => `${report.text}:${span.start}-${span.end}:${++calls}`);
    const [one, other] = [{ text: 'a' }, { text: 'b' }];
    const spans = [{ start: 1, end: 2 ** 26 - 1 }, { start: 2, end: 1 }, { start: 1, end: 2 ** 26 }, { start: 1, end: 2 ** 26 + 2 ** 26 }, { start: 2, end: 2 ** 26 }];
    const first = spans.map((span) => read(one, span));
    expect(new Set(first).size).toBe(spans.length);
    expect(spans.map((span) => read(one, { ...span }))).toEqual(first);
    expect(read(other, spans[0]!)).toBe(`b:1-${2 ** 26 - 1}:6`);
    expect(calls).toBe(6);
  });
});
