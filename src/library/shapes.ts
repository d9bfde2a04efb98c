// What the application layer answers beyond the store's rows, as TypeBox
// schemas with their static types: the HTTP API sends these as they are
// (src/server/schemas.ts wraps them in its envelopes), and the functions of
// this folder are typed by them, so a field added here is one the typecheck
// asks the function for, the API validates and the OpenAPI document shows.
import { type Static, Type } from 'typebox';
import {
  CommitmentReview,
  CommitmentRowFields,
  IssuerSummaryFields,
  LinkReview,
  ReportSummaryFields,
  ReviewedFigure,
} from '../store/types.js';
import {
  Commitment,
  CommitmentFollowUpFields,
  ComparisonFields,
  FigurePairFields,
  FigureSideFields,
  MetaFields,
  Modality,
  Nullable,
  Offset,
  oneOf,
  Problem,
  ReportRefFields,
  Reuse,
  Section,
  TargetCheckFields,
} from '../types.js';

export const ReportDetail = Type.Object({
  ...ReportSummaryFields,
  overrides: Type.Partial(Type.Object(MetaFields), { description: 'metadata given at upload or ingest, which won over detection' }),
  chars: Type.Integer({ description: 'length of the normalised text' }),
  counts: Type.Object({
    sections: Type.Integer(),
    sentences: Type.Integer(),
    figures: Type.Integer(),
    commitments: Type.Integer(),
    problems: Type.Integer(),
  }),
  sections: Type.Array(Section),
});
export type ReportDetail = Static<typeof ReportDetail>;

const SpanWithId = { id: Type.String(), start: Offset, end: Offset };

export const ReportText = Type.Object({
  id: Type.Integer(),
  text: Type.String({ description: 'the normalised text, as data: never render it as HTML' }),
  sections: Type.Array(Section),
  sentences: Type.Array(Type.Object({ start: Offset, end: Offset }), { description: 'every sentence, in order: what `sentence` in a search hit counts' }),
  figures: Type.Array(Type.Object({ ...SpanWithId, label: Type.String(), modality: Modality })),
  commitments: Type.Array(Type.Object({ ...SpanWithId, rule: Commitment.properties.rule })),
  problems: Type.Array(Type.Object({ ...SpanWithId, rule: Problem.properties.rule })),
});
export type ReportText = Static<typeof ReportText>;

/** A stored report after an upload, and whether this upload added it. */
export const UploadedReport = Type.Object({ ...ReportSummaryFields, added: Type.Boolean({ description: 'false: the same content was already stored' }) });
export type UploadedReport = Static<typeof UploadedReport>;

/** An upload's analysis job, queued for the workers (PostgreSQL): where it is, and what it gave. */
export const Job = Type.Object({
  id: Type.String({ description: 'what GET /api/jobs/{id} takes' }),
  state: oneOf(['queued', 'running', 'done', 'failed'], 'queued, running (a worker has it), done or failed'),
  reports: Type.Optional(
    Type.Array(Type.Object({ id: Type.Integer(), added: Type.Boolean({ description: 'false: the same content was already stored' }) }), {
      description: 'when done: the stored report of each file, in upload order',
    }),
  ),
  error: Type.Optional(
    Type.Object(
      { code: Type.String({ description: 'from the error catalogue' }), problem: Type.String({ description: 'one line: the file and what is wrong with it' }) },
      { description: 'when failed: why; nothing of the upload was stored' },
    ),
  ),
});
export type Job = Static<typeof Job>;

/** A commitment of a report with the id a review names it by and its latest review. */
export const ReviewedCommitmentRow = Type.Object({
  id: Type.String({ description: 'report id and commitment id, for PUT /api/commitments/{id}/review' }),
  ...CommitmentRowFields,
  review: Nullable(CommitmentReview),
});
export type ReviewedCommitmentRow = Static<typeof ReviewedCommitmentRow>;

export const IssuerSeries = Type.Object({
  ...IssuerSummaryFields,
  years: Type.Array(Type.Integer(), { description: 'the years the stored series covers' }),
  series: Type.Array(Type.Object({ id: Type.Integer(), year: Nullable(Type.Integer()), kind: Nullable(Type.String()), source: Type.String() })),
});
export type IssuerSeries = Static<typeof IssuerSeries>;

