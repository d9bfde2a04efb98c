// The shapes that cross pipeline stages. Every `start`/`end` is a UTF-16
// code-unit offset into the normalised text (`Analysis.text`), end exclusive.
// A shape the HTTP API also answers is a TypeBox schema with its static type
// of the same name: one object gives the type, the API's validation and
// serialisation, and its OpenAPI text (src/server/schemas.ts composes them).
import { type Static, type TSchema, Type } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One of a few words, as a TypeBox enum (its static type is their union). */
export function oneOf<const V extends string[]>(values: readonly [...V], description?: string) {
  return Type.Enum(values, description ? { description } : {});
}

export const Offset = Type.Integer({ minimum: 0, description: 'UTF-16 code units into the normalised text' });

/** The fields of a span, spread into the shapes that have one. */
export const SpanFields = { start: Offset, end: Offset };

export const SourceFormat = oneOf(['txt', 'pdf', 'docx', 'html']);
export type SourceFormat = Static<typeof SourceFormat>;

export const Encoding = oneOf(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);
export type Encoding = Static<typeof Encoding>;

export interface RawDocument {
  name: string;
  format: SourceFormat;
  /** Encoding the bytes were decoded with; null for binary formats (PDF, DOCX). */
  encoding: Encoding | null;
  sha256: string;
  bytes: number;
  text: string;
}

export const Source = Type.Object({
  name: Type.String(),
  format: SourceFormat,
  encoding: Nullable(Encoding),
  sha256: Type.String(),
  chars: Type.Integer({ minimum: 0, description: 'length of the normalised text' }),
});
export type Source = Static<typeof Source>;

export const Span = Type.Object(SpanFields);
export type Span = Static<typeof Span>;

/** The fields of ReportMeta, spread into the shapes that carry a report's metadata. */
export const MetaFields = {
  title: Nullable(Type.String()),
  issuer: Nullable(Type.String()),
  year: Nullable(Type.Integer({ description: 'the year the report reviews, not the year it was issued' })),
  issuedDate: Nullable(Type.String({ description: 'ISO date (YYYY-MM-DD)' })),
  kind: Nullable(Type.String()),
};
export const ReportMeta = Type.Object(MetaFields);
export type ReportMeta = Static<typeof ReportMeta>;

export const SectionRole = oneOf(['preamble', 'review', 'problems', 'plans', 'closing']);
export type SectionRole = Static<typeof SectionRole>;

export const Section = Type.Object({
  id: Type.String(),
  heading: Nullable(Type.String()),
  level: Type.Integer({ description: '1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for 一是 items inside a paragraph' }),
  role: SectionRole,
  roleRule: Type.Optional(
    Type.String({
      description: 'the rule that decided the role (src/structure/lexicon/roles.json), e.g. role:heading-plans; absent in reports stored before rules were named, until reanalyze',
    }),
  ),
  parent: Nullable(Type.String()),
  ...SpanFields,
});
export type Section = Static<typeof Section>;

export const Sentence = Type.Object({
  ...SpanFields,
  section: Nullable(Type.String({ description: 'id of the innermost section holding the sentence' })),
});
export type Sentence = Static<typeof Sentence>;

export const Token = Type.Object({
  ...SpanFields,
  text: Type.String(),
  tag: Type.String({ description: "jieba's part-of-speech tag (n, v, m, x, …)" }),
});
export type Token = Static<typeof Token>;

export const Qualifier = oneOf(['exact', 'more-than', 'at-least', 'at-most', 'less-than', 'about']);
export type Qualifier = Static<typeof Qualifier>;

export const UnitType = oneOf([
  'count',
  'times',
  'person-times',
  'persons',
  'days',
  'percent',
  'percentage-points',
  'money',
  'area',
  'length',
  'weight',
  'energy',
  'rank',
  'other',
]);
export type UnitType = Static<typeof UnitType>;

export const Modality = oneOf(['actual', 'target']);
export type Modality = Static<typeof Modality>;

