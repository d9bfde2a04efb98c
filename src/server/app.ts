// The HTTP service over the library, built in one function and never
// listening here: the start command listens, tests use app.inject. Routes are
// encapsulated plugins, one per resource; the store, auth and the error body
// are shared by all of them.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { DEFAULT_LIMITS, type Limits } from '../ingest/limits.js';
import type { AnalysisQueue } from '../library/jobs.js';
import { type AnalysisPool, type ComparePool, sharedComparePool, sharedPool } from '../library/pool.js';
import { loadDictionaries } from '../segment/jieba.js';
import { type AsyncStore, openLibrary } from '../store/index.js';
import { auth, writePolicy } from './auth.js';
import { DEFAULT_HOST, DEFAULT_UPLOAD_LIMIT, DEFAULT_UPLOAD_RATE } from './config.js';
import { compression } from './compression.js';
import { clientErrorHandler, errorHandler, notFoundHandler, refuseWhileClosing } from './errors.js';
import { originGuard } from './origin.js';
import { compareRoutes } from './routes/compare.js';
import { figureRoutes } from './routes/figures.js';
import { healthRoutes } from './routes/health.js';
import { issuerRoutes } from './routes/issuers.js';
import { jobRoutes } from './routes/jobs.js';
import { reportRoutes } from './routes/reports.js';
import { reviewRoutes } from './routes/reviews.js';
import { searchRoutes } from './routes/search.js';
import { asksForPage, DEFAULT_WEB, pageSender, webRoutes } from './routes/web.js';
import { storePlugin } from './store.js';

export interface AppOptions {
  /** The library: a store (left open on close), or a SQLite database path (opened, and closed on close); default as the CLI's. */
  store?: AsyncStore;
  db?: string;
  /** Write tokens by the name recorded on what they write. */
  tokens?: ReadonlyMap<string, string> | Record<string, string>;
  /** When set, reading /api needs this token or a write token. */
  readToken?: string | null;
  /** The address the server will listen on: without tokens, only a loopback listener may write. */
  host?: string;
  /** Largest upload request body in bytes (default 20 MB). */
  uploadLimit?: number;
  /** The built web UI (web/build.ts); default dist/web. */
  web?: string;
  /** Uploads a minute for one token (default 60). */
  uploadRate?: number;
  /** Caps on what one uploaded file may cost. */
  limits?: Limits;
  /** The worker threads that analyse uploads; default the process's pool (neither is closed with the app). */
  pool?: AnalysisPool;
  /** The worker threads that compare reports not compared yet; default the process's (not closed with the app either); null: in the request. */
  comparePool?: ComparePool | null;
  /** Where uploads wait for workers (PostgreSQL; left open on close); without one they are analysed in the request. */
  queue?: AnalysisQueue | null;
  /** The process's logger (src/server/log.ts), or false for none (tests). */
  logger?: FastifyBaseLogger | false;
  /** Milliseconds a client may take to send a whole request (default 300 000). */
  requestTimeout?: number;
}

// Node's own default, which Fastify turns off: without it a body that never comes (a Content-Length and no bytes) held its connection for ever.
const REQUEST_TIMEOUT_MS = 300_000;

export type App = FastifyInstance;

/** One log line per request, when it is answered, with who asked. */
class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime), user: request.user ?? undefined };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}

export async function buildApp(options: AppOptions = {}): Promise<App> {
  const tokens = options.tokens instanceof Map ? options.tokens : new Map(Object.entries(options.tokens ?? {}));
  const readToken = options.readToken ?? null;
  const policy = writePolicy(tokens, options.host ?? DEFAULT_HOST);
  const app = createServer(options.logger, options.requestTimeout ?? REQUEST_TIMEOUT_MS);
  // A page address nobody routes (/nope) opens the app at a 404, which says so in Chinese; the API's and files' stay JSON.
  const web = options.web ?? DEFAULT_WEB;
  const page = pageSender(web);
  app.setNotFoundHandler((request, reply) => (asksForPage(request) ? page(reply.code(404)) : notFoundHandler(request, reply)));

  const store = options.store ?? (await openLibrary(options.db));
  compression(app);
  await app.register(storePlugin, { store, close: options.store === undefined });
  await app.register(originGuard, { host: options.host ?? DEFAULT_HOST });
  await app.register(auth, { tokens, readToken, policy });
  await registerDocs(app);
  await registerRoutes(app, options);
  await app.register(webRoutes, { root: web, page });
  // Search cuts its queries on this thread: the dictionaries are loaded before the first one.
  loadDictionaries();

  return app;
}

/** Fastify with the one error body for every failure, its own words included. */
function createServer(logger: AppOptions['logger'], requestTimeout: number) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    // A request past its time is answered 408 REQUEST_TIMEOUT (clientErrorHandler). Node looks for them every
    // 30 s, and applies the request's time only when the headers' (60 s) is no longer.
    requestTimeout,
    http: { connectionsCheckingInterval: Math.min(30_000, requestTimeout), headersTimeout: Math.min(60_000, requestTimeout) },
    logController: new RequestLog(),
    // Review bodies are small; uploads have their own limit.
    bodyLimit: 64 * 1024,
    // An issuer's name in a path is percent-encoded UTF-8: nine characters a Chinese character.
    routerOptions: { maxParamLength: 500 },
    // A misspelt field in a body is refused (400), never dropped in silence.
    ajv: { customOptions: { removeAdditional: false } },
    // What Fastify and Node would answer in their own words gets the one error body too.
    frameworkErrors: errorHandler,
    clientErrorHandler,
    // A request on a connection still open while the server stops gets the one error body (refuseWhileClosing), not Fastify's 503.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(errorHandler);
  // Bodies are JSON (reviews) or multipart (uploads). JSON sent as text/plain (fetch's
  // default for a string) is 415 with the hint that says so, not a schema error about a string.
  app.removeContentTypeParser('text/plain');
  refuseWhileClosing(app);
  // Nothing this service sends is meant to be sniffed into another type: JSON stays JSON.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
  });
  return app;
}

type Server = ReturnType<typeof createServer>;

/** The OpenAPI document (/openapi.json) and its UI (/docs). */
async function registerDocs(app: Server): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'nianbao',
        description: 'Figures, commitments and problems of Chinese government reports, and their comparison across years. Every list also answers ?format=csv.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: ['reports', 'issuers', 'compare', 'figures', 'search', 'reviews', 'service'].map((name) => ({ name })),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

/** The API's resources, each an encapsulated plugin. */
async function registerRoutes(app: Server, options: AppOptions): Promise<void> {
  await app.register(healthRoutes);
  await app.register(reportRoutes, {
    uploadLimit: options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT,
    pool: options.pool ?? sharedPool(),
    limits: options.limits ?? DEFAULT_LIMITS,
    uploadRate: options.uploadRate ?? DEFAULT_UPLOAD_RATE,
    queue: options.queue ?? null,
  });
  await app.register(jobRoutes, { queue: options.queue ?? null });
  await app.register(issuerRoutes);
  await app.register(compareRoutes, { pool: options.comparePool === undefined ? sharedComparePool() : options.comparePool });
  await app.register(figureRoutes);
  await app.register(searchRoutes);
  await app.register(reviewRoutes);
}
