// Ingest: files in, reports saved. A file whose content (sha256) is already
// stored is recognised before it is decoded or analysed, so a second ingest
// of the same folder costs little more than reading it. One bad file never
// stops the rest: it is counted as failed with its reason.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readBuffer } from '../ingest/index.js';
import { analyzeDocument } from '../pipeline.js';
import type { SourceContent, Store } from '../store/index.js';
import type { Analysis, ReportMeta } from '../types.js';
import { type Candidate, type Failure, findReports, reasonOf } from './files.js';

export type Outcome =
  | { status: 'added'; path: string; id: number; figures: number }
  | { status: 'present'; path: string; id: number }
  | { status: 'failed'; path: string; reason: string };

export interface IngestSummary {
  added: number;
  present: number;
  skipped: string[];
  failed: Failure[];
}

/** A report ready to save, or the id of the stored report with the same content. */
export type Prepared = { status: 'present'; id: number } | { status: 'new'; analysis: Analysis; source: SourceContent };

/**
 * Recognises content already stored by its hash, else reads and analyses it.
 * `name` is the file name the report is stored under; `subject` names it in
 * errors (a path as the user gave it, or an uploaded file's name).
 */
export async function prepareReport(
  store: Store,
  bytes: Uint8Array,
  name: string,
  overrides: Partial<ReportMeta>,
  subject = name,
): Promise<Prepared> {
  const known = store.findBySha256(createHash('sha256').update(bytes).digest('hex'));
  if (known !== null) return { status: 'present', id: known };
  const document = { ...(await readBuffer(bytes, subject)), name };
  return { status: 'new', analysis: analyzeDocument(document, { meta: overrides }), source: { bytes, text: document.text } };
}

async function ingestFile(store: Store, { path, overrides }: Candidate): Promise<Outcome> {
  try {
    const prepared = await prepareReport(store, await readFile(path), basename(path), overrides, path);
    if (prepared.status === 'present') return { status: 'present', path, id: prepared.id };
    const { id, added } = store.saveReport(prepared.analysis, prepared.source, overrides);
    return added ? { status: 'added', path, id, figures: prepared.analysis.figures.length } : { status: 'present', path, id };
  } catch (error) {
    return { status: 'failed', path, reason: reasonOf(path, error) };
  }
}

export async function ingestPaths(
  store: Store,
  paths: string[],
  onOutcome?: (outcome: Outcome, done: number, total: number) => void,
): Promise<IngestSummary> {
  const { candidates, skipped, failed } = await findReports(paths);
  const summary: IngestSummary = { added: 0, present: 0, skipped, failed };
  for (const [index, candidate] of candidates.entries()) {
    const outcome = await ingestFile(store, candidate);
    if (outcome.status === 'failed') summary.failed.push({ path: outcome.path, reason: outcome.reason });
    else summary[outcome.status]++;
    onOutcome?.(outcome, index + 1, candidates.length);
  }
  return summary;
}
