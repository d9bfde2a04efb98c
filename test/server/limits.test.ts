// Upload limits: a body over the limit is refused with 413 without being read
// into memory, whether it says its length or comes chunked.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { appFor, BOUNDARY, errorCode, file, multipart } from './helpers.js';

const MB = 1024 * 1024;

/** A 25 MB multipart upload made as it is read, counting the bytes the server pulled. */
function largeUpload(size = 25 * MB): { body: Readable; pulled: () => number } {
  const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="large.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let pulled = 0;
  let ended = false;
  const body = new Readable({
    read() {
      if (ended) return;
      if (pulled === 0) {
        pulled += head.length;
        this.push(head);
      } else if (pulled < size) {
        pulled += chunk.length;
        this.push(chunk);
      } else {
        ended = true;
        this.push(Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
        this.push(null);
      }
    },
  });
  return { body, pulled: () => pulled };
}

describe('the default limit of 20 MB', async () => {
  const { app } = await appFor();
  const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

  it('refuses a 25 MB upload that states its length with 413, before reading any of it', async () => {
    const upload = largeUpload();
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload: upload.body, headers: { ...headers, 'content-length': String(25 * MB + 200) } });
    expect(response.statusCode).toBe(413);
    expect(errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    // The hook answered from the header: the parser and the handler never ran, not one byte was pulled.
    expect(upload.pulled()).toBe(0);
    expect(response.headers.connection).toBe('close');
    expect((await app.inject('/api/reports')).json().total).toBe(0);
  });

  it('cuts off a 25 MB chunked upload (no Content-Length) at the limit with 413', async () => {
    const upload = largeUpload();
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload: upload.body, headers: { ...headers, 'transfer-encoding': 'chunked' } });
    expect(response.statusCode).toBe(413);
    expect(errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    expect((await app.inject('/api/reports')).json().total).toBe(0);
  });

  it('reads an upload of 15 MB, under the limit, to the end (here: binary data, 415)', async () => {
    const { payload, headers: multipartHeaders } = multipart([{ field: 'file', filename: 'large.txt', content: Buffer.alloc(15 * MB) }]);
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload, headers: multipartHeaders });
    expect(response.statusCode).toBe(415);
    expect(errorCode(response)).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a review body over 64 KB with 413', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/commitments/1-c1/review',
      payload: { status: 'partly', note: 'x'.repeat(70 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(errorCode(response)).toBe('BODY_TOO_LARGE');
  });
});

describe('a configured limit', async () => {
  const { app } = await appFor({ uploadLimit: 4000 });

  it('refuses a 9 KB report when the limit is 4000 bytes, stated or chunked', async () => {
    const { payload, headers } = multipart([file('corpus/xuchang-demo-zone-2021.txt')]);
    const stated = await app.inject({ method: 'POST', url: '/api/reports', payload, headers });
    expect(stated.statusCode).toBe(413);
    const chunked = await app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: Readable.from([payload]),
      headers: { ...headers, 'transfer-encoding': 'chunked' },
    });
    expect(chunked.statusCode).toBe(413);
    expect(errorCode(chunked)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses files that pass the limit only together', async () => {
    const part = { field: 'file', filename: 'a.txt', content: `关于法治政府建设的报告\n${'全年共提供法律咨询216人次。'.repeat(60)}` };
    const { payload, headers } = multipart([part, { ...part, filename: 'b.txt' }]);
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload: Readable.from([payload]), headers: { ...headers, 'transfer-encoding': 'chunked' } });
    expect(response.statusCode).toBe(413);
    expect((await app.inject('/api/reports')).json().total).toBe(0);
  });
});

describe('the count of parts', async () => {
  const { app } = await appFor();
  const upload = (parts: Parameters<typeof multipart>[0]) => app.inject({ method: 'POST', url: '/api/reports', ...multipart(parts) });

  it.each([
    ['101 files', Array.from({ length: 101 }, (_, i) => ({ field: 'file', filename: `${i}.txt`, content: 'x' })), 'more than 100 files'],
    ['11 fields', Array.from({ length: 11 }, (_, i) => ({ field: `f${i}`, content: 'x' })), 'more than 10 fields'],
  ])('refuses %s with 400 VALIDATION naming the cap, not as a body too large', async (_, parts, cap) => {
    const response = await upload(parts);
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.json().error.message).toContain(cap);
    expect(response.json().error.message).not.toContain('NIANBAO_UPLOAD_LIMIT');
    expect((await app.inject('/api/reports')).json().total).toBe(0);
  });
});

describe('a multipart body busboy cannot read: cut short, or without a boundary', async () => {
  const { app } = await appFor();
  const { payload, headers } = multipart([{ field: 'issuer', content: '国务院' }, file('corpus/xuchang-demo-zone-2021.txt')]);
  const fileStart = payload.indexOf('filename=');

  it.each([
    ['in a file', fileStart + 400],
    ['in a part\'s headers', fileStart + 5],
    ['before the closing boundary', payload.length - 10],
  ])('refuses a body cut %s with 400 VALIDATION in one line, not a 500 (issue #13)', async (_, end) => {
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload: payload.subarray(0, end), headers });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.json().error.message).toMatch(/ends before/);
    expect(response.json().error.message).not.toContain('\n');
    expect((await app.inject('/api/reports')).json().total).toBe(0);
  });

  it('refuses multipart without a boundary in its Content-Type with 400 VALIDATION saying so, not a 500', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/reports', payload, headers: { 'content-type': 'multipart/form-data' } });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.json().error.message).toContain('without a boundary');
  });
});
