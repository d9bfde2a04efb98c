// Shared by the server suites: an app over its own temporary database,
// multipart bodies as curl -F sends them, and the error body's code.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, expect, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type ErrorCode, errorCatalogue } from '../../src/errors.js';
import { type AppOptions, buildApp, type App } from '../../src/server/app.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { sharedPool } from '../../src/library/pool.js';
import { segment } from '../../src/segment/jieba.js';
import { tempDir } from '../library/helpers.js';

const SEED = 'corpus/xuchang-demo-zone-2021.txt';

let made = 0;
let warm: Promise<unknown> | null = null;

/** An app over a fresh database in a temporary folder, closed after the file's tests. */
/** An app on a new SQLite library, or on `options.store` when given (then `db` names no file in use). */
export async function appFor(options: Omit<AppOptions, 'db'> = {}): Promise<{ app: App; db: string }> {
  // Starting a worker thread under tsx takes seconds: it is done once, before any test's clock runs.
  const pool = sharedPool();
  const seed = { input: { bytes: readFileSync(SEED), name: 'seed.txt' }, subject: 'seed.txt', overrides: {}, limits: DEFAULT_LIMITS };
  // Search segments queries on this thread: its dictionary is loaded here too.
  warm ??= Promise.all([...Array.from({ length: pool.options.threads }, () => pool.analyze(seed)), segment('法治政府')]);
  await warm;
  const db = join(tempDir(), `server-${++made}.db`);
  const app = await buildApp({ logger: false, ...options, db });
  await app.ready();
  afterAll(() => app.close());
  return { app, db };
}

export interface Part {
  field: string;
  /** A file's name; absent for a plain field. */
  filename?: string;
  content: string | Buffer;
  type?: string;
}

export const BOUNDARY = '----nianbao-test-boundary';

/** A multipart/form-data body and its headers, as `curl -F` sends them. */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const type = part.filename === undefined ? '' : `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n`;
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

/** A file of the repository as an upload part under the field name `file` (curl -F file=@PATH). */
export function file(path: string, field = 'file'): Part {
  return { field, filename: basename(path), content: readFileSync(path) };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The code of the error body, checking that its shape and status are the catalogue's. */
export function errorCode(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }): string {
  expect(String(response.headers['content-type'])).toMatch(/^application\/json/);
  const body = response.json() as { error: { code: string; message: string; status: number } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.status).toBe(response.statusCode);
  expect(errorCatalogue[body.error.code as ErrorCode]?.status).toBe(response.statusCode);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error.code;
}

/** What the CLI prints for `args` over the same database, to hold the API's CSV and JSON against. */
export async function cli(...args: string[]): Promise<string> {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(args);
    expect(code, args.join(' ')).toBe(0);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return out;
}
