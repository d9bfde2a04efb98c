// The pools' settings, and the analysis threads' CPU priority: lowered below
// the process's, so that a server's reads come before the analyses of uploads.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { AnalysisPool, DEFAULT_COMPARE_POOL, readComparePoolOptions, readPoolOptions } from '../../src/library/pool.js';

describe('NIANBAO_WORKER_NICE', () => {
  it.each([
    [undefined, 10],
    ['0', 0],
    ['5', 5],
    ['40', 19],
  ])('%s lowers the threads by %i', (value, nice) => {
    expect(readPoolOptions(value === undefined ? {} : { NIANBAO_WORKER_NICE: value }).nice).toBe(nice);
  });

  it.each(['-5', 'low', '2.5'])('refuses %s, naming the variable', (value) => {
    expect(() => readPoolOptions({ NIANBAO_WORKER_NICE: value })).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT', subject: 'NIANBAO_WORKER_NICE' }));
  });
});

describe('NIANBAO_COMPARE_WORKERS', () => {
  it('sets the compare threads; their time, memory and queue are the analyses\'', () => {
    expect(readComparePoolOptions({}).threads).toBe(DEFAULT_COMPARE_POOL.threads);
    expect(DEFAULT_COMPARE_POOL.threads).toBeGreaterThanOrEqual(1);
    const env = { NIANBAO_COMPARE_WORKERS: '3', NIANBAO_JOB_TIMEOUT: '30', NIANBAO_JOB_MEMORY: '512', NIANBAO_QUEUE: '0' };
    expect(readComparePoolOptions(env)).toEqual({ threads: 3, timeoutMs: 30_000, memoryMb: 512, maxQueue: 0 });
  });

  it('takes 0 for none: comparisons made in the request', () => {
    expect(readComparePoolOptions({ NIANBAO_COMPARE_WORKERS: '0' }).threads).toBe(0);
  });

  it.each(['-1', 'two', '1.5'])('refuses %s, naming the variable', (value) => {
    expect(() => readComparePoolOptions({ NIANBAO_COMPARE_WORKERS: value })).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT', subject: 'NIANBAO_COMPARE_WORKERS' }));
  });
});

/** The nice value of each thread of this process (Linux: /proc/self/task/ID/stat, the 19th field). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    // The fields after the command's name, which is in parentheses and may hold spaces.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe.skipIf(process.platform !== 'linux')('an analysis thread', () => {
  const pool = new AnalysisPool({ threads: 1, nice: 7 });
  afterAll(() => pool.close());

  // Lowered by 7, the thread loads jieba's dictionaries and analyses on a small share of a busy
  // machine's cores: at load 6 it ran past the 60 s every test gets.
  it('runs below the priority of the thread that made the pool, which keeps its own', async () => {
    const own = getPriority();
    const lowered = Math.min(19, own + 7);
    expect(threadNices()).not.toContain(lowered);
    const bytes = readFileSync('corpus/xuchang-demo-zone-2021.txt');
    const { figures } = await pool.analyze({ input: { bytes, name: 'xuchang.txt' }, subject: 'xuchang.txt', overrides: {}, limits: DEFAULT_LIMITS });
    expect(figures).toBeGreaterThan(0);
    expect(threadNices()).toContain(lowered);
    expect(getPriority()).toBe(own);
  }, 240_000);
});
