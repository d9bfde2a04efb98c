import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepPackedTokens, segment, tokensOf } from '../../src/segment/jieba.js';
import { packTokens, unpackTokens } from '../../src/segment/packed.js';

describe('packed tokens', () => {
  it.each([
    ['a sentence with numbers, a gap of spaces and a long word', '全年共提供法律咨询216人次，  增长5.2%；大力推进“放管服”改革'],
    ['a text with ASCII words and a line break', '大力开拓RCEP等新兴市场，\n全年进出口总额1,244亿元'],
    ['a whole report', readFileSync('corpus/xuchang-demo-zone-2021.txt', 'utf8')],
    ['no text', ''],
  ])('come back as segment gave them: %s', (_, text) => {
    const tokens = segment(text);
    expect(unpackTokens(packTokens(tokens), text)).toEqual(tokens);
  });

  it('are not read for a shorter text, nor when cut short', () => {
    const text = '全年共提供法律咨询216人次';
    const packed = packTokens(segment(text));
    expect(unpackTokens(packed, text.slice(0, 5))).toBeNull();
    const cutShort = packTokens(segment(text)).subarray(0, packed.length - 3);
    expect(unpackTokens(cutShort, text)).toBeNull();
  });

  it('are what tokensOf gives for a text they were kept for, instead of cutting it again', () => {
    const text = '全年共提供法律咨询216人次。调解信访案件8起。';
    // The first sentence's tokens only: a text cut again would give the second's too.
    const kept = segment(text).filter((token) => token.end <= 14);
    const stored = { text };
    keepPackedTokens(stored, packTokens(kept));
    expect(tokensOf(stored)).toEqual(kept);
    expect(tokensOf({ text })).toEqual(segment(text));
  });
});
