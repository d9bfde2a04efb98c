// Word documents through mammoth's raw-text extraction.

import mammoth from 'mammoth';
import { InputError } from '../errors.js';

export async function docxToText(bytes: Uint8Array, subject: string): Promise<string> {
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
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
