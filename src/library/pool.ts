// Analysis off the calling thread: a pool of worker threads (piscina), one per
// core unless told, each job within a time and a memory limit. A worker over
// its limit is ended and the job fails with its own code; a pool with more
// jobs waiting than its queue holds refuses at once (BUSY), so a caller can
// tell the client to come back.
import { availableParallelism, constants } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import { parseCount } from '../ingest/limits.js';
import { type AnalysisTask, overMemory, overTime, type PackedAnalysis, type TaskResult } from './analysis-task.js';

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

/** The pool's settings from NIANBAO_WORKERS, NIANBAO_JOB_TIMEOUT (seconds), NIANBAO_JOB_MEMORY (MB), NIANBAO_QUEUE, NIANBAO_WORKER_NICE. */
export function readPoolOptions(env: NodeJS.ProcessEnv = process.env): PoolOptions {
  const count = (variable: string, fallback: number) => (env[variable] ? parseCount(env[variable], variable) : fallback);
  return {
    threads: count('NIANBAO_WORKERS', DEFAULT_POOL.threads),
    timeoutMs: count('NIANBAO_JOB_TIMEOUT', DEFAULT_POOL.timeoutMs / 1000) * 1000,
    memoryMb: count('NIANBAO_JOB_MEMORY', DEFAULT_POOL.memoryMb),
    maxQueue: env.NIANBAO_QUEUE === '0' ? 0 : count('NIANBAO_QUEUE', DEFAULT_POOL.maxQueue),
    nice: env.NIANBAO_WORKER_NICE === '0' ? 0 : Math.min(count('NIANBAO_WORKER_NICE', DEFAULT_POOL.nice), constants.priority.PRIORITY_LOW),
  };
}

// The worker is the compiled .js next to this file in dist/, or the .ts source
// under tsx and vitest, which then needs tsx's loader in the worker too.
const here = import.meta.url;
const source = here.endsWith('.ts');
const WORKER = new URL(`./analysis-task.${source ? 'ts' : 'js'}`, here).href;

// The worker stops a job over its budget itself, at its next call into jieba;
// the pool ends the thread only when a job overruns by this much more (a
// loop that never reaches jieba), and the heap cap is a backstop as far above.
const GRACE_MS = 10_000;
const HEAP_BACKSTOP = 2;

export class AnalysisPool {
  readonly options: PoolOptions;
  private readonly pool: Piscina<AnalysisTask, TaskResult>;
  private running = 0;
  /** Jobs waiting for a thread, here rather than in piscina, so that a job's time starts when it runs. */
  private readonly waiting: Array<() => void> = [];

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...DEFAULT_POOL, ...options };
    this.pool = new Piscina({
      filename: WORKER,
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb * HEAP_BACKSTOP },
      execArgv: source ? ['--import', 'tsx'] : [],
    });
    // A worker that fails outside a job (at its start) is replaced; a job that never ran ends on its timeout.
    this.pool.on('error', () => {});
  }

  /** Jobs running or waiting. */
  get load(): number {
    return this.running + this.waiting.length;
  }

  async analyze(task: Omit<AnalysisTask, 'budget'>): Promise<PackedAnalysis> {
    const { threads, maxQueue, timeoutMs, memoryMb, nice } = this.options;
    if (this.running >= threads) {
      if (this.waiting.length >= maxQueue) {
        throw new InputError('BUSY', 'server', `has ${this.load} analyses running or waiting, as many as it takes`);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    const signal = AbortSignal.timeout(timeoutMs + GRACE_MS);
    try {
      const result = await this.pool.run({ ...task, budget: { timeoutMs, memoryMb }, nice }, { signal });
      if (!result.ok) throw new InputError(result.error.code, result.error.subject, result.error.problem);
      return result.value;
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (signal.aborted) throw overTime(task.subject, timeoutMs);
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') throw overMemory(task.subject, memoryMb);
      throw error;
    } finally {
      // The thread passes to the next waiting job, or is free.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Waits for the jobs in hand, then ends the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

let shared: AnalysisPool | null = null;

/**
 * The process's pool, made on first use from the environment. Idle workers do
 * not keep the process alive, so a command need not close it.
 */
export function sharedPool(): AnalysisPool {
  shared ??= new AnalysisPool(readPoolOptions());
  return shared;
}
