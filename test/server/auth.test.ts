// Who may read and write: bearer tokens from NIANBAO_TOKENS for writes, with
// their names recorded; NIANBAO_READ_TOKEN closing reads; loopback-only
// writes without tokens; and the configuration those come from.
import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/ingest/limits.js';
import { isLoopback, parseTokens, readConfig } from '../../src/server/config.js';
import { policyNote, writePolicy } from '../../src/server/auth.js';
import { InputError } from '../../src/errors.js';
import { appFor, bearer, errorCode, file, multipart } from './helpers.js';

const TOKENS = { alice: 'alice-secret-token-1', bob: 'bob-secret-token-22' };
const READ = 'reader-token-333';
const SEED = 'test/fixtures/xuchang.utf8bom.txt';

const upload = (headers: Record<string, string> = {}) => {
  const body = multipart([file(SEED)]);
  return { method: 'POST' as const, url: '/api/reports', payload: body.payload, headers: { ...body.headers, ...headers } };
};

describe('with write tokens and a read token', async () => {
  const { app } = await appFor({ tokens: TOKENS, readToken: READ, host: '0.0.0.0' });

  it('refuses a write without a token, or with a wrong or malformed one: 401 with WWW-Authenticate', async () => {
    for (const headers of [{}, bearer('alice-secret-token-2'), bearer(''), { authorization: 'Basic YWxpY2U6eA==' }, { authorization: TOKENS.alice }]) {
      const response = await app.inject(upload(headers));
      expect(response.statusCode, JSON.stringify(headers)).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHORIZED');
      expect(response.headers['www-authenticate']).toBe('Bearer realm="nianbao"');
    }
  });

  it('refuses a write with the read token: 403 FORBIDDEN', async () => {
    const response = await app.inject(upload(bearer(READ)));
    expect(response.statusCode).toBe(403);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('takes a write token and records its name on the upload and on reviews', async () => {
    const response = await app.inject(upload(bearer(TOKENS.bob)));
    expect(response.statusCode).toBe(201);
    const report = response.json().reports[0];
    expect(report.uploadedBy).toBe('bob');
    const review = await app.inject({
      method: 'PUT',
      url: `/api/commitments/${report.id}-c1/review`,
      headers: bearer(TOKENS.alice),
      payload: { status: 'addressed', note: 'seen in the 2022 report' },
    });
    expect(review.statusCode).toBe(200);
    expect(review.json().review.reviewer).toBe('alice');
    const deleted = await app.inject({ method: 'DELETE', url: `/api/reports/${report.id}`, headers: bearer(TOKENS.alice) });
    expect(deleted.statusCode).toBe(204);
  });

  it('refuses every write route without a token', async () => {
    for (const request of [
      { method: 'DELETE' as const, url: '/api/reports/1' },
      { method: 'PUT' as const, url: '/api/compare/1/2/links', payload: { from: { figure: 'f1' }, to: { figure: 'f1' }, decision: 'confirm' } },
      { method: 'PUT' as const, url: '/api/commitments/1-c1/review', payload: { status: 'partly' } },
    ]) {
      const response = await app.inject({ ...request, headers: bearer(READ) });
      expect(response.statusCode, request.url).toBe(403);
      const anonymous = await app.inject(request);
      expect(anonymous.statusCode, request.url).toBe(401);
      expect(errorCode(anonymous)).toBe('UNAUTHORIZED');
    }
  });

  it('refuses a read without a token: 401; takes the read token or any write token', async () => {
    for (const url of ['/api/reports', '/api/issuers', '/api/figures', '/api/search?q=法治', '/api/reports/1']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHORIZED');
    }
    expect((await app.inject({ url: '/api/reports', headers: bearer(READ) })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/reports', headers: bearer(TOKENS.alice) })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/reports', headers: bearer('nope') })).statusCode).toBe(401);
  });

  it('keeps health, the page and the docs open', async () => {
    for (const url of ['/healthz', '/', '/openapi.json', '/docs']) expect((await app.inject(url)).statusCode, url).toBe(200);
  });
});

describe('without write tokens', () => {
  it('refuses writes when the server is not on loopback: 403 WRITES_DISABLED, reads open', async () => {
    const { app } = await appFor({ host: '0.0.0.0' });
    const response = await app.inject(upload());
    expect(response.statusCode).toBe(403);
    expect(errorCode(response)).toBe('WRITES_DISABLED');
    expect((await app.inject('/api/reports')).statusCode).toBe(200);
  });

  it('lets anyone write as "local" when the server is on loopback only', async () => {
    const { app } = await appFor({ host: '127.0.0.1' });
    const response = await app.inject(upload());
    expect(response.statusCode).toBe(201);
    expect(response.json().reports[0].uploadedBy).toBe('local');
  });
});

