// The web UI: every page path answers the app's index.html (the page reads
// its data from the public API), and the bundle esbuild wrote (web/build.ts)
// is served from its assets folder. Only the files the folder holds at start
// get a route (no wildcard), so no spelling of a path reaches another file.
// A browser that accepts brotli or gzip gets the copy the build compressed
// beside each file (Content-Encoding, Vary: Accept-Encoding); others the file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catalogued, errorHandler } from '../errors.js';
import { ReportParams, SeriesParams } from '../schemas.js';

/** Where `npm run build` writes the bundle: the same folder from src/server/routes and dist/server/routes. */
export const DEFAULT_WEB = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** The app's own files and the API on its own origin, nothing inline, nothing from another host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The paths of the app's pages (web/src/main.ts routes them in the browser). */
const PAGES = ['/', '/compare', '/commitments', '/trends', '/search'];

/** Answers with the app's index.html, whose router shows the page of the address, or says the UI is not built. */
export function pageSender(root: string): (reply: FastifyReply) => FastifyReply {
  const index = join(root, 'index.html');
  const html = existsSync(index) ? readFileSync(index) : null;
  return (reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('cache-control', 'no-cache');
    if (html === null) {
      return reply.code(503).type('text/plain; charset=utf-8').send(`The web UI is not built (${index} is missing): run \`npm run build\`.\n`);
    }
    return reply.type('text/html; charset=utf-8').send(html);
  };
}

/** A browser asking for a page (not the API, not a file of the bundle): it gets the app, which says 找不到页面. */
export const asksForPage = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && !/^\/(?:api|assets)(?:\/|$)/.test(request.url) && (request.headers.accept ?? '').includes('text/html');

/** `page` is `pageSender(root)`, made once by the app, which also answers stray page addresses with it. */
export const webRoutes: FastifyPluginAsyncTypebox<{ root: string; page: ReturnType<typeof pageSender> }> = async (app, { root, page }) => {
  const built = existsSync(join(root, 'index.html'));

  const hide = { hide: true };
  // A browser at a page address whose part names nothing (/reports/first) gets the app's 404 page, as at /nope.
  const strayPage = (error: Error, request: FastifyRequest, reply: FastifyReply) =>
    asksForPage(request) && catalogued(error, request)?.code === 'NOT_FOUND' ? page(reply.code(404)) : errorHandler(error, request, reply);
  for (const path of PAGES) app.get(path, { schema: hide }, async (_request, reply) => page(reply));
  app.get('/reports/:id', { schema: { ...hide, params: ReportParams }, errorHandler: strayPage }, async (_request, reply) => page(reply));
  app.get('/issuers/:issuer', { schema: { ...hide, params: SeriesParams }, errorHandler: strayPage }, async (_request, reply) => page(reply));

  if (built && existsSync(join(root, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: '/assets/',
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed copies are answers to their file's address, not addresses of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (res) => {
        res.header('cache-control', 'no-cache');
        res.header('content-security-policy', CONTENT_SECURITY_POLICY);
      },
    });
  }
};
