// Analysis and comparison off the calling thread: two pools of worker threads
// (piscina), each job within a time and a memory limit. A worker over its
// limit is ended and the job fails with its own code; a pool with more jobs
// waiting than its queue holds refuses at once (BUSY), so a caller can tell
// the client to come back. Analyses (uploads, ingest) run at a lower CPU
// priority, on one thread per core; comparisons, which a user waits for, have
// threads of their own at the process's priority, so that a comparison never
// waits behind a queue of uploads.
import { availableParallelism, constants } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import { parseCount } from '../ingest/limits.js';
import { type AnalysisTask, overMemory, overTime, type PackedAnalysis, type TaskResult } from './analysis-task.js';
import type { CompareAnswer, CompareTask } from './compare-task.js';

export interface PoolOptions {
  /** Worker threads; default one per core. */
  threads: number;
  /** Longest one analysis may take. */
  timeoutMs: number;
  /** Heap one worker may use, in MB. */
  memoryMb: number;
  /** Jobs that may wait for a worker; more are refused with BUSY. */
  maxQueue: number;
  /** How much lower than the process's the threads' CPU priority is (a nice increment, 0 to 19), so that a server's reads come first. */
  nice: number;
}

export const DEFAULT_POOL: Readonly<PoolOptions> = {
  threads: availableParallelism(),
  timeoutMs: 120_000,
  memoryMb: 2048,
  maxQueue: 64,
  nice: 10,
};

/** A setting's whole number from the environment, at least 1, or 0 too where 0 means none (`zero`). */
const counter = (env: NodeJS.ProcessEnv) => (variable: string, fallback: number, zero = false) =>
  env[variable] ? parseCount(env[variable], variable, zero ? 0 : 1) : fallback;

/** The pool's settings from NIANBAO_WORKERS, NIANBAO_JOB_TIMEOUT (seconds), NIANBAO_JOB_MEMORY (MB), NIANBAO_QUEUE, NIANBAO_WORKER_NICE. */
export function readPoolOptions(env: NodeJS.ProcessEnv = process.env): PoolOptions {
  const count = counter(env);
  return {
    threads: count('NIANBAO_WORKERS', DEFAULT_POOL.threads),
    timeoutMs: count('NIANBAO_JOB_TIMEOUT', DEFAULT_POOL.timeoutMs / 1000) * 1000,
    memoryMb: count('NIANBAO_JOB_MEMORY', DEFAULT_POOL.memoryMb),
    maxQueue: count('NIANBAO_QUEUE', DEFAULT_POOL.maxQueue, true),
    nice: Math.min(count('NIANBAO_WORKER_NICE', DEFAULT_POOL.nice, true), constants.priority.PRIORITY_LOW),
  };
}

// A worker is the compiled .js next to this file in dist/, or the .ts source
// under tsx and vitest, which then needs tsx's loader in the worker too.
const here = import.meta.url;
const source = here.endsWith('.ts');
const workerFile = (name: string) => new URL(`./${name}.${source ? 'ts' : 'js'}`, here).href;
const EXEC_ARGV = source ? ['--import', 'tsx'] : [];

// The worker stops a job over its budget itself, at its next call into jieba;
// the pool ends the thread only when a job overruns by this much more (a
// loop that never reaches jieba), and the heap cap is a backstop as far above.
const GRACE_MS = 10_000;
const HEAP_BACKSTOP = 2;

/**
 * The jobs of a pool running and waiting for a thread, counted here rather
 * than in piscina, so that a job's time starts when it runs; a job finding
 * `maxQueue` waiting is refused (BUSY).
 */
class Slots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly options: Pick<PoolOptions, 'threads' | 'maxQueue'>,
    /** What the jobs are, for BUSY's sentence. */
    private readonly jobs: string,
  ) {}

  get load(): number {
    return this.running + this.waiting.length;
  }

  /** Resolves once the job may run on a thread. */
  async take(): Promise<void> {
    if (this.running < this.options.threads) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.options.maxQueue) {
      throw new InputError('BUSY', 'server', `has ${this.load} ${this.jobs} running or waiting, as many as it takes`);
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** The thread passes to the next waiting job, or is free. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

export class AnalysisPool {
  readonly options: PoolOptions;
  private readonly pool: Piscina<AnalysisTask, TaskResult>;
  private readonly slots: Slots;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...DEFAULT_POOL, ...options };
    this.slots = new Slots(this.options, 'analyses');
    this.pool = new Piscina({
      filename: workerFile('analysis-task'),
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb * HEAP_BACKSTOP },
      execArgv: EXEC_ARGV,
    });
    // A worker that fails outside a job (at its start) is replaced; a job that never ran ends on its timeout.
    this.pool.on('error', () => {});
  }

  /** Jobs running or waiting. */
  get load(): number {
    return this.slots.load;
  }

  async analyze(task: Omit<AnalysisTask, 'budget'>): Promise<PackedAnalysis> {
    const { timeoutMs, memoryMb, nice } = this.options;
    await this.slots.take();
    const signal = AbortSignal.timeout(timeoutMs + GRACE_MS);
    try {
      const result = await this.pool.run({ ...task, budget: { timeoutMs, memoryMb }, nice }, { signal });
      if (!result.ok) throw new InputError(result.error.code, result.error.subject, result.error.problem);
      return result.value;
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (signal.aborted) throw overTime(task.subject, timeoutMs);
      if (isOutOfMemory(error)) throw overMemory(task.subject, memoryMb);
      throw error;
    } finally {
      this.slots.release();
    }
  }

  /** Waits for the jobs in hand, then ends the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

const isOutOfMemory = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';

let shared: AnalysisPool | null = null;

/**
 * The process's pool, made on first use from the environment. Idle workers do
 * not keep the process alive, so a command need not close it.
 */
