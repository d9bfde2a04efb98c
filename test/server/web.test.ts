// The web UI's shell at every app path, the OpenAPI document and the docs
// UI, path traversal, and documentation that cannot drift: every route in the
// OpenAPI document and in README with a curl example.
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/routes/web.js';
import { buildWeb } from '../../web/build.js';
import { tempDir } from '../library/helpers.js';
import { appFor, errorCode } from './helpers.js';

const web = await buildWeb(join(tempDir(), 'web'));
const { app } = await appFor({ web });

/** The paths of the app's pages, each answered with the shell. */
const PAGES = ['/', '/reports/1', '/search?q=%E6%B3%95', '/compare?from=1&to=2', `/issuers/${encodeURIComponent('国务院')}`, '/commitments', '/trends'];

/** Every route of the service, as README and the OpenAPI document must name them. */
const ROUTES = [
  'GET /healthz',
  'POST /api/reports',
  'GET /api/reports',
  'GET /api/reports/:id',
  'GET /api/reports/:id/text',
  'GET /api/reports/:id/figures',
  'GET /api/reports/:id/commitments',
  'GET /api/reports/:id/problems',
  'GET /api/reports/:id/diagnostics',
  'DELETE /api/reports/:id',
  'GET /api/jobs/:id',
  'GET /api/issuers',
  'GET /api/compare',
  'GET /api/series/:issuer',
  'GET /api/trend',
  'GET /api/measures',
  'GET /api/figures',
  'GET /api/search',
  'PUT /api/compare/:from/:to/links',
  'PUT /api/commitments/:id/review',
  'GET /api/commitments/:id/reviews',
];

const TRAVERSALS = [
  '/../package.json',
  '/%2e%2e/package.json',
  '/%2e%2e%2fpackage.json',
  '/..%2fpackage.json',
  '/..%5cpackage.json',
  '/.%2e/package.json',
  '//package.json',
  '/./package.json',
  '/app.js/../../package.json',
  '/web/index.html',
  '/index.html%00.js',
  '/%2fetc%2fpasswd',
  '/..%252f..%252fpackage.json',
  '/docs/static/../../package.json',
  '/docs/static/%2e%2e/%2e%2e/package.json',
  '/docs/static/..%2f..%2f..%2fpackage.json',
  '/api/reports/..%2f..%2fpackage.json',
  '/api/reports/../../package.json',
];

