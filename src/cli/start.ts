// `nianbao start`, what `npm start` runs: the corpus in the library (once),
// then the HTTP service on HOST:PORT until SIGINT or SIGTERM. The only place
// that listens: the app itself is built without a socket (src/server/app.ts).
// Stopping is graceful: no new connection is taken, requests in hand (an
// upload being analysed) are answered, then the pool and the database close.
// Nothing acknowledged can be lost even to SIGKILL: an upload is answered
// only after its one transaction committed (WAL survives a process crash).
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import type { App } from '../server/app.js';
import { policyNote, writePolicy } from '../server/auth.js';
import { readConfig } from '../server/config.js';
import { readLimits } from '../ingest/limits.js';
import { sharedPool } from '../library/pool.js';
import { openLibrary } from '../store/index.js';
import { loadCorpus } from './library.js';

/** Serves until SIGINT or SIGTERM; a second signal ends the process at once (the handlers are gone by then). */
function untilStopped(app: App): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      app.log.info(`nianbao: ${signal}: stopping once the requests in hand are answered (${signal} again stops at once)`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `serve` runs while the server listens; the server closes when it returns (tests stop at once). */
export async function start(args: string[], serve: (app: App) => Promise<void> = untilStopped): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'max-chars': { type: 'string' },
      'no-corpus': { type: 'boolean' },
    },
  });
  const config = readConfig(process.env, values);
  const limits = readLimits(process.env, { maxChars: values['max-chars'] });
  // One logger for these lines and Fastify's: stdout stays one JSON stream when it is not a terminal.
  // Loaded by this command only, as Fastify is below.
  const { createLogger } = await import('../server/log.js');
  const log = createLogger(config.logLevel);
  const pool = sharedPool();
  const store = await openLibrary(config.db);
  let app: App;
  try {
    if (!values['no-corpus']) {
      const { loaded, failures } = await loadCorpus(store, { pool, limits });
      log.info(loaded);
      for (const reason of failures) log.warn(`failed: ${reason}`);
    }
    // Fastify is loaded by this command only, so the others start as fast as before.
    const { buildApp } = await import('../server/app.js');
    app = await buildApp({
      store,
      tokens: config.tokens,
      readToken: config.readToken,
      host: config.host,
      uploadLimit: config.uploadLimit,
      uploadRate: config.uploadRate,
      limits,
      pool,
      logger: log,
    });
  } catch (error) {
    await pool.close();
    await store.close();
    throw error;
  }
  app.addHook('onClose', async () => {
    await pool.close();
    await store.close();
  });
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new InputError('BAD_ARGUMENT', `${config.host}:${config.port}`, `cannot be listened on (${code}); set PORT or HOST, or stop what uses the port`);
    }
    throw error;
  }
  log.info(`server on ${address} (the library page at /, API docs at /docs)`);
  log.info(policyNote(writePolicy(config.tokens, config.host), config.readToken !== null));
  try {
    await serve(app);
  } finally {
    await closeGracefully(app);
  }
  log.info('nianbao: stopped');
  return 0;
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
