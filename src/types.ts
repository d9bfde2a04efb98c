// The shapes that cross pipeline stages. Every `start`/`end` is a UTF-16
// code-unit offset into the normalised text (`Analysis.text`), end exclusive.

export type SourceFormat = 'txt' | 'pdf' | 'docx' | 'html';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What ingest hands to normalise: decoded text plus where it came from. */
export interface RawDocument {
  name: string;
  format: SourceFormat;
  /** Encoding the bytes were decoded with; null for binary formats (PDF, DOCX). */
  encoding: Encoding | null;
  sha256: string;
  bytes: number;
  text: string;
}

export interface Source {
  name: string;
  format: SourceFormat;
  encoding: Encoding | null;
  sha256: string;
  /** Length of the normalised text. */
  chars: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface ReportMeta {
  title: string | null;
  issuer: string | null;
  /** The year the report reviews, not the year it was issued. */
  year: number | null;
  /** ISO date (YYYY-MM-DD). */
  issuedDate: string | null;
  kind: string | null;
}

export type SectionRole = 'preamble' | 'review' | 'problems' | 'plans' | 'closing';

export interface Section extends Span {
  id: string;
  heading: string | null;
  /** 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for 一是 items inside a paragraph. */
  level: number;
  role: SectionRole;
  /**
   * Id of the rule that decided the role (src/structure/lexicon/roles.json), e.g. `role:heading-plans`;
   * absent only in reports stored before rules were named, until `reanalyze`.
   */
  roleRule?: string;
  parent: string | null;
}

export interface Sentence extends Span {
  /** Id of the innermost section holding the sentence. */
  section: string | null;
}

export interface Token extends Span {
  text: string;
  /** jieba part-of-speech tag (n, v, m, x, …). */
  tag: string;
}

export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'at-most' | 'less-than' | 'about';

export type UnitType =
  | 'count'
  | 'times'
  | 'person-times'
  | 'persons'
  | 'days'
  | 'percent'
  | 'percentage-points'
  | 'money'
  | 'area'
  | 'length'
  | 'weight'
  | 'energy'
  | 'rank'
  | 'other';

export type Modality = 'actual' | 'target';

/** A figure that is not one year's outcome: 年均, 累计/five-year, the start (从…) or end (…到) of a period. */
export type MeasurePeriod = 'average' | 'cumulative' | 'start' | 'end';

export interface Change {
  direction: 'up' | 'down';
  /** The comparison named in the text (同比, 较上年, 比上年 …), or null. */
  basis: string | null;
}

export interface Figure extends Span {
  id: string;
  surface: string;
  /** Magnitudes (万, 亿 …) folded in: 1.3万亿斤 has value 1.3e12. */
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  /** Unit without magnitude: 斤, 人, %, 个百分点, 元. Empty when none. */
  unit: string;
  unitType: UnitType;
  label: string;
  change: Change | null;
  modality: Modality;
  /** Id of the catalogue measure the figure states (gdp-growth, cpi …; src/measures/), or null. */
  measure: string | null;
  /** Set when the figure is not the year's own value of its measure. */
  period: MeasurePeriod | null;
  /** Index into `Analysis.sentences`. */
  sentence: number;
  section: string | null;
  /**
   * The rules that made the figure, space-separated, for tracing a wrong one: how the
   * number was read (arabic-numeral, chinese-numeral, rank, and numeral:decimal,
   * numeral:fraction, numeral:zero-by-negation … for other forms), how the label was chosen
   * (label:clause, label:classified-noun, label:activity, label:carried-subject,
   * label:noun-after-de, label:verb-only) and
   * why it is a target or not (modality:target-list, modality:plans-part,
   * modality:target-cue, modality:planned-verb, modality:reported) and which measure it
   * states (measure:gdp-growth/alias, period:average).
   */
  rule: string;
}

export interface Commitment extends Span {
  id: string;
  text: string;
  section: string | null;
  topic: string;
  keywords: string[];
  /** Ids of target figures inside the commitment. */
  targets: string[];
  deadline: string | null;
}

export interface Problem extends Span {
  id: string;
  text: string;
  section: string | null;
  topic: string;
  keywords: string[];
}

/**
 * A number seen but not kept as a figure, or a figure whose reading is a guess, with the
 * rule that decided (not-figure:year, numeral:abbreviated …; all in
 * src/extract/lexicon/diagnostics.json). One per number occurrence.
 */
export interface Diagnostic extends Span {
  surface: string;
  rule: string;
  /** What the rule saw, where its id does not say it (the measure word not known). */
  message?: string;
}

export interface Analysis {
  source: Source;
  meta: ReportMeta;
  text: string;
  sections: Section[];
  sentences: Sentence[];
  figures: Figure[];
  commitments: Commitment[];
  problems: Problem[];
  diagnostics: Diagnostic[];
  /** jieba's tokens, only when the pipeline stopped after segment (`--until segment`). */
  tokens?: Token[];
}

// ── Comparison of two reports of one body ──────────────────────────────────

export type FigureStatus = 'up' | 'down' | 'same' | 'new' | 'dropped';

/** One side of a figure pair, with the sentence that states it. */
export interface FigureSide {
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  surface: string;
  label: string;
  sentence: string;
  start: number;
}

export interface FigurePair {
  label: string;
  unit: string;
  from: FigureSide | null;
  to: FigureSide | null;
  delta: number | null;
  deltaPct: number | null;
  status: FigureStatus;
  /** How sure the pairing is, 0..1; unpaired figures have 1. */
  confidence: number;
}

export type Verdict = 'met' | 'missed' | 'unclear' | 'no-data';

export interface TargetCheck {
  /** The commitment that holds the target, as printed (国内生产总值增长5%左右). */
  commitment: string;
  target: FigureSide;
  actual: FigureSide | null;
  verdict: Verdict;
  reason: string;
}

export interface Evidence {
  text: string;
  score: number;
  start: number;
}

export interface CommitmentFollowUp {
  text: string;
  status: 'addressed' | 'partly' | 'no-evidence';
  /** The rule that decided the status (followup:target-met, followup:completion-word …; src/compare/lexicon/followup.json). */
  rule: string;
  /** For a decision on target figures: each target and the outcome stated, with their numbers. */
  reason?: string;
  score: number;
  evidence: Evidence[];
}

/** A run of characters of a changed sentence: kept, inserted or deleted; numbers flagged. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  number: boolean;
}

export interface SentenceChange {
  kind: 'added' | 'removed' | 'changed';
  from: string | null;
  to: string | null;
  /** For a changed sentence, its characters as kept, inserted and deleted runs. */
  parts: DiffPart[];
}

export interface SectionPair {
  from: string | null;
  to: string | null;
  similarity: number;
  /** Sentence by sentence, what changed within an aligned pair (empty when one side is missing). */
  changes: SentenceChange[];
}

export interface ReusedSentence {
  from: string;
  to: string;
  similarity: number;
}

export interface Reuse {
  /** Sentences of the newer report (nearly) identical to one of the older. */
  sentences: number;
  ratio: number;
  examples: ReusedSentence[];
}

export interface ReportRef extends ReportMeta {
  name: string;
}

export interface Comparison {
  from: ReportRef;
  to: ReportRef;
  figures: FigurePair[];
  targets: TargetCheck[];
  commitments: CommitmentFollowUp[];
  sections: SectionPair[];
  reuse: Reuse;
}
