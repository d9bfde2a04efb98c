// Which reader a file needs, decided from its bytes: downloaded reports are
// often misnamed. The extension only decides what the bytes leave open.

import { InputError } from '../errors.js';
import type { SourceFormat } from '../types.js';
import { bomEncoding } from './decode.js';

/** Signatures of files people upload by mistake, named so the message helps. */
const foreignMagic: ReadonlyArray<[magic: string, kind: string]> = [
  ['MZ', 'a Windows program'],
  ['\x7fELF', 'a program'],
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF8', 'a GIF image'],
  ['II*\x00', 'a TIFF image'],
  ['MM\x00*', 'a TIFF image'],
  ['\xd0\xcf\x11\xe0', 'a legacy Office file (.doc, .xls); save it as .docx'],
  ['Rar!', 'a RAR archive'],
  ['7z\xbc\xaf', 'a 7-Zip archive'],
  ['\x1f\x8b', 'a gzip archive'],
  ['{\\rtf', 'an RTF file; save it as .docx'],
];

const htmlStart = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]/i;

export function detectFormat(bytes: Uint8Array, name: string, subject: string): SourceFormat {
  // Latin-1 maps each byte to one char, so signatures can be matched as strings.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();

  // pdf.js also accepts a PDF with junk before the header, as some servers send.
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) {
    if (extension === 'docx' || containsAscii(bytes, 'word/document.xml')) return 'docx';
    throw new InputError('UNSUPPORTED_FORMAT', subject, 'is a ZIP archive, not a Word document');
  }
  const foreign = foreignMagic.find(([magic]) => head.startsWith(magic));
  if (foreign) throw new InputError('UNSUPPORTED_FORMAT', subject, `is ${foreign[1]}`);

  // A damaged file named .pdf/.docx is reported as damaged, not as unknown.
  if (extension === 'pdf') return 'pdf';
  if (extension === 'docx') return 'docx';

  const bom = bomEncoding(bytes);
  const lead = new TextDecoder(bom ?? 'windows-1252').decode(bytes.subarray(0, 2048));
  if (htmlStart.test(lead)) return 'html';
  // Text has no NUL bytes, except UTF-16, which therefore needs its BOM.
  if (bom === null && bytes.subarray(0, 8192).includes(0)) {
    throw new InputError('UNSUPPORTED_FORMAT', subject, 'holds binary data, not text');
  }
  return 'txt';
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}