/** A figure that is not one year's outcome: 年均, 累计/five-year, the start (从…) or end (…到) of a period. */
export const MeasurePeriod = oneOf(['average', 'cumulative', 'start', 'end']);
export type MeasurePeriod = Static<typeof MeasurePeriod>;

export const Change = Type.Object({
  direction: oneOf(['up', 'down']),
  basis: Nullable(Type.String({ description: 'the comparison named in the text (同比, 较上年, 比上年 …)' })),
});
export type Change = Static<typeof Change>;

export const Figure = Type.Object({
  ...SpanFields,
  id: Type.String(),
  surface: Type.String(),
  value: Type.Number({ description: 'magnitudes (万, 亿 …) folded in: 1.3万亿斤 has value 1.3e12' }),
  valueMax: Nullable(Type.Number()),
  qualifier: Qualifier,
  unit: Type.String({ description: 'unit without magnitude: 斤, 人, %, 个百分点, 元; empty when none' }),
  unitType: UnitType,
  label: Type.String(),
  change: Nullable(Change),
  modality: Modality,
  measure: Nullable(Type.String({ description: 'id of the catalogue measure the figure states (gdp-growth, cpi …; src/measures/)' })),
  period: Nullable(MeasurePeriod),
  sentence: Type.Integer({ minimum: 0, description: 'index into the analysis\' sentences' }),
  section: Nullable(Type.String()),
  /**
   * The rules that made the figure, space-separated, for tracing a wrong one: how the
   * number was read (arabic-numeral, chinese-numeral, rank, and numeral:decimal,
   * numeral:fraction, numeral:zero-by-negation … for other forms), how the label was chosen
   * (label:clause, label:classified-noun, label:activity, label:carried-subject,
   * label:noun-after-de, label:verb-only) and
   * why it is a target or not (modality:target-list, modality:plans-part,
   * modality:target-cue, modality:planned-verb, modality:target-missed, modality:past-frame, modality:reported) and which measure it
   * states (measure:gdp-growth/alias, period:average).
   */
  rule: Type.String(),
});
export type Figure = Static<typeof Figure>;

/** What a commitment says, without its id (a row of the library names it apart). */
export const CommitmentFields = {
  text: Type.String(),
  section: Nullable(Type.String()),
  topic: Type.String(),
  keywords: Type.Array(Type.String()),
  targets: Type.Array(Type.String(), { description: 'ids of the target figures inside the commitment' }),
  deadline: Nullable(Type.String()),
  ...SpanFields,
  rule: Nullable(
    Type.String({
      description:
        'the rule that made the commitment (src/extract/lexicon/items.json): commitment:target-list, commitment:plans-part or commitment:promise-cue; null in reports stored before rules were named, until reanalyze',
    }),
  ),
};
export const Commitment = Type.Object({ id: Type.String(), ...CommitmentFields });
export type Commitment = Static<typeof Commitment>;

/** What a problem says, without its id. */
export const ProblemFields = {
  text: Type.String(),
  section: Nullable(Type.String()),
  topic: Type.String(),
  keywords: Type.Array(Type.String()),
  ...SpanFields,
  rule: Nullable(
    Type.String({
      description:
        'the rule that made the problem (src/extract/lexicon/items.json): problem:problems-part or problem:admission; null in reports stored before rules were named, until reanalyze',
    }),
  ),
};
export const Problem = Type.Object({ id: Type.String(), ...ProblemFields });
export type Problem = Static<typeof Problem>;

/**
 * A number seen but not kept as a figure, or a figure whose reading is a guess, with the
 * rule that decided. One per number occurrence, up to 200 of a rule in a report; the next
 * one counts the rest of its rule (\`more\`).
 */
export const Diagnostic = Type.Object({
  ...SpanFields,
  surface: Type.String(),
  rule: Type.String({
    description: 'the rule that decided: not-figure:* (not kept as a figure) or numeral:* (kept, read by a guess); src/extract/lexicon/diagnostics.json',
  }),
  message: Type.Optional(Type.String({ description: 'what the rule saw, where its id does not say it (the measure word not known)' })),
  more: Type.Optional(
    Type.Integer({
      minimum: 1,
      description: "how many more diagnostics of this rule the report has after this one, not listed: a report lists the first 200 of a rule and the next one counts the rest (a fold)",
    }),
  ),
});
export type Diagnostic = Static<typeof Diagnostic>;