export function sharedPool(): AnalysisPool {
  shared ??= new AnalysisPool(readPoolOptions());
  return shared;
}

export type ComparePoolOptions = Pick<PoolOptions, 'threads' | 'timeoutMs' | 'memoryMb' | 'maxQueue'>;

/** Half the cores (the other half answers requests and analyses uploads), at least one. */
export const DEFAULT_COMPARE_POOL: Readonly<ComparePoolOptions> = {
  threads: Math.max(1, Math.floor(availableParallelism() / 2)),
  timeoutMs: DEFAULT_POOL.timeoutMs,
  memoryMb: DEFAULT_POOL.memoryMb,
  maxQueue: DEFAULT_POOL.maxQueue,
};

/**
 * The compare pool's settings: its threads from NIANBAO_COMPARE_WORKERS (0: none, comparisons made in the
 * request, for a small host: a kept thread holds ~300 MB of jieba's dictionaries), its limits and queue those
 * of the analysis pool.
 */
export function readComparePoolOptions(env: NodeJS.ProcessEnv = process.env): ComparePoolOptions {
  const { timeoutMs, memoryMb, maxQueue } = readPoolOptions(env);
  return { threads: counter(env)('NIANBAO_COMPARE_WORKERS', DEFAULT_COMPARE_POOL.threads, true), timeoutMs, memoryMb, maxQueue };
}

/**
 * Comparisons of stored reports, in threads of their own. They start with the
 * first comparison, and the first thread stays however long it idles: a
 * thread's first comparison costs about a second more than its next (jieba's
 * dictionaries read, compare's code compiled), which a server pays once when
 * it starts (warmComparisons), not a user at each.
 */
export class ComparePool {
  readonly options: ComparePoolOptions;
  private pool: Piscina<CompareTask, CompareAnswer> | null = null;
  private readonly slots: Slots;
  private closed = false;
  /** The jobs holding a thread's slot: one may be between two runs (compare's `whole`), which close waits for too. */
  private readonly inHand = new Set<Promise<string>>();

  constructor(options: Partial<ComparePoolOptions> = {}) {
    this.options = { ...DEFAULT_COMPARE_POOL, ...options };
    this.slots = new Slots(this.options, 'comparisons');
  }

  /** Jobs running or waiting. */
  get load(): number {
    return this.slots.load;
  }

  /**
   * The comparison's JSON text; `subject` names the pair in errors. The task may send analyses by key
   * alone (compare-task.ts): `whole(keys)` makes it again with those sent whole, for a thread that
   * lacks them, within the job's slot and time. `stop` ends the job (and its thread) early, failing with its reason.
   */
  async compare(task: CompareTask, subject: string, whole: (keys: string[]) => Promise<CompareTask>, stop?: AbortSignal): Promise<string> {
    // A thread made now would outlive the pool; a job that waited for a thread while the pool closed is too late as well.
    if (this.closed) throw stopping(subject);
    await this.slots.take();
    if (this.closed) {
      this.slots.release();
      throw stopping(subject);
    }
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const job = (async () => {
      let answer = await this.run(task, subject, timeout, stop);
      // Both whole once more if that reached another thread, which may lack the other one.
      for (let attempt = 0; typeof answer !== 'string'; attempt++) {
        answer = await this.run(await whole(attempt === 0 ? answer.missing : [task.older.key, task.newer.key]), subject, timeout, stop);
      }
      return answer;
    })();
    this.inHand.add(job);
    try {
      return await job;
    } finally {
      this.inHand.delete(job);
      this.slots.release();
    }
  }

  /** One run of a job in a thread, its failures said as the limit or the stop that ended it. */
  private async run(task: CompareTask, subject: string, timeout: AbortSignal, stop?: AbortSignal): Promise<CompareAnswer> {
    try {
      return await this.threads().run(task, { signal: stop ? AbortSignal.any([timeout, stop]) : timeout });
    } catch (error) {
      if (stop?.aborted) throw stop.reason;
      const { timeoutMs, memoryMb } = this.options;
      const why = timeout.aborted
        ? `took longer than the limit of ${timeoutMs / 1000} s (NIANBAO_JOB_TIMEOUT)`
        : isOutOfMemory(error)
          ? `needed more than the limit of ${memoryMb} MB (NIANBAO_JOB_MEMORY)`
          : 'failed in its thread (the server log has the error)';
      throw Object.assign(new InputError('COMPARE_FAILED', subject, `could not be compared: the comparison ${why}`), { cause: error });
    }
  }

  private threads(): Piscina<CompareTask, CompareAnswer> {
    if (!this.pool) {
      this.pool = new Piscina({
        filename: workerFile('compare-task'),
        minThreads: 1,
        maxThreads: this.options.threads,
        idleTimeout: 30_000,
        resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
        execArgv: EXEC_ARGV,
      });
      // A worker that fails outside a job (at its start) is replaced.
      this.pool.on('error', () => {});
    }
    return this.pool;
  }

  /** Waits for the jobs in hand, then ends the threads. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled(this.inHand);
    await this.pool?.close();
  }
}

const stopping = (subject: string) => new InputError('SHUTTING_DOWN', subject, 'cannot be compared: the server is stopping');

let sharedCompare: ComparePool | null | undefined;

/**
 * The process's compare pool, made on first use from the environment; its threads start with its first
 * comparison. None (null) with NIANBAO_COMPARE_WORKERS=0: comparisons are then made in the request.
 */
export function sharedComparePool(): ComparePool | null {
  if (sharedCompare === undefined) {
    const options = readComparePoolOptions();
    sharedCompare = options.threads === 0 ? null : new ComparePool(options);
  }
  return sharedCompare;
}
