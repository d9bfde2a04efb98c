// The shapes the HTTP service takes and gives, as TypeBox schemas: one object
// gives request validation, fast response serialisation, the OpenAPI document
// and the handlers' TypeScript types. They mirror src/types.ts and the store's
// row types; the typecheck ties the two together where handlers return rows.
import { type Static, type TOptional, type TSchema, Type } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

function oneOf<const V extends string[]>(values: readonly [...V], description?: string) {
  return Type.Enum(values, description ? { description } : {});
}

const Offset = Type.Integer({ minimum: 0, description: 'UTF-16 code units into the normalised text' });
const Year = Type.Integer({ minimum: 1000, maximum: 9999 });

// ── Requests ───────────────────────────────────────────────────────────────

/** A stored report's id in a path: anything else names no report (404, never 400). */
export const ReportId = Type.String({ pattern: '^[0-9]{1,15}$', description: 'a stored report id' });
export const ReportParams = Type.Object({ id: ReportId });

export const Format = Type.Optional(oneOf(['json', 'csv'], 'json (the default) or csv: UTF-8 with a byte-order mark, as the CLI writes it'));

// Past these a number is refused (400) rather than reaching SQLite as a float.
const MAX_LIMIT = 1_000_000;
const MAX_OFFSET = 1_000_000_000;

/** A limit where 0 means all, as on the command line. */
export const Limit = (byDefault: number) =>
  Type.Optional(
    Type.Integer({ minimum: 0, maximum: MAX_LIMIT, default: byDefault, description: `at most this many rows (default ${byDefault}; 0 for all; at most ${MAX_LIMIT})` }),
  );

/** Rows skipped before a page; with `limit`, pages through a listing. */
const PageOffset = Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'skips this many rows first' }));

export const IssuerFilter = Type.Optional(Type.String({ minLength: 1, description: "part of an issuer's name or of one of its aliases" }));

export const ReportListQuery = Type.Object({
  issuer: IssuerFilter,
  year: Type.Optional(Year),
  kind: Type.Optional(Type.String({ minLength: 1, description: 'the kind exactly, e.g. 政府工作报告' })),
  limit: Limit(100),
  offset: PageOffset,
  format: Format,
});

export const FormatQuery = Type.Object({ format: Format });

export const FigureQuery = Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, description: 'part of the label' })),
  issuer: IssuerFilter,
  year: Type.Optional(Year),
  from: Type.Optional(Year),
  to: Type.Optional(Year),
  unit: Type.Optional(Type.String({ minLength: 1, description: 'the unit exactly' })),
  kind: Type.Optional(oneOf(['target', 'actual'])),
  limit: Limit(100),
  offset: PageOffset,
  format: Format,
});

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, description: 'words to find in a row; parts separated by spaces must all occur' }),
  issuer: IssuerFilter,
  year: Type.Optional(Year),
  limit: Limit(100),
  offset: PageOffset,
  format: Format,
});

export const CompareQuery = Type.Object({
  from: ReportId,
  to: ReportId,
});

export const SeriesParams = Type.Object({ issuer: Type.String({ minLength: 1, description: "part of an issuer's name or alias" }) });

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
    decision: oneOf(['confirm', 'reject', 'add'], 'confirm or reject a pairing compare made, or add one it missed'),
    note: Note,
  },
  { additionalProperties: false },
);

export const CommitmentParams = Type.Object({
  id: Type.String({ pattern: '^[0-9]{1,15}-c[0-9]{1,9}$', description: 'report id and commitment id, e.g. 12-c3' }),
});

export const FollowUpStatus = oneOf(['addressed', 'partly', 'no-evidence']);

export const CommitmentReviewBody = Type.Object({ status: FollowUpStatus, note: Note }, { additionalProperties: false });

// ── Responses ──────────────────────────────────────────────────────────────

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'stable; from the error catalogue' }),
    message: Type.String({ description: 'a sentence for people: what is wrong and what to do' }),
    status: Type.Integer(),
  }),
});

const SourceFormat = oneOf(['txt', 'pdf', 'docx', 'html']);