export const Analysis = Type.Object({
  source: Source,
  meta: ReportMeta,
  text: Type.String(),
  sections: Type.Array(Section),
  sentences: Type.Array(Sentence),
  figures: Type.Array(Figure),
  commitments: Type.Array(Commitment),
  problems: Type.Array(Problem),
  diagnostics: Type.Array(Diagnostic),
  tokens: Type.Optional(Type.Array(Token, { description: "jieba's tokens, only when the pipeline stopped after segment (--until segment)" })),
});
export type Analysis = Static<typeof Analysis>;

// ── Comparison of two reports of one body ──────────────────────────────────

/** A figure's change; a place in a ranking (第2位 → 第5位) moves ahead or behind, not up or down. */
export const FigureStatus = oneOf(['up', 'down', 'same', 'ahead', 'behind', 'unclear', 'new', 'dropped']);
export type FigureStatus = Static<typeof FigureStatus>;

/** The fields of one side of a figure pair, with the sentence that states it. */
export const FigureSideFields = {
  value: Type.Number(),
  valueMax: Nullable(Type.Number()),
  qualifier: Qualifier,
  surface: Type.String(),
  label: Type.String(),
  sentence: Type.String(),
  start: Offset,
  period: Nullable(MeasurePeriod),
};
export const FigureSide = Type.Object(FigureSideFields);
export type FigureSide = Static<typeof FigureSide>;

export const FigurePairFields = {
  label: Type.String(),
  unit: Type.String(),
  from: Nullable(FigureSide),
  to: Nullable(FigureSide),
  delta: Nullable(Type.Number()),
  deltaPct: Nullable(Type.Number()),
  status: FigureStatus,
  confidence: Type.Number({ description: 'how sure the pairing is, 0..1; unpaired figures have 1' }),
};
export const FigurePair = Type.Object(FigurePairFields);
export type FigurePair = Static<typeof FigurePair>;

export const Verdict = oneOf(['met', 'missed', 'unclear', 'no-data']);
export type Verdict = Static<typeof Verdict>;

/** The numbers a numeric rule compared (verdict:floor, verdict:short …), so that no one reads them out of the reason. */
export const Compared = Type.Object({
  outcomeValue: Type.Number({ description: "the outcome as compared, on the target's scale (下降0.1% against a ceiling of a rise is -0.1; for verdict:plan-share, that share of the target)" }),
  targetValue: Type.Number(),
  targetValueMax: Nullable(Type.Number()),
  unit: Type.String({ description: "the target's unit, which the outcome has too" }),
  gap: Type.Number({ description: 'how far the outcome falls short of the target, in unit (in points for %): 0 or less when it reached it; for a projection (better: neither), how far off it on either side, 0 when on it' }),
  better: oneOf(['higher', 'lower', 'neither'], 'which side of the target is good; neither for a projection (verdict:projection)'),
  planShare: Type.Optional(
    Type.Object(
      { share: Type.Number({ description: 'the per cent of the plan' }), rule: Type.String({ description: 'the numeric rule that judged that share of the target (verdict:floor …)' }) },
      { description: 'for verdict:plan-share, the per cent of the plan the report says was done' },
    ),
  ),
});
export type Compared = Static<typeof Compared>;

export const TargetCheckFields = {
  commitment: Type.String({ description: 'the commitment that holds the target, as printed (国内生产总值增长5%左右)' }),
  target: FigureSide,
  actual: Nullable(FigureSide),
  verdict: Verdict,
  rule: Type.String({ description: 'the rule that decided the verdict, e.g. verdict:floor, verdict:five-year-review, scope:added-vs-total (src/compare/lexicon/verdicts.json, scope.json)' }),
  reason: Type.String({ description: 'the same in English words, for reading; its numbers and quotes are the fields beside it' }),
  compared: Type.Optional(Compared),
  quote: Type.Optional(
    Type.String({ description: "the newer report's words a verdict on words rests on (a clause or sentence), or the basis or moment of the outcome (同口径, 年末)" }),
  ),
  quoteFocus: Type.Optional(
    Type.Object(
      { start: Offset, end: Offset },
      { description: 'where in quote (offsets into it) is the clause a reader looks for: that of the outcome figure, or naming what the target counts' },
    ),
  ),
  due: Type.Optional(
    Type.Object(
      { year: Type.Integer(), reviewed: Type.Integer({ description: 'the year the newer report reviews' }) },
      { description: 'for verdict:later-years, when the target is due after the year the newer report reviews' },
    ),
  ),
};
export const TargetCheck = Type.Object(TargetCheckFields);
export type TargetCheck = Static<typeof TargetCheck>;

