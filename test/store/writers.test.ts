// Two writers on one library: two `nianbao ingest` processes at once both
// finish, each report stored once, because a save begins IMMEDIATE and waits
// (busy timeout) for the other instead of failing with "database is locked".
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../library/helpers.js';

const dir = tempDir();
const db = join(dir, 'library.db');
const FOLDERS = {
  a: ['anhui-gwr-2025.txt', 'beijing-gwr-2025.txt', 'fujian-gwr-2025.txt', 'gansu-gwr-2025.txt'],
  b: ['anhui-gwr-2026.txt', 'beijing-gwr-2026.txt', 'fujian-gwr-2026.txt', 'gansu-gwr-2026.txt'],
};

function ingest(folder: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli/bin.js', 'ingest', folder, '--db', db], { env: { ...process.env, NIANBAO_WORKERS: '1' } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

it('stores every report of two ingests run at once into one library', async () => {
  for (const [name, files] of Object.entries(FOLDERS)) {
    mkdirSync(join(dir, name));
    for (const file of files) copyFileSync(join('corpus', file), join(dir, name, file));
  }
  const results = await Promise.all([ingest(join(dir, 'a')), ingest(join(dir, 'b'))]);
  for (const { code, out } of results) {
    expect(out).not.toContain('locked');
    expect(code, out).toBe(0);
    expect(out).toContain('ingest: 4 added');
  }
  const check = new Database(db, { readonly: true });
  expect(check.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(8);
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();
}, 300_000);

// The race the test above met now and then: a library file another process has just created, in
// rollback mode with its write lock held, answers the switch to WAL with BUSY at once.
it('waits for a writer holding a new library before turning it to WAL', async () => {
  const path = join(dir, 'fresh.db');
  const holder = spawn(process.execPath, ['-e', `
    const db = new (require('better-sqlite3'))(${JSON.stringify(path)});
    db.exec('CREATE TABLE held(x)'); db.exec('BEGIN IMMEDIATE'); db.exec('INSERT INTO held VALUES (1)');
    console.log('held'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1000);`]);
  await new Promise<void>((resolve) => holder.stdout.on('data', (chunk) => String(chunk).includes('held') && resolve()));
  const store = openStore(path);
  expect(store.listReports().length).toBe(0);
  store.close();
  const check = new Database(path, { readonly: true });
  expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(check.prepare('SELECT count(*) FROM held').pluck().get()).toBe(1);
  check.close();
}, 60_000);
