// PDF text layers through pdf-parse (pdf.js). Page text keeps pdf.js's line
// breaks and the page footers; normalisation removes page numbers later.

import type { PDFParse } from 'pdf-parse';
import { InputError } from '../errors.js';
import type { Limits } from './limits.js';

/**
 * V8's own built-ins, as they are before pdf-parse loads (only here, on the first PDF):
 * pdf.js's legacy build, on import and in its worker code on the first file, replaces
 * them with core-js versions, and its `push` made every Array push of the process
 * (analysis and comparison included) four times slower. They are put back after each file.
 */
const BUILT_INS = ([
  [Array.prototype, 'push'],
  [JSON, 'parse'],
] as const).map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)!] as const);

const restoreBuiltIns = () => {
  for (const [owner, name, descriptor] of BUILT_INS) Object.defineProperty(owner, name, descriptor);
};

// pdf.js works on this thread in one chain of promises, which leaves no turn
// to a timer (a 10 000-page file ran for minutes past one): the time a file may
// take is checked between pages instead.
const TIMEOUT_MS = 30_000;
const PAGES_AT_ONCE = 20;

export async function pdfToText(bytes: Uint8Array, subject: string, limits: Pick<Limits, 'maxPdfPages'>, timeoutMs = TIMEOUT_MS): Promise<string> {
  const { PDFParse } = await import('pdf-parse').finally(restoreBuiltIns);
  // pdf.js may transfer (detach) the buffer it is given; it gets a copy.
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    // One time limit for the whole file, page count and text together.
    return await readPages(parser, bytes, subject, limits, { ms: timeoutMs, until: performance.now() + timeoutMs });
  } catch (error) {
    throw asInputError(error, subject);
  } finally {
    await parser.destroy().catch(() => undefined);
    restoreBuiltIns();
  }
}

async function readPages(parser: PDFParse, bytes: Uint8Array, subject: string, limits: Pick<Limits, 'maxPdfPages'>, deadline: { ms: number; until: number }): Promise<string> {
  // The page count is read from the page tree before any page is.
  const { total } = await parser.getInfo();
  if (total > limits.maxPdfPages) {
    throw new InputError('TOO_MANY_PAGES', subject, `has ${total} pages, more than the cap of ${limits.maxPdfPages} (NIANBAO_MAX_PDF_PAGES)`);
  }
  if (total === 0) throw new InputError('BROKEN_PAGE_TREE', subject, 'has no pages');
  const pages: string[] = [];
  for (let first = 1; first <= total; first += PAGES_AT_ONCE) {
    if (performance.now() > deadline.until) {
      throw new InputError('UNREADABLE_PDF', subject, `took more than ${deadline.ms / 1000} s to read (${pages.length} of ${total} pages read)`);
    }
    const read = await parser.getText({ first, last: Math.min(total, first + PAGES_AT_ONCE - 1) });
    pages.push(...read.pages.map((page) => page.text));
  }
  const text = pages.join('\n');
  if (text.trim() === '') {
    // A scan is pages of images; pages with neither text nor images come from a broken file.
    if (!hasImages(bytes)) throw new InputError('BROKEN_PAGE_TREE', subject, 'has pages with neither text nor images: its page tree does not lead to their content');
    throw new InputError('NO_TEXT_LAYER', subject, 'has no text layer: this looks like a scanned PDF');
  }
  return text;
}

/** Image objects are streams, which PDF never compresses into object streams: their dictionaries are plain bytes. */
function hasImages(bytes: Uint8Array): boolean {
  return /\/Subtype\s*\/Image\b/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}

function asInputError(error: unknown, subject: string): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof Error && error.name === 'PasswordException') {
    return new InputError('ENCRYPTED_PDF', subject, 'is password-protected');
  }
  const reason = error instanceof Error ? ` (${error.message.replace(/\.$/, '')})` : '';
  // pdf.js names the page tree when it cannot walk it (a kid of the wrong type, a cycle).
  if (error instanceof Error && /\b(pages?|kids?)\b/i.test(error.message)) return new InputError('BROKEN_PAGE_TREE', subject, `has a broken page tree${reason}`);
  return new InputError('UNREADABLE_PDF', subject, `is not a readable PDF${reason}`);
}
