// One error body for every failure, its code and status from the one
// catalogue in src/errors.ts: `{ "error": { "code", "message", "status" } }`.
// InputErrors (bad uploads, unknown ids) keep their code; Fastify's own errors
// are mapped by what they mean; anything else is a bug, logged with its stack
// and answered without its details.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, InputError } from '../errors.js';

const RETRY_AFTER_S = 30;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; status: number };
}

export function errorBody(error: InputError): ErrorBody {
  return { error: { code: error.code, message: error.message, status: error.status } };
}

/** Where a request went, for the subject of a message; cut so that a long URL does not fill it. */
function target(request: FastifyRequest): string {
  const url = request.url.length > 120 ? `${request.url.slice(0, 119)}…` : request.url;
  return `${request.method} ${url}`;
}

/** Fastify's and its plugins' errors, by code, when the status alone does not say enough. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_BAD_URL: 'MALFORMED_REQUEST',
  // An issuer's name of more than 500 bytes names no issuer.
  FST_ERR_MAX_PARAM_LENGTH: 'NOT_FOUND',
};

/** Hints of the catalogue that name a command, in the API's words. */
const HTTP_HINTS: Partial<Record<ErrorCode, string>> = {
  REPORT_NOT_FOUND: 'see GET /api/reports for the ids in the library',
};

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION',
  401: 'UNAUTHORIZED',
  // Our own 403s are InputErrors; Fastify's come from static file serving
  // refusing a path (../ under /docs/static), which must look like any missing file.
  403: 'NOT_FOUND',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The catalogued error a failure means; null for a bug. */
export function catalogued(error: FastifyError | Error, request: FastifyRequest): InputError | null {
  // The CLI's wording (--q, `nianbao help`) becomes the route's: the parameter and /docs.
  if (error instanceof InputError && error.code === 'BAD_ARGUMENT') {
    return new InputError('VALIDATION', target(request), `${error.subject.replace(/^--/, '')} ${error.problem}`);
  }
  if (error instanceof InputError) {
    const hint = HTTP_HINTS[error.code];
    return hint === undefined ? error : new InputError(error.code, error.subject, error.problem, hint);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    // A path names a resource: a malformed id (../, %2e%2e, letters) names none.
    if (fastifyError.validationContext === 'params') return new InputError('NOT_FOUND', target(request), 'names nothing on this server');
    return new InputError('VALIDATION', target(request), fastifyError.message);
  }
  const status = fastifyError.statusCode ?? 500;
  const code = FASTIFY_CODES[fastifyError.code] ?? (status >= 400 && status < 500 ? (BY_STATUS[status] ?? 'VALIDATION') : null);
  if (code === null) return null;
  const problem =
    code === 'PAYLOAD_TOO_LARGE' || code === 'BODY_TOO_LARGE'
      ? 'is larger than this server accepts'
      : code === 'NOT_FOUND'
        ? 'is not a route or file of this server'
        : fastifyError.code === 'FST_ERR_BAD_URL'
          ? 'has a path that is not valid percent-encoded UTF-8'
          : fastifyError.message;
  return new InputError(code, target(request), problem);
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  let known = catalogued(error, request);
  if (known === null) {
    request.log.error({ err: error }, 'request failed');
    known = new InputError('INTERNAL_ERROR', target(request), 'failed');
  } else if (known.status >= 500) {
    request.log.error({ err: error }, 'request failed');
  }
  // The client may still be sending a body too large to read: end the connection after this answer.
  if (known.code === 'PAYLOAD_TOO_LARGE' || known.code === 'BODY_TOO_LARGE') reply.header('connection', 'close');
  // Every analysis worker is taken and the queue is full: come back once some are done.
  if (known.code === 'BUSY') reply.header('retry-after', String(RETRY_AFTER_S));
  reply.status(known.status).type('application/json; charset=utf-8').send(errorBody(known));
}

/**
 * Once the app is closing, a request that still arrives (the next one on a
 * keep-alive connection whose last request was in hand) is answered 503 with
 * the one error body, before any route runs; Fastify adds `Connection: close`.
 */
export function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request) => {
    if (closing) throw new InputError('SHUTTING_DOWN', target(request), 'arrived while the server stops');
  });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  const error = new InputError('NOT_FOUND', target(request), 'is not a route or file of this server');
  reply.status(error.status).type('application/json; charset=utf-8').send(errorBody(error));
}

/**
 * Requests Node's parser refuses before Fastify sees them (headers over
 * Node's 16 KB, bytes that are not HTTP, a request not sent in time): the
 * same body, written to the socket, which is then closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // The client is gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new InputError('HEADERS_TOO_LARGE', 'request', 'has headers larger than this server reads')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new InputError('REQUEST_TIMEOUT', 'request', 'was not received in time')
        : new InputError('MALFORMED_REQUEST', 'request', 'is not valid HTTP');
  const body = JSON.stringify(errorBody(known));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n` +
        'content-type: application/json; charset=utf-8\r\nx-content-type-options: nosniff\r\nconnection: close\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
