// The columns of each listing, in order. CSV has them all; tables show those
// with a width. JSON has every field of the row, which these list in full.
import type { TrendRow } from '../compare/trend.js';
import type { MeasureRow } from '../library/shapes.js';
import type { CommitmentRow, FigureRow, IssuerSummary, ProblemRow, ReportSummary, SentenceHit } from '../store/index.js';
import type { Diagnostic } from '../types.js';
import type { Column } from './render.js';

export const REPORT_COLUMNS: Column<ReportSummary>[] = [
  { key: 'id', width: 6 },
  { key: 'issuer', width: 28 },
  { key: 'year', width: 4 },
  { key: 'kind', width: 20 },
  { key: 'title' },
  { key: 'issuedDate', width: 10 },
  { key: 'source', width: 30 },
  { key: 'format' },
  { key: 'encoding' },
  { key: 'sha256' },
  { key: 'figures', width: 7 },
  { key: 'commitments', width: 11 },
  { key: 'problems', width: 8 },
  { key: 'createdAt' },
  { key: 'analyzedAt' },
  { key: 'uploadedBy' },
];

export const FIGURE_COLUMNS: Column<FigureRow>[] = [
  { key: 'report', width: 6 },
  { key: 'issuer', width: 20 },
  { key: 'year', width: 4 },
  { key: 'source' },
  { key: 'figure' },
  { key: 'label', width: 30 },
  { key: 'surface', width: 14 },
  { key: 'value', width: 14 },
  { key: 'valueMax' },
  { key: 'qualifier' },
  { key: 'unit', width: 8 },
  { key: 'unitType' },
  { key: 'modality', width: 8 },
  { key: 'changeDirection' },
  { key: 'changeBasis' },
  { key: 'section' },
  { key: 'rule' },
  { key: 'start' },
  { key: 'end' },
  { key: 'sentence', width: 50 },
];

/** The figures of one report, as `show` prints them under its summary. */
export const REPORT_FIGURE_COLUMNS: Column<FigureRow>[] = [
  { key: 'figure', width: 5 },
  { key: 'label', width: 30 },
  { key: 'surface', width: 14 },
  { key: 'value', width: 14 },
  { key: 'unit', width: 8 },
  { key: 'modality', width: 8 },
  { key: 'sentence', width: 50 },
];

export const SENTENCE_COLUMNS: Column<SentenceHit>[] = [
  { key: 'report', width: 6 },
  { key: 'issuer', width: 20 },
  { key: 'year', width: 4 },
  { key: 'source' },
  { key: 'sentence' },
  { key: 'section' },
  { key: 'snippet', width: 80 },
  { key: 'text' },
];

export const COMMITMENT_COLUMNS: Column<CommitmentRow>[] = [
  { key: 'report' },
  { key: 'issuer' },
  { key: 'year' },
  { key: 'source' },
  { key: 'commitment' },
  { key: 'text' },
  { key: 'section' },
  { key: 'topic' },
  { key: 'keywords' },
  { key: 'targets' },
  { key: 'deadline' },
  { key: 'start' },
  { key: 'end' },
  { key: 'rule' },
];

/** A commitment's latest review, as the columns after it in CSV: a report's commitments, and the board's and the compare page's downloads. */
export interface ReviewCells {
  reviewStatus: string;
  reviewNote: string;
  reviewer: string;
  reviewedAt: string;
}

export const REVIEW_COLUMNS: Column<ReviewCells>[] = [{ key: 'reviewStatus' }, { key: 'reviewNote' }, { key: 'reviewer' }, { key: 'reviewedAt' }];

/** The review cells of a commitment, empty when nobody has reviewed it. */
export const reviewCells = (review: { status: string; note: string | null; reviewer: string; reviewedAt: string } | null): ReviewCells => ({
  reviewStatus: review?.status ?? '',
  reviewNote: review?.note ?? '',
  reviewer: review?.reviewer ?? '',
  reviewedAt: review?.reviewedAt ?? '',
});

export const PROBLEM_COLUMNS: Column<ProblemRow>[] = [
  { key: 'report' },
  { key: 'issuer' },
  { key: 'year' },
  { key: 'source' },
  { key: 'problem' },
  { key: 'text' },
  { key: 'section' },
  { key: 'topic' },
  { key: 'keywords' },
  { key: 'start' },
  { key: 'end' },
  { key: 'rule' },
];

/** How many diagnostics a list stands for: a fold counts those of its rule past the listed ones (Diagnostic.more). */
export const diagnosticCount = (diagnostics: Diagnostic[]) => diagnostics.reduce((sum, d) => sum + 1 + (d.more ?? 0), 0);

export const DIAGNOSTIC_COLUMNS: Column<Diagnostic>[] = [
  { key: 'start' },
  { key: 'end' },
  { key: 'surface' },
  { key: 'rule' },
  { key: 'message' },
  { key: 'more' },
];

export const TREND_COLUMNS: Column<TrendRow>[] = [
  { key: 'year', width: 6 },
  { key: 'outcome', width: 10 },
  { key: 'unit', width: 6 },
  { key: 'outcomeSurface', width: 12 },
  { key: 'target', width: 12 },
  { key: 'outcomeSentence', width: 40 },
  { key: 'targetSentence', width: 40 },
  { key: 'report', width: 8 },
];

export const MEASURE_COLUMNS: Column<MeasureRow>[] = [
  { key: 'id', width: 30 },
  { key: 'name', width: 24 },
  { key: 'kind', width: 6 },
  { key: 'unit', width: 13 },
  { key: 'direction', width: 9 },
  { key: 'figures', width: 7 },
];

/** An issuer with the years of its series. */
export type IssuerRow = IssuerSummary & { years: number[] };

export const ISSUER_COLUMNS: Column<IssuerRow>[] = [
  { key: 'id', width: 6 },
  { key: 'name', width: 30 },
  { key: 'aliases', width: 30 },
  { key: 'reports', width: 7 },
  { key: 'years', width: 40 },
];