const summary = {
  id: Type.Integer(),
  issuer: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  kind: Nullable(Type.String()),
  title: Nullable(Type.String()),
  issuedDate: Nullable(Type.String()),
  source: Type.String(),
  format: SourceFormat,
  encoding: Nullable(Type.String()),
  sha256: Type.String(),
  figures: Type.Integer(),
  commitments: Type.Integer(),
  problems: Type.Integer(),
  createdAt: Type.String(),
  analyzedAt: Type.String(),
  uploadedBy: Nullable(Type.String()),
};

export const ReportSummary = Type.Object(summary);

export const ReportList = Type.Object({
  total: Type.Integer({ description: 'reports matching the filters, all pages' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
  reports: Type.Array(ReportSummary),
});

export const Uploaded = Type.Object({
  reports: Type.Array(Type.Object({ ...summary, added: Type.Boolean({ description: 'false: the same content was already stored' }) })),
});

const Section = Type.Object({
  id: Type.String(),
  heading: Nullable(Type.String()),
  level: Type.Integer(),
  role: oneOf(['preamble', 'review', 'problems', 'plans', 'closing']),
  roleRule: Type.Optional(Type.String({ description: 'the rule that decided the role; absent in reports stored before rules were named, until reanalyze' })),
  parent: Nullable(Type.String()),
  start: Offset,
  end: Offset,
});

const Meta = {
  title: Nullable(Type.String()),
  issuer: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  issuedDate: Nullable(Type.String()),
  kind: Nullable(Type.String()),
};

export const ReportDetail = Type.Object({
    ...summary,
    overrides: Type.Object(
      Object.fromEntries(Object.entries(Meta).map(([key, schema]) => [key, Type.Optional(schema)])) as { [K in keyof typeof Meta]: TOptional<(typeof Meta)[K]> },
      { description: 'metadata given at upload or ingest, which won over detection' },
    ),
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

const SpanOf = <T extends Record<string, TSchema>>(extra: T) => Type.Object({ id: Type.String(), start: Offset, end: Offset, ...extra });

export const ReportText = Type.Object({
  id: Type.Integer(),
  text: Type.String({ description: 'the normalised text, as data: never render it as HTML' }),
  sections: Type.Array(Section),
  sentences: Type.Array(Type.Object({ start: Offset, end: Offset }), { description: 'every sentence, in order: what `sentence` in a search hit counts' }),
  figures: Type.Array(SpanOf({ label: Type.String(), modality: oneOf(['actual', 'target']) })),
  commitments: Type.Array(SpanOf({})),
  problems: Type.Array(SpanOf({})),
});

const RowSource = {
  report: Type.Integer(),
  issuer: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  source: Type.String(),
};

export const FigureRow = Type.Object({
  ...RowSource,
  figure: Type.String(),
  label: Type.String(),
  surface: Type.String(),
  value: Type.Number(),
  valueMax: Nullable(Type.Number()),
  qualifier: Type.String(),
  unit: Type.String(),
  unitType: Type.String(),
  modality: Type.String(),
  changeDirection: Nullable(Type.String()),
  changeBasis: Nullable(Type.String()),
  section: Nullable(Type.String()),
  rule: Type.String(),
  start: Offset,
  end: Offset,
  sentence: Type.String(),
});

export const ReportFigures = Type.Object({ report: Type.Integer(), figures: Type.Array(FigureRow) });

export const FigureList = Type.Object({
  limit: Type.Integer(),
  offset: Type.Integer(),
  more: Type.Boolean({ description: 'true when more figures matched than the limit' }),
  figures: Type.Array(FigureRow),
});

export const CommitmentReview = Type.Object({
  id: Type.Integer(),
  report: Type.Integer(),
  start: Offset,
  commitment: Type.String(),
  text: Type.String(),
  status: FollowUpStatus,
  note: Nullable(Type.String()),
  reviewer: Type.String(),
  reviewedAt: Type.String(),
});

export const CommitmentRow = Type.Object({
  id: Type.String({ description: 'report id and commitment id, for PUT /api/commitments/{id}/review' }),
  ...RowSource,
  commitment: Type.String(),
  text: Type.String(),
  section: Nullable(Type.String()),
  topic: Type.String(),
  keywords: Type.Array(Type.String()),
  targets: Type.Array(Type.String()),
  deadline: Nullable(Type.String()),
  start: Offset,
  end: Offset,
  review: Nullable(CommitmentReview),
});

export const ReportCommitments = Type.Object({ report: Type.Integer(), commitments: Type.Array(CommitmentRow) });

export const ProblemRow = Type.Object({
  ...RowSource,
  problem: Type.String(),
  text: Type.String(),
  section: Nullable(Type.String()),
  topic: Type.String(),
  keywords: Type.Array(Type.String()),
  start: Offset,
  end: Offset,
});

export const ReportProblems = Type.Object({ report: Type.Integer(), problems: Type.Array(ProblemRow) });

export const DiagnosticRow = Type.Object({
  start: Offset,
  end: Offset,
  surface: Type.String(),
  rule: Type.String({ description: 'the rule that decided: not-figure:* (not kept as a figure) or numeral:* (kept, read by a guess); src/extract/lexicon/diagnostics.json' }),
  message: Type.Optional(Type.String()),
});

export const ReportDiagnostics = Type.Object({ report: Type.Integer(), diagnostics: Type.Array(DiagnosticRow) });

export const Deleted = Type.Null({ description: 'deleted, with everything derived from the report and its reviews' });

export const IssuerList = Type.Object({
  issuers: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      aliases: Type.Array(Type.String()),
      reports: Type.Integer(),
      years: Type.Array(Type.Integer(), { description: 'the years the stored series covers' }),
      series: Type.Array(
        Type.Object({ id: Type.Integer(), year: Nullable(Type.Integer()), kind: Nullable(Type.String()), source: Type.String() }),
      ),
    }),
  ),
});

export const SentenceHit = Type.Object({
  ...RowSource,
  sentence: Type.Integer(),
  section: Nullable(Type.String()),
  start: Offset,
  end: Offset,
  snippet: Type.String({ description: 'the sentence with every match in 【】' }),
  text: Type.String(),
  matches: Type.Array(Type.Object({ start: Offset, end: Offset }), { description: 'every match, as offsets into text' }),
});

export const SearchResult = Type.Object({
  query: Type.String(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  more: Type.Boolean({ description: 'true when more sentences matched than the limit' }),
  hits: Type.Array(SentenceHit),
});

const ReviewedFigure = Type.Object({ report: Type.Integer(), start: Offset, figure: Type.String(), surface: Type.String() });

export const LinkReview = Type.Object({
  id: Type.Integer(),
  from: ReviewedFigure,
  to: ReviewedFigure,
  decision: oneOf(['confirm', 'reject', 'add']),
  note: Nullable(Type.String()),
  reviewer: Type.String(),
  reviewedAt: Type.String(),
});

export const LinkReviewResult = Type.Object({
  review: LinkReview,
  history: Type.Array(LinkReview, { description: 'every review of this link, oldest first' }),
});

const CommitmentHistory = Type.Array(CommitmentReview, { description: 'every review of this commitment, oldest first' });

export const CommitmentReviewResult = Type.Object({ review: CommitmentReview, history: CommitmentHistory });

export const CommitmentReviewHistory = Type.Object({ history: CommitmentHistory });

// The comparison keeps fields these schemas do not name (additionalProperties),
// so that a field added to the compare JSON reaches clients before its schema.
const Open = { additionalProperties: true } as const;

const FigureSide = Type.Object(
  {
    figure: Type.String({ description: "the figure's id in its report" }),
    value: Type.Number(),
    valueMax: Nullable(Type.Number()),
    qualifier: Type.String(),
    surface: Type.String(),
    label: Type.String(),
    sentence: Type.String(),
    start: Offset,
  },
  Open,
);

export const Comparison = Type.Object(
  {
    from: Type.Object({ id: Type.Integer(), name: Type.String(), ...Meta }, Open),
    to: Type.Object({ id: Type.Integer(), name: Type.String(), ...Meta }, Open),
    figures: Type.Array(
      Type.Object(
        {
          label: Type.String(),
          unit: Type.String(),
          from: Nullable(FigureSide),
          to: Nullable(FigureSide),
          delta: Nullable(Type.Number()),
          deltaPct: Nullable(Type.Number()),
          status: oneOf(['up', 'down', 'same', 'new', 'dropped']),
          confidence: Type.Number(),
          review: Nullable(LinkReview),
        },
        Open,
      ),
    ),
    targets: Type.Array(
      Type.Object(
        {
          commitment: Type.String(),
          target: FigureSide,
          actual: Nullable(FigureSide),
          verdict: oneOf(['met', 'missed', 'unclear', 'no-data']),
          reason: Type.String(),
        },
        Open,
      ),
    ),
    commitments: Type.Array(
      Type.Object(
        {
          id: Type.String({ description: 'the commitment of the older report, for PUT /api/commitments/{id}/review' }),
          text: Type.String(),
          status: FollowUpStatus,
          rule: Type.String({ description: 'the rule that decided the status, e.g. followup:completion-word, followup:target-met' }),
          reason: Type.Optional(Type.String({ description: 'for a decision on target figures: each target and the outcome stated, with their numbers' })),
          score: Type.Number(),
          evidence: Type.Array(Type.Object({ text: Type.String(), score: Type.Number(), start: Offset }, Open)),
          review: Nullable(CommitmentReview),
        },
        Open,
      ),
    ),
    sections: Type.Array(
      Type.Object(
        {
          from: Nullable(Type.String()),
          to: Nullable(Type.String()),
          similarity: Type.Number(),
          changes: Type.Array(
            Type.Object(
              {
                kind: oneOf(['added', 'removed', 'changed']),
                from: Nullable(Type.String()),
                to: Nullable(Type.String()),
                parts: Type.Array(Type.Object({ op: oneOf(['equal', 'insert', 'delete']), text: Type.String(), number: Type.Boolean() }, Open)),
              },
              Open,
            ),
          ),
        },
        Open,
      ),
    ),
    reuse: Type.Object(
      {
        sentences: Type.Integer(),
        ratio: Type.Number(),
        examples: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), similarity: Type.Number() }, Open)),
      },
      Open,
    ),
    links: Type.Array(LinkReview, { description: 'the latest review of every reviewed figure link between the two reports, added links included' }),
  },
  Open,
);

