// What one file may cost: each cap refuses with its own code and a one-line
// message naming the cap and the setting that raises it; an archive whose
// headers lie about its sizes stops at the cap as well.
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, InputError } from '../../src/errors.js';
import { htmlToText } from '../../src/ingest/html.js';
import { readBuffer } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS, type Limits, MIN_CHARS, readLimits } from '../../src/ingest/limits.js';
import { pdfToText } from '../../src/ingest/pdf.js';

const docx = readFileSync('test/fixtures/xuchang.docx');
const seed = readFileSync('corpus/xuchang-demo-zone-2021.txt');
const parts = unzipSync(docx);
const MB = 1024 * 1024;

/** The seed DOCX with its document replaced or more entries added. */
function docxWith(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ ...parts, ...entries });
}

/** A ZIP whose directory and local headers declare `declared` bytes for every entry, whatever they hold. */
function lyingSizes(zip: Uint8Array, declared: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
  }
  return bytes;
}

/** A PDF with the given objects (1 is the catalog) and a correct cross-reference table. */
function pdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

const billionLaughs =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>';

const small: Limits = { maxChars: 1000, maxDocxBytes: 1 * MB, maxDocxEntries: 10, maxPdfPages: 1 };

const cases: Array<[what: string, name: string, code: ErrorCode, names: string, bytes: () => Uint8Array, limits: Limits]> = [
  ['a DOCX expanding past the cap, as declared', 'big.docx', 'DOCX_TOO_LARGE', 'NIANBAO_MAX_DOCX_SIZE', () => docxWith({ 'word/document.xml': new Uint8Array(2 * MB).fill(32) }), small],
  [
    'a DOCX whose headers claim 100 bytes for 8 MB',
    'liar.docx',
    'DOCX_TOO_LARGE',
    'NIANBAO_MAX_DOCX_SIZE',
    () => lyingSizes(docxWith({ 'word/document.xml': new Uint8Array(8 * MB).fill(32) }), 100),
    small,
  ],
  [
    'a DOCX of more entries than the cap',
    'many.docx',
    'DOCX_TOO_MANY_ENTRIES',
    'NIANBAO_MAX_DOCX_ENTRIES',
    () => docxWith(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`word/media/${i}.txt`, strToU8('x')]))),
    small,
  ],
  ['a text longer than the cap of characters', 'long.txt', 'TEXT_TOO_LONG', 'NIANBAO_MAX_CHARS', () => seed, small],
  ['a DOCX whose text is longer than the cap', 'long.docx', 'TEXT_TOO_LONG', '--max-chars', () => docx, small],
  ['a PDF of more pages than the cap', 'pages.pdf', 'TOO_MANY_PAGES', 'NIANBAO_MAX_PDF_PAGES', () => readFileSync('test/fixtures/xuchang.pdf'), small],
  ['a file of one byte', 'one.txt', 'TOO_SHORT', 'right file', () => strToU8('a'), DEFAULT_LIMITS],
  ['a title alone', 'title.txt', 'TOO_SHORT', 'right file', () => strToU8('2021年法治政府建设报告'), DEFAULT_LIMITS],
  [
    'a PDF of one line on every page, a running head once normalised away',
    'heads.pdf',
    'TOO_SHORT',
    'running heads',
    () =>
      pdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        `<< /Type /Pages /Kids [${[4, 5, 6, 7, 8].map((n) => `${n} 0 R`).join(' ')}] /Count 5 >>`,
        '<< /Length 47 >>\nstream\nBT /F1 12 Tf 72 712 Td (2021 report page) Tj ET\nendstream',
        ...Array.from({ length: 5 }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>'),
      ]),
    DEFAULT_LIMITS,
  ],
  ['a text without Chinese', 'log.txt', 'NOT_CHINESE', 'written in Chinese', () => strToU8('x'.repeat(100_000)), DEFAULT_LIMITS],
  ['an English page with a Chinese title', 'page.html', 'NOT_CHINESE', 'holds 4 Chinese', () => strToU8(`<html><body><h1>工作报告</h1><p>${'The government reviewed the year. '.repeat(40)}</p></body></html>`), DEFAULT_LIMITS],
  ['a text of page numbers', 'numbers.txt', 'TOO_SHORT', 'page numbers', () => strToU8(Array.from({ length: 40 }, (_, i) => `- ${i + 1} -`).join('\n')), DEFAULT_LIMITS],
  ['billion laughs in a DOCX', 'lol.docx', 'UNREADABLE_DOCX', 'word/document.xml declares XML entities', () => docxWith({ 'word/document.xml': strToU8(billionLaughs) }), DEFAULT_LIMITS],
  [
    'a PDF whose page tree points nowhere',
    'tree.pdf',
    'BROKEN_PAGE_TREE',
    'page tree',
    () => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [9 0 R] /Count 1 >>']),
    DEFAULT_LIMITS,
  ],
  [
    'a PDF whose pages have no content at all',
    'blank.pdf',
    'BROKEN_PAGE_TREE',
    'page tree',
    () => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>']),
    DEFAULT_LIMITS,
  ],
  [
    'a PDF whose page tree is a cycle',
    'cycle.pdf',
    'BROKEN_PAGE_TREE',
    'page tree',
    () => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']),
    DEFAULT_LIMITS,
  ],
];

