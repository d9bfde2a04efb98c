// The service's one logger, which Fastify also logs its requests through:
// JSON lines (pino) when stdout is a file or a pipe, for whatever collects
// them; readable lines (pino-pretty, in this thread) on a terminal.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.js';

export function createLogger(level: LogLevel, stream: NodeJS.WriteStream = process.stdout): Logger {
  if (!stream.isTTY) return pino({ level }, stream);
  return pino({ level }, pretty({ destination: stream, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }));
}
