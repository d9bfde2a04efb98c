// The ingest stage: file or upload bytes in, decoded text out. The only stage
// that reads files, and the only one that knows pdf-parse and mammoth.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ErrorCode, InputError } from '../errors.js';
import { normalize } from '../normalize/normalize.js';
import type { Encoding, RawDocument, SourceFormat } from '../types.js';
import { decodeText } from './decode.js';
import { detectFormat } from './detect.js';
import { docxToText } from './docx.js';
import { readHtml } from './html.js';
import { DEFAULT_LIMITS, type Limits, MIN_CHARS } from './limits.js';
import { pdfToText } from './pdf.js';

interface Extracted {
  text: string;
  encoding: Encoding | null;
}

type Reader = (bytes: Uint8Array, subject: string, limits: Limits) => Extracted | Promise<Extracted>;

const readers: Record<SourceFormat, Reader> = {
  txt: (bytes, subject) => decodeText(bytes, subject),
  html: (bytes, subject) => readHtml(bytes, subject),
  pdf: async (bytes, subject, limits) => ({ text: await pdfToText(bytes, subject, limits), encoding: null }),
  docx: async (bytes, subject, limits) => ({ text: await docxToText(bytes, subject, limits), encoding: null }),
};

/** Reads a report from disk; errors name the path as given. */
export async function readDocument(path: string, limits: Limits = DEFAULT_LIMITS): Promise<RawDocument> {
  return toDocument(await readBytes(path), basename(path), path, limits);
}

/** Reads an uploaded report; `name` is its file name, used as a format hint. */
export function readBuffer(bytes: Uint8Array, name: string, limits: Limits = DEFAULT_LIMITS): Promise<RawDocument> {
  return toDocument(bytes, name, name, limits);
}

// What the file system can say about a path a user named, in their words.
const PATH_PROBLEMS: Record<string, [ErrorCode, string]> = {
  ENOENT: ['FILE_NOT_FOUND', 'does not exist'],
  ENOTDIR: ['FILE_NOT_FOUND', 'does not exist'],
  ENAMETOOLONG: ['FILE_NOT_FOUND', 'is a longer name than the file system takes'],
  ELOOP: ['FILE_NOT_FOUND', 'is a loop of symbolic links'],
  EACCES: ['FILE_NOT_READABLE', 'may not be read (permission denied)'],
  EPERM: ['FILE_NOT_READABLE', 'may not be read (operation not permitted)'],
};

/** A file system error on a path the user named as an InputError naming it; any other error is thrown as it is. */
export function pathError(path: string, error: unknown): InputError {
  const known = PATH_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ''];
  if (!known) throw error;
  return new InputError(known[0], path, known[1]);
}

async function readBytes(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => {
    throw pathError(path, error);
  });
  if (!info.isFile()) {
    throw new InputError('NOT_A_FILE', path, info.isDirectory() ? 'is a folder, not a file' : 'is not a regular file');
  }
  return readFile(path).catch((error: unknown) => {
    throw pathError(path, error);
  });
}

async function toDocument(bytes: Uint8Array, name: string, subject: string, limits: Limits): Promise<RawDocument> {
  if (bytes.length === 0) throw new InputError('EMPTY_FILE', subject, 'is empty');
  const format = detectFormat(bytes, name, subject);
  // Text takes at least one byte a character: a longer file is refused before it is decoded.
  if (format === 'txt' && bytes.length > 4 * limits.maxChars) throw tooLong(subject, limits);
  const read = await readers[format](bytes, subject, limits);
  // A DOCX (`&#0;`) or a PDF text layer can hold U+0000, which never means
  // anything in a report and which PostgreSQL's text cannot store: it becomes
  // U+FFFD, one code unit for one, so offsets are those of the file's text.
  const text = read.text.replaceAll('\u0000', '\uFFFD');
  const { encoding } = read;
  if (text.trim() === '') throw new InputError('NO_TEXT', subject, 'contains no text');
  if (text.length > limits.maxChars) throw tooLong(subject, limits);
  // Counted as analysis will see it: a file of page numbers and one line on every page (a running head, which normalising drops) holds no report.
  const body = normalize(text).text.replace(/\s+/g, '');
  if (body.length < MIN_CHARS) {
    throw new InputError('TOO_SHORT', subject, `holds fewer than ${MIN_CHARS} characters of text besides page numbers and running heads`);
  }
  // A text in another script (a log, an English page, bytes decoded as Latin-1) has nothing to extract: storing it would list a report without a sentence of one.
  const han = hanCount(body, MIN_CHARS);
  if (han < MIN_CHARS) throw new InputError('NOT_CHINESE', subject, `holds ${han} Chinese characters; nianbao reads reports written in Chinese`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { name, format, encoding, sha256, bytes: bytes.length, text };
}

/**
 * The Han characters of a text, counted no further than `enough`, past which the count says nothing more: matching
 * them all made a string of each character of the report.
 */
function hanCount(text: string, enough: number): number {
  const han = /\p{Script=Han}/gu;
  let count = 0;
  while (count < enough && han.exec(text) !== null) count++;
  return count;
}

function tooLong(subject: string, limits: Limits): InputError {
  return new InputError('TEXT_TOO_LONG', subject, `holds more than the cap of ${limits.maxChars} characters of text`);
}
