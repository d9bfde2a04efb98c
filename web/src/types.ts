// The shapes the public API answers, taken from the server's own TypeBox
// schemas (type-only imports: nothing of the server is bundled), so that the
// page and the API cannot drift apart.
import type { Static } from 'typebox';
import type * as schemas from '../../src/server/schemas.js';

export type ReportSummary = Static<typeof schemas.ReportSummary>;
export type ReportList = Static<typeof schemas.ReportList>;
export type ReportDetail = Static<typeof schemas.ReportDetail>;
export type ReportText = Static<typeof schemas.ReportText>;
export type Section = ReportText['sections'][number];
export type Uploaded = Static<typeof schemas.Uploaded>;
export type Queued = Static<typeof schemas.Queued>;
export type FigureRow = Static<typeof schemas.FigureRow>;
export type ReportFigures = Static<typeof schemas.ReportFigures>;
export type FigureList = Static<typeof schemas.FigureList>;
export type CommitmentRow = Static<typeof schemas.CommitmentRow>;
export type ReportCommitments = Static<typeof schemas.ReportCommitments>;
export type ProblemRow = Static<typeof schemas.ProblemRow>;
export type ReportProblems = Static<typeof schemas.ReportProblems>;
export type ReportDiagnostics = Static<typeof schemas.ReportDiagnostics>;
export type Diagnostic = ReportDiagnostics['diagnostics'][number];
export type IssuerList = Static<typeof schemas.IssuerList>;
export type Issuer = IssuerList['issuers'][number];
export type SentenceHit = Static<typeof schemas.SentenceHit>;
export type SearchResult = Static<typeof schemas.SearchResult>;
export type Comparison = Static<typeof schemas.Comparison>;
export type LinkReviewResult = Static<typeof schemas.LinkReviewResult>;
export type CommitmentReviewResult = Static<typeof schemas.CommitmentReviewResult>;
export type Health = Static<typeof schemas.Health>;
export type SeriesResult = Static<typeof schemas.SeriesResult>;
export type TrendResult = Static<typeof schemas.TrendResult>;
export type MeasureList = Static<typeof schemas.MeasureList>;
export type LinkBody = Static<typeof schemas.LinkBody>;
export type CommitmentReviewBody = Static<typeof schemas.CommitmentReviewBody>;

