// Answers at the edges: health with a stale token, numbers past the maximum,
// a review body over its limit, a query error in the API's own words, and
// the one error body for what Node's parser and Fastify's router refuse and
// for files that break a reader.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appFor, bearer, errorCode, multipart } from './helpers.js';

/** What the server answers to these bytes sent as they are: status, headers and the parsed body. */
function raw(port: number, request: string | Buffer): Promise<{ statusCode: number; headers: Record<string, string>; json: () => unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ statusCode: Number(status!.split(' ')[1]), headers, json: () => JSON.parse(body) });
    });
    socket.write(request);
  });
}

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
    `/api/search?q=${encodeURIComponent('建设 '.repeat(34))}`,
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

  it('words a missing report for HTTP: the route that lists ids, not `nianbao list`', async () => {
    const response = await app.inject({ url: '/api/reports/999', headers: bearer('reader-token-333') });
    expect(errorCode(response)).toBe('REPORT_NOT_FOUND');
    expect(response.json().error.message).toContain('GET /api/reports');
    expect(response.json().error.message).not.toContain('nianbao');
  });

  it.each([
    ['a body that is not JSON', '{"status":'],
    ['an empty JSON body', ''],
  ])('refuses %s with 400 MALFORMED_REQUEST', async (_, payload) => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/commitments/1-c1/review',
      headers: { ...bearer('alice-secret-token-1'), 'content-type': 'application/json' },
      payload,
    });
    expect(errorCode(response)).toBe('MALFORMED_REQUEST');
  });

  it.each([
    ['a path that is not percent-encoded UTF-8', '/api/reports/%ff', 'MALFORMED_REQUEST'],
    ['an issuer of more than 500 bytes', `/api/issuers/${'x'.repeat(600)}`, 'NOT_FOUND'],
  ])('answers %s with the error body: %s', async (_, url, code) => {
    expect(errorCode(await app.inject({ url, headers: bearer('reader-token-333') }))).toBe(code);
  });

  describe('over a socket', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;

    it.each([
      ['headers over 16 KB', `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 'HEADERS_TOO_LARGE'],
      ['bytes that are not HTTP', Buffer.from('GET /heal\u0000\u00ffthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'), 'MALFORMED_REQUEST'],
      ['a Content-Length that is not a number', 'POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: many\r\n\r\n', 'MALFORMED_REQUEST'],
    ])('answers %s with the one error body (%s) and closes', async (_, request, code) => {
      const response = await raw(port, request);
      expect(errorCode(response)).toBe(code);
      expect(response.headers.connection).toBe('close');
    });
  });
});

describe('a request whose body never comes', async () => {
  const { app } = await appFor({ requestTimeout: 500 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;

  it('is answered 408 REQUEST_TIMEOUT in the one error body once its time is past, and closed', async () => {
    // Without a request timeout the server waited for the rest for ever, the connection held.
    const response = await raw(port, 'POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n');
    expect(errorCode(response)).toBe('REQUEST_TIMEOUT');
    expect(response.headers.connection).toBe('close');
  });
});

describe('files that break a reader, uploaded', async () => {
  const { app } = await appFor();
  const upload = (name: string, content: Uint8Array) => app.inject({ method: 'POST', url: '/api/reports', ...multipart([{ field: 'file', filename: name, content: Buffer.from(content) }]) });
  const billionLaughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol1;</w:t></w:r></w:p></w:body></w:document>';
  const docx = zipSync({ ...unzipSync(readFileSync('test/fixtures/xuchang.docx')), 'word/document.xml': strToU8(billionLaughs) });
  const cyclicPdf = (() => {
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'];
    let out = '%PDF-1.4\n';
    const offsets = objects.map((object, i) => [out.length, (out += `${i + 1} 0 obj\n${object}\nendobj\n`)][0] as number);
    const xref = out.length;
    out += `xref\n0 3\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    return strToU8(`${out}trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  })();

  it.each([
    ['a billion-laughs DOCX', 'lol.docx', docx, 'UNREADABLE_DOCX'],
    ['a PDF whose page tree is a cycle', 'cycle.pdf', cyclicPdf, 'BROKEN_PAGE_TREE'],
  ])('refuses %s (%s) with 422 %s in one line, storing nothing', async (_, name, content, code) => {
    const response = await upload(name, content);
    expect(errorCode(response)).toBe(code);
    const { message } = response.json().error;
    expect(message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: `));
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).not.toContain('scanned');
    expect((await app.inject('/api/reports')).json().total).toBe(0);
  });
});
