import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAGNITUDE_WORDS, UNITS } from '../../src/extract/lexicon.js';
import breaks from '../../src/normalize/lexicon/breaks.json' with { type: 'json' };
import { toNormalized } from '../../src/normalize/mapped.js';
import { normalize } from '../../src/normalize/normalize.js';

const cases: Array<[string, string, string]> = [
  ['full-width digits, letters, ％ and ．', '增长７．３％，ＧＤＰ', '增长7.3%，GDP'],
  ['Chinese punctuation stays Chinese', '“放管服”改革：（一）', '“放管服”改革：（一）'],
  ['spaces PDF put between CJK characters', '法 治 政 府 建 设', '法治政府建设'],
  ['spaces between a number and its unit', '一、2024 年工作回顾，达到 1.2 万亿元', '一、2024年工作回顾，达到1.2万亿元'],
  ['indentation and ideographic spaces', '　　现将情况报告如下。', '现将情况报告如下。'],
  ['CRLF and blank lines', '第一段。\r\n\r\n第二段。', '第一段。\n第二段。'],
  ['page numbers in their usual forms', '正文。\n- 3 -\n— 4 —\n第5页\n6/12\n下文。', '正文。\n下文。'],
  ['a line broken inside a number and its unit', '国内生产总值达到74.4\n万亿元，增长6.7%', '国内生产总值达到74.4万亿元，增长6.7%'],
  ['zero-width characters', '法治\u200b政府\ufeff', '法治政府'],
];

describe('normalize', () => {
  it.each(cases)('%s', (_, raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });

  it('joins lines hard-wrapped inside a paragraph (PDF) but not paragraphs', () => {
    // Lines as pdf-parse gives them for a justified page, 24 characters wide.
    const chars = '坚持以习近平新时代中国特色社会主义思想为指导深入贯彻法治思想切实推进法治政府建设为推动示范区高质量发展建设提供了有力的法治保障';
    const wrapped = (n: number) => [...Array(n)].map((_, i) => chars.slice(i * 5, i * 5 + 24));
    const raw = [...wrapped(6), '短句结束。', '一、加强组织领导', ...wrapped(4)].join('\n');
    const lines = normalize(raw).text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(wrapped(6).join('') + '短句结束。');
    expect(lines[1]).toBe('一、加强组织领导');
  });

  it('drops running headers repeated on every page', () => {
    const raw = ['某区人民政府文件', '第一页正文。', '某区人民政府文件', '第二页正文。', '某区人民政府文件', '第三页正文。'].join('\n');
    expect(normalize(raw).text).toBe('第一页正文。\n第二页正文。\n第三页正文。');
  });

  it('leaves a clean corpus report unchanged', () => {
    const raw = readFileSync('corpus/xuchang-demo-zone-2021.txt', 'utf8');
    expect(normalize(raw).text).toBe(raw);
  });

  it('maps source offsets into the normalised text', () => {
    const raw = '　　增长 ７．３ ％，达到 1.2 万亿元';
    const normalized = normalize(raw);
    const at = toNormalized(normalized, raw.indexOf('1.2'));
    expect(normalized.text.slice(at, at + 3)).toBe('1.2');
  });
});

describe('lexicon/breaks.json', () => {
  // The units that join a number broken across lines come from the extraction's one unit list.
  it('every Chinese continuation is a magnitude, 多/余 or the start of a unit of extract/lexicon/units.json', () => {
    const known = (word: string) => MAGNITUDE_WORDS.includes(word) || ['多', '余'].includes(word) || UNITS.some((unit) => unit.startsWith(word));
    expect(breaks.continuations.filter((word) => /\p{Script=Han}/u.test(word) && !known(word))).toEqual([]);
  });

  it.each([
    ['国内生产总值达到74.4\n万亿元，增长6.7%', '国内生产总值达到74.4万亿元，增长6.7%'],
    ['附件2\n名词解释', '附件2\n名词解释'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});
