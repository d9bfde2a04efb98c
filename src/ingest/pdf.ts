// PDF text layers through pdf-parse (pdf.js). Page text keeps pdf.js's line
// breaks and the page footers; normalisation removes page numbers later.

import { PDFParse } from 'pdf-parse';
import { InputError } from '../errors.js';

// pdf.js works on this thread but awaits between steps, so a timer can still
// stop a file that keeps it busy (huge or self-referencing object graphs).
const timeoutMs = 30_000;

export async function pdfToText(bytes: Uint8Array, subject: string): Promise<string> {
  // pdf.js may transfer (detach) the buffer it is given; it gets a copy.
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    const { total, pages } = await withTimeout(parser.getText(), timeoutMs);
    if (total === 0) throw new InputError('UNREADABLE_PDF', subject, 'has no pages');
    const text = pages.map((page) => page.text).join('\n');
    if (text.trim() === '') {
      throw new InputError('NO_TEXT_LAYER', subject, 'has no text layer: this looks like a scanned PDF');
    }
    return text;
  } catch (error) {
    throw asInputError(error, subject);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function asInputError(error: unknown, subject: string): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof Error && error.name === 'PasswordException') {
    return new InputError('ENCRYPTED_PDF', subject, 'is password-protected');
  }
  const reason = error instanceof Error ? ` (${error.message.replace(/\.$/, '')})` : '';
  return new InputError('UNREADABLE_PDF', subject, `is not a readable PDF${reason}`);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms / 1000} s`)), ms);
  });
  work.catch(() => undefined); // it may still reject after the timeout won
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