export const LinkReviewResult = Type.Object({
  review: LinkReview,
  history: Type.Array(LinkReview, { description: 'every review of this link, oldest first' }),
});
export type LinkReviewResult = Static<typeof LinkReviewResult>;

const CommitmentHistory = Type.Array(CommitmentReview, { description: 'every review of this commitment, oldest first' });

export const CommitmentReviewResult = Type.Object({ review: CommitmentReview, history: CommitmentHistory });
export type CommitmentReviewResult = Static<typeof CommitmentReviewResult>;

export const CommitmentReviewHistory = Type.Object({ history: CommitmentHistory });
export type CommitmentReviewHistory = Static<typeof CommitmentReviewHistory>;

// The reviewed comparison keeps fields these schemas do not name
// (additionalProperties), so that a field added to the compare JSON reaches
// clients before its schema.
const Open = { additionalProperties: true } as const;

const ReviewedSide = Type.Object({ figure: Type.String({ description: "the figure's id in its report" }), ...FigureSideFields }, Open);

/** compare's answer for two stored reports, with the reports' and figures' ids and the latest reviews. */
export const ReviewedComparison = Type.Object(
  {
    ...ComparisonFields,
    from: Type.Object({ id: Type.Integer(), ...ReportRefFields }, Open),
    to: Type.Object({ id: Type.Integer(), ...ReportRefFields }, Open),
    figures: Type.Array(Type.Object({ ...FigurePairFields, from: Nullable(ReviewedSide), to: Nullable(ReviewedSide), review: Nullable(LinkReview) }, Open)),
    targets: Type.Array(Type.Object({ ...TargetCheckFields, target: ReviewedSide, actual: Nullable(ReviewedSide) }, Open)),
    commitments: Type.Array(
      Type.Object(
        {
          id: Type.String({ description: 'the commitment of the older report, for PUT /api/commitments/{id}/review' }),
          ...CommitmentFollowUpFields,
          review: Nullable(CommitmentReview),
        },
        Open,
      ),
    ),
    links: Type.Array(LinkReview, { description: 'the latest review of every reviewed figure link between the two reports, added links included' }),
  },
  Open,
);
export type ReviewedComparison = Static<typeof ReviewedComparison>;

/** Where a series pair's sentence is: its index in the pair's `sentences`. */
const SentenceRef = Type.Integer({ minimum: 0, description: "the sentence's index in the pair's `sentences`" });
const SeriesSide = Type.Object({ figure: Type.String({ description: "the figure's id in its report" }), ...FigureSideFields, sentence: SentenceRef });
const ChangeCount = Type.Integer({ minimum: 0 });

/**
 * A consecutive pair of a series as GET /api/series answers it by default:
 * figures, verdicts and the commitments the newer report answers, each cited
 * sentence once; not the text's changes sentence by sentence, the clauses of a
 * commitment one by one or the nearest sentences of an unanswered one (the
 * whole comparison is `?full=true`, or GET /api/compare of the pair).
 */
export const SeriesPair = Type.Object({
  from: ReviewedComparison.properties.from,
  to: ReviewedComparison.properties.to,
  sentences: Type.Array(Type.String(), { description: 'every sentence the pair cites, once: what `sentence` of a side or of evidence indexes' }),
  figures: Type.Array(Type.Object({ ...FigurePairFields, from: Nullable(SeriesSide), to: Nullable(SeriesSide), review: Nullable(LinkReview) })),
  targets: Type.Array(Type.Object({ ...TargetCheckFields, target: SeriesSide, actual: Nullable(SeriesSide) })),
  commitments: Type.Array(
    Type.Object({
      id: Type.String({ description: 'the commitment of the older report, for PUT /api/commitments/{id}/review' }),
      text: Type.String(),
      status: CommitmentFollowUpFields.status,
      rule: CommitmentFollowUpFields.rule,
      reason: CommitmentFollowUpFields.reason,
      score: CommitmentFollowUpFields.score,
      evidence: Nullable(Type.Object({ sentence: SentenceRef, start: Offset, score: Type.Number() }, { description: 'the best sentence of the newer report' })),
      review: Nullable(CommitmentReview),
    }),
    { description: 'the commitments the newer report answers (addressed or partly) and every reviewed one' },
  ),
  unanswered: Type.Array(Type.String(), { description: 'the ids of the other commitments: no evidence found, no review' }),
  sections: Type.Array(
    Type.Object({
      from: Nullable(Type.String()),
      to: Nullable(Type.String()),
      similarity: Type.Number(),
      changes: Type.Object({ added: ChangeCount, removed: ChangeCount, changed: ChangeCount }, { description: 'how many sentences of the aligned pair changed, by kind' }),
    }),
  ),
  reuse: Reuse,
  links: ReviewedComparison.properties.links,
});
export type SeriesPair = Static<typeof SeriesPair>;

