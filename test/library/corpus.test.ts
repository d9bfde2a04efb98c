// The whole corpus through the library: an ingest killed mid-way, then
// completed, then repeated, then `start`. One file, because each step needs
// the database the step before left (the corpus takes half a minute to analyse).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { start } from '../../src/cli/start.js';
import { readDocument } from '../../src/ingest/index.js';
import { parseManifest } from '../../src/library/manifest.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

const db = join(tempDir(), 'corpus.db');
const corpus = readdirSync('corpus').filter((name) => name.endsWith('.txt'));
const manifest = parseManifest(readFileSync('corpus/MANIFEST.tsv', 'utf8'), 'corpus/MANIFEST.tsv');

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main([...args, '--db', db]), out };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** `nianbao start`, stopped as soon as its server has answered once; stdout (not a terminal here) is its JSON log. */
async function startOnce(): Promise<{ code: number; messages: string[]; health: unknown }> {
  let out = '';
  let health: unknown;
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.stubEnv('LOG_LEVEL', 'info');
  try {
    const code = await start(['--db', db, '--host', '127.0.0.1', '--port', '0'], async (app) => {
      health = (await app.inject('/healthz')).json();
    });
    // Every line is a JSON record: no plain line is mixed in.
    const messages = out
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    return { code, messages, health };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    vi.unstubAllEnvs();
  }
}

/** Starts `nianbao ingest corpus` in a child process and kills it (SIGKILL) once it has added `reports`. */
function ingestAndKill(reports: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', 'corpus', '--db', db], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let added = 0;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      added += chunk.split('\n').filter((line) => line.includes('] added #')).length;
      if (added >= reports) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the ingest ended by itself (code ${code}) before it was killed`)),
    );
  });
}

describe('ingesting the whole corpus', () => {
  beforeAll(() => ingestAndKill(3), 60_000);

  it('leaves whole reports or none when killed', async () => {
    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const store = openStore(db);
    const stored = store.listReports();
    store.close();
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.length).toBeLessThan(corpus.length);
    for (const report of stored) {
      const fresh = analyzeDocument(await readDocument(`corpus/${report.source}`), { meta: manifest.get(report.source) });
      expect([report.source, report.figures, report.commitments, report.problems]).toEqual([
        report.source,
        fresh.figures.length,
        fresh.commitments.length,
        fresh.problems.length,
      ]);
    }
  }, 30_000);

  it('completes the rest when run again', async () => {
    const before = openStore(db);
    const kept = before.listReports().length;
    before.close();
    const { code, out } = await cli('ingest', 'corpus');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^ingest: ${corpus.length - kept} added, ${kept} already present, \\d+ skipped, 0 failed\\n`));
    const after = openStore(db);
    expect(after.listReports().map((r) => r.source).sort()).toEqual([...corpus].sort());
    after.close();
  }, 180_000);

  it('adds nothing the second time and says so', async () => {
    const { code, out } = await cli('ingest', 'corpus');
    expect(code).toBe(0);
    expect(out).toContain(`ingest: 0 added, ${corpus.length} already present`);
    expect(out).toContain('nothing new: every report was already in the library');
  }, 30_000);

  it('joins reports whose text lacks a year to their series through the manifest', () => {
    const store = openStore(db);
    const national = store.listReports({ issuer: '国务院' });
    store.close();
    expect(national.length).toBe(corpus.filter((name) => name.startsWith('state-council')).length);
    expect(national.every((r) => r.year !== null)).toBe(true);
    expect(national.map((r) => r.year)).toEqual([...national.map((r) => r.year)].sort());
  });
});

describe('npm start', () => {
  it('finds the corpus already loaded and serves it, saying where and who may write', async () => {
    const { code, messages, health } = await startOnce();
    expect(code).toBe(0);
    expect(messages).toContain(`${db} already holds the ${corpus.length} reports of corpus`);
    expect(messages).toContainEqual(expect.stringMatching(/^server on http:\/\/127\.0\.0\.1:\d+ /));
    expect(messages).toContainEqual(expect.stringContaining('writes are allowed without a token, as "local"'));
    expect(messages).toContain('request');
    expect(health).toEqual({ status: 'ok', reports: corpus.length, writes: 'local', canWrite: true });
  }, 30_000);

  it('loads what is missing', async () => {
    const store = openStore(db);
    store.deleteReport(store.listReports({ issuer: '许昌' })[0]!.id);
    store.close();
    const { messages } = await startOnce();
    expect(messages).toContain(`loaded 1 report from corpus into ${db}`);
  }, 30_000);
});
