// Rows as either engine reads them back, made into the shapes of types.ts.
// Both stores select the same columns under the same names (in the order of
// the shapes, so that a stored analysis prints as `nianbao analyze --json`
// does); what is left to do on the way out is done here, once.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { assignMeasure, measureFromRule } from '../measures/index.js';
import { keepPackedTokens } from '../segment/jieba.js';
import type { Analysis, Commitment, Diagnostic, Figure, Problem, ReportMeta, Section, Sentence } from '../types.js';
import type { LinkReview, RecordLinkReview, ReportSummary, StoredReport } from './types.js';

/** Measures found from labels, by label, unit and whether a change is stated; cleared when full. */
const labelMeasures = new Map<string, Pick<Figure, 'measure' | 'period'>>();
const LABEL_MEASURES = 50_000;

/**
 * The measure and the period are kept in the rule trace; a figure whose trace names neither (no
 * measure's name in its label, or stored before measures existed) gets them from its label.
 * That tries every alias, and the same labels recur in every report of a series, so it is done
 * once per label.
 */
function measureOfStored(label: string, unit: string, change: Figure['change'], rule: string): Pick<Figure, 'measure' | 'period'> {
  // A period alone in the trace (period:start of 从46.9%提高到48.2%) was read from the sentence, which the label does not hold.
  if (rule.includes('measure:') || rule.includes('period:')) return measureFromRule(rule);
  const key = `${label}\n${unit}\n${change === null ? '' : 'change'}`;
  let found = labelMeasures.get(key);
  if (!found) {
    if (labelMeasures.size >= LABEL_MEASURES) labelMeasures.clear();
    const { measure, period } = assignMeasure({ label, unit, change });
    labelMeasures.set(key, (found = { measure, period }));
  }
  return found;
}

/** The report's own columns that its summary does not hold. */
export interface ReportRow {
  text: string;
  meta_title: string | null;
  meta_issuer: string | null;
  issued_date: string | null;
  overrides: string;
}

export type SectionRow = Omit<Section, 'roleRule'> & { roleRule?: string | null };
/** A figure as stored: its change in two columns, `change`, `measure` and `period` null in their places. */
export type StoredFigureRow = Omit<Figure, 'change'> & { direction: 'up' | 'down' | null; basis: string | null };
export type StoredCommitmentRow = Commitment & { keywords: string; targets: string };
export type StoredProblemRow = Problem & { keywords: string };
export type DiagnosticRow = Diagnostic & { message: string | null; more: number | null };

export interface AnalysisRows {
  sections: SectionRow[];
  sentences: Sentence[];
  figures: StoredFigureRow[];
  commitments: StoredCommitmentRow[];
  problems: StoredProblemRow[];
  diagnostics: DiagnosticRow[];
  /** The text's tokens as its analysis cut them (segment/packed.ts); null for a report stored before they were kept. */
  tokens: Uint8Array | null;
}

export function storedDiagnostics(rows: DiagnosticRow[]): Diagnostic[] {
  return rows.map(({ message, more, ...d }) => ({ ...d, ...(message === null ? {} : { message }), ...(more === null ? {} : { more }) }));
}

/** A stored report whole: its summary, its own columns and its derived rows. */
export function storedReport(head: ReportSummary, row: ReportRow, rows: AnalysisRows): StoredReport {
  const meta: ReportMeta = {
    title: row.meta_title,
    issuer: row.meta_issuer,
    year: head.year,
    issuedDate: row.issued_date,
    kind: head.kind,
  };
  const analysis: Analysis = {
    source: { name: head.source, format: head.format, encoding: head.encoding, sha256: head.sha256, chars: row.text.length },
    meta,
    text: row.text,
    sections: rows.sections.map((section) => {
      if (section.roleRule === null) delete section.roleRule;
      return section as Section;
    }),
    sentences: rows.sentences,
    figures: rows.figures.map(({ direction, basis, ...figure }) => {
      const change = direction ? { direction, basis } : null;
      return { ...figure, change, ...measureOfStored(figure.label, figure.unit, change, figure.rule) };
    }),
    commitments: rows.commitments.map((c) => ({
      ...c,
      keywords: JSON.parse(c.keywords) as string[],
      targets: JSON.parse(c.targets) as string[],
    })),
    problems: rows.problems.map((p) => ({ ...p, keywords: JSON.parse(p.keywords) as string[] })),
    diagnostics: storedDiagnostics(rows.diagnostics),
  };
  if (rows.tokens) keepPackedTokens(analysis, rows.tokens);
  return { ...head, overrides: JSON.parse(row.overrides) as Partial<ReportMeta>, analysis };
}

/** Keywords and targets are stored as JSON arrays. */
export function withLists(row: Record<string, unknown>): Record<string, unknown> {
  const parsed = { ...row };
  for (const key of ['keywords', 'targets']) {
    if (typeof parsed[key] === 'string') parsed[key] = JSON.parse(parsed[key]);
  }
  return parsed;
}

export interface LinkRow {
  id: number;
  from_report: number;
  to_report: number;
  from_start: number;
  to_start: number;
  from_figure: string;
  to_figure: string;
  from_surface: string;
  to_surface: string;
  decision: LinkReview['decision'];
  note: string | null;
  reviewer: string;
  reviewed_at: string;
}

export function linkReview(row: LinkRow): LinkReview {
  return {
    id: row.id,
    from: { report: row.from_report, start: row.from_start, figure: row.from_figure, surface: row.from_surface },
    to: { report: row.to_report, start: row.to_start, figure: row.to_figure, surface: row.to_surface },
    decision: row.decision,
    note: row.note,
    reviewer: row.reviewer,
    reviewedAt: row.reviewed_at,
  };
}

/** A link review's columns by name (camelCase), as SQLite binds them; PostgreSQL takes them in this order. */
export function linkValues({ from, to, decision, note, reviewer, reviewedAt }: Omit<LinkReview, 'id'>, id: number | null) {
  return {
    id,
    fromReport: from.report,
    toReport: to.report,
    fromStart: from.start,
    toStart: to.start,
    fromFigure: from.figure,
    toFigure: to.figure,
    fromSurface: from.surface,
    toSurface: to.surface,
    decision,
    note,
    reviewer,
    reviewedAt,
  };
}

export type RecordLinkRow = LinkRow & { from_sha256: string; to_sha256: string };

export function recordLinkReview(row: RecordLinkRow): RecordLinkReview {
  const review = linkReview(row);
  return { ...review, from: { ...review.from, sha256: row.from_sha256 }, to: { ...review.to, sha256: row.to_sha256 } };
}

/** A comparison's JSON as kept: deflated, quickly (some 250 KB of text for two long reports). */
export function packComparison(json: string): Buffer {
  return deflateRawSync(json, { level: 1 });
}

export function unpackComparison(body: Buffer): string {
  return inflateRawSync(body).toString('utf8');
}
