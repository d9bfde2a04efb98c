// Answers at the edges: health with a stale token, numbers past the maximum,
// a review body over its limit, and a query error in the API's own words.
import { describe, expect, it } from 'vitest';
import { appFor, bearer, errorCode } from './helpers.js';

describe('edge answers', async () => {
  const { app } = await appFor({ tokens: { alice: 'alice-secret-token-1' }, readToken: 'reader-token-333', host: '0.0.0.0' });

  it('answers /healthz whatever token a monitor sends', async () => {
    expect((await app.inject({ url: '/healthz', headers: bearer('stale-token') })).statusCode).toBe(200);
  });

  it.each([
    '/api/reports?limit=99999999999999999999',
    '/api/reports?offset=99999999999999999999',
    '/api/figures?limit=1000001',
    '/api/search?q=x&limit=99999999999999999999',
  ])('refuses %s with 400 VALIDATION, not 500', async (url) => {
    const response = await app.inject({ url, headers: bearer('reader-token-333') });
    expect(response.statusCode, response.body).toBe(400);
    expect(errorCode(response)).toBe('VALIDATION');
  });

  it('refuses a review body over 64 KB with 413 BODY_TOO_LARGE, saying nothing of files', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/commitments/1-c1/review',
      headers: { ...bearer('alice-secret-token-1'), 'content-type': 'application/json' },
      payload: JSON.stringify({ status: 'partly', note: 'x'.repeat(70_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorCode(response)).toBe('BODY_TOO_LARGE');
    expect(response.json().error.message).not.toContain('file');
  });

  it('words a query error for HTTP, not the command line', async () => {
    const response = await app.inject({ url: '/api/figures?q=%20', headers: bearer('reader-token-333') });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response)).toBe('VALIDATION');
    const { message } = response.json().error;
    expect(message).not.toMatch(/--q|nianbao help/);
    expect(message).toContain('/docs');
  });
});
