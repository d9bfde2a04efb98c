// The shapes the HTTP service takes and gives, as TypeBox schemas: one object
// gives request validation, fast response serialisation, the OpenAPI document
// and the handlers' TypeScript types. Requests and the envelopes of answers
// are defined here; what they hold is defined once where it is made (the
// pipeline's shapes in src/types.ts, the store's rows in src/store/types.ts,
// the application layer's answers in src/library/shapes.ts) and named here.
import { type Static, Type } from 'typebox';
import {
  CommitmentReviewHistory,
  CommitmentReviewResult,
  IssuerSeries,
  Job,
  LinkReviewResult,
  MeasureRow,
  ReportDetail,
  ReportText,
  ReviewedCommitmentRow,
  ReviewedComparison,
  SeriesPair,
  TrendResult,
  UploadedReport,
} from '../library/shapes.js';
import {
  FigureFilterFields,
  FigureRow,
  LinkDecision,
  ProblemRow,
  ReportQueryFields,
  ReportSummary,
  SearchFilterFields,
  SentenceHit,
} from '../store/types.js';
import { Diagnostic, FollowUpStatus, Nullable, oneOf } from '../types.js';

export {
  CommitmentReviewHistory,
  CommitmentReviewResult,
  FigureRow,
  LinkReviewResult,
  ProblemRow,
  ReportDetail,
  ReportSummary,
  ReportText,
  SentenceHit,
  TrendResult,
};
export { CommitmentReview, LinkReview } from '../store/types.js';

// ── Requests ───────────────────────────────────────────────────────────────

/** A stored report's id in a path: anything else names no report (404, never 400). */
export const ReportId = Type.String({ pattern: '^[0-9]{1,15}$', description: 'a stored report id' });
export const ReportParams = Type.Object({ id: ReportId });

export const Format = Type.Optional(oneOf(['json', 'csv'], 'json (the default) or csv: UTF-8 with a byte-order mark, as the CLI writes it'));

// Past these a number is refused (400) rather than reaching SQLite as a float.
const MAX_LIMIT = 1_000_000;
const MAX_OFFSET = 1_000_000_000;
const MAX_SEARCH_CHARS = 100;

/** A limit where 0 means all, as on the command line. */
export const Limit = (byDefault: number) =>
  Type.Optional(
    Type.Integer({ minimum: 0, maximum: MAX_LIMIT, default: byDefault, description: `at most this many rows (default ${byDefault}; 0 for all; at most ${MAX_LIMIT})` }),
  );

/** Rows skipped before a page; with `limit`, pages through a listing. */
const PageOffset = Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'skips this many rows first' }));

export const ReportListQuery = Type.Object({ ...ReportQueryFields, limit: Limit(100), offset: PageOffset, format: Format });

export const FormatQuery = Type.Object({ format: Format });

export const FigureQuery = Type.Object({
  ...FigureFilterFields,
  // The store's modality, under the name the CLI gives it.
  kind: Type.Optional(oneOf(['target', 'actual'])),
  limit: Limit(100),
  offset: PageOffset,
  format: Format,
});

export const SearchQuery = Type.Object({
  // Each part is looked up on its own, on the thread that answers: 700 parts held every other request 2 s.
  q: Type.String({ minLength: 1, maxLength: MAX_SEARCH_CHARS, description: `words to find in a row; parts separated by spaces must all occur; at most ${MAX_SEARCH_CHARS} characters` }),
  ...SearchFilterFields,
  limit: Limit(100),
  offset: PageOffset,
  format: Format,
});

export const CompareQuery = Type.Object({
  from: ReportId,
  to: ReportId,
});

export const SeriesParams = Type.Object({ issuer: Type.String({ minLength: 1, description: "part of an issuer's name or alias" }) });

export const SeriesQuery = Type.Object({
  full: Type.Optional(Type.Boolean({ description: "true: each pair's whole comparison (sentence changes, every clause and candidate sentence of each commitment), as GET /api/compare answers it" })),
});

