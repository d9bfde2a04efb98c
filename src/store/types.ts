// The store's interface, in domain words: what the application layer
// (src/library/) may ask of a library of reports. Nothing here mentions
// SQLite, so a server database can sit behind the same interface. The rows it
// gives are TypeBox schemas with their static types, which the HTTP API
// answers as they are (src/server/schemas.ts).
import { type Static, Type } from 'typebox';
import {
  type Analysis,
  CommitmentFields,
  Encoding,
  FollowUpStatus,
  type Diagnostic,
  Modality,
  Nullable,
  Offset,
  oneOf,
  ProblemFields,
  type RawDocument,
  type ReportMeta,
  SourceFormat,
  Span,
} from '../types.js';

/** What an analysis cut of its text and the library keeps, when the caller has it. */
export interface CutWords {
  /** Each sentence's words for the search index, when the analysis made them (else segmented on save). */
  terms?: readonly string[];
  /** The distinct words of `terms`, as the vocabulary holds them (terms.ts, vocabularyWords), when the analysis listed them (else listed on save). */
  words?: readonly string[];
  /** The text's tokens packed (segment/packed.ts), so that a comparison of the stored report does not cut it again; else it does. */
  tokens?: Uint8Array;
}

/** The source as it arrived: the file's bytes and the text ingest decoded from them. */
export interface SourceContent extends CutWords {
  bytes: Uint8Array;
  text: string;
}

/** A report as its analysis hands it to the store, but the source's bytes; packed by packed.ts to cross threads. */
export interface AnalysedReport {
  analysis: Analysis;
  source: Omit<SourceContent, 'bytes'>;
}

export interface SaveResult {
  id: number;
  /** False when a report with the same sha256 was already stored (its id is returned). */
  added: boolean;
}

/** The fields of a stored report's summary, spread into the shapes that extend it. */
export const ReportSummaryFields = {
  id: Type.Integer(),
  issuer: Nullable(Type.String({ description: "the series the report belongs to: its issuer's canonical name" })),
  year: Nullable(Type.Integer()),
  kind: Nullable(Type.String()),
  title: Nullable(Type.String()),
  issuedDate: Nullable(Type.String()),
  source: Type.String(),
  format: SourceFormat,
  encoding: Nullable(Encoding),
  sha256: Type.String(),
  figures: Type.Integer(),
  commitments: Type.Integer(),
  problems: Type.Integer(),
  createdAt: Type.String(),
  analyzedAt: Type.String(),
  uploadedBy: Nullable(Type.String({ description: 'the name of the token that uploaded the report through the HTTP service; null for the CLI' })),
};
export const ReportSummary = Type.Object(ReportSummaryFields);
export type ReportSummary = Static<typeof ReportSummary>;

export interface StoredReport extends ReportSummary {
  /** Metadata given at ingest (MANIFEST.tsv, --issuer …), kept for reanalysis. */
  overrides: Partial<ReportMeta>;
  analysis: Analysis;
}

/** What a restored report keeps from the library it was exported from: its id (null when taken here) and times. */
export interface ReportOrigin {
  id: number | null;
  createdAt: string;
  analyzedAt: string;
}

/** A link review as a library export carries it: each side also named by its report's sha256, which ids need not survive. */
export type RecordLinkReview = LinkReview & { from: { sha256: string }; to: { sha256: string } };

/**
 * A stored report whole, as `export --format jsonl` writes it and `import`
 * restores it: the report with its analysis, its source, and its reviews
 * (link reviews on the later of their two reports, so the other one is restored first).
 */
export interface ReportRecord {
  report: StoredReport;
  source: { bytes: Uint8Array; text: string };
  linkReviews: RecordLinkReview[];
  commitmentReviews: CommitmentReview[];
}

export interface RestoreResult {
  id: number;
  /** False when a report with the same sha256 was already stored: only its missing reviews were added. */
  added: boolean;
  /** Reviews added (a review already stored, same reviewer and time, is not added again). */
  reviews: number;
}

