// Stopping the server: a request that still arrives on an open keep-alive
// connection while the app closes (the next one after a request in hand) gets
// the one error body, 503 SHUTTING_DOWN, and the connection is closed after it.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { asyncStore, openStore } from '../../src/store/index.js';
import { tempDir } from '../library/helpers.js';
import { errorCode } from './helpers.js';

/** The raw HTTP answers read from a socket until the server closes it. */
function answers(socket: ReturnType<typeof connect>): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('close', () => resolve(text));
  });
}

describe('a request during shutdown', () => {
  it('is answered 503 SHUTTING_DOWN in the one error body, on the connection of a request in hand', async () => {
    const store = openStore(`${tempDir()}/library.db`);
    const app = await buildApp({ logger: false, store: asyncStore(store) });
    let release!: () => void;
    const inHand = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const handling = new Promise<void>((resolve) => (started = resolve));
    // A route that stays in hand until the test lets it go, so the connection is busy while the app closes.
    app.get('/slow', async () => {
      started();
      await inHand;
      return { done: true };
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const socket = connect(Number(new URL(address).port), '127.0.0.1');
    const read = answers(socket);
    socket.write('GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await handling;
    const closed = app.close();
    // The next request on the same keep-alive connection, sent while the app is closing.
    socket.write('GET /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await closed;
    const text = await read;
    store.close();
    const second = text.slice(text.indexOf('HTTP/1.1', 1));
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(second.startsWith('HTTP/1.1 503')).toBe(true);
    expect(second.toLowerCase()).toContain('connection: close');
    const body = second.slice(second.indexOf('\r\n\r\n') + 4);
    const response = { statusCode: 503, headers: { 'content-type': /content-type: ([^\r\n]+)/i.exec(second)![1] }, json: () => JSON.parse(body) };
    expect(errorCode(response)).toBe('SHUTTING_DOWN');
  });
});
