// `npm run bench`, PostgreSQL ingest: the corpus queued in a throwaway
// cluster's library and analysed by one, then two `nianbao worker` processes
// (one thread each), in reports per second from the first job queued to the
// last one done. Each worker has analysed a file before the clock starts (its
// thread and jieba's dictionaries are loaded). Without PostgreSQL's binaries
// it prints why and writes nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestQueued, openAnalysisQueue, submitUpload } from '../../src/library/jobs.js';
import { openPgStore } from '../../src/store/pg/index.js';
import { pgUnavailable, startCluster } from '../store/pg-cluster.js';

const unavailable = pgUnavailable();
if (unavailable) {
  console.log(`PostgreSQL ingest: skipped (${unavailable})`);
  process.exit(0);
}

const files = (await readdir('corpus')).filter((name) => name.endsWith('.txt')).sort().map((name) => join('corpus', name));
const settings = { leaseSeconds: 600, pollSeconds: 1 };
const cluster = await startCluster();
const workers: ChildProcess[] = [];
const pgIngestReportsPerSec: Record<string, number> = {};
try {
  for (const count of [1, 2]) {
    const url = await cluster.database();
    const store = await openPgStore(url);
    const queue = await openAnalysisQueue(url, settings);
    for (let i = 0; i < count; i++) workers.push(await worker(url));
    // One file each, made new by a trailing space, to warm every worker up.
    const warmUps = await Promise.all(
      files.slice(0, count).map((path, i) => submitUpload(store, queue, [{ bytes: Buffer.concat([readFileSync(path), Buffer.from(' '.repeat(i + 1))]), name: `warm-up-${i}.txt` }], {}, null)),
    );
    for (const warmUp of warmUps) if (warmUp.status === 'queued') while ((await queue.state(warmUp.job.id))?.state !== 'done') await sleep(100);
    const t0 = process.hrtime.bigint();
    const summary = await ingestQueued(store, queue, files, 50);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    pgIngestReportsPerSec[count === 1 ? 'oneWorker' : `${count}Workers`] = Number((summary.added / seconds).toFixed(1));
    console.log(`PostgreSQL ingest, ${count} worker${count === 1 ? '' : 's'}: ${summary.added} reports in ${seconds.toFixed(1)} s, ${(summary.added / seconds).toFixed(1)} reports/s`);
    for (const child of workers.splice(0)) await stop(child);
    await queue.close();
    await store.close();
  }
} finally {
  for (const child of workers) child.kill('SIGKILL');
  cluster.stop();
}

// bench/results.json holds every part's figures: this part writes its key, the others stay.
const RESULTS = 'bench/results.json';
mkdirSync('bench', { recursive: true });
const results = (existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}) as Record<string, unknown>;
writeFileSync(RESULTS, `${JSON.stringify({ ...results, pgIngestReportsPerSec }, null, 2)}\n`);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `nianbao worker` with one thread, once it takes jobs. */
async function worker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker'], {
    env: { ...process.env, NIANBAO_DATABASE_URL: url, NIANBAO_DB: '', NIANBAO_WORKERS: '1', NIANBAO_JOB_POLL_SECONDS: String(settings.pollSeconds), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  while (!output.includes('taking the jobs')) {
    if (child.exitCode !== null) throw new Error(`nianbao worker ended: ${output}`);
    await sleep(50);
  }
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
