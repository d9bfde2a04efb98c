// The library's writes in a thread of their own. better-sqlite3 is
// synchronous: a report saved on the main thread held it some 15 ms (50 under
// load), and a server's reads waited behind every upload. The thread owns a
// write connection and runs the writes one after another, in the order asked;
// the caller's connection keeps reading, and learns what each write did to
// its kept listings from the library itself (pages.ts). A write is answered
// once committed, so nothing acknowledged is lost when the process dies.
import { Worker } from 'node:worker_threads';
import { type ErrorCode, InputError } from '../errors.js';
import type { Store } from './types.js';

/**
 * The writes that go to the thread. The comparison cache stays with the
 * caller: it never waits for the write lock (it is skipped when taken), and
 * an answer waits for it.
 */
export const THREAD_WRITES = [
  'saveReport',
  'savePacked',
  'replaceAnalysis',
  'deleteReport',
  'addIssuerAlias',
  'addLinkReview',
  'addCommitmentReview',
  'restoreRecord',
] as const satisfies ReadonlyArray<keyof Store>;

export type ThreadWrite = (typeof THREAD_WRITES)[number];

/** A write asked of the thread, and its answer. */
export type WriteRequest = { id: number; write: ThreadWrite; args: unknown[] } | { close: true };
export type WriteAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorData };

/** An error as data across the thread: an InputError made again whole, any other with its message and SQLite code. */
export type ErrorData = { input: true; code: ErrorCode; subject: string; problem: string } | { input: false; message: string; code?: string };

export function errorData(error: unknown): ErrorData {
  if (error instanceof InputError) return { input: true, code: error.code, subject: error.subject, problem: error.problem };
  const { message, code } = error as { message?: string; code?: string };
  return { input: false, message: message ?? String(error), code };
}

/**
 * What a write moves to the thread rather than copies: a packed report
 * (store/packed.ts) is made for its one save, and copying its ~300 KB cost the
 * caller's thread about a millisecond a report. The caller's view is left empty.
 */
function handedOver(write: ThreadWrite, args: unknown[]): ArrayBuffer[] {
  if (write !== 'savePacked') return [];
  const { buffer, byteOffset, byteLength } = args[0] as Uint8Array;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

function errorOf(data: ErrorData): Error {
  if (data.input) return new InputError(data.code, data.subject, data.problem);
  return Object.assign(new Error(data.message), data.code === undefined ? {} : { code: data.code });
}

// The thread is the compiled .js next to this file in dist/, or the .ts source
// under tsx and vitest: then a line of script puts tsx's loader in the thread
// first (given as --import, it is not in place yet when the entry is read).
const here = import.meta.url;
const source = here.endsWith('.ts');
const THREAD = new URL(`./write-thread.${source ? 'ts' : 'js'}`, here);
const newThread = (workerData: unknown) =>
  source
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(THREAD.href)}); })`, { eval: true, workerData })
    : new Worker(THREAD, { workerData });

/** A running thread and the writes it was asked and has not answered. */
interface Running {
  thread: Worker;
  waiting: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

export class StoreWriter {
  private running: Running | null = null;
  private next = 0;

  /** The thread writes the library at `path` (already migrated by the caller), started at the first write. */
  constructor(private readonly path: string) {}

  write(write: ThreadWrite, args: unknown[]): Promise<unknown> {
    const { thread, waiting } = this.started();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      // A thread with writes in hand keeps the process alive; an idle one does not.
      if (waiting.size === 1) thread.ref();
      thread.postMessage({ id, write, args } satisfies WriteRequest, handedOver(write, args));
    });
  }

  /** Waits for the writes asked, then closes the thread's connection. */
  async close(): Promise<void> {
    if (this.running === null) return;
    const { thread } = this.running;
    this.running = null;
    thread.ref();
    const exited = new Promise((resolve) => thread.once('exit', resolve));
    thread.postMessage({ close: true } satisfies WriteRequest);
    await exited;
  }

  private started(): Running {
    if (this.running !== null) return this.running;
    const thread = newThread({ path: this.path });
    const running: Running = { thread, waiting: new Map() };
    const { waiting } = running;
    thread.unref();
    thread.on('message', (answer: WriteAnswer) => {
      const waiter = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (waiting.size === 0) thread.unref();
      if (answer.ok) waiter?.resolve(answer.value);
      else waiter?.reject(errorOf(answer.error));
    });
    // A thread that failed (or ended) fails the writes in hand; the next write starts another.
    const ended = (error: Error) => {
      if (this.running === running) this.running = null;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };
    thread.on('error', ended);
    thread.on('exit', (code) => ended(new Error(`the library's write thread ended (exit code ${code})`)));
    this.running = running;
    return running;
  }
}
