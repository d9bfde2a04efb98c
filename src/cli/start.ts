// `nianbao start`, what `npm start` runs: the corpus in the library (once),
// then the HTTP service on HOST:PORT until SIGINT or SIGTERM. The only place
// that listens: the app itself is built without a socket (src/server/app.ts).
// Stopping is graceful: no new connection is taken, requests in hand (an
// upload being analysed) are answered, then the pool and the database close.
// Nothing acknowledged can be lost even to SIGKILL: an upload is answered
// only after its one transaction committed (WAL survives a process crash),
// or, on PostgreSQL, after its bytes and its job are in the database.
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { InputError } from '../errors.js';
import type { App } from '../server/app.js';
import { policyNote, writePolicy } from '../server/auth.js';
import { readConfig, type ServerConfig } from '../server/config.js';
import { type Limits, readLimits } from '../ingest/limits.js';
import { type AnalysisQueue, openAnalysisQueue, readQueueSettings } from '../library/jobs.js';
import { warmComparisons } from '../library/comparisons.js';
import { sharedComparePool, sharedPool } from '../library/pool.js';
import { databaseUrl, openLibrary } from '../store/index.js';
import { loadCorpus } from './library.js';
import { untilSignal, workQueue } from './worker.js';

/** `serve` runs while the server listens; the server closes when it returns (tests stop at once). */
export async function start(args: string[], serve: (app: App) => Promise<void> = (app) => untilSignal(app.log, 'the requests in hand are answered')): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'max-chars': { type: 'string' },
      'no-corpus': { type: 'boolean' },
      'no-worker': { type: 'boolean' },
    },
  });
  const config = readConfig(process.env, values);
  const limits = readLimits(process.env, { maxChars: values['max-chars'] });
  // One logger for these lines and Fastify's: stdout stays one JSON stream when it is not a terminal.
  // Loaded by this command only, as Fastify is below.
  const { createLogger } = await import('../server/log.js');
  const log = createLogger(config.logLevel);
  const app = await openService(config, limits, { corpus: !values['no-corpus'], worker: !values['no-worker'] }, log);
  const address = await listen(app, config);
  log.info(`server on ${address} (the library page at /, API docs at /docs)`);
  log.info(policyNote(writePolicy(config.tokens, config.host), config.readToken !== null));
  const warming = warmUp(app, log);
  try {
    await serve(app);
  } finally {
    // Stopping does not wait for the warm-up: its thread is ended.
    warming.abort();
    await closeGracefully(app);
  }
  log.info('nianbao: stopped');
  return 0;
}

/**
 * The library, the corpus in it, and the app over them; on PostgreSQL the
 * queue uploads wait in, worked here too unless `worker` is false (then
 * `nianbao worker` processes must run, or uploads wait for ever).
 */
async function openService(config: ServerConfig, limits: Limits, run: { corpus: boolean; worker: boolean }, log: Logger): Promise<App> {
  const pool = sharedPool();
  const comparePool = sharedComparePool();
  const store = await openLibrary(config.db);
  const url = databaseUrl();
  const settings = readQueueSettings();
  let queue: AnalysisQueue | null = null;
  const close = async () => {
    // Jobs in hand finish first: they save through the store.
    await queue?.close(settings.leaseSeconds * 1000);
    await pool.close();
    await comparePool?.close();
    await store.close();
  };
  try {
    if (run.corpus) {
      const { loaded, failures } = await loadCorpus(store, { pool, limits });
      log.info(loaded);
      for (const reason of failures) log.warn(`failed: ${reason}`);
    }
    if (url !== null) {
      queue = await openAnalysisQueue(url, settings);
      if (run.worker) await workQueue(store, queue, { pool, limits }, log);
      log.info(run.worker ? 'uploads are queued and analysed here and by any `nianbao worker`' : 'uploads are queued for `nianbao worker` processes (--no-worker)');
    }
    // Fastify is loaded by this command only, so the others start as fast as before.
    const { buildApp } = await import('../server/app.js');
    const app = await buildApp({
      store,
      tokens: config.tokens,
      readToken: config.readToken,
      host: config.host,
      uploadLimit: config.uploadLimit,
      uploadRate: config.uploadRate,
      limits,
      pool,
      comparePool,
      queue,
      logger: log,
    });
    app.addHook('onClose', close);
    return app;
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A compare thread warmed on the library's newest pair once the server
 * listens (comparisons.ts warmComparisons), off the event loop; logged, and
 * never a reason to stop. Aborting ends it. Nothing to warm without compare threads (NIANBAO_COMPARE_WORKERS=0).
 */
function warmUp(app: App, log: Logger): AbortController {
  const warming = new AbortController();
  const started = performance.now();
  const pool = sharedComparePool();
  if (pool === null) return warming;
  warmComparisons(app.store, pool, warming.signal).then(
    (pair) => {
      if (pair) log.info(`compare thread warmed on reports ${pair[0].id} and ${pair[1].id} in ${Math.round(performance.now() - started)} ms`);
    },
    (error: unknown) => {
      if (!warming.signal.aborted) log.warn(`compare thread not warmed: ${(error as Error).message}`);
    },
  );
  return warming;
}

async function listen(app: App, config: ServerConfig): Promise<string> {
  try {
    return await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new InputError('BAD_ARGUMENT', `${config.host}:${config.port}`, `cannot be listened on (${code}); set PORT or HOST, or stop what uses the port`);
    }
    throw error;
  }
}

/**
 * Closes the server: Node stops accepting and closes idle connections, and
 * Fastify answers a new request on an open one 503; a keep-alive connection
 * whose request is answered meanwhile would stay open for its keep-alive
 * timeout, so idle ones are closed again until the server is closed.
 */
async function closeGracefully(app: App): Promise<void> {
  const reap = setInterval(() => app.server.closeIdleConnections(), 100);
  try {
    await app.close();
  } finally {
    clearInterval(reap);
  }
}