/** What reanalysis needs: the document as ingest made it, and the overrides it was saved with. */
export interface StoredSource {
  document: RawDocument;
  overrides: Partial<ReportMeta>;
}

export const IssuerSummaryFields = {
  id: Type.Integer(),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  reports: Type.Integer(),
};
export const IssuerSummary = Type.Object(IssuerSummaryFields);
export type IssuerSummary = Static<typeof IssuerSummary>;

// The filters of the listings, as TypeBox fields: the HTTP query schemas
// (src/server/schemas.ts) are built from the same fields, adding what only
// HTTP has (defaults and bounds of a page, format).

const Year = Type.Integer({ minimum: 1000, maximum: 9999 });

/** Part of an issuer's name or of one of its aliases. */
export const ReportFilterFields = {
  issuer: Type.Optional(Type.String({ minLength: 1, description: "part of an issuer's name or of one of its aliases" })),
};

const PageFields = {
  /** At most this many rows; all when absent. */
  limit: Type.Optional(Type.Integer({ minimum: 0 })),
  /** Skips this many rows first. */
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
};

/** Reports by series, year and kind. */
export const ReportQueryFields = {
  ...ReportFilterFields,
  year: Type.Optional(Year),
  kind: Type.Optional(Type.String({ minLength: 1, description: 'the kind exactly, e.g. 政府工作报告' })),
};
/** Reports by series, year and kind, a page at a time. */
export const ReportQuery = Type.Object({ ...ReportQueryFields, ...PageFields });
export type ReportQuery = Static<typeof ReportQuery>;

/** Figures by label, issuer, years and unit. */
export const FigureFilterFields = {
  q: Type.Optional(Type.String({ minLength: 1, description: 'part of the label' })),
  ...ReportFilterFields,
  year: Type.Optional(Year),
  from: Type.Optional(Year),
  to: Type.Optional(Year),
  unit: Type.Optional(Type.String({ minLength: 1, description: 'the unit exactly' })),
};
export const FigureFilter = Type.Object({
  ...FigureFilterFields,
  modality: Type.Optional(Modality),
  /** One report's figures only. */
  report: Type.Optional(Type.Integer()),
  ...PageFields,
});
export type FigureFilter = Static<typeof FigureFilter>;

/** Sentences by issuer and year (the words searched for are the query itself). */
export const SearchFilterFields = { ...ReportFilterFields, year: Type.Optional(Year) };
export const SearchFilter = Type.Object({ ...SearchFilterFields, ...PageFields });
export type SearchFilter = Static<typeof SearchFilter>;

/** The report a listed row comes from: its id, series (the issuer's canonical name), year and source file. */
export const RowSourceFields = {
  report: Type.Integer(),
  issuer: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  source: Type.String(),
};
export const RowSource = Type.Object(RowSourceFields);
export type RowSource = Static<typeof RowSource>;

