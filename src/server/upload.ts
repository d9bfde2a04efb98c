// Reading a multipart upload: files under any field name, and the fields
// issuer, year and kind that override detection. Nothing larger than the
// limit is held: busboy stops a file at the limit (a chunked upload has no
// Content-Length to refuse it by), and the files of one request together may
// not pass it either.
import type { FastifyRequest } from 'fastify';
import { InputError } from '../errors.js';
import type { ReportMeta } from '../types.js';

export interface UploadedFile {
  /** The file's name without any folder a client sent with it. */
  name: string;
  bytes: Buffer;
}

export interface Upload {
  files: UploadedFile[];
  overrides: Partial<ReportMeta>;
}

const MAX_FILES = 100;
const MAX_FIELDS = 10;
const MAX_FIELD_BYTES = 1000;
export const OVERRIDE_FIELDS = ['issuer', 'year', 'kind'] as const;

export function tooLarge(limit: number): InputError {
  return new InputError('PAYLOAD_TOO_LARGE', 'upload', `is larger than the limit of ${limit} bytes`);
}

function invalid(problem: string): InputError {
  return new InputError('VALIDATION', 'upload', problem);
}

function fileName(given: string | undefined): string {
  // Browsers on Windows may send C:\fakepath\report.pdf.
  const name = (given ?? '').split(/[\\/]/).pop()!.trim();
  return name === '' ? 'upload' : name;
}

function overridesOf(fields: Map<string, string>): Partial<ReportMeta> {
  const overrides: Partial<ReportMeta> = {};
  for (const [name, value] of fields) {
    if (!(OVERRIDE_FIELDS as readonly string[]).includes(name)) {
      throw invalid(`has a field "${name.slice(0, 40)}"; besides files it takes ${OVERRIDE_FIELDS.join(', ')}`);
    }
    const text = value.trim();
    if (text === '') continue;
    if (name === 'year') {
      if (!/^\d{4}$/.test(text)) throw invalid(`takes a four-digit year, not "${text.slice(0, 40)}"`);
      overrides.year = Number(text);
    } else {
      overrides[name as 'issuer' | 'kind'] = text;
    }
  }
  return overrides;
}

// busboy's refusals of too many parts, said with the cap (the request is not too large in bytes).
const COUNT_LIMITS: Record<string, string> = {
  FST_FILES_LIMIT: `holds more than ${MAX_FILES} files, the most one upload takes; send them in several uploads`,
  FST_FIELDS_LIMIT: `holds more than ${MAX_FIELDS} fields; besides files it takes ${OVERRIDE_FIELDS.join(', ')}`,
};

// A body cut short (a client that stopped sending, a broken proxy) is the client's fault, not the server's (issue #13):
// busboy says so on the parts ("Unexpected end of multipart data") or on the file being read ("… terminated early …").
const TRUNCATED = /unexpected end of multipart data/i;

/** busboy's errors that say what is wrong with the request (a cut body, no boundary) as a 400; any other stays the server's. */
function partsError(error: unknown): unknown {
  const problem = COUNT_LIMITS[(error as { code?: string }).code ?? ''];
  if (problem !== undefined) return invalid(problem);
  if (error instanceof Error && TRUNCATED.test(error.message)) {
    return invalid('ends before its multipart data does (the body was cut short); send the whole body again');
  }
  if (error instanceof Error && /boundary not found/i.test(error.message)) {
    return invalid('is multipart/form-data without a boundary in its Content-Type; curl -F file=@report.pdf sends one');
  }
  return error;
}

async function* checkedParts<T>(parts: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* parts;
  } catch (error) {
    throw partsError(error);
  }
}

export async function readUpload(request: FastifyRequest, limit: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new InputError('UNSUPPORTED_MEDIA_TYPE', 'upload', 'is not multipart/form-data (curl -F file=@report.pdf)');
  }
  // Request bodies are not decompressed (app.ts: the limit counts the bytes as sent), so a compressed one would reach
  // busboy as broken multipart and fail as a bug.
  const coding = request.headers['content-encoding'];
  if (coding !== undefined && coding.trim().toLowerCase() !== 'identity') {
    throw new InputError('UNSUPPORTED_MEDIA_TYPE', 'upload', `is sent compressed (Content-Encoding: ${coding.slice(0, 40)}), which the server does not decode`, 'send the body as it is, without Content-Encoding');
  }
  const files: UploadedFile[] = [];
  const fields = new Map<string, string>();
  let total = 0;
  const parts = request.parts({ limits: { fileSize: limit, files: MAX_FILES, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES } });
  for await (const part of checkedParts(parts)) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer().catch((error: unknown) => { throw partsError(error); });
      total += bytes.length;
      if (total > limit) throw tooLarge(limit);
      files.push({ name: fileName(part.filename), bytes });
    } else {
      if (part.valueTruncated) throw invalid(`has a field "${part.fieldname.slice(0, 40)}" longer than ${MAX_FIELD_BYTES} bytes`);
      if (fields.has(part.fieldname)) throw invalid(`gives the field "${part.fieldname.slice(0, 40)}" twice`);
      fields.set(part.fieldname, String(part.value));
    }
  }
  if (files.length === 0) throw invalid('holds no file; send one or more, e.g. curl -F file=@report.pdf');
  return { files, overrides: overridesOf(fields) };
}