export const Evidence = Type.Object({ text: Type.String(), score: Type.Number(), start: Offset });
export type Evidence = Static<typeof Evidence>;

export const FollowUpStatus = oneOf(['addressed', 'partly', 'no-evidence']);

/** What the newer report says of one ask: a whole commitment, or one clause of a commitment of several. */
const JudgedFields = {
  text: Type.String(),
  status: FollowUpStatus,
  rule: Type.String({
    description:
      "the rule that decided the status, e.g. followup:completion-word (src/compare/lexicon/followup.json); a status reached through a target verdict names the verdict's rule after it, e.g. followup:target-met verdict:about, followup:target-near verdict:nearly",
  }),
  reason: Type.Optional(Type.String({ description: 'for a decision on target figures: each target and the outcome stated, with their numbers' })),
  evidence: Type.Array(Evidence),
};
export const FollowUpPart = Type.Object({ ...JudgedFields, start: Offset }, { description: 'one clause (ask) of a commitment, judged on its own by the same rules' });
export type FollowUpPart = Static<typeof FollowUpPart>;

export const CommitmentFollowUpFields = {
  ...JudgedFields,
  score: Type.Number(),
  parts: Type.Array(FollowUpPart, { description: 'for a commitment of several clauses, each clause judged on its own (its status, rule and evidence); empty for one clause' }),
};
export const CommitmentFollowUp = Type.Object(CommitmentFollowUpFields);
export type CommitmentFollowUp = Static<typeof CommitmentFollowUp>;

/** A run of characters of a changed sentence: kept, inserted or deleted; numbers flagged. */
export const DiffPart = Type.Object({ op: oneOf(['equal', 'insert', 'delete']), text: Type.String(), number: Type.Boolean() });
export type DiffPart = Static<typeof DiffPart>;

export const SentenceChange = Type.Object({
  kind: oneOf(['added', 'removed', 'changed']),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  parts: Type.Array(DiffPart, { description: 'for a changed sentence, its characters as kept, inserted and deleted runs' }),
});
export type SentenceChange = Static<typeof SentenceChange>;

export const SectionPair = Type.Object({
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  similarity: Type.Number(),
  changes: Type.Array(SentenceChange, { description: 'sentence by sentence, what changed within an aligned pair (empty when one side is missing)' }),
});
export type SectionPair = Static<typeof SectionPair>;

export const ReusedSentence = Type.Object({ from: Type.String(), to: Type.String(), similarity: Type.Number() });
export type ReusedSentence = Static<typeof ReusedSentence>;

export const Reuse = Type.Object({
  sentences: Type.Integer({ description: 'sentences of the newer report (nearly) identical to one of the older' }),
  ratio: Type.Number(),
  examples: Type.Array(ReusedSentence),
});
export type Reuse = Static<typeof Reuse>;

export const ReportRefFields = { name: Type.String(), ...MetaFields };
export const ReportRef = Type.Object(ReportRefFields);
export type ReportRef = Static<typeof ReportRef>;

export const ComparisonFields = {
  from: ReportRef,
  to: ReportRef,
  figures: Type.Array(FigurePair),
  targets: Type.Array(TargetCheck),
  commitments: Type.Array(CommitmentFollowUp),
  sections: Type.Array(SectionPair),
  reuse: Reuse,
};
export const Comparison = Type.Object(ComparisonFields);
export type Comparison = Static<typeof Comparison>;
