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

describe('configuration', () => {
  it('reads the environment, with defaults', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      db: undefined,
      tokens: new Map(),
      readToken: null,
      uploadLimit: 20 * 1024 * 1024,
      logLevel: 'info',
    });
    const config = readConfig(
      { PORT: '8080', HOST: '0.0.0.0', NIANBAO_DB: 'x.db', NIANBAO_TOKENS: 'a:1, b:2', NIANBAO_READ_TOKEN: 'r', NIANBAO_UPLOAD_LIMIT: '5MB', LOG_LEVEL: 'warn' },
      { port: '9000' },
    );
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      db: 'x.db',
      tokens: new Map([['a', '1'], ['b', '2']]),
      readToken: 'r',
      uploadLimit: 5 * 1024 * 1024,
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
