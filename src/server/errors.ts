// One error body for every failure, its code and status from the one
// catalogue in src/errors.ts: `{ "error": { "code", "message", "status" } }`.
// InputErrors (bad uploads, unknown ids) keep their code; Fastify's own errors
// are mapped by what they mean; anything else is a bug, logged with its stack
// and answered without its details.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
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
  if (error instanceof InputError) return error;
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
    code === 'PAYLOAD_TOO_LARGE' || code === 'BODY_TOO_LARGE' ? 'is larger than this server accepts' : code === 'NOT_FOUND' ? 'is not a route or file of this server' : fastifyError.message;
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

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  const error = new InputError('NOT_FOUND', target(request), 'is not a route or file of this server');
  reply.status(error.status).type('application/json; charset=utf-8').send(errorBody(error));
}

