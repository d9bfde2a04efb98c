// What a web page in the user's browser cannot do to a server on loopback.
// A page on another site can send requests to 127.0.0.1 (CSRF), or make its
// own name resolve there (DNS rebinding): on a loopback listener every
// request must name the server by a loopback Host, and a write without a
// token (local mode) must come from the server's own pages, as the browser's
// Origin and Sec-Fetch-Site headers say. Clients that are not browsers (curl)
// send neither header and are let through, as before.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InputError } from '../errors.js';
import { isLoopback } from './config.js';

export interface OriginOptions {
  /** The address the server listens on. */
  host: string;
}

/** The host name of a Host or Origin value, without port or brackets. */
function hostName(value: string): string {
  const bare = value.startsWith('[') ? value.slice(1, value.indexOf(']')) : value.replace(/:\d*$/, '');
  return bare.toLowerCase();
}

/** Throws unless a browser says the request comes from a page of this server. */
export function requireSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new InputError('CROSS_ORIGIN', 'request', `comes from another site (Sec-Fetch-Site: ${String(site).slice(0, 20)})`);
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let from: string;
  try {
    from = new URL(origin).host;
  } catch {
    throw new InputError('CROSS_ORIGIN', 'request', `has an Origin that is not a URL ("${origin.slice(0, 60)}")`);
  }
  if (from.toLowerCase() !== String(request.headers.host ?? '').toLowerCase()) {
    throw new InputError('CROSS_ORIGIN', 'request', `comes from ${origin.slice(0, 60)}, not from a page of this server`);
  }
}

export const originGuard = fp<OriginOptions>(
  async (app, { host }) => {
    if (!isLoopback(host)) return;
    app.addHook('onRequest', async (request) => {
      const given = request.headers.host;
      if (given === undefined || !isLoopback(hostName(given))) {
        throw new InputError('HOST_NOT_ALLOWED', 'request', `names the host "${String(given ?? '').slice(0, 60)}", not this server`);
      }
    });
  },
  { name: 'nianbao-origin' },
);
