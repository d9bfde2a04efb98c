// The service's configuration, from the environment (and the start command's
// flags, which win). Bad values fail at start with a sentence, never later.
import { isIP } from 'node:net';
import { InputError } from '../errors.js';
import { parseCount, parseSize } from '../ingest/limits.js';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024;
export const DEFAULT_UPLOAD_RATE = 60;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  port: number;
  host: string;
  /** The database file; undefined leaves the choice to the store's default. */
  db: string | undefined;
  /** Write tokens by the name recorded on what they write. */
  tokens: Map<string, string>;
  readToken: string | null;
  /** Largest upload request body, in bytes. */
  uploadLimit: number;
  /** Uploads a minute for one token. */
  uploadRate: number;
  logLevel: LogLevel;
}

function bad(variable: string, problem: string): never {
  throw new InputError('BAD_ARGUMENT', variable, problem);
}

/** `name:token,name:token` → tokens by name. Names are recorded on uploads and reviews, so each must be unique, and so must each token. */
export function parseTokens(value: string | undefined, variable = 'NIANBAO_TOKENS'): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const entry of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (colon < 0 || name === '' || token === '') bad(variable, `takes name:token pairs separated by commas, not "${entry.slice(0, 40)}"`);
    if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name)) bad(variable, `has the name "${name.slice(0, 40)}"; names are letters, digits, . _ @ -`);
    if (/\s/.test(token)) bad(variable, `has a token with a space for ${name}`);
    if (tokens.has(name)) bad(variable, `names ${name} twice`);
    if ([...tokens.values()].includes(token)) bad(variable, `gives ${name} the token of another name`);
    tokens.set(name, token);
  }
  return tokens;
}

function parsePort(value: string, variable: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) bad(variable, `takes a port number from 0 to 65535, not "${value}"`);
  return Number(value);
}

/** True when the address accepts connections from this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare.startsWith('::ffff:127.');
}

export interface ConfigFlags {
  port?: string;
  host?: string;
  db?: string;
}

/** LOG_LEVEL, default info. */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) bad('LOG_LEVEL', `takes one of ${LOG_LEVELS.join(', ')}, not "${env.LOG_LEVEL}"`);
  return logLevel as LogLevel;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): ServerConfig {
  const logLevel = readLogLevel(env);
  const port = flags.port ?? env.PORT;
  const readToken = env.NIANBAO_READ_TOKEN?.trim() || null;
  return {
    port: port ? parsePort(port, flags.port ? '--port' : 'PORT') : DEFAULT_PORT,
    host: flags.host || env.HOST || DEFAULT_HOST,
    db: flags.db || env.NIANBAO_DB || undefined,
    tokens: parseTokens(env.NIANBAO_TOKENS),
    readToken,
    uploadLimit: env.NIANBAO_UPLOAD_LIMIT ? parseSize(env.NIANBAO_UPLOAD_LIMIT, 'NIANBAO_UPLOAD_LIMIT') : DEFAULT_UPLOAD_LIMIT,
    uploadRate: env.NIANBAO_UPLOAD_RATE ? parseCount(env.NIANBAO_UPLOAD_RATE, 'NIANBAO_UPLOAD_RATE') : DEFAULT_UPLOAD_RATE,
    logLevel,
  };
}
