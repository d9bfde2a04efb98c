// A job queue in memory, for tests that need uploads queued without a
// PostgreSQL cluster (the browser tests): the JobQueue interface as
// src/store/pg/jobs.ts gives it, a job started `delayMs` after it is queued
// so that a client sees it queued first. Bad input (an InputError) fails a
// job with its reason, as there; a job is never retried (every try is the last).
import { randomUUID } from 'node:crypto';
import { InputError } from '../../src/errors.js';
import type { JobQueue, JobState } from '../../src/store/pg/jobs.js';

export function memoryQueue<I extends object, O extends object>(delayMs = 300): JobQueue<I, O> {
  const states = new Map<string, JobState<O>>();
  const shelf = new Map<string, Uint8Array>();
  const waiting: Array<{ id: string; input: I }> = [];
  let handler: ((input: I, id: string, lastTry: boolean) => Promise<O>) | null = null;

  async function run({ id, input }: { id: string; input: I }): Promise<void> {
    states.set(id, { id, state: 'running' });
    try {
      states.set(id, { id, state: 'done', result: await handler!(input, id, true) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      states.set(id, { id, state: 'failed', error: { code: error.code, subject: error.subject, problem: error.problem } });
    }
  }
  const later = (job: { id: string; input: I }) => setTimeout(() => void run(job), delayMs);

  return {
    async enqueue(input) {
      const id = randomUUID();
      states.set(id, { id, state: 'queued' });
      if (handler) later({ id, input });
      else waiting.push({ id, input });
      return id;
    },
    state: async (id) => states.get(id) ?? null,
    async work(given) {
      handler = given;
      for (const job of waiting.splice(0)) later(job);
    },
    files: {
      async put(files) {
        for (const { sha256, bytes } of files) shelf.set(sha256, bytes);
      },
      get: async (sha256) => shelf.get(sha256) ?? null,
      async drop(sha256s) {
        for (const sha256 of sha256s) shelf.delete(sha256);
      },
    },
    close: async () => {},
  };
}
