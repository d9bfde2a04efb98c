// Word documents through mammoth's raw-text extraction. mammoth unzips what
// it is given without a bound, so it is given the archive again from entries
// already inflated within the caps.

import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { InputError } from '../errors.js';
import type { Limits } from './limits.js';
import { unzipBounded } from './zip.js';

const ENTITY = Buffer.from('<!ENTITY');

export async function docxToText(bytes: Uint8Array, subject: string, limits: Limits): Promise<string> {
  const entries = unzipBounded(bytes, subject, limits);
  for (const [name, data] of entries) {
    // Word never declares entities; a part that does is a billion-laughs file, which the XML reader would refuse in its own words.
    if (/\.(?:xml|rels)$/i.test(name) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(ENTITY)) {
      throw new InputError('UNREADABLE_DOCX', subject, `is not a readable Word document (${name.slice(0, 80)} declares XML entities, <!ENTITY, which Word never writes)`);
    }
  }
  let raw: string;
  try {
    const bounded = zipSync(Object.fromEntries(entries), { level: 0 });
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bounded.buffer, bounded.byteOffset, bounded.byteLength) })).value;
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new InputError('UNREADABLE_DOCX', subject, `is not a readable Word document${reason}`);
  }
  // mammoth ends each paragraph with a blank line; we want one paragraph per line.
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}
