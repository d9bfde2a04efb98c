// The store's interface, in domain words: what the CLI (and later the HTTP
// server) may ask of a library of reports. Nothing here mentions SQLite, so a
// server database can sit behind the same interface.
import type {
  Analysis,
  Commitment,
  CommitmentFollowUp,
  Diagnostic,
  Encoding,
  Modality,
  Problem,
  RawDocument,
  ReportMeta,
  SourceFormat,
  Span,
} from '../types.js';

/** The source as it arrived: the file's bytes and the text ingest decoded from them. */
export interface SourceContent {
  bytes: Uint8Array;
  text: string;
  /** Each sentence's words for the search index, when the analysis made them (else segmented on save). */
  terms?: readonly string[];
}

export interface SaveResult {
  id: number;
  /** False when a report with the same sha256 was already stored (its id is returned). */
  added: boolean;
}

export interface ReportSummary {
  id: number;
  /** The series the report belongs to: its issuer's canonical name. */
  issuer: string | null;
  year: number | null;
  kind: string | null;
  title: string | null;
  issuedDate: string | null;
  source: string;
  format: SourceFormat;
  encoding: Encoding | null;
  sha256: string;
  figures: number;
  commitments: number;
  problems: number;
  createdAt: string;
  analyzedAt: string;
  /** The name of the token that uploaded the report through the HTTP service; null for the CLI. */
  uploadedBy: string | null;
}

export interface StoredReport extends ReportSummary {
  /** Metadata given at ingest (MANIFEST.tsv, --issuer …), kept for reanalysis. */
  overrides: Partial<ReportMeta>;
  analysis: Analysis;
}

/** What reanalysis needs: the document as ingest made it, and the overrides it was saved with. */
export interface StoredSource {
  document: RawDocument;
  overrides: Partial<ReportMeta>;
}

export interface IssuerSummary {
  id: number;
  name: string;
  aliases: string[];
  reports: number;
}

export interface ReportFilter {
  /** Part of an issuer's name or of one of its aliases. */
  issuer?: string;
}

/** Reports by series, year and kind, a page at a time. */
export interface ReportQuery extends ReportFilter {
  year?: number;
  /** The report's kind, exactly (政府工作报告). */
  kind?: string;
  /** At most this many reports; all when absent. */
  limit?: number;
  /** Skips this many reports first. */
  offset?: number;
}

export interface FigureFilter extends ReportFilter {
  /** Part of the figure's label. */
  q?: string;
  year?: number;
  from?: number;
  to?: number;
  unit?: string;
  modality?: Modality;
  report?: number;
  /** At most this many rows; all when absent. */
  limit?: number;
  /** Skips this many rows first. */
  offset?: number;
}

/** The report a listed row comes from. */
export interface RowSource {
  report: number;
  /** The series: the issuer's canonical name. */
  issuer: string | null;
  year: number | null;
  source: string;
}

/** One figure with the report it comes from, flat, as listed and exported. */
export interface FigureRow extends RowSource {
  figure: string;
  label: string;
  surface: string;
  value: number;
  valueMax: number | null;
  qualifier: string;
  unit: string;
  unitType: string;
  modality: string;
  changeDirection: string | null;
  changeBasis: string | null;
  section: string | null;
  rule: string;
  start: number;
  end: number;
  sentence: string;
}

export type CommitmentRow = RowSource & { commitment: string } & Omit<Commitment, 'id'>;

export type ProblemRow = RowSource & { problem: string } & Omit<Problem, 'id'>;

export interface SearchFilter extends ReportFilter {
  year?: number;
  /** At most this many hits; all when absent. */
  limit?: number;
  /** Skips this many hits first. */
  offset?: number;
}

export interface SentenceHit extends RowSource {
  /** Index of the sentence in its report. */
  sentence: number;
  section: string | null;
  /** Where the sentence is in its report's normalised text. */
  start: number;
  end: number;
  /** The sentence with every match wrapped in 【】, cut at the front when the first match is far in. */
  snippet: string;
  text: string;
  /** Every match, as offsets into `text`. */
  matches: Span[];
}

export interface ExportRows {
  figures: FigureRow;
  commitments: CommitmentRow;
  problems: ProblemRow;
}

export type ExportKind = keyof ExportRows;

// ── Reviews: people confirming or correcting the automatic results ─────────

export type LinkDecision = 'confirm' | 'reject' | 'add';

export type FollowUpStatus = CommitmentFollowUp['status'];

/** A figure as a review names it: by its offset in its report, with its id and surface as they were. */
export interface ReviewedFigure {
  report: number;
  start: number;
  figure: string;
  surface: string;
}

/** A reviewer's word on pairing two figures of two reports: confirm or reject the automatic pair, or add a missing one. */
export interface LinkReviewInput {
  from: ReviewedFigure;
  to: ReviewedFigure;
  decision: LinkDecision;
  note: string | null;
  reviewer: string;
}

export interface LinkReview extends LinkReviewInput {
  id: number;
  reviewedAt: string;
}

/** A reviewer's follow-up status for a commitment, named by its report and offset. */
export interface CommitmentReviewInput {
  report: number;
  start: number;
  commitment: string;
  text: string;
  status: FollowUpStatus;
  note: string | null;
  reviewer: string;
}

export interface CommitmentReview extends CommitmentReviewInput {
  id: number;
  reviewedAt: string;
}

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
  findBySha256(sha256: string): number | null;
  getReport(id: number): StoredReport | null;
  /** A report's summary without its analysis: cheap, for checking that it exists. */
  getSummary(id: number): ReportSummary | null;
  getSource(id: number): StoredSource | null;
  /** Replaces every derived row of a stored report in one transaction, keeping its source and id. */
  replaceAnalysis(id: number, analysis: Analysis, terms?: readonly string[]): void;
  /** Reports ordered by issuer and year: a filter by issuer gives its series. */
  listReports(filter?: ReportQuery): ReportSummary[];
  /** How many reports `listReports` would give without its limit and offset. */
  countReports(filter?: ReportQuery): number;
  deleteReport(id: number): boolean;
  listIssuers(): IssuerSummary[];
  /** Records that `alias` names the same body as `issuer`, merging their series if both were stored. */
  addIssuerAlias(alias: string, issuer: string): void;
  queryFigures(filter?: FigureFilter): FigureRow[];
  /** How many stored figures state each catalogue measure (reports stored before measures existed count once reanalysed). */
  measureCounts(): Array<{ measure: string; figures: number }>;
  /** The commitments of one report, in order. */
  listCommitments(report: number): CommitmentRow[];
  /** The problems of one report, in order. */
  listProblems(report: number): ProblemRow[];
  /** The diagnostics of one report (numbers not kept as figures, guessed readings), in text order. */
  listDiagnostics(report: number): Diagnostic[];
  /** Sentences holding every whitespace-separated part of `query` as a run of words. */
  searchSentences(query: string, filter?: SearchFilter): SentenceHit[];
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
  [K in Exclude<keyof Store, 'path' | 'exportRows'>]: Store[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
} & {
  exportRows<K extends ExportKind>(what: K): AsyncIterable<ExportRows[K]>;
};