export const TrendQuery = Type.Object({
  measure: Type.Optional(Type.String({ minLength: 1, description: 'a catalogue measure id, e.g. gdp-growth (see /api/measures)' })),
  label: Type.Optional(Type.String({ minLength: 1, description: 'a label, e.g. 地区生产总值增长; one naming a catalogue measure is that measure' })),
  issuer: Type.String({ minLength: 1, description: "part of an issuer's name or alias" }),
  format: Format,
});

const Note = Type.Optional(Type.String({ maxLength: 2000 }));

const FigurePick = Type.Object(
  {
    figure: Type.Optional(Type.String({ pattern: '^f[0-9]{1,9}$', description: "the figure's id in its report (f12)" })),
    start: Type.Optional(Type.Integer({ minimum: 0, description: "the figure's start offset, as compare gives it" })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const LinkParams = Type.Object({ from: ReportId, to: ReportId });

export const LinkBody = Type.Object(
  {
    from: FigurePick,
    to: FigurePick,
    decision: LinkDecision,
    note: Note,
  },
  { additionalProperties: false },
);

export const CommitmentParams = Type.Object({
  id: Type.String({ pattern: '^[0-9]{1,15}-c[0-9]{1,9}$', description: 'report id and commitment id, e.g. 12-c3' }),
});

export const CommitmentReviewBody = Type.Object({ status: FollowUpStatus, note: Note }, { additionalProperties: false });

// ── Responses ──────────────────────────────────────────────────────────────

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'stable; from the error catalogue' }),
    message: Type.String({ description: 'a sentence for people: what is wrong and what to do' }),
    status: Type.Integer(),
  }),
});

export const ReportList = Type.Object({
  total: Type.Integer({ description: 'reports matching the filters, all pages' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
  reports: Type.Array(ReportSummary),
});

export const Uploaded = Type.Object({ reports: Type.Array(UploadedReport) });

/** An upload queued for the workers (202), and what GET /api/jobs/{id} answers. */
export const Queued = Type.Object({ job: Job });

/** A job's id in a path: anything else names no job (404, never 400). */
export const JobParams = Type.Object({
  id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', description: 'the id an upload answered 202 with' }),
});

export const ReportFigures = Type.Object({ report: Type.Integer(), figures: Type.Array(FigureRow) });

export const FigureList = Type.Object({
  limit: Type.Integer(),
  offset: Type.Integer(),
  more: Type.Boolean({ description: 'true when more figures matched than the limit' }),
  figures: Type.Array(FigureRow),
});

export const CommitmentRow = ReviewedCommitmentRow;

export const ReportCommitments = Type.Object({ report: Type.Integer(), commitments: Type.Array(CommitmentRow) });

export const ReportProblems = Type.Object({ report: Type.Integer(), problems: Type.Array(ProblemRow) });

export const ReportDiagnostics = Type.Object({ report: Type.Integer(), diagnostics: Type.Array(Diagnostic) });

export const Deleted = Type.Null({ description: 'deleted, with everything derived from the report and its reviews' });

export const IssuerList = Type.Object({ issuers: Type.Array(IssuerSeries) });

export const SearchResult = Type.Object({
  query: Type.String(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  more: Type.Boolean({ description: 'true when more sentences matched than the limit' }),
  hits: Type.Array(SentenceHit),
});

export const Comparison = ReviewedComparison;

export const SeriesResult = Type.Object({ issuer: Type.String(), comparisons: Type.Array(SeriesPair) }, { description: 'the default answer' });
const SeriesFull = Type.Object({ issuer: Type.String(), comparisons: Type.Array(Comparison) }, { description: 'with full=true' });
export const SeriesAnswer = Type.Union([SeriesResult, SeriesFull]);

export const MeasuresQuery = Type.Object({ format: Format });

export const MeasureList = Type.Object({ measures: Type.Array(MeasureRow) });

export const Health = Type.Object({
  status: Type.Literal('ok'),
  reports: Type.Integer(),
  writes: oneOf(['tokens', 'local', 'refused'], 'tokens: writing needs a write token; local: anyone may write (loopback server without tokens); refused: nobody may'),
  canWrite: Type.Boolean({ description: 'whether this request, with the token it carries, could write' }),
});

export type ComparisonBody = Static<typeof Comparison>;