describe('on loopback, from web pages', async () => {
  const { app } = await appFor({ host: '127.0.0.1' });
  const remove = (headers: Record<string, string>) => app.inject({ method: 'DELETE', url: '/api/reports/999', headers });

  it.each([
    ['another site by Origin', { origin: 'https://evil.example' }],
    ['another port of localhost', { origin: 'http://localhost:8080', host: 'localhost:3000' }],
    ['another site by Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }],
    ['a sibling site', { 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000', host: 'localhost:3000' }],
    ['an Origin that is no URL', { origin: 'null' }],
  ])('refuses a write without a token from %s: 403 CROSS_ORIGIN', async (_, headers) => {
    const response = await remove(headers);
    expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    expect(errorCode(response)).toBe('CROSS_ORIGIN');
  });

  it.each([
    ['curl (neither header)', {}],
    ['its own page', { origin: 'http://localhost:3000', host: 'localhost:3000', 'sec-fetch-site': 'same-origin' }],
    ['its own page by address', { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }],
    ['a typed URL', { 'sec-fetch-site': 'none' }],
  ])('takes a write from %s (here: 404, no such report)', async (_, headers) => {
    const response = await remove(headers);
    expect(response.statusCode, JSON.stringify(headers)).toBe(404);
  });

  it.each(['evil.example', 'evil.example:3000', 'localhost.evil.example', '10.0.0.5:3000'])(
    'refuses any request naming the host %s (DNS rebinding): 403 HOST_NOT_ALLOWED',
    async (host) => {
      for (const url of ['/api/reports', '/healthz']) {
        const response = await app.inject({ url, headers: { host } });
        expect(response.statusCode, url).toBe(403);
        expect(errorCode(response)).toBe('HOST_NOT_ALLOWED');
      }
    },
  );

  it.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost'])('answers a request naming %s', async (host) => {
    expect((await app.inject({ url: '/healthz', headers: { host } })).statusCode).toBe(200);
  });

  it('takes any Host when listening on every interface', async () => {
    const { app: open } = await appFor({ host: '0.0.0.0' });
    expect((await open.inject({ url: '/healthz', headers: { host: 'reports.example.org' } })).statusCode).toBe(200);
  });
});

describe('upload rate', async () => {
  const { app } = await appFor({ tokens: TOKENS, host: '0.0.0.0', uploadRate: 2 });

  it('takes a token\'s uploads up to the rate, then answers 429 RATE_LIMITED; other tokens go on', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject(upload(bearer(TOKENS.alice)))).statusCode);
    expect(statuses).toEqual([201, 200, 429]);
    const limited = await app.inject(upload(bearer(TOKENS.alice)));
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toContain('NIANBAO_UPLOAD_RATE');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject(upload(bearer(TOKENS.bob)))).statusCode).toBe(200);
  });
});

describe('configuration', () => {
  it('reads the environment, with defaults', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      db: undefined,
      tokens: new Map(),
      readToken: null,
      uploadLimit: 20 * 1024 * 1024,
      uploadRate: 60,
      logLevel: 'info',
    });
    const config = readConfig(
      { PORT: '8080', HOST: '0.0.0.0', NIANBAO_DB: 'x.db', NIANBAO_TOKENS: 'a:1, b:2', NIANBAO_READ_TOKEN: 'r', NIANBAO_UPLOAD_LIMIT: '5MB', NIANBAO_UPLOAD_RATE: '5', LOG_LEVEL: 'warn' },
      { port: '9000' },
    );
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      db: 'x.db',
      tokens: new Map([['a', '1'], ['b', '2']]),
      readToken: 'r',
      uploadLimit: 5 * 1024 * 1024,
      uploadRate: 5,
      logLevel: 'warn',
    });
  });

  it.each([
    ['PORT', { PORT: 'http' }],
    ['PORT', { PORT: '70000' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NIANBAO_TOKENS', { NIANBAO_TOKENS: 'alice' }],
    ['NIANBAO_TOKENS', { NIANBAO_TOKENS: 'alice:x,alice:y' }],
    ['NIANBAO_TOKENS', { NIANBAO_TOKENS: 'alice:x,bob:x' }],
    ['NIANBAO_TOKENS', { NIANBAO_TOKENS: ':x' }],
    ['NIANBAO_UPLOAD_LIMIT', { NIANBAO_UPLOAD_LIMIT: 'big' }],
    ['NIANBAO_UPLOAD_LIMIT', { NIANBAO_UPLOAD_LIMIT: '0' }],
  ])('refuses a bad %s at start', (variable, env) => {
    let thrown: unknown;
    try {
      readConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).code).toBe('BAD_ARGUMENT');
    expect((thrown as InputError).subject).toBe(variable);
  });

  it('reads sizes and token lists', () => {
    expect(['20MB', '512 kb', '1000', '1.5M'].map((size) => parseSize(size, 'NIANBAO_UPLOAD_LIMIT'))).toEqual([20971520, 524288, 1000, 1572864]);
    expect(parseTokens('ops:t0k3n:with:colons')).toEqual(new Map([['ops', 't0k3n:with:colons']]));
    expect(parseTokens(undefined).size).toBe(0);
  });

  it('knows loopback addresses, and says at start when writes are refused', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].map(isLoopback)).toEqual([true, true, true, true, true]);
    expect(['0.0.0.0', '::', '192.168.1.10', 'example.org'].map(isLoopback)).toEqual([false, false, false, false]);
    expect(writePolicy(new Map(), '0.0.0.0')).toBe('refused');
    expect(writePolicy(new Map(), '127.0.0.1')).toBe('local');
    expect(writePolicy(new Map([['a', 'b']]), '127.0.0.1')).toBe('tokens');
    expect(policyNote('refused', false)).toContain('writes (upload, delete, review) are refused');
  });
});