/** One figure with the report it comes from, flat, as listed and exported. */
export const FigureRow = Type.Object({
  ...RowSourceFields,
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
export type FigureRow = Static<typeof FigureRow>;

export const CommitmentRowFields = { ...RowSourceFields, commitment: Type.String(), ...CommitmentFields };
export const CommitmentRow = Type.Object(CommitmentRowFields);
export type CommitmentRow = Static<typeof CommitmentRow>;

export const ProblemRow = Type.Object({ ...RowSourceFields, problem: Type.String(), ...ProblemFields });
export type ProblemRow = Static<typeof ProblemRow>;

export const SentenceHit = Type.Object({
  ...RowSourceFields,
  sentence: Type.Integer({ description: 'index of the sentence in its report' }),
  section: Nullable(Type.String()),
  start: Offset,
  end: Offset,
  snippet: Type.String({ description: 'the sentence with every match in 【】, cut at the front when the first match is far in' }),
  text: Type.String(),
  matches: Type.Array(Span, { description: 'every match, as offsets into text' }),
});
export type SentenceHit = Static<typeof SentenceHit>;

export interface ExportRows {
  figures: FigureRow;
  commitments: CommitmentRow;
  problems: ProblemRow;
}

export type ExportKind = keyof ExportRows;

// ── Reviews: people confirming or correcting the automatic results ─────────

export const LinkDecision = oneOf(['confirm', 'reject', 'add'], 'confirm or reject a pairing compare made, or add one it missed');
export type LinkDecision = Static<typeof LinkDecision>;

export { FollowUpStatus };
export type FollowUpStatus = Static<typeof FollowUpStatus>;

/** A figure as a review names it: by its offset in its report, with its id and surface as they were. */
export const ReviewedFigure = Type.Object({ report: Type.Integer(), start: Offset, figure: Type.String(), surface: Type.String() });
export type ReviewedFigure = Static<typeof ReviewedFigure>;

/** A reviewer's word on pairing two figures of two reports: confirm or reject the automatic pair, or add a missing one. */
export const LinkReview = Type.Object({
  id: Type.Integer(),
  from: ReviewedFigure,
  to: ReviewedFigure,
  decision: LinkDecision,
  note: Nullable(Type.String()),
  reviewer: Type.String(),
  reviewedAt: Type.String(),
});
export type LinkReview = Static<typeof LinkReview>;
export type LinkReviewInput = Omit<LinkReview, 'id' | 'reviewedAt'>;

/** A reviewer's follow-up status for a commitment, named by its report and offset. */
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
export type CommitmentReview = Static<typeof CommitmentReview>;
export type CommitmentReviewInput = Omit<CommitmentReview, 'id' | 'reviewedAt'>;

/** What reviews name in a report: its figures and commitments, by id and offset. */
export interface ReportAnchors {
  figures: Array<{ id: string; start: number }>;
  commitments: Array<{ id: string; start: number; text: string }>;
}

/** A computed comparison of two stored reports: their sources' sha256 and the version of what computed it. */
export interface ComparisonKey {
  from: string;
  to: string;
  version: string;
}

export interface Store {
  readonly path: string;
  /** Saves a report and everything derived from it in one transaction; the same sha256 twice is stored once. */
  saveReport(analysis: Analysis, source: SourceContent, overrides?: Partial<ReportMeta>, uploader?: string | null): SaveResult;
  /** saveReport of a report packed where it was analysed (packed.ts), with its source's bytes: unpacked only by the thread that saves it, and moved there (the caller's `report` is left empty when it is another thread). */
  savePacked(report: Uint8Array, bytes: Uint8Array, overrides?: Partial<ReportMeta>, uploader?: string | null): SaveResult;
  findBySha256(sha256: string): number | null;
  getReport(id: number): StoredReport | null;
  /** A report's summary without its analysis: cheap, for checking that it exists. */
  getSummary(id: number): ReportSummary | null;
  getSource(id: number): StoredSource | null;
  /** Replaces every derived row of a stored report in one transaction, keeping its source and id. */
  replaceAnalysis(id: number, analysis: Analysis, cut?: CutWords): void;
  /** Reports ordered by issuer and year: a filter by issuer gives its series. */
  listReports(filter?: ReportQuery): ReportSummary[];
  /** How many reports `listReports` would give without its limit and offset. */
  countReports(filter?: ReportQuery): number;
  /**
   * Every report listReports would give without a limit (from `offset`), `size` at a time: their ids
   * are put in order when it starts and each chunk is read by them (a report deleted meanwhile is left out).
   */
  reportChunks(filter: Omit<ReportQuery, 'limit'>, size: number): IterableIterator<ReportSummary[]>;
  deleteReport(id: number): boolean;
  listIssuers(): IssuerSummary[];
  /** Records that `alias` names the same body as `issuer`, merging their series if both were stored. */
  addIssuerAlias(alias: string, issuer: string): void;
  /** A page's rows (with a limit or an offset) are frozen: a kept page's, the same array to every caller. */
  queryFigures(filter?: FigureFilter): FigureRow[];
  /** How many stored figures state each catalogue measure (reports stored before measures existed count once reanalysed). */
  measureCounts(): Array<{ measure: string; figures: number }>;
  /** The commitments of one report, in order. */
  listCommitments(report: number): CommitmentRow[];
  /** The problems of one report, in order. */
  listProblems(report: number): ProblemRow[];
  /** The diagnostics of one report (numbers not kept as figures, guessed readings), in text order. */
  listDiagnostics(report: number): Diagnostic[];
  /** Sentences holding every whitespace-separated part of `query` as a run of words; frozen, as queryFigures' pages. */
  searchSentences(query: string, filter?: SearchFilter): SentenceHit[];
  /**
   * Every figure queryFigures would give without a limit (from `offset`), `size` rows at a time: the
   * matches as they stand when it starts are put in order, and only a chunk's rows are held at once.
   * A chunk may be empty, a step of that ordering done, so that an async caller can let other work in
   * (AsyncStore's leaves those out).
   */
  figureChunks(filter: Omit<FigureFilter, 'limit'>, size: number): IterableIterator<FigureRow[]>;
  /** Every sentence searchSentences would give without a limit, `size` rows at a time, as figureChunks. */
  sentenceChunks(query: string, filter: Omit<SearchFilter, 'limit'>, size: number): IterableIterator<SentenceHit[]>;
  /** Every row of one kind, streamed, for export. */
  exportRows<K extends ExportKind>(what: K): IterableIterator<ExportRows[K]>;
  /** Appends a review; earlier reviews of the same link stay as its history. */
  addLinkReview(review: LinkReviewInput): LinkReview;
  /** Every review of figure links from report `from` to report `to`, oldest first. */
  linkReviews(from: number, to: number): LinkReview[];
  /** Appends a review; earlier reviews of the same commitment stay as its history. */
  addCommitmentReview(review: CommitmentReviewInput): CommitmentReview;
  /** Every review of the commitments of one report, oldest first. */
  commitmentReviews(report: number): CommitmentReview[];
  /** The figures and commitments of a stored report by id and offset, without the rest of its analysis. */
  getAnchors(report: number): ReportAnchors;
  /** Ids of stored reports after `after`, ascending, at most `limit`: how an export walks the library. */
  reportIds(after: number, limit: number): number[];
  /** A stored report with its source and reviews, as an export writes it. */
  getRecord(id: number): ReportRecord | null;
  /**
   * Restores an exported report in one transaction, its id, times and review ids kept where free;
   * what its analysis cut (`cut`) as ingest made it. The same sha256 stored already: adds only its missing reviews.
   */
  restoreRecord(record: ReportRecord, cut: CutWords): RestoreResult;
  /** The JSON of a comparison cached under exactly this key, or null. */
  cachedComparison(key: ComparisonKey): string | null;
  /** Keeps a comparison's JSON; a reanalysis or delete of either report drops it. */
  cacheComparison(key: ComparisonKey, json: string): void;
  close(): void;
}

/**
 * The store as the layers above it use it: every answer is a promise, so the
 * embedded SQLite store (synchronous) and a PostgreSQL store (a network away)
 * sit behind one interface. Derived from `Store`, so a method is declared once.
 */
export type AsyncStore = { readonly path: string } & {
  [K in Exclude<keyof Store, 'path' | Streamed>]: Store[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
} & {
  [K in Exclude<Streamed, 'exportRows'>]: Store[K] extends (...args: infer A) => IterableIterator<infer T> ? (...args: A) => AsyncIterable<T> : never;
} & {
  exportRows<K extends ExportKind>(what: K): AsyncIterable<ExportRows[K]>;
};

/** The methods that give their rows a piece at a time (an iterator, made async behind AsyncStore). */
export const STREAMED = ['exportRows', 'figureChunks', 'sentenceChunks', 'reportChunks'] as const;
export type Streamed = (typeof STREAMED)[number];
