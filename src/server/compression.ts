// Answers compressed for a client that accepts brotli or gzip. Done here rather
// than by @fastify/compress, which measured 0.8 ms of the server's CPU for each
// 40 KB page (five times the page's own cost, two thirds of read throughput
// during uploads): it streams every answer through zlib. Here a body in hand is
// compressed in one call, at a quality chosen by its size: a small one on the
// event loop (0.1–0.5 ms; handing it to libuv's threads costs 0.2 ms more), a large
// one on libuv's threads. Only a streamed body (a whole listing, a static file)
// is piped.
import { pipeline, type Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, createBrotliCompress, createGzip, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip';

/** Bodies under this many bytes go as they are: framing would eat the gain. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Quality by body size. A page of a list (40–70 KB) in brotli at quality 1
 * costs 0.08 ms against 0.4 at 4, for 14 % more bytes; a comparison (0.8–1.2
 * MB) at 4 is a tenth of its size for 6 ms, at 1 four tenths more bytes;
 * above 4 the bytes shrink by a few per cent for twice the time. gzip, for
 * clients without brotli, alike at levels 1 and 6.
 */
const LARGE_BODY = 256 * 1024;
const brotliOptions = (bytes: number): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: bytes < LARGE_BODY ? 1 : 4, [constants.BROTLI_PARAM_SIZE_HINT]: bytes },
});
const gzipOptions = (bytes: number): ZlibOptions => ({ level: bytes < LARGE_BODY ? 1 : 6 });

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** Types worth compressing: text in its many names. Images, archives and fonts are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]+\+(?:json|xml))|image\/svg\+xml)/i;

/**
 * The encoding to answer in for an Accept-Encoding header: brotli, else gzip,
 * each unless refused with q=0; `*` stands for either. Nothing when the client
 * names neither (identity, deflate) or sends no header.
 */
export function negotiate(accept: string | undefined): Encoding | undefined {
  if (!accept) return undefined;
  const weights = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)).find(Boolean);
    weights.set(name!, q ? Number(q[1]) : 1);
  }
  const accepted = (encoding: Encoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).find(accepted);
}

const isStream = (payload: unknown): payload is Readable => typeof (payload as Readable | null)?.pipe === 'function';

function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  if (vary === undefined) reply.header('vary', 'accept-encoding');
  else if (!/\baccept-encoding\b|\*/i.test(String(vary))) reply.header('vary', `${String(vary)}, accept-encoding`);
}

/**
 * Whether the answer is text of a compressible size that nothing has encoded yet, and whole: a part (206, a
 * Range request for a source map) is left as it is, since its Content-Range counts the bytes as they are.
 */
function worthCompressing(reply: FastifyReply, payload: unknown): payload is string | Buffer | Readable {
  if (reply.statusCode === 206 || reply.getHeader('content-encoding') !== undefined || !COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return false;
  if (typeof payload === 'string') return payload.length * 3 >= COMPRESS_THRESHOLD && Buffer.byteLength(payload) >= COMPRESS_THRESHOLD;
  return isStream(payload) || (Buffer.isBuffer(payload) && payload.length >= COMPRESS_THRESHOLD);
}

/** The body compressed, or the body as it is when it need not be. */
async function compressed(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (!worthCompressing(reply, payload)) return payload;
  addVary(reply);
  const encoding = negotiate(request.headers['accept-encoding']);
  if (encoding === undefined) return payload;
  reply.header('content-encoding', encoding).removeHeader('content-length');
  if (isStream(payload)) {
    // A HEAD answer's body is never sent: its headers say what a GET would get, without compressing a whole listing.
    if (request.method === 'HEAD') return payload;
    const zip = encoding === 'br' ? createBrotliCompress(brotliOptions(LARGE_BODY)) : createGzip(gzipOptions(LARGE_BODY));
    // An error of the source ends the answer early, as it would uncompressed.
    return pipeline(payload, zip, () => {});
  }
  if (typeof payload === 'string') return compress(Buffer.from(payload), encoding);
  // A page's text is one Buffer for as long as the page is unchanged (http.ts pageJson): so is its compressed copy.
  let copies = compressedCopies.get(payload);
  if (!copies) compressedCopies.set(payload, (copies = new Map()));
  let copy = copies.get(encoding);
  if (!copy) copies.set(encoding, (copy = await compress(payload, encoding)));
  return copy;
}

const compressedCopies = new WeakMap<Buffer, Map<Encoding, Buffer>>();

async function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (body.length < LARGE_BODY) return encoding === 'br' ? brotliCompressSync(body, brotliOptions(body.length)) : gzipSync(body, gzipOptions(body.length));
  return encoding === 'br' ? compressBrotli(body, brotliOptions(body.length)) : compressGzip(body, gzipOptions(body.length));
}

/** Registers compression on every answer of `app` (and of the plugins registered after, which inherit the hook). */
export function compression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => compressed(request, reply, payload));
}
