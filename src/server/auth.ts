// Who is asking. Reading is open unless a read token is set; writing (upload,
// delete, review) needs a write token, whose name is recorded on what it
// writes. Without write tokens the server lets only a loopback listener write,
// as "local". Tokens are compared through their SHA-256 digests with
// timingSafeEqual, every configured token each time, so that neither the
// position of the first wrong character nor which token matched shows in the
// time an answer takes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InputError } from '../errors.js';
import { isLoopback } from './config.js';
import { requireSameOrigin } from './origin.js';

/** tokens: writes need one; local: anyone may write, as "local"; refused: nobody may. */
export type WritePolicy = 'tokens' | 'local' | 'refused';

export const LOCAL_USER = 'local';

export function writePolicy(tokens: ReadonlyMap<string, string>, host: string): WritePolicy {
  if (tokens.size > 0) return 'tokens';
  return isLoopback(host) ? 'local' : 'refused';
}

/** What the start command says about writing, so that a refusal is never a surprise. */
export function policyNote(policy: WritePolicy, readToken: boolean): string {
  const writing = {
    tokens: 'writes (upload, delete, review) need a bearer token from NIANBAO_TOKENS',
    local: `no NIANBAO_TOKENS: writes are allowed without a token, as "${LOCAL_USER}", because the server listens on loopback only`,
    refused: 'no NIANBAO_TOKENS and the host is not loopback: writes (upload, delete, review) are refused; set NIANBAO_TOKENS to allow them',
  }[policy];
  return `${writing}; reading ${readToken ? 'needs a bearer token (NIANBAO_READ_TOKEN or a write token)' : 'is open'}`;
}

export interface AuthOptions {
  tokens: ReadonlyMap<string, string>;
  readToken: string | null;
  policy: WritePolicy;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The name of the write token the request carries, or "local"; null for readers. */
    user: string | null;
    /** True when the request carries a valid token, read or write. */
    authenticated: boolean;
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest();

function unauthorized(reply: FastifyReply, problem: string): InputError {
  reply.header('www-authenticate', 'Bearer realm="nianbao"');
  return new InputError('UNAUTHORIZED', 'request', problem);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** An onRequest hook for routes that write: it runs before the body is read. */
    requireWriter: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** Who may write, for the page to know whether to offer writes. */
    writePolicy: WritePolicy;
  }
}

export const auth = fp<AuthOptions>(
  async (app, { tokens, readToken, policy }) => {
    const writers = [...tokens].map(([name, token]) => ({ name, digest: digest(token) }));
    const reader = readToken === null ? null : digest(readToken);

    /** Whose token this is; every comparison is made whatever matched. */
    function identify(token: string): { writer: string | null } | null {
      const given = digest(token);
      let found: { writer: string | null } | null = null;
      for (const writer of writers) if (timingSafeEqual(given, writer.digest) && found === null) found = { writer: writer.name };
      if (reader !== null && timingSafeEqual(given, reader) && found === null) found = { writer: null };
      return found;
    }

    app.decorate('writePolicy', policy);
    app.decorateRequest('user', null);
    app.decorateRequest('authenticated', false);

    app.addHook('onRequest', async (request, reply) => {
      const header = request.headers.authorization;
      const token = header === undefined ? undefined : /^Bearer +(\S+) *$/i.exec(header)?.[1];
      // A monitor's stale token must not make the service look down; a known
      // one still tells the page whether it may write.
      if (request.routeOptions.url === '/healthz') {
        const found = token === undefined ? null : identify(token);
        if (found !== null) [request.authenticated, request.user] = [true, found.writer];
        return;
      }
      if (header !== undefined) {
        if (token === undefined) throw unauthorized(reply, 'has an Authorization header that is not `Bearer TOKEN`');
        const found = identify(token);
        if (found === null) throw unauthorized(reply, 'carries a token this server does not know');
        request.authenticated = true;
        request.user = found.writer;
      }
      // Only the library's data is closed by a read token: the page, docs and health stay open.
      if (reader !== null && !request.authenticated && request.routeOptions.url?.startsWith('/api/')) {
        throw unauthorized(reply, 'needs a token: reading this server needs NIANBAO_READ_TOKEN or a write token');
      }
    });

    app.decorate('requireWriter', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.user !== null) return;
      if (policy === 'local') {
        requireSameOrigin(request);
        request.user = LOCAL_USER;
        return;
      }
      if (policy === 'refused') throw new InputError('WRITES_DISABLED', 'request', 'this server has no write tokens and is not on loopback');
      if (request.authenticated) throw new InputError('FORBIDDEN', 'request', 'carries the read token, which cannot write');
      throw unauthorized(reply, 'needs a write token (Authorization: Bearer TOKEN)');
    });
  },
  { name: 'nianbao-auth' },
);
