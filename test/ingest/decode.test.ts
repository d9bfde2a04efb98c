import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode.js';
import type { Encoding } from '../../src/types.js';

const text = '2021年,全区纳入网上政务服务事项98项,上网率达到100%,“一网通办”工作能效得到大力提升。';
const bytes = (hex: string): Uint8Array => Buffer.from(hex.replace(/\s/g, ''), 'hex');

const decodable: Array<[label: string, input: Uint8Array, declared: Encoding | null, encoding: Encoding, expected: string]> = [
  ['UTF-8', Buffer.from(text), null, 'utf-8', text],
  ['UTF-8 with BOM', Buffer.from(`\ufeff${text}`), null, 'utf-8', text],
  ['UTF-16 LE with BOM', Buffer.from(`\ufeff${text}`, 'utf16le'), null, 'utf-16le', text],
  ['UTF-16 BE with BOM', Buffer.from(`\ufeff${text}`, 'utf16le').swap16(), null, 'utf-16be', text],
  ['GBK', iconv.encode(text, 'gbk'), null, 'gb18030', text],
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
});
