// Stopping `nianbao start`: SIGTERM while an upload is analysed answers that
// upload (201, stored), refuses new connections meanwhile, closes the pool and
// the database and exits 0; SIGKILL in the middle of a run of uploads loses
// none that was answered 201 and leaves no half-written report.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../library/helpers.js';
import { multipart } from '../server/helpers.js';

interface Server {
  child: ChildProcess;
  port: number;
  /** Everything printed so far, stdout and stderr. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];
afterEach(() => {
  // The server runs in its own process group: whatever is left of it goes.
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
});

/** `nianbao start --no-corpus` on a free port of 127.0.0.1, once it says where it listens. */
async function start(db: string): Promise<Server> {
  const child = spawn(process.execPath, ['dist/cli/bin.js', 'start', '--no-corpus', '--db', db, '--host', '127.0.0.1', '--port', '0'], {
    detached: true,
    // info: the URL and the stopping lines are log records (JSON lines, as stdout is a pipe).
    env: { ...process.env, LOG_LEVEL: 'info', NIANBAO_WORKERS: '1' },
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    const look = () => {
      const found = /server on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (found) return resolve(Number(found[1]));
      if (child.exitCode !== null) return reject(new Error(`nianbao start ended: ${output}`));
      setTimeout(look, 50);
    };
    look();
  });
  return { child, port, output: () => output, exited };
}

interface Answer {
  status: number;
  body: string;
}

/** Uploads one file; `sent` resolves once the whole body is written to the socket. */
function upload(port: number, name: string, content: string | Buffer): { sent: Promise<void>; answer: Promise<Answer> } {
  const { payload, headers } = multipart([{ field: 'file', filename: name, content }]);
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/reports', headers: { ...headers, 'content-length': payload.length } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end(payload, sent);
  });
  return { sent: written, answer };
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), resolve(false)));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const seed = readFileSync('corpus/xuchang-demo-zone-2021.txt', 'utf8');
/** Half a megabyte of an ordinary report: seconds of analysis, long enough to stop the server during it. */
const long = `${seed.split('\n')[0]}\n${seed.split('\n').slice(1).join('\n').repeat(Math.ceil((512 * 1024) / Buffer.byteLength(seed)))}`;

describe('nianbao start', () => {
  it('on SIGTERM answers the upload in hand, takes no new connection, closes and exits 0', async () => {
    const db = join(tempDir(), 'library.db');
    const server = await start(db);
    const { sent, answer } = upload(server.port, 'long.txt', long);
    await sent;
    // The server has the whole body: give it a moment to be in the handler, analysing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(server.child.pid!, 'SIGTERM');
    await until(() => server.output().includes('stopping'));
    expect(await refusesConnections(server.port)).toBe(true);
    const answered = await answer;
    expect(answered.status, answered.body.slice(0, 300)).toBe(201);
    const { id } = JSON.parse(answered.body).reports[0];
    expect(await server.exited, server.output()).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('nianbao: stopped');
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM reports WHERE id = ?').pluck().get(id)).toBe(1);
    // Closed cleanly: the last connection checkpointed the WAL into the database file.
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 300_000);

  it('killed with SIGKILL during uploads keeps every upload it answered 201, whole', async () => {
    const db = join(tempDir(), 'library.db');
    const server = await start(db);
    const files = ['anhui-gwr-2025.txt', 'beijing-gwr-2025.txt', 'fujian-gwr-2025.txt', 'gansu-gwr-2025.txt', 'hebei-gwr-2025.txt', 'hunan-gwr-2025.txt'];
    const acknowledged: number[] = [];
    const uploads = files.map((name) =>
      upload(server.port, name, readFileSync(join('corpus', name))).answer.then(
        (answered) => {
          if (answered.status === 201) acknowledged.push(JSON.parse(answered.body).reports[0].id);
        },
        () => {}, // the connection dies with the server
      ),
    );
    // Some answered, others still being analysed or saved.
    await until(() => acknowledged.length >= 2);
    process.kill(-server.child.pid!, 'SIGKILL');
    await Promise.all(uploads);
    expect((await server.exited).signal).toBe('SIGKILL');
    const known = [...acknowledged];

    // Started again, the library holds every acknowledged upload with all its rows.
    const again = await start(db);
    process.kill(again.child.pid!, 'SIGTERM');
    expect((await again.exited).code, again.output()).toBe(0);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.pragma('foreign_key_check')).toEqual([]);
    const stored = check.prepare('SELECT id FROM reports ORDER BY id').pluck().all() as number[];
    expect(stored).toEqual(expect.arrayContaining(known));
    // No report without its source or its figures: each was saved whole or not at all.
    const whole = check.prepare('SELECT count(*) FROM reports r WHERE EXISTS (SELECT 1 FROM sources s WHERE s.report_id = r.id) AND EXISTS (SELECT 1 FROM figures f WHERE f.report_id = r.id)').pluck();
    expect(whole.get()).toBe(stored.length);
    check.close();
  }, 300_000);
});
