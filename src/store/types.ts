// The store's interface, in domain words: what the CLI (and later the HTTP
// server) may ask of a library of reports. Nothing here mentions SQLite, so a
// server database can sit behind the same interface.
import type { Analysis, Commitment, Encoding, Modality, Problem, RawDocument, ReportMeta, SourceFormat } from '../types.js';

/** The source as it arrived: the file's bytes and the text ingest decoded from them. */
export interface SourceContent {
  bytes: Uint8Array;
  text: string;
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
}

export interface SentenceHit extends RowSource {
  /** Index of the sentence in its report. */
  sentence: number;
  section: string | null;
  /** The sentence with every match wrapped in 【】, cut at the front when the first match is far in. */
  snippet: string;
  text: string;
}

export interface ExportRows {
  figures: FigureRow;
  commitments: CommitmentRow;
  problems: ProblemRow;
}

export type ExportKind = keyof ExportRows;

export interface Store {
  readonly path: string;
  /** Saves a report and everything derived from it in one transaction; the same sha256 twice is stored once. */
  saveReport(analysis: Analysis, source: SourceContent, overrides?: Partial<ReportMeta>): SaveResult;
  findBySha256(sha256: string): number | null;
  getReport(id: number): StoredReport | null;
  getSource(id: number): StoredSource | null;
  /** Replaces every derived row of a stored report in one transaction, keeping its source and id. */
  replaceAnalysis(id: number, analysis: Analysis): void;
  /** Reports ordered by issuer and year: a filter by issuer gives its series. */
  listReports(filter?: ReportFilter): ReportSummary[];
  deleteReport(id: number): boolean;
  listIssuers(): IssuerSummary[];
  /** Records that `alias` names the same body as `issuer`, merging their series if both were stored. */
  addIssuerAlias(alias: string, issuer: string): void;
  queryFigures(filter?: FigureFilter): FigureRow[];
  /** Sentences holding every whitespace-separated part of `query` as a run of words. */
  searchSentences(query: string, filter?: SearchFilter): SentenceHit[];
  /** Every row of one kind, streamed, for export. */
  exportRows<K extends ExportKind>(what: K): IterableIterator<ExportRows[K]>;
  close(): void;
}