/** One side of a trend point: a figure of the series with its unit and the report holding it. */
const { value: _value, valueMax, ...sideFields } = FigureSideFields;
const TrendSide = Type.Object({
  value: Type.Number({ description: 'negative for a growth stated as a fall (下降0.1%)' }),
  valueMax,
  unit: Type.String(),
  ...sideFields,
  report: Type.Integer({ description: 'the report holding the sentence' }),
});

const MeasureFields = {
  id: Type.String(),
  name: Type.String(),
  kind: Type.String({ description: 'growth, total, level, ratio or count' }),
  unit: Type.String({ description: 'the unit type: percent, money, persons, weight, days, concentration' }),
};

/** One measure (or label) over the stored years of an issuer. */
export const TrendResult = Type.Object({
  measure: Nullable(Type.Object(MeasureFields)),
  label: Type.String(),
  issuer: Type.String(),
  points: Type.Array(
    Type.Object({
      year: Type.Integer({ description: 'the year reviewed' }),
      report: Nullable(Type.Integer({ description: 'the report reviewing the year' })),
      outcome: Nullable(TrendSide),
      target: Nullable(TrendSide),
    }),
  ),
});
export type TrendResult = Static<typeof TrendResult>;

/** A measure of the catalogue with how many stored figures state it. */
export const MeasureRow = Type.Object({ ...MeasureFields, direction: Type.String({ description: 'higher, lower, ceiling or projection' }), figures: Type.Integer() });
export type MeasureRow = Static<typeof MeasureRow>;

// ── A library as JSON lines (export --format jsonl, import, migrate) ───────

export const LIBRARY_FORMAT = 'nianbao-library';

/** The first line of a library export: what the file is, how many report lines follow, the issuers' aliases. */
export const LibraryHeader = Type.Object({
  format: Type.Literal(LIBRARY_FORMAT),
  version: Type.Literal(1),
  exportedAt: Type.String(),
  reports: Type.Integer({ minimum: 0 }),
  issuers: Type.Array(Type.Object({ name: Type.String(), aliases: Type.Array(Type.String()) })),
});
export type LibraryHeader = Static<typeof LibraryHeader>;

const RecordSide = Type.Object({ ...ReviewedFigure.properties, sha256: Type.String() });
const Spans = Type.Array(Type.Object({ start: Offset, end: Offset }));

/**
 * Every later line: a stored report (ReportRecord) with its source's bytes in
 * base64. What is checked here is what a restore reads to place the rows;
 * the database's constraints check the rest, in the report's transaction.
 */
export const ReportLine = Type.Object({
  report: Type.Object({
    ...ReportSummaryFields,
    overrides: Type.Object({}),
    analysis: Type.Object({
      source: Type.Object({ sha256: Type.String() }),
      meta: Type.Object(MetaFields),
      text: Type.String(),
      sections: Type.Array(Section),
      sentences: Spans,
      figures: Spans,
      commitments: Spans,
      problems: Spans,
      diagnostics: Spans,
    }),
  }),
  source: Type.Object({ bytes: Type.String(), text: Type.String() }),
  linkReviews: Type.Array(Type.Object({ ...LinkReview.properties, from: RecordSide, to: RecordSide })),
  commitmentReviews: Type.Array(CommitmentReview),
});
