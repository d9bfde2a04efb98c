import { describe, expect, it } from 'vitest';
import { type ErrorCode, InputError } from '../../src/errors.js';
import { detectFormat } from '../../src/ingest/detect.js';
import type { SourceFormat } from '../../src/types.js';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const utf16le = (text: string): Uint8Array => Buffer.from(`\ufeff${text}`, 'utf16le');

const cases: Array<[label: string, expected: SourceFormat | ErrorCode, bytes: Uint8Array, name: string]> = [
  ['PDF header', 'pdf', latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'report'],
  ['PDF header after server junk', 'pdf', latin1('\r\n\r\n%PDF-1.4\n'), 'report.txt'],
  ['ZIP holding word/document.xml', 'docx', latin1('PK\x03\x04\x14\x00\x06\x00word/document.xml'), 'report.zip'],
  ['ZIP named .docx', 'docx', latin1('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml'), 'report.docx'],
  ['other ZIP', 'UNSUPPORTED_FORMAT', latin1('PK\x03\x04\x14\x00\x06\x00xl/workbook.xml'), 'report.xlsx'],
  ['doctype', 'html', utf8('<!DOCTYPE html>\n<html lang="zh-CN">'), 'report.txt'],
  ['XHTML with prolog and comment', 'html', utf8('<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="x">'), 'report'],
  ['bare meta first', 'html', utf8('\ufeff<meta charset="gbk"><title>报告</title>'), 'report.htm'],
  ['UTF-16 page', 'html', utf16le('<html><body><p>报告</p></body></html>'), 'report.htm'],
  ['text that mentions a tag', 'txt', utf8('关于<html>标签的说明'), 'report.html'],
  ['plain text', 'txt', utf8('中共许昌市城乡一体化示范区党工委:'), 'report.txt'],
  ['UTF-16 text', 'txt', utf16le('中共许昌市城乡一体化示范区党工委'), 'report.txt'],
  ['damaged file named .pdf', 'pdf', latin1('\x00\x01\x02garbage'), 'report.pdf'],
  ['damaged file named .docx', 'docx', latin1('garbage'), 'report.docx'],
  ['Windows program', 'UNSUPPORTED_FORMAT', latin1('MZ\x90\x00\x03\x00'), 'report.pdf'],
  ['PNG image', 'UNSUPPORTED_FORMAT', latin1('\x89PNG\r\n\x1a\n'), 'report.pdf'],
  ['JPEG image', 'UNSUPPORTED_FORMAT', latin1('\xff\xd8\xff\xe0\x00\x10JFIF'), 'scan.jpg'],
  ['legacy .doc', 'UNSUPPORTED_FORMAT', latin1('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'), 'report.doc'],
  ['NUL bytes', 'UNSUPPORTED_FORMAT', latin1('report\x00\x00\x01'), 'report.txt'],
  ['UTF-16 without BOM (its digits hold NUL bytes)', 'UNSUPPORTED_FORMAT', Buffer.from('2021年度报告', 'utf16le'), 'report.txt'],
];

describe('detectFormat', () => {
  it.each(cases)('%s → %s', (label, expected, bytes, name) => {
    let outcome: string;
    try {
      outcome = detectFormat(bytes, name, name);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      expect(error.subject).toBe(name);
      outcome = error.code;
    }
    expect(outcome, label).toBe(expected);
  });

  it('says what a foreign file is', () => {
    expect(() => detectFormat(latin1('\xd0\xcf\x11\xe0'), 'report.doc', 'report.doc')).toThrow(/legacy Office file.*\.docx/);
  });
});
