// One analysis as a worker thread runs it: bytes (or a stored document) in,
// the analysis and the words of its sentences (for the search index) out.
// InputErrors cross the thread boundary as data and are made again on the
// other side, code and wording intact.
import { type ErrorCode, InputError } from '../errors.js';
import { readBuffer } from '../ingest/index.js';
import type { Limits } from '../ingest/limits.js';
import { analyzeDocument } from '../pipeline.js';
import { getHeapStatistics } from 'node:v8';
import { guardSegmentation, segment } from '../segment/jieba.js';
import { sentenceTerms } from '../store/terms.js';
import type { Analysis, RawDocument, ReportMeta } from '../types.js';

export interface AnalysisTask {
  /** A file to read and analyse, or a stored document to analyse again. */
  input: { bytes: Uint8Array; name: string } | { document: RawDocument };
  /** Names the file in errors. */
  subject: string;
  overrides: Partial<ReportMeta>;
  limits: Limits;
  /** The job's budget, checked at every call into jieba (the pool ends the worker only as a last resort). */
  budget: { timeoutMs: number; memoryMb: number };
}

export interface Analysed {
  analysis: Analysis;
  /** The decoded source text, stored beside the bytes. */
  text: string;
  /** Each sentence's words, as the search index holds them. */
  terms: string[];
}

export type TaskResult = { ok: true; value: Analysed } | { ok: false; error: { code: ErrorCode; subject: string; problem: string } };

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
    const terms = analysis.sentences.map((s) => sentenceTerms(analysis.text.slice(s.start, s.end), segment));
    return { analysis, text: document.text, terms };
  } finally {
    guardSegmentation(null);
  }
}

export function overTime(subject: string, timeoutMs: number): InputError {
  return new InputError('ANALYSIS_TIMEOUT', subject, `took longer than the limit of ${timeoutMs / 1000} s to analyse`);
}

export function overMemory(subject: string, memoryMb: number): InputError {
  return new InputError('ANALYSIS_OUT_OF_MEMORY', subject, `needed more than the limit of ${memoryMb} MB to analyse`);
}

/** The worker's entry: never throws an InputError, returns it. */
export default async function analysisWorker(task: AnalysisTask): Promise<TaskResult> {
  try {
    return { ok: true, value: await runTask(task) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, error: { code: error.code, subject: error.subject, problem: error.problem } };
  }
}
