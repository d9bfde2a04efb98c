// `nianbao worker`: takes the uploads queued in a PostgreSQL library and
// analyses and stores them with the analysis pool, until SIGINT or SIGTERM.
// Any number of workers, on any machine that reaches the database, share one
// queue. Stopping is graceful: no new job is taken, the jobs in hand finish
// (within their lease), then the pool and the database close. A worker that
// is killed leaves its jobs to be taken again once their lease ends.
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { InputError } from '../errors.js';
import { readLimits } from '../ingest/limits.js';
import type { IngestOptions } from '../library/ingest.js';
import { type AnalysisQueue, analysisWork, openAnalysisQueue, readQueueSettings } from '../library/jobs.js';
import { sharedPool } from '../library/pool.js';
import { readLogLevel } from '../server/config.js';
import { type AsyncStore, databaseUrl, openLibrary } from '../store/index.js';

/** Resolves at the first SIGINT or SIGTERM; a second one ends the process at once (the handlers are gone by then). */
export function untilSignal(log: Pick<Logger, 'info'>, what: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log.info(`nianbao: ${signal}: stopping once ${what} (${signal} again stops at once)`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Works the queue, as many jobs at once as the pool has threads, one log line per job settled. */
export async function workQueue(store: AsyncStore, queue: AnalysisQueue, options: IngestOptions, log: Logger): Promise<void> {
  const work = analysisWork(store, queue, options);
  await queue.work(async (job, id, lastTry) => {
    const started = Date.now();
    try {
      const done = await work(job, id, lastTry);
      log.info({ job: id, reports: done.reports, ms: Date.now() - started }, 'job done');
      return done;
    } catch (error) {
      if (error instanceof InputError) log.warn({ job: id, code: error.code }, `job failed: ${error.message}`);
      else log.error({ job: id, err: error }, lastTry ? 'job crashed on its last try: it has failed' : 'job crashed: it is tried again');
      throw error;
    }
  }, options.pool.options.threads);
}

/** `stopped` resolves when the worker is to stop (tests stop it without a signal). */
export async function worker(args: string[], stopped: (log: Logger) => Promise<void> = (log) => untilSignal(log, 'the jobs in hand are done')): Promise<number> {
  const { values } = parseArgs({ args, options: { 'max-chars': { type: 'string' } } });
  const url = databaseUrl();
  if (url === null) {
    throw new InputError('BAD_ARGUMENT', 'worker', 'takes the queued uploads of a PostgreSQL library: set NIANBAO_DATABASE_URL=postgres://…');
  }
  const limits = readLimits(process.env, { maxChars: values['max-chars'] });
  const settings = readQueueSettings();
  const { createLogger } = await import('../server/log.js');
  const log = createLogger(readLogLevel());
  const store = await openLibrary();
  const pool = sharedPool();
  const queue = await openAnalysisQueue(url, settings).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  try {
    await workQueue(store, queue, { pool, limits }, log);
    log.info(`worker: taking the jobs of ${store.path}, ${pool.options.threads} at a time (lease ${settings.leaseSeconds} s)`);
    await stopped(log);
  } finally {
    await queue.close(settings.leaseSeconds * 1000);
    await pool.close();
    await store.close();
  }
  log.info('worker: stopped');
  return 0;
}
