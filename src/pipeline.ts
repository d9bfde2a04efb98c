// The analysis pipeline, in order: normalise → structure → segment → extract. Each stage
// takes data and returns data; only ingest (before) and store (after) do I/O.
import type { Analysis, RawDocument, ReportMeta, Span } from './types.js';
import { normalize } from './normalize/normalize.js';
import { detectMeta } from './structure/meta.js';
import { detectSections } from './structure/sections.js';
import { detectSentences } from './structure/sentences.js';
import { extractCommitments } from './extract/commitments.js';
import { extractFigures } from './extract/figures.js';
import { keywordModel } from './extract/keywords.js';
import { extractProblems } from './extract/problems.js';
import { pastFramed } from './extract/past-frame.js';
import { tokensOf } from './segment/jieba.js';

export const STAGES = ['normalize', 'structure', 'segment', 'extract'] as const;
export type Stage = (typeof STAGES)[number];

export interface AnalyzeOptions {
  /** Metadata given by the user, which wins over detection. */
  meta?: Partial<ReportMeta>;
  /** Stop after this stage (later parts stay empty), for debugging. */
  until?: Stage;
}

function defined<T extends object>(values: Partial<T> | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

export function analyzeDocument(doc: RawDocument, options: AnalyzeOptions = {}): Analysis {
  const reached = (stage: Stage) => STAGES.indexOf(stage) <= STAGES.indexOf(options.until ?? 'extract');
  const { text } = normalize(doc.text);
  const analysis: Analysis = {
    source: { name: doc.name, format: doc.format, encoding: doc.encoding, sha256: doc.sha256, chars: text.length },
    meta: { title: null, issuer: null, year: null, issuedDate: null, kind: null, ...defined(options.meta) },
    text,
    sections: [],
    sentences: [],
    figures: [],
    commitments: [],
    problems: [],
    diagnostics: [],
  };
  if (!reached('structure')) return analysis;
  analysis.meta = { ...detectMeta(text), ...defined(options.meta) };
  analysis.sections = detectSections(text);
  analysis.sentences = detectSentences(text, analysis.sections);
  if (!reached('segment')) return analysis;
  const tokens = tokensOf(analysis);
  if (!reached('extract')) return { ...analysis, tokens };
  // Which sentences of plans parts a past-time frame tells: figures read them as outcomes, commitments leave them out.
  const framed = pastFramed(text, analysis.sentences, analysis.sections, analysis.meta.year);
  ({ figures: analysis.figures, diagnostics: analysis.diagnostics } = extractFigures(text, analysis.sentences, analysis.sections, tokens, analysis.meta.year, framed));
  // Term weights come from the report's own parts: a word every part uses is generic.
  const parts = analysis.sections.filter((s) => s.level <= 2);
  const model = keywordModel(tokens, parts.length > 1 ? parts : [{ start: 0, end: text.length }]);
  const keywords = (span: Span) => model.of(span);
  analysis.commitments = extractCommitments(text, analysis.sentences, analysis.sections, analysis.figures, keywords, analysis.meta.year, framed);
  analysis.problems = extractProblems(text, analysis.sentences, analysis.sections, keywords);
  return analysis;
}
