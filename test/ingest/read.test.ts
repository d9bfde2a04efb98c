import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, InputError } from '../../src/errors.js';
import { pathError, readBuffer, readDocument } from '../../src/ingest/index.js';
import type { Encoding, SourceFormat } from '../../src/types.js';
import { tempDir } from '../library/helpers.js';

/** A path under test/, as the tables name files. */
const underTest = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const fixture = (name: string): string => underTest(`fixtures/${name}`);
const seed = await readFile(underTest('../corpus/xuchang-demo-zone-2021.txt'), 'utf8');
const seedParagraphs = seed.split('\n');
/** Two symbolic links that point at each other. */
const loop = join(tempDir(), 'loop.txt');
symlinkSync(loop, `${loop}.back`);
symlinkSync(`${loop}.back`, loop);

const nonEmptyLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
const pageNumberLine = /^\s*-\s*(\d+)\s*-\s*$/;

async function rejection(work: Promise<unknown>): Promise<InputError> {
  const error = await work.then(
    () => expect.unreachable('expected an InputError'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

// How much of the seed each format must give back: text formats all of it,
// structured formats its paragraphs, PDF its characters (line wraps and page
// footers are normalisation's business).
type Fidelity = 'text' | 'paragraphs' | 'characters';

const reports: Array<[path: string, format: SourceFormat, encoding: Encoding | null, fidelity: Fidelity]> = [
  ['../corpus/xuchang-demo-zone-2021.txt', 'txt', 'utf-8', 'text'],
  ['fixtures/xuchang.utf8bom.txt', 'txt', 'utf-8', 'text'],
  ['fixtures/xuchang.gb18030.txt', 'txt', 'gb18030', 'text'],
  ['fixtures/xuchang.utf16le.txt', 'txt', 'utf-16le', 'text'],
  ['fixtures/xuchang.utf16be.txt', 'txt', 'utf-16be', 'text'],
  ['fixtures/xuchang.html', 'html', 'gb18030', 'paragraphs'],
  ['fixtures/xuchang.docx', 'docx', null, 'paragraphs'],
  ['fixtures/xuchang.pdf', 'pdf', null, 'characters'],
];

describe('readDocument on the seed report in every format', () => {
  it.each(reports)('%s is %s in %s', async (file, format, encoding, fidelity) => {
    const document = await readDocument(underTest(file));
    const bytes = await readFile(underTest(file));

    expect(document).toMatchObject({ name: file.split('/').pop(), format, encoding, bytes: bytes.length });
    expect(document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    if (fidelity === 'text') expect(document.text.trimEnd()).toBe(seed.trimEnd());
    if (fidelity === 'paragraphs') expect(nonEmptyLines(document.text)).toEqual(seedParagraphs);
    if (fidelity === 'characters') {
      const body = document.text.split('\n').filter((line) => !pageNumberLine.test(line));
      expect(body.join('').replace(/\s+/g, '')).toBe(seed.replace(/\s+/g, ''));
    }
  });

  it('keeps the PDF line wraps and one "- N -" footer per page', async () => {
    const { text } = await readDocument(fixture('xuchang.pdf'));
    const footers = text.split('\n').flatMap((line) => pageNumberLine.exec(line)?.[1] ?? []);

    expect(footers.length).toBeGreaterThanOrEqual(2);
    expect(footers).toEqual(footers.map((_, i) => String(i + 1)));
    expect(nonEmptyLines(text).length).toBeGreaterThan(seedParagraphs.length + footers.length);
  });

  it("leaves V8's own Array push and JSON.parse in place after a PDF (pdf.js's core-js push is four times slower)", async () => {
    await readDocument(fixture('xuchang.pdf'));
    // The source of a function from another realm's toString: core-js patches this one's to hide its own.
    const sourceOf = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
    expect([Array.prototype.push, JSON.parse].map((builtIn) => sourceOf.call(builtIn))).toEqual(['function push() { [native code] }', 'function parse() { [native code] }']);
  });
});

const junk: Array<[file: string, code: ErrorCode]> = [
  ['empty.txt', 'EMPTY_FILE'],
  ['random.pdf', 'UNREADABLE_PDF'],
  ['zero-pages.pdf', 'BROKEN_PAGE_TREE'],
  ['encrypted.pdf', 'ENCRYPTED_PDF'],
  ['scanned.pdf', 'NO_TEXT_LAYER'],
  ['program.exe', 'UNSUPPORTED_FORMAT'],
  ['image.png', 'UNSUPPORTED_FORMAT'],
];

describe('readDocument on files it cannot read', () => {
  // The timeout doubles as the check that pdf.js gives up on junk quickly.
  it.each(junk)('%s fails with %s and names the file', { timeout: 5_000 }, async (file, code) => {
    const path = fixture(file);
    const error = await rejection(readDocument(path));

    expect(error.code).toBe(code);
    expect(error.subject).toBe(path);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  it('says why a scanned PDF cannot be read', async () => {
    const error = await rejection(readDocument(fixture('scanned.pdf')));
    expect(error.message).toContain('no text layer: this looks like a scanned PDF; OCR is not supported');
  });

  it.each([
    [fixture('missing.txt'), 'FILE_NOT_FOUND'],
    [fixture('empty.txt/report.txt'), 'FILE_NOT_FOUND'],
    [underTest('fixtures'), 'NOT_A_FILE'],
    [fixture(`${'长'.repeat(100)}.txt`), 'FILE_NOT_FOUND'],
    [loop, 'FILE_NOT_FOUND'],
  ] as const)('%s fails with %s', async (path, code) => {
    const error = await rejection(readDocument(path));
    expect([error.code, error.subject]).toEqual([code, path]);
    expect(error.message).not.toMatch(/[\r\n]|ENAMETOOLONG|ELOOP/);
  });

  it.each([
    ['EACCES', 'FILE_NOT_READABLE'],
    ['EPERM', 'FILE_NOT_READABLE'],
    ['ELOOP', 'FILE_NOT_FOUND'],
  ] as const)('words the file system\'s %s as %s, naming the path', (errno, code) => {
    const error = pathError('report.pdf', Object.assign(new Error(`${errno}: open 'report.pdf'`), { code: errno }));
    expect([error.code, error.subject]).toEqual([code, 'report.pdf']);
    expect(error.message).not.toContain(errno);
  });

  it('lets a file system error it has no words for through, as a bug', () => {
    const error = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    expect(() => pathError('report.pdf', error)).toThrow(error);
  });
});

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readBuffer', () => {
  it('makes U+0000 (which a DOCX can hold as &#0;) U+FFFD, offsets kept', async () => {
    const docx = unzipSync(await readFile(fixture('xuchang.docx')));
    const body = `${seedParagraphs[3]}&#0;${seedParagraphs[4]}`;
    docx['word/document.xml'] = strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const { text } = await readBuffer(zipSync(docx), 'nul.docx');
    expect(text).toContain(`${seedParagraphs[3]}\uFFFD${seedParagraphs[4]}`);
  });

  it('reads an upload like the same file on disk', async () => {
    const bytes = await readFile(fixture('xuchang.docx'));
    const upload = await readBuffer(bytes, 'upload.docx');
    const { name, ...onDisk } = await readDocument(fixture('xuchang.docx'));

    expect(name).toBe('xuchang.docx');
    expect(upload).toEqual({ ...onDisk, name: 'upload.docx' });
  });

  it('leaves the caller’s PDF bytes intact', async () => {
    const bytes = new Uint8Array(await readFile(fixture('xuchang.pdf')));
    const before = createHash('sha256').update(bytes).digest('hex');
    const { sha256 } = await readBuffer(bytes, 'report.pdf');

    expect(createHash('sha256').update(bytes).digest('hex')).toBe(before);
    expect(sha256).toBe(before);
  });

  it.each([
    ['blank.txt', utf8(' \n\t\n'), 'NO_TEXT'],
    ['menu.html', utf8('<html><body><nav>首页 政务公开</nav><footer>版权所有</footer></body></html>'), 'NO_TEXT'],
    ['report.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9]), 'UNDECODABLE_TEXT'],
    ['report.txt', Uint8Array.from([0x31, 0x00, 0x32, 0x00, 0xff, 0x00]), 'UNSUPPORTED_FORMAT'],
    ['book.xlsx', utf8('PK\x03\x04\x14\x00xl/workbook.xml'), 'UNSUPPORTED_FORMAT'],
    ['report.docx', utf8('PK\x03\x04\x14\x00 not really a zip'), 'UNREADABLE_DOCX'],
    ['report.pdf', utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), 'UNREADABLE_PDF'],
  ] as const)('%s fails with %s', async (name, bytes, code) => {
    const error = await rejection(readBuffer(bytes, name));
    expect([error.code, error.subject]).toEqual([code, name]);
  });
});
