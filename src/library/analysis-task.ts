// One analysis as a worker thread runs it: bytes (or a stored document) in,
// the analysis and the words of its sentences (for the search index) out,
// packed for the thread that saves them.
// InputErrors cross the thread boundary as data and are made again on the
// other side, code and wording intact.
import { type ErrorCode, InputError } from '../errors.js';
import { readBuffer } from '../ingest/index.js';
import type { Limits } from '../ingest/limits.js';
import { analyzeDocument } from '../pipeline.js';
import { readlinkSync } from 'node:fs';
import { constants, getPriority, setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { guardSegmentation, segment, tokensIn, tokensOf } from '../segment/jieba.js';
import { packTokens } from '../segment/packed.js';
import type { CutWords } from '../store/index.js';
import { packReport } from '../store/packed.js';
import { termsOf, vocabularyWords } from '../store/terms.js';
import type { Analysis, RawDocument, ReportMeta, Span, Token } from '../types.js';

export interface AnalysisTask {
  /** A file to read and analyse, or a stored document to analyse again. */
  input: { bytes: Uint8Array; name: string } | { document: RawDocument };
  /** Names the file in errors. */
  subject: string;
  overrides: Partial<ReportMeta>;
  limits: Limits;
  /** The job's budget, checked at every call into jieba (the pool ends the worker only as a last resort). */
  budget: { timeoutMs: number; memoryMb: number };
  /** How much to lower the thread's CPU priority (pool.ts, PoolOptions.nice). */
  nice?: number;
}

/** What the library keeps of an analysis's words, made beside the analysis rather than in the library's one write thread. */
export type Cut = Required<CutWords>;

export interface Analysed extends Cut {
  analysis: Analysis;
  /** The decoded source text, stored beside the bytes. */
  text: string;
}

/** What a worker sends back: the analysed report packed for the thread that saves it (store/packed.ts), and how many figures it has. */
export interface PackedAnalysis {
  report: Uint8Array;
  figures: number;
}

export type TaskResult = { ok: true; value: PackedAnalysis } | { ok: false; error: { code: ErrorCode; subject: string; problem: string } };

export async function runTask({ input, subject, overrides, limits, budget }: AnalysisTask): Promise<Analysed> {
  const deadline = Date.now() + budget.timeoutMs;
  const check = () => {
    if (Date.now() > deadline) throw overTime(subject, budget.timeoutMs);
    if (getHeapStatistics().used_heap_size > budget.memoryMb * 1024 * 1024) throw overMemory(subject, budget.memoryMb);
  };
  guardSegmentation(check);
  try {
    const document = 'document' in input ? input.document : { ...(await readBuffer(input.bytes, subject, limits)), name: input.name };
    check();
    const analysis = analyzeDocument(document, { meta: overrides });
    return { analysis, text: document.text, ...cutWords(analysis) };
  } finally {
    guardSegmentation(null);
  }
}

/**
 * Each sentence's words for the search index, their distinct words and the
 * text's tokens packed, as ingest stores them (a restored report's are made again so).
 */
export function cutWords(analysis: Analysis): Cut {
  const tokens = tokensOf(analysis);
  const cut = analysis.sentences.map((sentence) => searchTokens(analysis.text, sentence, tokens));
  const written: string[] = [];
  for (const own of cut) for (const token of own) written.push(token.text);
  return { terms: cut.map(termsOf), words: vocabularyWords(written), tokens: packTokens(tokens) };
}

/**
 * A sentence's words for the search index, from the words analysis cut
 * already: cutting each sentence again took about as long as the analysis.
 * jieba's HMM joins a run of one-character words across the punctuation
 * before a sentence (第一；老旧小区 gives 老 旧 小区), and a query is cut on
 * its own (老旧 小区): a sentence that begins with a one-character word is
 * cut again alone, as before, so that its first words match a query's.
 */
function searchTokens(text: string, sentence: Span, tokens: Token[]): Token[] {
  const own = tokensIn(tokens, sentence);
  const first = own[0];
  const alone = first !== undefined && first.end - first.start === 1 && sentence.start > 0;
  return alone ? segment(text.slice(sentence.start, sentence.end)) : own;
}

export function overTime(subject: string, timeoutMs: number): InputError {
  return new InputError('ANALYSIS_TIMEOUT', subject, `took longer than the limit of ${timeoutMs / 1000} s to analyse`);
}

export function overMemory(subject: string, memoryMb: number): InputError {
  return new InputError('ANALYSIS_OUT_OF_MEMORY', subject, `needed more than the limit of ${memoryMb} MB to analyse`);
}

let lowered = false;

/**
 * The worker thread's CPU priority lowered by `nice`, once: on two cores, two
 * analyses at the server's priority left its reads a third of the CPU (p50 133
 * ms during uploads, 30 ms lowered). Linux sets a priority per thread, by the
 * thread's kernel id (/proc/thread-self names it); elsewhere the call would
 * lower the whole process, so the thread keeps its priority.
 */
function lowerPriority(nice: number): void {
  if (lowered || nice === 0) return;
  lowered = true;
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(thread, Math.min(constants.priority.PRIORITY_LOW, getPriority(thread) + nice));
  } catch {
    // Not Linux (or not allowed): the thread keeps its priority; nothing is wrong with the analysis.
  }
}

/** One job, its result as data: never throws an InputError, returns it. */
export async function analysisJob(task: AnalysisTask): Promise<TaskResult> {
  lowerPriority(task.nice ?? 0);
  try {
    const { analysis, ...source } = await runTask(task);
    return { ok: true, value: { report: packReport({ analysis, source }), figures: analysis.figures.length } };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, error: { code: error.code, subject: error.subject, problem: error.problem } };
  }
}

/**
 * The worker's entry: the job's result, its packed report moved to the
 * calling thread, not copied (piscina unwraps it there into the TaskResult):
 * receiving a copy of some 300 KB cost the thread that saves about a
 * millisecond a report, on a machine where page faults are dear.
 */
export default async function analysisWorker(task: AnalysisTask): Promise<TaskResult> {
  const result = await analysisJob(task);
  if (!result.ok) return result;
  return move({ [transferableSymbol]: result.value.report.buffer, [valueSymbol]: result }) as unknown as TaskResult;
}
