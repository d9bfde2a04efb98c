// Several instances and workers on one PostgreSQL library (#15): two
// `nianbao start --no-worker` on two loopback ports and two `nianbao worker`
// against one throwaway database; 50 reports uploaded over both instances,
// ten of them to both at once, and one worker killed (SIGKILL) halfway.
// Every report ends up stored once, every job done, and the figures are those
// of a SQLite run of the same files. Needs `npm run build` (it runs dist/).
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, pgUnavailable, startCluster } from '../store/pg-cluster.js';
import { appFor, file, multipart } from './helpers.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`instances and workers on PostgreSQL skipped: ${unavailable}`);

const FILES = readdirSync('corpus')
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, 50)
  .map((name) => `corpus/${name}`);
/** Sent to both instances at once. */
const TWICE = 10;

interface Process {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output: () => string;
}

const running: ChildProcess[] = [];
let cluster: Cluster | undefined;
let url: string;
beforeAll(async () => {
  if (unavailable) return;
  cluster = await startCluster();
  url = await cluster.database();
}, 120_000);
afterAll(() => {
  // Each runs in its own process group: whatever is left of it goes, whatever the test did.
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
  cluster?.stop();
});

/** `nianbao ARGS` against the throwaway library, once it prints `ready`. */
async function run(args: string[], ready: RegExp): Promise<Process & { ready: RegExpExecArray }> {
  const child = spawn(process.execPath, ['dist/cli/bin.js', ...args], {
    detached: true,
    env: {
      ...process.env,
      NIANBAO_DATABASE_URL: url,
      NIANBAO_DB: '',
      NIANBAO_WORKERS: '1',
      // A lost job is taken again after 10 s; workers look for jobs every second.
      NIANBAO_JOB_LEASE_SECONDS: '10',
      NIANBAO_JOB_POLL_SECONDS: '1',
      NIANBAO_UPLOAD_RATE: '1000',
      LOG_LEVEL: 'info',
    },
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const found = await new Promise<RegExpExecArray>((resolve, reject) => {
    const look = () => {
      const match = ready.exec(output);
      if (match) return resolve(match);
      if (child.exitCode !== null) return reject(new Error(`nianbao ${args[0]} ended: ${output}`));
      setTimeout(look, 50);
    };
    look();
  });
  return { child, output: () => output, ready: found };
}

/** SIGTERM, and the exit code; what the process printed when it does not end within a minute. */
function stop({ child, output }: Process): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const late = setTimeout(() => reject(new Error(`still running a minute after SIGTERM:\n${output()}`)), 60_000);
    child.on('exit', (code) => {
      clearTimeout(late);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

/** `nianbao start --no-worker` on a free loopback port; `ready[1]` is its URL. */
function instance() {
  return run(['start', '--no-corpus', '--no-worker', '--host', '127.0.0.1', '--port', '0'], /server on (http:\/\/127\.0\.0\.1:\d+)/);
}

async function upload(base: string, path: string): Promise<{ status: number; job?: string }> {
  const { payload, headers } = multipart([file(path)]);
  const response = await fetch(`${base}/api/reports`, { method: 'POST', body: payload, headers });
  const body = (await response.json()) as { job?: { id: string } };
  expect({ path, status: response.status }).toEqual({ path, status: response.status === 200 ? 200 : 202 });
  return { status: response.status, job: body.job?.id };
}

async function jobState(base: string, id: string): Promise<{ state: string; reports?: Array<{ id: number; added: boolean }> }> {
  return ((await (await fetch(`${base}/api/jobs/${id}`)).json()) as { job: Awaited<ReturnType<typeof jobState>> }).job;
}

/** How many of the queue's jobs (pg-boss's table) match `condition`. */
async function jobsWhere(condition: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM nianbao_jobs.job WHERE name = 'analysis' AND ${condition}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Figures as the API lists them, by file rather than by id (the ids depend on the order jobs ran in). */
function byFile(rows: Array<Record<string, unknown>>): string[] {
  return rows.map(({ report: _report, ...row }) => JSON.stringify(row)).sort();
}

describe.skipIf(unavailable !== null)('two instances and two workers on one PostgreSQL library', () => {
  it('stores every report once, settles every job, and gives the figures of SQLite though a worker dies', async () => {
    const t0 = Date.now();
    const phase = (what: string) => process.stdout.write(`scale-out: ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    const servers = await Promise.all([instance(), instance()]);
    phase('instances listening');
    const [one, two] = servers.map(({ ready }) => ready[1]!) as [string, string];
    const workers = await Promise.all([0, 1].map(() => run(['worker'], /taking the jobs/)));
    phase('workers taking jobs');

    const jobs: Array<{ base: string; id: string }> = [];
    await Promise.all(
      FILES.map(async (path, i) => {
        const bases = i < TWICE ? [one, two] : [i % 2 === 0 ? one : two];
        for (const [at, answer] of (await Promise.all(bases.map((base) => upload(base, path)))).entries()) {
          if (answer.job) jobs.push({ base: bases[at]!, id: answer.job });
        }
      }),
    );
    expect(jobs.length).toBeGreaterThanOrEqual(FILES.length);
    phase(`${jobs.length} jobs queued`);

    let killed = false;
    const states = new Map<string, Awaited<ReturnType<typeof jobState>>>();
    const deadline = Date.now() + 150_000;
    while (states.size < jobs.length && Date.now() < deadline) {
      for (const { base, id } of jobs) {
        if (states.has(id)) continue;
        const job = await jobState(base, id);
        if (job.state === 'done' || job.state === 'failed') states.set(id, job);
      }
      // Halfway, and while each worker (one thread each) holds a job.
      if (!killed && states.size >= jobs.length / 2 && (await jobsWhere("state = 'active'")) === 2) {
        process.kill(-workers[0]!.child.pid!, 'SIGKILL');
        killed = true;
        phase(`worker killed, ${states.size} jobs settled`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const unsettled = jobs.length - states.size;
    phase(`${states.size} jobs settled`);
    expect({ killed, unsettled }, `${unsettled} jobs unsettled; the worker left printed:\n${workers[1]!.output().slice(-3000)}`).toEqual({ killed: true, unsettled: 0 });
    expect([...states.values()].map((job) => job.state)).toEqual(jobs.map(() => 'done'));
    // The job the killed worker held was taken again once its lease ended.
    expect(await jobsWhere('retry_count > 0')).toBeGreaterThanOrEqual(1);

    const stored = (await (await fetch(`${one}/api/reports?limit=0`)).json()) as { total: number; reports: Array<{ source: string }> };
    expect(stored.total).toBe(FILES.length);
    expect(stored.reports.map((r) => r.source).sort()).toEqual(FILES.map((path) => path.slice('corpus/'.length)));
    // A file sent twice is one report: both its jobs name it, and never two added it. One report at
    // most may have no job saying added: the killed worker's, when its save committed before it died
    // and the retry found the report stored.
    const reportOf = new Map<number, boolean[]>();
    for (const job of states.values()) for (const { id, added } of job.reports!) reportOf.set(id, [...(reportOf.get(id) ?? []), added]);
    const addedBy = [...reportOf.values()].map((added) => added.filter(Boolean).length);
    expect(addedBy.filter((n) => n > 1)).toEqual([]);
    expect(addedBy.filter((n) => n === 0).length).toBeLessThanOrEqual(1);

    const found = byFile(((await (await fetch(`${two}/api/figures?limit=0`)).json()) as { figures: Array<Record<string, unknown>> }).figures);

    // SIGTERM stops the worker left and both instances gracefully.
    expect(await Promise.all([workers[1]!, ...servers].map(stop))).toEqual([0, 0, 0]);
    expect(workers[1]!.output()).toContain('worker: stopped');
    phase('stopped');

    const sqlite = (await appFor()).app;
    for (const path of FILES) expect((await sqlite.inject({ method: 'POST', url: '/api/reports', ...multipart([file(path)]) })).statusCode).toBe(201);
    phase('SQLite run done');
    const expected = byFile((await sqlite.inject('/api/figures?limit=0')).json().figures);
    expect(found).toEqual(expected);
  }, 240_000);
});