describe('caps and broken containers', () => {
  it.each(cases)('%s: %s fails with %s, on one line naming %s', async (_, name, code, names, bytes, limits) => {
    const error = await readBuffer(bytes(), name, limits).then(
      () => expect.unreachable(`${name} was read`),
      (reason: unknown) => reason as InputError,
    );
    expect(error).toBeInstanceOf(InputError);
    expect([error.code, error.subject]).toEqual([code, name]);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).toContain(names);
    expect(error.message).not.toContain('scanned');
  });

  it('reads the seed DOCX and PDF within the default caps', async () => {
    expect((await readBuffer(docx, 'seed.docx')).text).toContain('示范区');
    expect((await readBuffer(readFileSync('test/fixtures/xuchang.pdf'), 'seed.pdf')).text).toContain('示范区');
  });
});

describe('the time a PDF may take', () => {
  // pdf.js leaves no turn to a timer while it reads: a limit kept by one never stopped a long read.
  const pages = 200;
  const flat = pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (Hello page) Tj ET\nendstream',
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>'),
  ]);

  it('is checked between pages: past it, the read stops with UNREADABLE_PDF saying how far it came', async () => {
    const error = await pdfToText(flat, 'slow.pdf', { maxPdfPages: 1000 }, 0).then(
      () => expect.unreachable('slow.pdf was read'),
      (reason: unknown) => reason as InputError,
    );
    expect([error.code, error.subject]).toEqual(['UNREADABLE_PDF', 'slow.pdf']);
    expect(error.message).toMatch(/took more than 0 s to read \(\d+ of 200 pages read\)/);
  });

  it('leaves every page to a file read in time', async () => {
    expect((await pdfToText(flat, 'pages.pdf', { maxPdfPages: 1000 })).match(/Hello page/g)).toHaveLength(pages);
  });
});

describe('readLimits', () => {
  it('takes the defaults, the environment and the --max-chars flag, which wins', () => {
    expect(readLimits({})).toEqual(DEFAULT_LIMITS);
    const env = { NIANBAO_MAX_CHARS: '100000', NIANBAO_MAX_DOCX_SIZE: '10MB', NIANBAO_MAX_DOCX_ENTRIES: '50', NIANBAO_MAX_PDF_PAGES: '30' };
    expect(readLimits(env)).toEqual({ maxChars: 100000, maxDocxBytes: 10 * MB, maxDocxEntries: 50, maxPdfPages: 30 });
    expect(readLimits(env, { maxChars: '7' }).maxChars).toBe(7);
  });

  it.each([
    [{ NIANBAO_MAX_CHARS: 'many' }, {}, 'NIANBAO_MAX_CHARS'],
    [{ NIANBAO_MAX_PDF_PAGES: '0' }, {}, 'NIANBAO_MAX_PDF_PAGES'],
    [{ NIANBAO_MAX_DOCX_SIZE: '5 parsecs' }, {}, 'NIANBAO_MAX_DOCX_SIZE'],
    [{}, { maxChars: '-1' }, '--max-chars'],
  ])('refuses %j %j naming %s', (env, flags, subject) => {
    expect(() => readLimits(env, flags)).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT', subject }));
  });
});

describe('deep nesting', () => {
  it.each([20_000, 100_000])('reads %i nested <div> without overflowing the stack', (depth) => {
    const html = `<html><body>${'<div class="content">'.repeat(depth)}一、加强组织领导。${'</div>'.repeat(depth)}</body></html>`;
    expect(htmlToText(html)).toBe('一、加强组织领导。');
  });

  it('reads 100 000 unclosed inline elements', () => {
    expect(htmlToText(`<body>${'<span><b>'.repeat(50_000)}正文`)).toBe('正文');
  });
});

describe('the Chinese a text must hold', () => {
  // Counted up to MIN_CHARS and no further (hanCount): the count at the edge and past the BMP must be what a count of every match gave.
  const han = '政府工作报告全面建设社会主义现代化国家新征程';
  it.each([
    ['exactly MIN_CHARS Han characters', `${han.slice(0, MIN_CHARS)} report text`, null],
    ['MIN_CHARS Han characters outside the BMP', `${'𠀀'.repeat(MIN_CHARS)} report text`, null],
    ['one short outside the BMP: a character of two code units counts once', `${'𠀀'.repeat(MIN_CHARS - 1)} report text`, `holds ${MIN_CHARS - 1} Chinese`],
    ['one Han character short', `${han.slice(0, MIN_CHARS - 1)} report text`, `holds ${MIN_CHARS - 1} Chinese`],
    ['one short, with lone surrogates around', `\ud800${han.slice(0, MIN_CHARS - 1)}\udc00 report text`, `holds ${MIN_CHARS - 1} Chinese`],
  ])('%s', async (_, text, refusal) => {
    const read = readBuffer(strToU8(text), 'edge.txt');
    if (refusal === null) expect((await read).text).toBe(text);
    else await expect(read).rejects.toThrow(expect.objectContaining({ code: 'NOT_CHINESE', message: expect.stringContaining(refusal) }));
  });
});
