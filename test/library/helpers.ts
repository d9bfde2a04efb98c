// Shared by the store, library and CLI tests: temporary folders and real
// reports analysed as ingest would.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';
import { readBuffer } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { SourceContent } from '../../src/store/index.js';
import type { Analysis, RawDocument, ReportMeta } from '../../src/types.js';

/** A fresh folder under the system's temporary folder, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface Loaded {
  analysis: Analysis;
  source: SourceContent;
}

export async function load(path: string, meta: Partial<ReportMeta> = {}): Promise<Loaded> {
  const bytes = await readFile(path);
  const document = await readBuffer(bytes, basename(path));
  return { analysis: analyzeDocument(document, { meta }), source: { bytes, text: document.text } };
}

/** A small report made up for a test, when no corpus text shows the case. */
export function synthetic(text: string, meta: Partial<ReportMeta> = {}): Loaded {
  const bytes = Buffer.from(text);
  const document: RawDocument = {
    name: 'synthetic.txt',
    format: 'txt',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    text,
  };
  return { analysis: analyzeDocument(document, { meta }), source: { bytes, text } };
}
