// `npm run bench`'s memory of one input, in a process of its own (so that no
// earlier input's heap is counted): started with --expose-gc, it loads jieba
// and the lexicons with a small analysis, notes its resident memory, resets
// the kernel's peak (Linux: /proc/self/clear_refs), then analyses the input as
// an analysis thread does (read if a file, analyse, cut, pack) and prints one JSON line
// of MEMORY: what the input added at the peak, and the heap and external
// memory V8 held at its fullest (the last of each GC's statistics before it collected).
import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import { analysisJob, type AnalysisTask } from '../../src/library/analysis-task.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { WORST_CASES } from '../extract/worst-case.js';

/** What a fresh process costs before and while it analyses one input, in MB. */
export interface Memory {
  /** The process before jieba (Node, tsx and the modules imported). */
  start: number;
  /** After jieba's dictionaries and the lexicons are loaded: the base an input adds to. */
  base: number;
  /** The highest resident memory while loading them. */
  loadPeak: number;
  /** The highest resident memory while the input is analysed, less `base`. */
  added: number;
  /** The process's highest resident memory, loading included. */
  peak: number;
  /** V8's heap in use and memory outside it (buffers) at their fullest during the analysis. */
  heap: number;
  external: number;
}

const ordinary = () => readFileSync('corpus/guangdong-gwr-2025.txt', 'utf8');

/** A megabyte of an ordinary report: Guangdong's of 2025 (99 KB) again and again. */
export function ordinaryMegabyte(): Uint8Array {
  const text = ordinary();
  return Buffer.from(text.repeat(Math.ceil(1_000_000 / Buffer.byteLength(text))));
}

/** 10 000 nested tags around the start of a report, as the bench times them. */
export function nestedTags(): Uint8Array {
  return Buffer.from(`<html><body>${'<div>'.repeat(10_000)}${ordinary().slice(0, 2_000)}${'</div>'.repeat(10_000)}</body></html>`);
}

/**
 * The inputs measured, by name: the pathological texts as documents, unread,
 * as the bench times them (read, most would be refused: they are no Chinese
 * report), and as files the nested tags and a megabyte of an ordinary report.
 */
export function memoryInputs(): Map<string, AnalysisTask['input']> {
  return new Map<string, AnalysisTask['input']>([
    ...WORST_CASES.map(([name, document]) => [name, { document }] as const),
    ['10 000 nested tags', { name: 'nested.html', bytes: nestedTags() }],
    ['ordinary report', { name: 'report.txt', bytes: ordinaryMegabyte() }],
  ]);
}

const MB = 2 ** 20;
const status = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024;
const task = (input: AnalysisTask['input']): AnalysisTask => ({ input, subject: 'bench', overrides: {}, limits: DEFAULT_LIMITS, budget: { timeoutMs: 3_600_000, memoryMb: 8192 } });

async function measure(input: AnalysisTask['input']): Promise<Memory> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('test/bench/memory.ts needs node --expose-gc');
  const start = status('VmRSS');
  const warmUp = await analysisJob(task({ name: 'warm-up.txt', bytes: Buffer.from(ordinary().slice(0, 5_000)) }));
  if (!warmUp.ok) throw new Error(`warm-up: ${warmUp.error.problem}`);
  gc();
  const base = status('VmRSS');
  const loadPeak = status('VmHWM');
  writeFileSync('/proc/self/clear_refs', '5');
  const profiler = new GCProfiler();
  profiler.start();
  const result = await analysisJob(task(input));
  const heaps = profiler.stop().statistics.map((collection) => collection.beforeGC.heapStatistics);
  const now = process.memoryUsage();
  if (!result.ok) throw new Error(`${process.argv[2]}: ${result.error.problem}`);
  const added = status('VmHWM') - base;
  return {
    start: Math.round(start),
    base: Math.round(base),
    loadPeak: Math.round(loadPeak),
    added: Math.round(added),
    peak: Math.round(Math.max(loadPeak, base + added)),
    heap: Math.round(Math.max(now.heapUsed, ...heaps.map((heap) => heap.usedHeapSize)) / MB),
    external: Math.round(Math.max(now.external, ...heaps.map((heap) => heap.externalMemory)) / MB),
  };
}

if (process.argv[1]?.endsWith('memory.ts') && process.argv[2]) {
  const input = memoryInputs().get(process.argv[2]);
  if (!input) throw new Error(`no input named ${process.argv[2]}`);
  process.stdout.write(`MEMORY ${JSON.stringify(await measure(input))}\n`);
}