export const SeriesResult = Type.Object({ issuer: Type.String(), comparisons: Type.Array(Comparison) });

const TrendSide = Type.Object({
  value: Type.Number({ description: 'negative for a growth stated as a fall (下降0.1%)' }),
  valueMax: Nullable(Type.Number()),
  unit: Type.String(),
  qualifier: Type.String(),
  surface: Type.String(),
  label: Type.String(),
  sentence: Type.String(),
  start: Type.Integer(),
  report: Type.Integer({ description: 'the report holding the sentence' }),
});

const MeasureFields = {
  id: Type.String(),
  name: Type.String(),
  kind: Type.String({ description: 'growth, total, level, ratio or count' }),
  unit: Type.String({ description: 'the unit type: percent, money, persons, weight, days, concentration' }),
};

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

export const MeasuresQuery = Type.Object({ format: Format });

export const MeasureList = Type.Object({
  measures: Type.Array(
    Type.Object({ ...MeasureFields, direction: Type.String({ description: 'higher, lower or ceiling' }), figures: Type.Integer() }),
  ),
});

export const Health = Type.Object({
  status: Type.Literal('ok'),
  reports: Type.Integer(),
  writes: oneOf(['tokens', 'local', 'refused'], 'tokens: writing needs a write token; local: anyone may write (loopback server without tokens); refused: nobody may'),
  canWrite: Type.Boolean({ description: 'whether this request, with the token it carries, could write' }),
});

export type ComparisonBody = Static<typeof Comparison>;
