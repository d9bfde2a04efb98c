// JSON and CSV answers compressed for a client that accepts it, the same
// bytes once decoded; none for a client that does not, nor for tiny bodies.
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { compression, type Encoding, negotiate } from '../../src/server/compression.js';
import { appFor, errorCode, file, multipart } from './helpers.js';

const { app } = await appFor();
let id = 0;
let pair = '';
beforeAll(async () => {
  const upload = async (path: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(path)]) });
    expect(response.statusCode, path).toBe(201);
    return response.json().reports[0].id as number;
  };
  id = await upload('corpus/xuchang-demo-zone-2021.txt');
  pair = `/api/compare?from=${await upload('corpus/beijing-gwr-2025.txt')}&to=${await upload('corpus/beijing-gwr-2026.txt')}`;
}, 120_000);

describe('the encoding chosen for an Accept-Encoding header', () => {
  const headers: Array<[string | undefined, Encoding | undefined]> = [
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip;q=1', 'br'],
    ['BR', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['x-gzip, gzip;q=0.1', 'gzip'],
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
    ['br;q=0, gzip;q=0, *', undefined],
    ['gzip;q=0', undefined],
    ['identity', undefined],
    ['deflate, zstd', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  it.each(headers)('%s → %s', (accept, encoding) => {
    expect(negotiate(accept)).toBe(encoding);
  });
});

const decode = { br: brotliDecompressSync, gzip: gunzipSync };

describe('compressed answers', () => {
  // [Accept-Encoding, Content-Encoding sent]
  const encodings: Array<[string | undefined, string | undefined]> = [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['deflate', undefined],
    [undefined, undefined],
  ];
  it.each(encodings)('answers a client accepting %s in %s, the same bytes decoded', async (accepts, encoding) => {
    for (const url of [`/api/reports/${id}/figures`, `/api/reports/${id}/figures?format=csv`, '/api/figures?limit=0']) {
      const plain = await app.inject(url);
      const response = await app.inject({ url, headers: accepts === undefined ? {} : { 'accept-encoding': accepts } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe(encoding);
      expect(response.headers['content-type'], url).toBe(plain.headers['content-type']);
      const body = encoding === undefined ? response.rawPayload : decode[encoding as keyof typeof decode](response.rawPayload);
      expect(body.equals(plain.rawPayload), url).toBe(true);
      if (encoding === undefined) continue;
      expect(response.headers.vary, url).toMatch(/accept-encoding/i);
      expect(response.rawPayload.length, url).toBeLessThan(plain.rawPayload.length / 3);
    }
  });

  it('compresses a large answer (a comparison of two long reports) too, the same bytes decoded', async () => {
    const plain = await app.inject(pair);
    expect(plain.rawPayload.length).toBeGreaterThan(256 * 1024);
    for (const encoding of ['br', 'gzip'] as const) {
      const response = await app.inject({ url: pair, headers: { 'accept-encoding': encoding } });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(decode[encoding](response.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    }
  });

  it('answers HEAD of a streamed listing with the headers a GET gets, and no body', async () => {
    const url = '/api/figures?limit=0';
    const asked = (method: 'GET' | 'HEAD') => app.inject({ method, url, headers: { 'accept-encoding': 'br' } });
    const [get, head] = [await asked('GET'), await asked('HEAD')];
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-encoding']).toBe(get.headers['content-encoding']);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.rawPayload.length).toBe(0);
  });

  it('sends a body under 1 KB as it is', async () => {
    // The page shell (index.html, ~0.5 KB; the 503 saying the UI is not built, where it is not) among them.
    for (const url of ['/healthz', '/api/reports/999999', '/']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.rawPayload.length, url).toBeLessThan(1024);
      expect(response.headers['content-encoding'], url).toBeUndefined();
    }
  });

  it('sends a part of a body (206) as it is: its Content-Range counts the bytes as they are', async () => {
    const parts = Fastify();
    compression(parts);
    parts.get('/part', async (_request, reply) => reply.code(206).header('content-range', 'bytes 0-2047/4096').type('application/json').send('1'.repeat(2048)));
    const response = await parts.inject({ url: '/part', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.length).toBe(2048);
    await parts.close();
  });

  // [Content-Encoding of an upload, whether it is refused, how its body is sent]: a body is never decoded, so a
  // compressed one is refused (it was a 500, busboy reading gzip as broken multipart); identity is the body as it is.
  const uploads: Array<[string, boolean, (body: Buffer) => Buffer]> = [
    ['gzip', true, gzipSync],
    ['br', true, brotliCompressSync],
    ['identity', false, (body) => body],
  ];
  it.each(uploads)('an upload sent with Content-Encoding %s is refused: %s', async (coding, refused, encode) => {
    const upload = multipart([file('corpus/xuchang-demo-zone-2021.txt')]);
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload: encode(upload.payload), headers: { ...upload.headers, 'content-encoding': coding } });
    if (refused) expect(errorCode(response)).toBe('UNSUPPORTED_MEDIA_TYPE');
    else expect(response.statusCode).toBeLessThan(300);
  });
});
