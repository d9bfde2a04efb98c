// Hostile files through the library's reading and analysis, the CLI and the
// API: each ends in a correct analysis or a clear one-line error naming the
// file, never a crash, a hang, a 500 or a partial report. HOSTILE_CASES sets
// how many (`npm run fuzz` runs 10 000); fast-check picks kinds and seeds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InputError } from '../../src/errors.js';
import { readBuffer } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { tempDir } from '../library/helpers.js';
import { appFor, multipart } from '../server/helpers.js';
import { hostileFile, KINDS } from './generate.js';

const CASES = Number(process.env.HOSTILE_CASES ?? 300);
// One case in this many also goes through the API, and another through `nianbao analyze`.
const SHARE = 8;
const PROGRESS = 250;
// A case takes a fraction of a second: ten minutes at least, more for `npm run fuzz`.
const TIMEOUT_MS = Math.max(600_000, CASES * 500);
const folder = tempDir();

/** What must hold for every file: an analysis, or an InputError on one line that names it. */
async function readOrRefuse(name: string, bytes: Uint8Array): Promise<'read' | 'refused'> {
  try {
    const document = await readBuffer(bytes, name);
    const analysis = analyzeDocument(document);
    expect(analysis.text.length).toBeGreaterThan(0);
    return 'read';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.startsWith(`${name}: `), error.message).toBe(true);
    expect(error.message).not.toMatch(/[\r\n]/);
    return 'refused';
  }
}

/** `nianbao analyze --json FILE` in this process: exit 0 and one JSON line, or exit 2 and one line naming the file; never 1 (a bug). */
async function analyzeByCli(name: string, bytes: Uint8Array, context: string): Promise<void> {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  let [out, err] = ['', ''];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(['analyze', '--json', path]).finally(() => vi.restoreAllMocks());
  if (code === 0) {
    expect(out.split('\n'), context).toHaveLength(2);
    expect(JSON.parse(out).text.length, context).toBeGreaterThan(0);
  } else {
    expect([code, err.split('\n').length, err.startsWith(`nianbao: ${path}: `)], `${context}: ${err.slice(0, 300)}`).toEqual([2, 2, true]);
  }
}

describe('hostile files', async () => {
  // The files are under test here, not the upload rate: a long run sends more than 60 a minute.
  const { app } = await appFor({ uploadRate: CASES });
  const tally = { read: 0, refused: 0, api: 0, cli: 0 };
  let slowest = { ms: 0, context: '' };

  it(`${CASES} seeded cases end in an analysis or a one-line error`, async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (kind, seed) => {
        const file = hostileFile(kind, seed);
        const context = `${kind} seed ${seed}`;
        const began = performance.now();
        tally[await readOrRefuse(file.name, file.bytes).catch((error: unknown) => expect.unreachable(`${context}: ${String(error)}`))]++;
        // Printed at the end, never asserted: the bounds of time are `npm run bench`'s.
        if (performance.now() - began > slowest.ms) slowest = { ms: performance.now() - began, context };
        // A long run (npm run fuzz) says how far it has come.
        const done = tally.read + tally.refused;
        if (done % PROGRESS === 0 && done < CASES) console.log(`hostile: ${done} of ${CASES} cases after ${Math.round((Date.now() - started) / 1000)} s`);
        if (seed % SHARE === 1) {
          tally.cli++;
          await analyzeByCli(file.name, file.bytes, context);
        }
        if (seed % SHARE !== 0) return;
        tally.api++;
        const response = await app.inject({ method: 'POST', url: '/api/reports', ...multipart([{ field: 'file', filename: file.name, content: Buffer.from(file.bytes) }]) });
        expect([200, 201, 413, 415, 422], `${context}: ${response.body.slice(0, 200)}`).toContain(response.statusCode);
        if (response.statusCode >= 400) expect(response.json().error.message, context).not.toMatch(/[\r\n]/);
      }),
      { numRuns: CASES, seed: Number(process.env.HOSTILE_SEED ?? 13) },
    );
    expect(tally.read + tally.refused).toBe(CASES);
    console.log(
      `hostile: ${CASES} cases, ${tally.read} read, ${tally.refused} refused, ${tally.api} also through the API, ${tally.cli} through the CLI, ` +
        `in ${Math.round((Date.now() - started) / 1000)} s; the slowest read ${Math.round(slowest.ms)} ms (${slowest.context})`,
    );
  }, TIMEOUT_MS);
});
