import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode.js';
import type { Encoding } from '../../src/types.js';

const text = '2021年,全区纳入网上政务服务事项98项,上网率达到100%,“一网通办”工作能效得到大力提升。';
// A paragraph of corpus/anhui-gwr-2025.txt: long enough for chardet's second opinion.
const paragraph =
  '一年来，全省上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入落实习近平总书记考察安徽重要讲话精神，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，在省委坚强领导下，紧紧围绕打造具有重要影响力的“三地一区”，改革创新、创先争优，抢抓机遇、迎难而上，经济运行稳中有进、进中提质，高质量发展扎实推进，美好安徽建设迈出坚实步伐。';
const japanese = '政府は、経済の再生と財政の健全化を同時に実現するため、成長戦略を着実に実行し、地方創生を推進するとともに、社会保障制度の改革を進めてまいります。';
const bytes = (hex: string): Uint8Array => Buffer.from(hex.replace(/\s/g, ''), 'hex');

const decodable: Array<[label: string, input: Uint8Array, declared: Encoding | null, encoding: Encoding, expected: string]> = [
  ['UTF-8', Buffer.from(text), null, 'utf-8', text],
  ['UTF-8 with BOM', Buffer.from(`\ufeff${text}`), null, 'utf-8', text],
  ['UTF-16 LE with BOM', Buffer.from(`\ufeff${text}`, 'utf16le'), null, 'utf-16le', text],
  ['UTF-16 BE with BOM', Buffer.from(`\ufeff${text}`, 'utf16le').swap16(), null, 'utf-16be', text],
  ['GBK', iconv.encode(text, 'gbk'), null, 'gb18030', text],
  ['GBK paragraph (chardet agrees: GB18030)', iconv.encode(paragraph, 'gbk'), null, 'gb18030', paragraph],
  ['UTF-8 paragraph', Buffer.from(paragraph), null, 'utf-8', paragraph],
  ['GB18030 four-byte characters', iconv.encode('𠮷野家、€', 'gb18030'), null, 'gb18030', '𠮷野家、€'],
  ['GB2312 bytes of 中文', bytes('d6d0 cec4'), null, 'gb18030', '中文'],
  ['ASCII declared GB', Buffer.from('Annual report 2021'), 'gb18030', 'gb18030', 'Annual report 2021'],
  ['UTF-8 declared GB (a lying page)', Buffer.from(text), 'gb18030', 'utf-8', text],
];

const undecodable: Array<[label: string, input: Uint8Array]> = [
  ['Latin-1 French', Buffer.from('café résumé à côté', 'latin1')],
  ['Latin-1 declared nothing, high bytes only', bytes('e9e8 e0f9 fb20 e9e8')],
  ['UTF-16 LE BOM then a lone surrogate', bytes('fffe 3d d8 41 00')],
  ['control characters', bytes('81 30 81 30 0102 0304')],
];

describe('decodeText', () => {
  it.each(decodable)('%s', (_, input, declared, encoding, expected) => {
    expect(decodeText(input, 'report.txt', declared)).toEqual({ encoding, text: expected });
  });

  it.each(undecodable)('%s is UNDECODABLE_TEXT', (_, input) => {
    expect(() => decodeText(input, 'report.txt')).toThrow(InputError);
    expect(() => decodeText(input, 'report.txt')).toThrow(/^report\.txt: /);
  });

  // Read as GB18030 these bytes are all Han characters, which the character
  // check accepts; chardet is sure they are Shift_JIS, and a garbled report is
  // worse than none.
  it.each([
    ['Shift_JIS Japanese', iconv.encode(japanese.repeat(3), 'shift_jis')],
    ['Shift_JIS bytes of a Chinese paragraph (what it cannot encode is ?)', iconv.encode(paragraph, 'shift_jis')],
  ])('%s is refused when chardet disagrees', (_, input) => {
    expect(() => decodeText(input, 'report.txt')).toThrow(/^report\.txt: looks like Shift_JIS text, not GB18030/);
  });
});
