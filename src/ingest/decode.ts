// Bytes to text for plain-text reports. Chinese reports come as UTF-8, as
// UTF-16 from Windows "Unicode" saves, or as GB2312/GBK, which GB18030 extends.

import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import type { Encoding } from '../types.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const boms: ReadonlyArray<[bom: readonly number[], encoding: Encoding]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function bomEncoding(bytes: Uint8Array): Encoding | null {
  return boms.find(([bom]) => bom.every((byte, i) => bytes[i] === byte))?.[1] ?? null;
}

/**
 * A BOM decides; otherwise `declared` (an HTML page's charset) is tried, then
 * UTF-8, then GB18030. The BOM is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array, subject: string, declared: Encoding | null = null): Decoded {
  const bom = bomEncoding(bytes);
  const candidates = bom ? [bom] : [...new Set<Encoding>([declared ?? 'utf-8', 'utf-8', 'gb18030'])];
  for (const encoding of candidates) {
    const text = tryDecode(bytes, encoding, subject);
    if (text !== null) return { text, encoding };
  }
  const problem = bom ? `starts with a ${bom} byte-order mark but is not valid ${bom}` : 'is neither UTF-8 nor GB18030 text';
  throw new InputError('UNDECODABLE_TEXT', subject, problem);
}

function tryDecode(bytes: Uint8Array, encoding: Encoding, subject: string): string | null {
  if (encoding === 'gb18030') {
    const text = iconv.decode(bytes, 'gb18030');
    if (!plausibleChinese(text)) return null;
    const other = otherEastAsianEncoding(bytes);
    if (other) throw new InputError('UNDECODABLE_TEXT', subject, `looks like ${other} text, not GB18030 (read as GB18030 it would be garbled)`);
    return text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// GB18030 gives nearly every byte sequence some meaning, so a wrong guess shows
// up as replacement, control or private-use characters and rare scripts.
const impossible = /[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]/u;
const unexpected = /[^\t\n\r\f\x20-\x7e\u00a0-\u00ff\u2000-\u2bff\u3000-\u303f\uff00-\uffef\p{Script=Han}]/gu;

function plausibleChinese(text: string): boolean {
  if (impossible.test(text)) return false;
  const rare = text.match(unexpected)?.length ?? 0;
  return rare <= 0.05 * text.length;
}

// The second opinion: chardet's statistics tell Big5, Shift_JIS or EUC-KR bytes
// apart from GB18030, which the character check above can accept as Han text.
// Below about 100 Chinese characters its guesses can be noise (it calls some 30
// characters of GBK Shift_JIS), and a single-byte guess about bytes that read
// as Han text is noise at any length: then the character check decides alone.
const SECOND_OPINION_BYTES = 200;
const SECOND_OPINION_CONFIDENCE = 50;
/** Enough for chardet's statistics; a whole report would only cost time. */
const SAMPLE_BYTES = 64 * 1024;
const eastAsian = /^(Big5|Shift_JIS|EUC-JP|EUC-KR|ISO-2022-(JP|KR|CN))$/;

/** The East Asian encoding other than GB18030 that chardet is sure of, or null. */
function otherEastAsianEncoding(bytes: Uint8Array): string | null {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  if (high < SECOND_OPINION_BYTES) return null;
  const [best] = analyse(bytes.subarray(0, SAMPLE_BYTES));
  const sure = best && best.confidence >= SECOND_OPINION_CONFIDENCE && eastAsian.test(best.name);
  return sure ? best.name : null;
}