describe('the web UI', () => {
  it.each(PAGES)('answers %s with the shell, its bundle and a strict content security policy', async (path) => {
    const page = await app.inject(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = String(page.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(page.body).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(page.body).not.toMatch(/<script>|<style|style=/);
  });

  it('serves the bundle esbuild wrote', async () => {
    for (const [path, type] of [['/assets/app.js', /^(?:application|text)\/javascript/], ['/assets/app_style.css', /^text\/css/]] as const) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type'], path).toMatch(type);
    }
  });

  // [Accept-Encoding, Content-Encoding sent]: the build's copy a client accepts, else the plain file (no .deflate copy is written).
  const encodings: Array<[string | undefined, string | undefined]> = [
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'gzip'],
    ['identity', undefined],
    ['deflate', undefined],
    [undefined, undefined],
  ];
  const decode = { br: brotliDecompressSync, gzip: gunzipSync };
  it.each(encodings)('answers a client accepting %s with the bundle in %s, the same bytes decoded', async (accepts, encoding) => {
    for (const file of ['app.js', 'app_style.css']) {
      const plain = readFileSync(join(web, 'assets', file));
      const response = await app.inject({ url: `/assets/${file}`, headers: accepts === undefined ? {} : { 'accept-encoding': accepts } });
      expect(response.statusCode, file).toBe(200);
      expect(response.headers['content-encoding'], file).toBe(encoding);
      expect(response.headers.vary, file).toBe('accept-encoding');
      expect(response.headers['content-type'], file).toMatch(file.endsWith('.js') ? /^(?:application|text)\/javascript/ : /^text\/css/);
      expect(response.headers['cache-control'], file).toBe('no-cache');
      expect(response.headers['content-security-policy'], file).toBe(CONTENT_SECURITY_POLICY);
      expect(Number(response.headers['content-length']), file).toBe(response.rawPayload.length);
      const body = encoding === undefined ? response.rawPayload : decode[encoding as keyof typeof decode](response.rawPayload);
      expect(body.equals(plain), file).toBe(true);
      if (encoding !== undefined) expect(response.rawPayload.length, file).toBeLessThan(plain.length);
      // Revalidation as before; the tag is the sent copy's size and time, so each encoding has its own.
      const again = await app.inject({ url: `/assets/${file}`, headers: { ...(accepts === undefined ? {} : { 'accept-encoding': accepts }), 'if-none-match': String(response.headers.etag) } });
      expect(again.statusCode, file).toBe(304);
    }
  });

  it('gives the compressed copies no address of their own', async () => {
    for (const url of ['/assets/app.js.br', '/assets/app.js.gz']) expect((await app.inject(url)).statusCode, url).toBe(404);
  });

  it('answers 404 for a report path that names no report id', async () => {
    const response = await app.inject('/reports/abc');
    expect(response.statusCode).toBe(404);
    expect(errorCode(response)).toBe('NOT_FOUND');
  });

  // [path, Accept, status, content type]: a browser at an address no page routes gets the app, which says 找不到页面; clients get JSON.
  const strays: Array<[string, string, number, string]> = [
    ['/nope', 'text/html,application/xhtml+xml,*/*;q=0.8', 404, 'text/html; charset=utf-8'],
    ['/reports/1/extra', 'text/html', 404, 'text/html; charset=utf-8'],
    ['/reports/first', 'text/html', 404, 'text/html; charset=utf-8'],
    ['/reports/first', 'application/json', 404, 'application/json; charset=utf-8'],
    ['/nope', 'application/json', 404, 'application/json; charset=utf-8'],
    ['/api/nope', 'text/html', 404, 'application/json; charset=utf-8'],
    ['/assets/nope.js', 'text/html', 404, 'application/json; charset=utf-8'],
  ];
  it.each(strays)('answers %s asked for %s with %i %s', async (url, accept, status, type) => {
    const response = await app.inject({ url, headers: { accept } });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe(type);
    if (type.startsWith('text/html')) expect(response.body).toContain('/assets/app.js');
    else expect(errorCode(response)).toBe('NOT_FOUND');
  });

  it('says how to build the UI when the bundle is missing', async () => {
    const { app: unbuilt } = await appFor({ web: join(tempDir(), 'nothing') });
    const page = await unbuilt.inject('/');
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build');
  });

  // The sources, not the minified bundle: every request goes through api.ts
  // (and the write policy through session.ts), and no text becomes HTML.
  it('reads the public API only and never writes text as HTML', () => {
    const sources = readdirSync('web/src', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    for (const name of sources) {
      const source = readFileSync(join('web/src', name), 'utf8');
      expect(source, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
      if (name !== 'api.ts' && name !== 'session.ts') expect(source, name).not.toMatch(/\bfetch\(|XMLHttpRequest/);
    }
    expect(readFileSync('web/src/session.ts', 'utf8').match(/fetch\('([^']+)'/g)).toEqual(["fetch('/healthz'"]);
  });

  it.each(TRAVERSALS)('answers 404 for %s, never a file', async (url) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(404);
    expect(['NOT_FOUND', 'REPORT_NOT_FOUND']).toContain(errorCode(response));
  });
});

// app.inject normalises a URL as a browser does (../ and %2e%2e are removed
// before the server sees them), so the same paths go once more over a socket,
// as a hostile client sends them. Loopback only, one request per path.
describe('the same paths sent raw to a listening server', () => {
  let port = 0;
  beforeAll(async () => {
    const { app: listening } = await appFor();
    port = Number(new URL(await listening.listen({ port: 0, host: '127.0.0.1' })).port);
  });

  function statusOf(path: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
      let head = '';
      socket.setEncoding('latin1');
      socket.setTimeout(5000, () => socket.destroy(new Error(`no answer for ${path}`)));
      socket.on('data', (chunk) => (head += chunk));
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0)));
      socket.on('error', reject);
    });
  }

  it('answers 404 to every one of them', async () => {
    for (const path of TRAVERSALS) expect(await statusOf(path), path).toBe(404);
    expect(await statusOf('/assets/app_style.css')).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  const spec = async () => (await app.inject('/openapi.json')).json();
  const operations = (document: { paths: Record<string, Record<string, unknown>> }) =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );

  it('is valid OpenAPI', async () => {
    const result = await new Validator().validate(await spec());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every route, and nothing else', async () => {
    expect(operations(await spec()).sort()).toEqual([...ROUTES].sort());
  });

  it('documents the upload form, the CSV twins and the bearer token of writes', async () => {
    const document = await spec();
    expect(Object.keys(document.paths['/api/reports'].post.requestBody.content)).toEqual(['multipart/form-data']);
    expect(Object.keys(document.paths['/api/figures'].get.responses['200'].content).sort()).toEqual(['application/json', 'text/csv']);
    expect(document.paths['/api/reports/{id}'].delete.security).toEqual([{ bearer: [] }]);
    expect(document.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('documents the rule of each commitment and problem, from their one TypeBox shape', async () => {
    const document = await spec();
    const rows = (path: string, key: string) =>
      document.paths[path].get.responses['200'].content['application/json'].schema.properties[key].items.properties;
    expect(JSON.stringify(rows('/api/reports/{id}/commitments', 'commitments').rule)).toContain('commitment:target-list');
    expect(JSON.stringify(rows('/api/reports/{id}/problems', 'problems').rule)).toContain('problem:admission');
  });

  it('has a UI at /docs', async () => {
    const docs = await app.inject('/docs');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('matches the routes the app answers', async () => {
    for (const route of ROUTES) {
      const [method, url] = route.split(' ') as [string, string];
      expect(app.hasRoute({ method: method as 'GET', url }), route).toBe(true);
    }
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## HTTP API'), readme.indexOf('\n## ', readme.indexOf('## HTTP API') + 1));

  it.each(ROUTES)('documents %s with a curl example', (route) => {
    const [method, path] = route.split(' ') as [string, string];
    expect(section).toContain(`\`${route}\``);
    const how = { GET: '', POST: '-F ', PUT: '-X PUT ', DELETE: '-X DELETE ' }[method];
    const url = path.replace(/:\w+/g, '[^/?\\s\'"]+');
    const pattern = new RegExp(`^curl .*${how}.*localhost:3000${url}(?:[?'"\\s]|$)`, 'm');
    expect(section, route).toMatch(pattern);
  });
});
