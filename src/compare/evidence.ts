// Did the newer report follow up last year's commitments? Evidence is what the
// newer report's review of the past year says (not its plans); its five-year review
// only when the year's names nothing. Both reports are read in the short forms of
// long names (国企 for 国有企业). Each clause of a commitment is matched to the review
// clauses that name its object (most of its weighted terms); the status is then
// decided by what such a clause says, by the first rule that applies: a target figure
// stated at or past its target (or short of it), a not-done or a completion wording,
// a result figure, an effort wording without a result; only when no clause names
// the object does a close overlap of whole sentences decide, and after it a rare name
// shared with a review clause: read as above when the clause names all of the ask,
// partly when only part of it (福建福耀科技大学 of a list of schools); last, a target judged
// against a result figure a closest sentence states of the same thing in other words
// (粮食总产量1300万吨 for 粮食产量252亿斤). Every status names the rule that decided it.
import type { Analysis, Commitment, CommitmentFollowUp, Evidence, Figure, FollowUpPart, Span, TargetCheck, Token } from '../types.js';
import { sectionAt } from '../structure/sentences.js';
import { inverseFrequencies, isGeneric, weightsByCount } from '../extract/keywords.js';
import wordings from './lexicon/followup.json' with { type: 'json' };
import scopeWords from './lexicon/scope.json' with { type: 'json' };
import { memo, spanMemo } from '../memo.js';
import { alternation, byFirstCharacter } from '../extract/lexicon.js';
import type { Features } from './model.js';
import { characterPairs, countHits, pairIndex } from './pairs.js';
import { nameForm, recordedNamedUnit, valueIn } from './measures.js';
import { withShortLines } from './place-pairs.js';
import { AVERAGE, fiveYearPart, MULTI_YEAR, summaryOfFiveYears, YEAR_OPENER } from './periods.js';
import { ADDED_WORDS, actsOf, clauseBefore, MANNER as SCOPE_MANNER, countsObject, countsWider, namesMore, placedSide, scopeDifference, sharedEnd } from './scope.js';
import { checkTargets, commitmentStatus, judge } from './targets.js';
import { cosine, cosineOf, dotsWith, norm, termsIn, vectorIndex, vectorOf, type Vector, type VectorIndex } from './vectors.js';
import { tokensIn, tokensOf } from '../segment/jieba.js';
import { parseChineseNumeral } from '../extract/numerals.js';
import { ALIASES as MEASURE_ALIASES } from '../measures/index.js';
import { definitionsIn, type Definition } from '../extract/definitions.js';

/** Overlap alone: this close is addressed; anything less names no object, so it shows nothing done. */
const ADDRESSED = 0.45;
/** A sentence this short is a topic line (扩大有效投资。), not a report of what was done. */
const MIN_EVIDENCE_LENGTH = 10;
const STATEMENT_END = /[。！？；;!?][”’）)]?$/;
/** A review clause names a commitment clause's object when it holds this share of its weighted terms, and at least two of them. */
const NAMES_OBJECT = 0.5;
const SHARED_TERMS = 2;
/** Or when it holds this share of the ask's character pairs (长江十年禁渔, where jieba drops 禁渔). */
const PAIRS_NAME = 0.7;
/** A name shared by a commitment and a review clause is at least this many characters (零碳工厂, 苏南运河). */
const NAME_LENGTH = 4;
/** How far into a paragraph followup:five-years-only looks for the year's opening words (刚刚过去的2017年). */
const YEAR_OPENING = 40;
/** A shared run of that length names something when few sentences of either report hold it (专项行动, 高质量发展 are everywhere). */
const RARE_NAME = 2;
/** And a clause names the object by such runs when it shares this many (a name of five characters, or two names): one is often a chance phrase (创建国家, 有序推进). */
const NAME_RUNS = 2;
/** A clause sharing such a name and this share of the ask's character pairs names all of the ask, not a part. */
const NAME_SHOWN = 0.5;
/** Jieba's tags of nouns: common, place, organisation and other proper names, abbreviations, unknown words (零碳). */
const NOUN_TAG = /^(?:n|nr|ns|nt|nz|nrt|j|x)$/;
/** How many clause matches, best first, a rule reads. */
const READ = 4;
/** A list item (、) this long names a project or an event; shorter ones (餐饮、文化) are categories. */
const NAMED_ITEM = 4;
/** An item is named in the evidence when this share of its character pairs is there. */
const ITEM_SHOWN = 0.5;
/** A target label shorter than this (企业, 项目) names no measure. */
const MEASURE_NAME = 3;
/** A target's label is named in a review clause when this share of its character pairs is there (智能制造标杆企业 is not 智能制造企业). */
const LABEL_SHOWN = 0.7;

const FOLLOWUP_RULES = {
  targetMet: 'followup:target-met',
  targetShort: 'followup:target-short',
  targetNear: wordings.targetNear.id,
  inStep: wordings.inStep.id,
  placePair: wordings.placePair.id,
  definedName: wordings.definedName.id,
  enumeratedHead: wordings.enumeratedHead.id,
  otherForm: wordings.otherForm.id,
  notDone: wordings.notDone.id,
  completion: wordings.completion.id,
  partOfList: wordings.partOfList.id,
  started: wordings.start.id,
  act: wordings.act.id,
  prevented: wordings.prevented.id,
  statedOutcome: 'followup:stated-outcome',
  amountUnstated: wordings.amountUnstated.id,
  growthUnstated: wordings.growthUnstated.id,
  narrowerOutcome: wordings.narrowerOutcome.id,
  levelUnstated: wordings.levelUnstated.id,
  widerOutcome: wordings.widerOutcome.id,
  planOnly: wordings.planOnly.id,
  yearTask: wordings.yearTask.id,
  yearTaskShare: wordings.yearTaskShare.id,
  heldLevel: wordings.heldLevel.id,
  heldStable: wordings.heldStable.id,
  yearList: wordings.yearList.id,
  yearListWhole: wordings.yearListWhole.id,
  levelReached: wordings.levelReached.id,
  resultAfter: wordings.resultAfter.id,
  progress: wordings.progress.id,
  objectAdvanced: wordings.objectAdvanced.id,
  resultPhrase: wordings.resultPhrase.id,
  perfective: wordings.perfective.id,
  restatedWhole: wordings.restatedWhole.id,
  actRestated: wordings.actRestated.id,
  effort: wordings.effort.id,
  fiveYearsOnly: wordings.fiveYearsOnly.id,
  fiveYearsNamed: wordings.fiveYearsNamed.id,
  overYears: wordings.overYears.id,
  fiveYearsItemDone: wordings.fiveYearsItemDone.id,
  objectHeld: wordings.objectHeld.id,
  headFigure: wordings.headFigure.id,
  headRatio: wordings.headRatio.id,
  sameUnitFigure: wordings.sameUnitFigure.id,
  doneOfAnother: wordings.doneOfAnother.id,
  actOfAnother: wordings.actOfAnother.id,
  restated: 'followup:restated',
  namesPart: 'followup:names-part',
  itemsNamed: wordings.itemsNamed.id,
  listCounted: wordings.listCounted.id,
  similar: 'followup:similar',
  itemsAdjacent: wordings.itemsAdjacent.id,
  distinctiveTerm: wordings.distinctiveTerm.id,
  noEvidence: 'followup:no-evidence',
} as const;

const OVER_YEARS = wordings.overYears.multiple;
/** How many of the closest review sentences followup:head-figure reads, and how far off a value may be. */
const HEAD_FIGURE = wordings.headFigure;
const SUMMED: ReadonlySet<string> = new Set(wordings.overYears.unitTypes);
/** An amount a year adds to (a count, money, an area), not a rate nor a change: what a five-year review sums and followup:head-figure reads. */
const amount = (target: Figure) => SUMMED.has(target.unitType) && target.change === null && target.value > 0;

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const COMPLETION = byLength(wordings.completion.words);
const NOT_DONE = byLength(wordings.notDone.words);
const EFFORT = byLength(wordings.effort.words);
const AIM = byLength(wordings.aim.words);
/** The text up to the end of a clause. */
const CLAUSE_TEXT = /^[^，,。；;、：:]*/u;
const ACT = byLength(wordings.act.words);
const START_ASKS = byLength(wordings.start.asks);
const PREVENT_ASKS = byLength(wordings.prevented.asks);
const PREVENTED = byLength(wordings.prevented.done);
const STARTED = byLength(wordings.start.done);
const LEVEL_REACHED = byLength([...wordings.reached.words.filter((word) => word.length > 1), ...wordings.levelReached.words]);
/** Words that say what is done to an object, not what the object is. */
const VERBS = byLength([...new Set([...COMPLETION, ...NOT_DONE, ...EFFORT, ...AIM, ...ACT, ...START_ASKS, ...STARTED, ...LEVEL_REACHED, ...wordings.reached.words])]);
const VERB_SET: ReadonlySet<string> = new Set(VERBS);
const PROMISE_OPENER = new RegExp(`(?:^|[，,；;：:])(?:${wordings.promise.openers.join('|')})`);
const PROMISE_TIME = new RegExp(wordings.promise.times.join('|'));
/** The words of time and promise an ask opens with (今年要启动…): the ask is what follows. */
const LEADING_PROMISE = new RegExp(`^(?:${[...wordings.promise.times, ...wordings.promise.openers].join('|')})+`);
/** What an ask asks, after its words of time and promise. */
const askOf = (asked: string) => asked.replace(LEADING_PROMISE, '');
/** An ask opening with a word to start (开工建设, 启动) or, with `orFinish`, to finish (建成, 完成). */
const opensToStart = (ask: string, orFinish = false) => (orFinish ? [...COMPLETION, ...START_ASKS] : START_ASKS).some((word) => ask.startsWith(word));
/** A noun token this long (粮食产量, 单位地区生产总值能耗) is a compound whose two-character pieces are ranking terms too (followup:word-pieces). */
const PIECE_OF = wordings.pieces.compoundLength;
/** The two-character pieces of a compound noun jieba keeps whole (粮食产量: 粮食, 产量), words every part uses left out. */
function piecesOf(token: Token): string[] {
  const text = nameForm(token.text);
  if (text.length < PIECE_OF || text.length % 2 !== 0 || !NOUN_TAG.test(token.tag) || !/^\p{Script=Han}+$/u.test(text)) return [];
  return Array.from({ length: text.length / 2 }, (_, i) => text.slice(2 * i, 2 * i + 2)).filter((piece) => !isGeneric(piece));
}
/** The head a noun names: of a long compound its last piece (粮食产量 → 产量, 特大事故 → 事故), else the noun. */
const headPiece = (noun: Token) => piecesOf(noun).at(-1) ?? nameForm(noun.text);
/** The terms of a span, in the forms naming reads (nameForm). */
const termsOf = spanMemo((analysis: Analysis, span: Span): string[] => termsIn(analysis, span).map(nameForm));
/** A span's terms, and once each the pieces of its compound nouns that are not terms of it too. */
interface Terms {
  whole: string[];
  pieces: string[];
}
/**
 * The terms a span is ranked by: its terms and the pieces of its compound nouns
 * (followup:word-pieces), so a sentence naming 粮食 and 产量 apart, or 房票 alone, ranks
 * close to 粮食产量, 房票安置. Clauses name an object, and sentences overlap, by whole
 * terms only: a shared piece says less than the word (改革开放 is not 改革).
 */
function rankingTerms(analysis: Analysis, span: Span): Terms {
  const whole = termsOf(analysis, span);
  const held = new Set(whole);
  const pieces: string[] = [];
  for (const token of tokensIn(tokensOf(analysis), span)) {
    for (const piece of piecesOf(token)) {
      if (held.has(piece)) continue;
      held.add(piece);
      pieces.push(piece);
    }
  }
  return { whole, pieces };
}
const MULTI_YEAR_VALUE = new RegExp(wordings.fiveYears.multiYearValues.join('|'));
const STREAK = new RegExp(wordings.fiveYearsStreak.pattern, 'g');

/**
 * A five-year review's clause telling a streak (长江干流江苏段水质连续8年稳定在Ⅱ类) and no other number nor word of
 * several years: the streak's last year is the year reviewed, so the clause is read as the year's
 * (followup:five-years-streak). One with a figure (连续6年稳定在325天以上) states a floor, not the year's value.
 */
function streakOnly(clause: string): boolean {
  const rest = clause.replace(STREAK, '');
  return rest !== clause && !MULTI_YEAR_VALUE.test(rest) && !/\d/.test(rest);
}

interface Clause extends Span {
  terms: Set<string>;
}

interface Indexed {
  /** Its place among the review's sentences. */
  order: number;
  text: string;
  start: number;
  /** Its whole terms; the vector it is ranked by holds their pieces too, `whole` does not. */
  terms: string[];
  vector: Vector;
  norm: number;
  whole: Vector;
  wholeNorm: number;
  /** The vectors of its clauses: a long sentence is ranked by its closest clause too. */
  parts: Part[];
  clauses: Clause[];
}

interface Part {
  /** Its number among the review's parts, in the order of its sentences. */
  id: number;
  vector: Vector;
  norm: number;
}

interface Ranked {
  sentence: Indexed;
  score: number;
  /** The weighted share of the commitment's object pairs the sentence holds (followup:object-pairs). */
  object: number;
}

/** How a review clause names a commitment clause's object: by most of its terms (or character pairs), or by a rare name they share. */
type Naming = 'terms' | 'name';

/** A commitment clause and a review clause that names its object. */
interface Match {
  asked: Clause;
  said: Clause;
  sentence: Indexed;
  cover: number;
  /** The rare names by which the review clause names the object, when its terms do not; `part` when they are only part of it. */
  names?: string[];
  part?: boolean;
  /** The ask as read when named by a short name of its line (开工建设富加铁路 for 开工建设富裕至加格达奇铁路): followup:place-pair. */
  askedText?: string;
  /** Named by the head of the fields the ask lists, without them (followup:enumerated-head). */
  byHead?: true;
  /** The ask's terms the review clause holds in another form only, each with that form (followup:other-form). */
  otherForms?: string[];
  /** Named by the other form of a short form the pair defines (followup:defined-name); `askedText` is then the ask in the review's form. */
  defined?: Definition;
}

/** `verdict`: the target verdict's rule a status reached through a target verdict rests on, named beside the rule (ruleNamed). */
type Decision = Pick<CommitmentFollowUp, 'status' | 'rule'> & { reason?: string; evidence: Evidence | null; verdict?: string };
/** The rule a follow-up shows: a status reached through a target verdict names the verdict's rule too (followup:target-near verdict:nearly). */
const ruleNamed = ({ rule, verdict }: Pick<Decision, 'rule' | 'verdict'>) => (verdict === undefined ? rule : `${rule} ${verdict}`);
/** A decision with more said of why, after what it said. */
const withReason = (decision: Decision, more: string): Decision => ({ ...decision, reason: [decision.reason, more].filter(Boolean).join('; ') });

/** What the newer report's review offers as evidence, prepared once per comparison. */
interface Review {
  older: Analysis;
  newer: Analysis;
  /** The ranking vectors of the sentences and of their clauses, by term. */
  sentenceVectors: VectorIndex;
  partVectors: VectorIndex;
  idf: (term: string) => number;
  /** Every review clause (with its sentence), and for each character pair of their names the indexes of those holding it. */
  clauses: Clause[];
  sentenceOf: Indexed[];
  byPair: Map<string, number[]>;
  /** For each object term, the indexes of the review clauses holding it. */
  byClauseTerm: Map<string, number[]>;
  /** The figures the review states as done. */
  outcomes: Figure[];
  /** The sentences in order, and for each character pair the indexes of those holding it; a pair's weight over the review. */
  sentences: Indexed[];
  byObjectPair: Map<string, number[]>;
  /** A pair's weight by how many sentences hold it (the length of its list in byObjectPair): its inverse frequency over them. */
  pairWeights: Float64Array;
  /** rank's sums of object-pair weights by sentence, kept with the review: a typed array made per query costs more than zeroing one. */
  held: Float64Array;
  /** For each run of NAME_LENGTH characters, the review clauses holding it; and how many sentences of the older report hold it. */
  byName: Map<string, number[]>;
  olderNames: Map<string, number>;
  /** The five-year review (“十四五”时期), not the year's. */
  fiveYears: boolean;
  /** A review of a report with no part on the year (followup:five-years-only, followup:years-summed). */
  yearless: boolean;
}

// Evidence is what a review says was done: an admission (我们也清醒看到…县域经济整体实力偏弱) names what is lacking, no work
// (over the corpus some 500 follow-ups rested on one, as partly, nearly all wrong).
const inReview = (analysis: Analysis, start: number) => sectionAt(analysis.sections, start)?.role === 'review';

/** The marks that end a clause. */
const CLAUSE_CUTS: ReadonlySet<number> = new Set([...'，,；;：:。！？'].map((mark) => mark.charCodeAt(0)));

/** Clauses of a text that starts at `offset`, as spans of the report. */
export function clauseSpans(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let from = 0;
  // A loop over the characters, not matchAll: every step of a commitment cuts its text again, and a match is an array each.
  for (let at = 0; at < text.length; at++) {
    if (!CLAUSE_CUTS.has(text.charCodeAt(at))) continue;
    if (at > from) out.push({ start: offset + from, end: offset + at });
    from = at + 1;
  }
  if (from < text.length) out.push({ start: offset + from, end: offset + text.length });
  return out;
}

/** The clauses of a commitment (or of a part of one), cut once per report and span: each step, for each review, reads them again. */
const commitmentClauses = spanMemo((analysis: Analysis, span: Span): Span[] => clauseSpans(analysis.text.slice(span.start, span.end), span.start));

const MANNER_WORDS = byLength(wordings.manner.words);
const ADVERBIAL = wordings.adverbial;
/** An adverbial closed by 地 opening a text (积极稳妥地推进…): withoutVerb drops it only when a verb follows it (followup:adverbial-de). */
const ADVERBIAL_OPENING = new RegExp(`^\\p{Script=Han}{2,${ADVERBIAL.longest}}?${ADVERBIAL.particle}`, 'u');
const MANNER: ReadonlySet<string> = new Set(MANNER_WORDS);
const VERB_TAG = /^v/;

/** Manner words before a verb, or before another such word and then a verb (高标准高质量高效率建设): how, not what (not 高标准农田). */
function mannerOf(analysis: Analysis, span: Span): Set<string> {
  const tokens = tokensIn(tokensOf(analysis), span);
  const manner = new Set<string>();
  let beforeVerb = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const how: boolean = beforeVerb && MANNER.has(token.text);
    if (how) manner.add(token.text);
    beforeVerb = how || VERB_TAG.test(token.tag);
  }
  return manner;
}

/** The terms of a clause that name its object: all but the words of doing (推进, 完成) and of how (高标准 before a verb). Read once per clause: a commitment's are asked for each review and naming. */
const objectTerms = spanMemo((analysis: Analysis, span: Span): Clause => {
  const manner = mannerOf(analysis, span);
  // Terms joining a manner word to the next word (高效率建设, 高标准高质量) go with it.
  const how = (term: string) => [...manner].some((word) => term.startsWith(word));
  return { start: span.start, end: span.end, terms: new Set(termsOf(analysis, span).filter((term) => !VERB_SET.has(term) && !how(term))) };
});
/** The object terms of a span, as naming reads them (test/tools/learn-equivalences.ts aligns clauses by them). */
export const objectTermsOf = (analysis: Analysis, span: Span): ReadonlySet<string> => objectTerms(analysis, span).terms;

/**
 * Whether a review has a paragraph opening the year itself (刚刚过去的2017年，…; 过去一年，…). A review of five
 * years from start to end without one (national 2001: 过去五年… “九五”期间…; 2003: 五年来…) has no part on the year.
 */
function opensTheYear(analysis: Analysis, sentences: Array<{ start: number }>): boolean {
  return sentences.some(({ start }) => (start === 0 || analysis.text[start - 1] === '\n') && YEAR_OPENER.test(analysis.text.slice(start, start + YEAR_OPENING)));
}

/** A sentence that promises again (今年要, 我们将) reports nothing done. */
const promises = (text: string) => PROMISE_TIME.test(text) || PROMISE_OPENER.test(text);

/** `targets`: the verdicts on the older report's targets, when the caller has them already. */
export function followUpCommitments(older: Analysis, newer: Analysis, targets: TargetCheck[] = checkTargets(older, newer)): CommitmentFollowUp[] {
  return assessFollowUps(older, newer, targets).map(({ followUp }) => followUp);
}

/** Each commitment's follow-up as the hand rules decide it, with its evidence features (the status model's training rows). */
export function assessFollowUps(older: Analysis, newer: Analysis, targets: TargetCheck[] = checkTargets(older, newer)): Assessed[] {
  const reviewed = newer.meta.year ?? (older.meta.year === null ? null : older.meta.year + 1);
  const reviewing = newer.sentences.filter((s) => inReview(newer, s.start));
  const statements = reviewing
    .map((s) => ({ text: newer.text.slice(s.start, s.end), start: s.start, fiveYears: fiveYearPart(newer, s, reviewed) }))
    // A line without a full stop is a heading (一、“十四五”时期和2025年工作回顾): it names a part, it reports nothing done.
    .filter(({ text }) => text.length >= MIN_EVIDENCE_LENGTH && !promises(text) && STATEMENT_END.test(text));
  // Evidence is what the newer report says was done in the year reviewed: its review, not its plans.
  const olderNames = nameCounts(older);
  const yearless = !opensTheYear(newer, reviewing);
  const review = { ...reviewOf(older, newer, statements.filter((s) => s.fiveYears === null), olderNames, false), yearless };
  // Its five-year review is read only when the year's review names no object: what was
  // still asked a year ago and is done by the end of the five years was done in the year
  // reviewed (see reviewOf for the clauses it reads).
  const fiveYears = { ...reviewOf(older, newer, statements.filter((s) => s.fiveYears !== null), olderNames, true), yearless };
  const starts = new Map(older.figures.map((f) => [f.id, f.start]));
  return older.commitments.map((commitment) => {
    const own = new Set(commitment.targets.map((id) => starts.get(id)));
    const checks = targets.filter((check) => check.commitment === commitment.text && own.has(check.target.start));
    return followUp(review, fiveYears, rankingTerms(older, commitment), commitment, checks);
  });
}

/**
 * Review sentences indexed by term. Any clause of the year's review may name an object; of the
 * five-year review, a level stated at the end (提高到3.3%) is the year's, a clause of a yearly
 * mean or a five-year sum (年均, 累计) is not.
 */
function reviewOf(older: Analysis, newer: Analysis, statements: Array<{ text: string; start: number }>, olderNames: Map<string, number>, fiveYears: boolean): Review {
  const readable = (clause: string) => !fiveYears || !MULTI_YEAR_VALUE.test(clause) || streakOnly(clause);
  const base = statements.map((s) => ({ ...s, ...rankingTerms(newer, { start: s.start, end: s.start + s.text.length }) }));
  const idf = inverseFrequencies(base.map((s) => [...s.whole, ...s.pieces]));
  let numbered = 0;
  const sentences: Indexed[] = base.map((s, order) => {
    const vector = vectorOf([...s.whole, ...s.pieces], idf);
    const whole = vectorOf(s.whole, idf);
    const spans = clauseSpans(s.text, s.start);
    const parts = spans.length < 2 ? [] : spans.map((span) => {
      const terms = rankingTerms(newer, span);
      const part = vectorOf([...terms.whole, ...terms.pieces], idf);
      return { id: numbered++, vector: part, norm: norm(part) };
    });
    const clauses = spans.filter((span) => readable(newer.text.slice(span.start, span.end)));
    return { order, text: s.text, start: s.start, terms: s.whole, vector, norm: norm(vector), whole, wholeNorm: norm(whole), parts, clauses: clauses.map((span) => objectTerms(newer, span)) };
  });
  const outcomes = newer.figures.filter((f) => f.modality === 'actual');
  const clauses = sentences.flatMap((sentence) => sentence.clauses);
  const sentenceOf = sentences.flatMap((sentence) => sentence.clauses.map(() => sentence));
  const byPair = pairIndex(clauses.map((clause) => namePairs(newer.text.slice(clause.start, clause.end))));
  const byClauseTerm = pairIndex(clauses.map((clause) => clause.terms));
  const byName = pairIndex(clauses.map((clause) => nameRuns(newer.text.slice(clause.start, clause.end))));
  const sentenceVectors = vectorIndex(sentences.map((sentence) => [sentence.order, sentence.vector]));
  const sentencePairs = sentences.map((sentence) => namePairs(sentence.text));
  const byObjectPair = pairIndex(sentencePairs);
  const pairWeights = weightsByCount(sentencePairs.length);
  const partVectors = vectorIndex(sentences.flatMap((sentence) => sentence.parts.map((part): [number, Vector] => [part.id, part.vector])));
  return { older, newer, sentenceVectors, partVectors, idf, clauses, sentenceOf, byPair, byClauseTerm, outcomes, sentences, byObjectPair, pairWeights, held: new Float64Array(sentences.length), byName, olderNames, fiveYears, yearless: false };
}

/** Pieces of a text a name lies within, in short forms: other characters (、“”) and joining words (和, 与, 的) cut them (重要领域和关键环节 is two). */
const NAME_SEGMENT = /[^\P{Script=Han}和与的]+/gu;
// match, not matchAll: the strings alone, without a match object for each.
const nameSegments = (text: string): string[] => nameForm(text).match(NAME_SEGMENT) ?? [];

/** Runs of NAME_LENGTH characters of the pieces of a text that may be names. */
const nameRuns = memo((text: string): Set<string> => {
  const runs = new Set<string>();
  for (const segment of nameSegments(text)) {
    for (let i = 0; i + NAME_LENGTH <= segment.length; i++) runs.add(segment.slice(i, i + NAME_LENGTH));
  }
  return runs;
}, 10_000);

/** How many sentences of a report hold each run of NAME_LENGTH characters. */
function nameCounts(analysis: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of analysis.sentences) for (const run of nameRuns(analysis.text.slice(s.start, s.end))) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}

/** The words of doing of two characters or more (达, 超 alone are parts of other words: 通达, 超长期), longest first. */
const DOING = new RegExp(alternation(VERBS.filter((word) => word.length > 1)), 'g');

/**
 * The character pairs of what a commitment asks for (followup:object-pairs): its text in
 * short forms without the words of doing (推进, 完成, 实施) and without figures, pairs every
 * part uses (建设, 工作) left out. Pairs meet a compound noun written another way
 * (粮食产量 in 粮食总产量, 供水管网、排水管网 in 供排水管网) where whole terms do not.
 */
function objectPairs(text: string): string[] {
  const cut = nameForm(text).replace(DOING, '，');
  const pairs = new Set<string>();
  for (const segment of nameSegments(cut)) for (const pair of characterPairs(segment)) if (pair.length === 2 && !isGeneric(pair)) pairs.add(pair);
  return [...pairs];
}

/** The sentence naming more of the commitment's object first (followup:object-pairs); of those alike, the closer by terms, then the earlier. */
const byRelevance = (a: Ranked, b: Ranked) => b.object - a.object || b.score - a.score || a.sentence.start - b.sentence.start;

/**
 * The review sentences sharing a term with the commitment, by relevance: the share of the
 * weight of its object pairs they hold first, so a sentence sharing only words of a field
 * (深化…改革, 推进…建设) comes after one naming the object in other words; then their cosine.
 */
function rank(review: Review, query: Terms, objects: string[]): Ranked[] {
  const vector = vectorOf([...query.whole, ...query.pieces], review.idf);
  const queryNorm = norm(vector);
  // The candidates are the sentences sharing a term with the query; dot products through the index.
  const sentenceDots = dotsWith(review.sentenceVectors, vector);
  const partDots = dotsWith(review.partVectors, vector);
  // The weight of the object pairs each sentence holds, summed through the index.
  const held = review.held.fill(0);
  let objectWeight = 0;
  for (const pair of objects) {
    const holding = review.byObjectPair.get(pair) ?? [];
    const weight = review.pairWeights[holding.length]!;
    objectWeight += weight;
    for (const i of holding) held[i]! += weight;
  }
  const ranked: Ranked[] = [];
  for (const order of sentenceDots.hit) {
    const sentence = review.sentences[order]!;
    let score = cosineOf(sentenceDots.dots[order]!, queryNorm, sentence.norm);
    // A list sentence (建成过江通道4座、在建8座，改扩建一批机场，…) is as close as its closest clause.
    for (const part of sentence.parts) if (part.norm !== 0) score = Math.max(score, cosineOf(partDots.dots[part.id]!, queryNorm, part.norm));
    if (score > 0) ranked.push({ sentence, score, object: objectWeight === 0 ? 0 : held[sentence.order]! / objectWeight });
  }
  return ranked.sort(byRelevance);
}

const evidenceOf = ({ sentence, score }: Ranked): Evidence => ({ text: sentence.text, score: Number(score.toFixed(3)), start: sentence.start });

/** The steps that may decide a follow-up, in order; `name` steps read a shared rare name only. */
type Step = 'targets' | 'in-step' | 'five-years-held' | 'clauses' | 'five-years' | 'similar' | 'name' | 'five-years-name' | 'items' | 'head-figure' | 'same-unit-figure' | 'five-years-head-figure' | 'five-years-named' | 'object-held' | 'year-list' | 'distinctive' | 'own-list' | 'none';

/** The steps that read the five-year review. */
const FIVE_YEAR_STEPS: ReadonlySet<Step> = new Set(['five-years-held', 'five-years', 'five-years-name', 'five-years-head-figure', 'five-years-named']);

/** A follow-up as the hand rules decide it, and its evidence features for the status model (computed when asked: compare needs none). */
export interface Assessed {
  followUp: CommitmentFollowUp;
  features: () => Features;
}

/** How a commitment, or one clause of it, was decided: the step, the decision, and the review sentences ranked for it. */
interface Decided {
  step: Step;
  decision: Decision;
  ranked: Ranked[];
  fiveYearsRanked: Ranked[];
}

function decide(review: Review, fiveYears: Review, query: Terms, commitment: Commitment, checks: TargetCheck[]): Decided {
  const objects = objectPairs(commitment.text);
  const ranked = rank(review, query, objects);
  const fiveYearsRanked = rank(fiveYears, query, objects);
  const best = ranked[0];
  // The five-year review's clauses naming the object by its terms, read once for the two steps that use them.
  let named: Decision | null | undefined;
  const fiveYearsTerms = () => (named === undefined ? (named = byClauses(fiveYears, commitment, fiveYearsRanked, 'terms')) : named);
  // A shared name alone (no clause naming the object by its terms, in either review) is read after the terms; the closest
  // sentence holding the object (object-held) last of all.
  const steps: Array<[Step, () => Decision | null]> = [
    ['targets', () => withUnreportedItems(review, fiveYears, commitment, byTargets(review, checks, ranked))],
    ['in-step', () => byInStep(review, commitment, ranked)],
    ['five-years-held', () => byHeldLevel(review, checks, fiveYearsRanked)],
    ['own-list', () => byOwnList(review, commitment, ranked)],
    ['clauses', () => withUnreportedItems(review, fiveYears, commitment, byClauses(review, commitment, ranked, 'terms'))],
    ['five-years', () => byFiveYears(fiveYears, fiveYearsTerms())],
    ['similar', () => bySimilarity(review, query, best, commitment)],
    ['name', () => byClauses(review, commitment, ranked, 'name')],
    ['five-years-name', () => byFiveYears(fiveYears, byClauses(fiveYears, commitment, fiveYearsRanked, 'name'))],
    ['items', () => byListItems(review, commitment, ranked) ?? byFiveYears(fiveYears, byListItems(fiveYears, commitment, fiveYearsRanked))],
    ['head-figure', () => byHeadFigure(review, commitment, ranked)],
    ['same-unit-figure', () => byHeadFigure(review, commitment, ranked, (target) => sameUnitFigure(review, commitment, target, checks))],
    ['five-years-head-figure', () => byHeadFigure(fiveYears, commitment, fiveYearsRanked)],
    ['five-years-named', () => byFiveYearsNamed(commitment, fiveYearsTerms())],
    ['object-held', () => byObjectHeld(commitment, [review, ranked[0]], [fiveYears, fiveYearsRanked[0]])],
    ['year-list', () => byYearList(review, commitment, ranked)],
    ['distinctive', () => byDistinctiveTerms(review, commitment, ranked)],
  ];
  for (const [step, decideBy] of steps) {
    const decision = decideBy();
    if (decision) return { step, decision: withOfficialNames(commitment.text, decision), ranked, fiveYearsRanked };
  }
  return { step: 'none', decision: { status: 'no-evidence', rule: FOLLOWUP_RULES.noEvidence, evidence: null }, ranked, fiveYearsRanked };
}

/** The official names an ask and a review sentence both write, one of them in a form naming reads in full (全运会 and 全国运动会), by entry id. */
function officialNamesBetween(asked: string, said: string): string[] {
  const writes = (text: string, forms: string[]) => forms.some((form) => text.includes(form));
  return wordings.officialNames.entries.flatMap(({ id, full, forms }) => {
    const names = [full, ...forms];
    return writes(asked, names) && writes(said, names) && (writes(asked, forms) || writes(said, forms)) ? [id] : [];
  });
}
/** A decision whose sentence and ask meet on an official name read in full says so, by the entry's id (followup.json officialNames). */
function withOfficialNames(asked: string, decision: Decision): Decision {
  const ids = decision.evidence ? officialNamesBetween(asked, decision.evidence.text) : [];
  return ids.length === 0 ? decision : withReason(decision, `named by an official name of the ask (${ids.join(', ')})`);
}

/**
 * The sentence that decided comes first; then the closest others: of the year's review,
 * and the closest one of the five-year review (a year's work is often told there only:
 * 南北帮扶合作加快推进) when it is closer than the year's last, not a value over several
 * years (年均, 累计), which never tells the year.
 */
function evidenceFor({ decision, ranked, fiveYearsRanked }: Decided, count: number): Evidence[] {
  const fiveYearsBest = fiveYearsRanked.find(({ sentence }) => !MULTI_YEAR_VALUE.test(sentence.text));
  const closest = [...ranked.slice(0, 3), ...(fiveYearsBest ? [fiveYearsBest] : [])].sort(byRelevance);
  // Places the year's review leaves empty (甘肃2026 reviews mostly its five years) take the five-year
  // review's closest sentences, with a sum over the years or not: such a sentence often tells the
  // year's level in another clause (累计建成高标准农田…、年度产量首次突破2000万吨); a yearly mean (年均) never does.
  const filling = fiveYearsRanked.filter(({ sentence }) => !AVERAGE.test(sentence.text)).slice(0, 3);
  return [...(decision.evidence ? [decision.evidence] : []), ...[...closest, ...filling].map(evidenceOf)]
    .filter((e, i, all) => all.findIndex((other) => other.start === e.start) === i)
    .slice(0, count);
}

/** How many evidence sentences a commitment shows, and each of its parts. */
const EVIDENCE_SHOWN = 3;
const PART_EVIDENCE_SHOWN = 2;

/**
 * Each clause of a commitment of several (建设高原和美乡村180个，实现所有乡镇…通硬化路), judged on its
 * own by the same steps, its target figures only and ranked by its own terms: one clause done
 * says nothing of the next. A commitment of one clause has no parts.
 */
function partsOf(review: Review, fiveYears: Review, commitment: Commitment, checks: TargetCheck[]): FollowUpPart[] {
  const spans = clauseSpans(commitment.text, commitment.start);
  if (spans.length < 2) return [];
  const older = review.older;
  const targets = older.figures.filter((f) => commitment.targets.includes(f.id));
  return spans.map((span) => {
    const text = older.text.slice(span.start, span.end);
    const own = targets.filter((f) => inside(f, span));
    const part: Commitment = { ...commitment, text, start: span.start, end: span.end, targets: own.map((f) => f.id) };
    const decided = decide(review, fiveYears, rankingTerms(older, span), part, checks.filter((check) => inside(check.target, span)));
    const { status, reason } = decided.decision;
    return { text, start: span.start, status, rule: ruleNamed(decided.decision), ...(reason !== undefined && { reason }), evidence: evidenceFor(decided, PART_EVIDENCE_SHOWN) };
  });
}

function followUp(review: Review, fiveYears: Review, query: Terms, commitment: Commitment, checks: TargetCheck[]): Assessed {
  const decided = decide(review, fiveYears, query, commitment, checks);
  const { step, decision, ranked } = decided;
  const best = ranked[0];
  const followUp: CommitmentFollowUp = {
    text: commitment.text,
    status: decision.status,
    rule: ruleNamed(decision),
    ...(decision.reason !== undefined && { reason: decision.reason }),
    score: best ? Number(best.score.toFixed(3)) : 0,
    evidence: evidenceFor(decided, EVIDENCE_SHOWN),
    parts: partsOf(review, fiveYears, commitment, checks),
  };
  return { followUp, features: () => featuresOf(decidedOn(review, fiveYears, step, decision), query, commitment, checks, { step, decision, ranked }) };
}

/** The review a decision was made on: a five-year step's, or for object-held and items (which read both) the one holding its sentence. */
function decidedOn(review: Review, fiveYears: Review, step: Step, decision: Decision): Review {
  if (step === 'object-held' || step === 'items') return fiveYears.sentences.some((s) => s.start === decision.evidence?.start) ? fiveYears : review;
  return FIVE_YEAR_STEPS.has(step) ? fiveYears : review;
}

const FEATURE = wordings.features.ids;

/** A closest sentence holding this share of a clause's object pairs names that object. */
const NEAR_NAMES = 0.5;

/**
 * How much of each clause's object (its character pairs, the verb before it left out) the
 * closest sentences hold, whatever jieba cut: the mean over the clauses naming something
 * (four pairs or more) of the best share, and the best share of any; and what the closest
 * sentences naming an object say (a completion or effort wording, a result figure), the
 * deciding rule having read only one of them.
 */
function closestFeatures(review: Review, commitment: Commitment, closest: Ranked[]): Features {
  const objects = clauseSpans(commitment.text, 0)
    .map((span) => withoutVerb(commitment.text.slice(span.start, span.end)))
    .filter((object) => namePairs(object).size >= 4);
  const shares = objects.map((object) => Math.max(0, ...closest.map(({ sentence }) => pairsShown(object, sentence.text))));
  const naming = closest.map(({ sentence }) => sentence).filter((sentence) => objects.some((object) => pairsShown(object, sentence.text) >= NEAR_NAMES));
  const said = naming.map((sentence) => wordingOf(sentence.text));
  const outcome = naming.map(spanOf).some((span) => review.outcomes.some((f) => inside(f, span)));
  return {
    [FEATURE.pairCover]: shares.length === 0 ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length,
    [FEATURE.pairCoverBest]: Math.max(0, ...shares),
    [FEATURE.completionNear]: said.includes('completion') ? 1 : 0,
    [FEATURE.effortNear]: said.includes('effort') ? 1 : 0,
    [FEATURE.outcomeNear]: outcome ? 1 : 0,
  };
}

/**
 * The evidence features of a follow-up (followup.json `features`): how the hand rules
 * decided, how closely the deciding sentence (or else the closest) names the ask, and
 * what it and the other closest sentences say of it. Computed from what the rules found.
 */
function featuresOf(review: Review, query: Terms, commitment: Commitment, checks: TargetCheck[], how: { step: Step; decision: Decision; ranked: Ranked[] }): Features {
  const { step, decision, ranked } = how;
  const best = ranked[0];
  const start = decision.evidence?.start ?? best?.sentence.start;
  const sentence = review.sentenceOf.find((s) => s.start === start) ?? best?.sentence;
  const features: Features = { [`${wordings.features.decidedBy}:${decision.rule}`]: 1 };
  features[FEATURE.clauses] = Math.min(1, clauseSpans(commitment.text, commitment.start).length / 6);
  features[FEATURE.hasTarget] = checks.length > 0 ? 1 : 0;
  features[FEATURE.fiveYears] = FIVE_YEAR_STEPS.has(step) ? 1 : 0;
  features[FEATURE.namedByName] = step === 'name' || step === 'five-years-name' ? 1 : 0;
  // A cosine of identical vectors may round past 1.
  features[FEATURE.rankScore] = Math.min(1, best?.score ?? 0);
  Object.assign(features, closestFeatures(review, commitment, ranked.slice(0, 3)));
  if (!sentence) return features;
  const held = new Set(sentence.terms);
  const asked = [...new Set(query.whole.filter((term) => !VERB_SET.has(term)))];
  const weight = asked.reduce((sum, term) => sum + review.idf(term), 0);
  const shared = asked.filter((term) => held.has(term));
  features[FEATURE.objectCover] = weight === 0 ? 0 : shared.reduce((sum, term) => sum + review.idf(term), 0) / weight;
  features[FEATURE.sharedTerms] = Math.min(1, shared.length / 5);
  const whole = vectorOf(query.whole, review.idf);
  features[FEATURE.wholeCosine] = Math.min(1, cosine(whole, sentence.whole, norm(whole), sentence.wholeNorm));
  const wording = wordingOf(sentence.text);
  features[FEATURE.completion] = wording === 'completion' ? 1 : 0;
  features[FEATURE.effort] = wording === 'effort' ? 1 : 0;
  const span = spanOf(sentence);
  features[FEATURE.statedOutcome] = review.outcomes.some((f) => inside(f, span)) ? 1 : 0;
  return features;
}

/** The evidence of a sentence, scored by its relevance as ranked (0 when the ranking did not reach it). */
function scored(ranked: Ranked[], sentence: Pick<Indexed, 'text' | 'start'>): Evidence {
  const relevance = ranked.find((r) => r.sentence.start === sentence.start)?.score ?? 0;
  return { text: sentence.text, score: Number(relevance.toFixed(3)), start: sentence.start };
}

/**
 * A commitment with target figures, judged as targets are (checkTargets), each verdict making of it what
 * commitmentStatus says: all judged targets met, addressed; any missed, or short past the allowance of
 * about but not by much, partly. Other unclear ones decide nothing.
 */
function byTargets(review: Review, checks: TargetCheck[], ranked: Ranked[]): Decision | null {
  // A label of one word (企业: 4100家企业实现上云上平台) names no measure; any count of 企业 would answer it.
  const named = (check: TargetCheck) => withoutVerb(check.target.label).length >= MEASURE_NAME;
  const judged = checks.filter((check) => decides(check) && named(check));
  if (judged.length === 0) return null;
  const deciding = judged.find((check) => check.verdict === 'missed') ?? judged.find((check) => commitmentStatus(check) === 'partly') ?? judged[0]!;
  const reason = judged
    .map((check) => `${check.target.label}: target ${check.target.surface}, outcome ${check.actual?.surface ?? 'stated in words'} (${check.verdict}: ${check.reason})`)
    .join('; ');
  const sentence = deciding.actual ? review.newer.sentences.find((s) => s.start <= deciding.actual!.start && deciding.actual!.start < s.end) : undefined;
  const evidence = sentence ? scored(ranked, { text: review.newer.text.slice(sentence.start, sentence.end), start: sentence.start }) : null;
  return { ...targetDecision(deciding), reason, evidence };
}

const HELD = byLength(wordings.heldLevel.words);
/** The target verdict on an outcome found in a five-year review only. */
const FIVE_YEAR_VERDICT = 'verdict:five-year-review';
/** The bounds a held level gives on the good side: a floor where more is better, a ceiling where less is; a projection has no good side. */
const BOUNDS = { higher: ['at-least', 'more-than'], lower: ['at-most', 'less-than'], neither: [] } as const;

/** Whether the clause before a figure of the review ends on a word saying a level held (稳定在98%以上). */
const heldBefore = (review: Review, figure: Figure) => HELD.some((word) => clauseBefore(placedSide(review.newer, figure)).endsWith(word));

/**
 * Targets the five-year review answers only with a level held through the span (粮食产量稳定在760亿斤以上
 * for 粮食总产740亿斤以上, 参保率保持在95%以上): held every year, so in the year reviewed, the last; a bound on
 * the good side at or past the target says it was kept (followup:held-level). The target verdict stays
 * unclear (verdict:five-year-review), as a year's verdict wants the year's own value; a bound short of the
 * target, or a level held about a value, decides nothing.
 */
function byHeldLevel(review: Review, checks: TargetCheck[], fiveYearsRanked: Ranked[]): Decision | null {
  for (const check of checks) {
    if (check.rule !== FIVE_YEAR_VERDICT || !check.actual) continue;
    const target = review.older.figures.find((f) => f.start === check.target.start);
    const outcome = review.newer.figures.find((f) => f.start === check.actual!.start);
    if (!target || !outcome || outcome.unit !== target.unit || outcome.change !== null) continue;
    if (!heldBefore(review, outcome)) continue;
    const judged = judge(target, outcome.value);
    const bounds: readonly string[] = BOUNDS[judged.compared?.better ?? 'higher'];
    if (judged.verdict !== 'met' || !bounds.includes(outcome.qualifier)) continue;
    const sentence = review.newer.sentences[outcome.sentence]!;
    const evidence = scored(fiveYearsRanked, { text: review.newer.text.slice(sentence.start, sentence.end), start: sentence.start });
    return { status: 'addressed', rule: FOLLOWUP_RULES.heldLevel, reason: `${check.target.label}: target ${check.target.surface}, held at ${outcome.surface} through the five years`, evidence };
  }
  return null;
}

const IN_STEP = new RegExp(wordings.inStep.pattern);

/** A growth rate the year's review states of a measure, signed (下降 is below zero), with its sentence; null when none does. */
function yearsRate(review: Review, measure: string): { rate: number; figure: Figure; sentence: Indexed } | null {
  for (const figure of review.outcomes) {
    if (figure.measure !== measure || figure.period !== null || figure.unit !== '%') continue;
    const sentence = review.sentences.find((s) => s.start <= figure.start && figure.start < s.start + s.text.length);
    if (sentence) return { rate: figure.change?.direction === 'down' ? -figure.value : figure.value, figure, sentence };
  }
  return null;
}

/**
 * An ask that one growth keep pace with another (居民收入增长和经济增长基本同步; followup:in-step)
 * names no object a review clause restates: the two rates the year's review states answer it,
 * the following one at or past the leading one (less the allowance, unless faster was asked).
 */
function byInStep(review: Review, commitment: Commitment, ranked: Ranked[]): Decision | null {
  const asked = IN_STEP.exec(commitment.text);
  // Of a commitment of several clauses, only the clause asking it (partsOf) is decided by it.
  if (!asked || clauseSpans(commitment.text, commitment.start).length > 1) return null;
  const follows = yearsRate(review, wordings.inStep.follows);
  const leads = yearsRate(review, wordings.inStep.leads);
  if (!follows || !leads) return null;
  const faster = asked[0].includes(wordings.inStep.faster);
  const kept = faster ? follows.rate > leads.rate : follows.rate >= leads.rate - wordings.inStep.allowance;
  const reason = `${follows.figure.label} ${follows.figure.surface}, ${leads.figure.label} ${leads.figure.surface}`;
  return { status: kept ? 'addressed' : 'partly', rule: FOLLOWUP_RULES.inStep, reason, evidence: scored(ranked, follows.sentence) };
}

type Judged = Pick<TargetCheck, 'verdict' | 'rule'>;
/** A target verdict that decides a follow-up (commitmentStatus): met, missed, or short past the allowance of about but not by much. */
const decides = (judged: Judged) => commitmentStatus(judged) !== null;
/**
 * What a deciding target verdict makes of the follow-up, the verdict's rule named with it: met, addressed
 * (followup:target-met); missed, partly (followup:target-short); short past the allowance of about but not
 * by much (增长6.7% for 7%左右), partly too (followup:target-near).
 */
const targetDecision = (judged: Judged): Pick<Decision, 'status' | 'rule' | 'verdict'> => {
  const rule = judged.verdict === 'met' ? FOLLOWUP_RULES.targetMet : judged.verdict === 'missed' ? FOLLOWUP_RULES.targetShort : FOLLOWUP_RULES.targetNear;
  return { status: commitmentStatus(judged)!, rule, verdict: judged.rule };
};

type Wording = 'completion' | 'not-done' | 'effort' | null;

/** What a clause says of the thing it names: done, not done, worked on, or nothing. */
export function wordingOf(clause: string): Wording {
  let effort = false;
  // 获批建设 is approved to be built: the completion word inside a longer effort word is effort (its words found once a clause holds a completion word).
  let effortAt: Span[] | undefined;
  const withinEffort = (at: number, word: string) => (effortAt ??= effortSpans(clause)).some((e) => e.start <= at && at + word.length <= e.end && e.end - e.start > word.length);
  for (const word of COMPLETION) {
    for (let at = clause.indexOf(word); at !== -1; at = clause.indexOf(word, at + 1)) {
      if (withinEffort(at, word)) continue;
      // 完成序时进度, 完成总体整改进度: a share of the schedule reached is progress toward the thing, not the thing done.
      if (CLAUSE_TEXT.exec(clause.slice(at + word.length))![0].endsWith(wordings.completion.progress)) {
        effort = true;
        continue;
      }
      const before = clause.slice(0, at);
      if (NOT_DONE.some((negation) => before.endsWith(negation))) return 'not-done';
      // 加快实现, 推动建成: the result is still wanted, not reached.
      if (AIM.some((verb) => before.endsWith(verb))) effort = true;
      else return 'completion';
    }
  }
  return effort || EFFORT.some((word) => clause.includes(word)) ? 'effort' : null;
}

/** Where each effort word stands in a clause, its occurrences apart as a global match finds them (the words hold no pattern's signs). */
function effortSpans(clause: string): Span[] {
  const spans: Span[] = [];
  for (const word of EFFORT) for (let at = clause.indexOf(word); at !== -1; at = clause.indexOf(word, at + word.length)) spans.push({ start: at, end: at + word.length });
  return spans;
}

/** The share of a commitment clause's weighted object terms that a review clause holds, and how many. */
function coverage(asked: Clause, said: Clause, idf: (term: string) => number, other: (term: string) => boolean = () => false): { cover: number; shared: number } {
  let whole = 0;
  let found = 0;
  let shared = 0;
  for (const term of asked.terms) {
    whole += idf(term);
    if (said.terms.has(term) || other(term)) {
      found += idf(term);
      shared++;
    }
  }
  return { cover: whole === 0 ? 0 : found / whole, shared };
}

/** Jieba may cut a name apart (禁渔, 智博会): the review clauses holding most of the ask's character pairs name it too. */
function clausesNaming(review: Review, object: string): Set<number> {
  const pairs = namePairs(object);
  const naming = new Set<number>();
  if (pairs.size < 4) return naming;
  // The share of the name's pairs each clause holds, counted through the index (as pairsShown counts it).
  countHits(review.byPair, pairs, (i, count) => count / pairs.size >= PAIRS_NAME && naming.add(i));
  return naming;
}

/**
 * The indexes, ascending, of the review clauses that may name an asked object: those
 * holding SHARED_TERMS of its terms or more (found through the index), and those naming it.
 */
function candidateClauses(review: Review, asked: Clause, naming: Set<number>, least = SHARED_TERMS): number[] {
  const candidates = new Set(naming);
  countHits(review.byClauseTerm, asked.terms, (i, count) => count >= least && candidates.add(i));
  return [...candidates].sort((a, b) => a - b);
}

/**
 * The review clauses that may name an ask by its terms in other forms (followup:other-form), those read without them
 * naming none: only a clause holding one may name it now, with SHARED_TERMS of its terms or more, the other forms counted.
 */
function formCandidates(review: Review, asked: Clause, forms: OtherForms, least: number): number[] {
  const more = new Map<number, number>();
  for (const held of forms.values()) for (const i of held.keys()) more.set(i, (more.get(i) ?? 0) + 1);
  const holds = (i: number) => [...asked.terms].filter((term) => review.clauses[i]!.terms.has(term)).length;
  return [...more].filter(([i, count]) => count + holds(i) >= least).map(([i]) => i).sort((a, b) => a - b);
}

const TWO_HAN = /^\p{Script=Han}{2}$/u;
/** For each term of an ask that review clauses write in another form only (followup:other-form): those clauses' indexes, each with the form. */
type OtherForms = Map<string, Map<number, string>>;

/**
 * The review clauses writing a term of an ask made of two words of two characters with the words side by side the other way
 * round (followup:other-form: 资产盘活处置 in 有效盘活资产, 职工分流安置 in 分流职工得到较好安置). The swapped words must close what
 * they name on both sides or be followed by the same word (活动品牌影响力 is not 品牌活动), after no noun or verb the ask lacks but
 * words of doing (提高标准 is not 扶贫标准提高, 税费支持政策 not 给予政策支持). Left out, as mostly other things over the corpus:
 * words every part uses (发展经济, 经济发展) and places (建设北京 in 美丽北京建设); words between (社会大局保持 for 保持社会); a
 * form inside a longer word or followed by another noun (饮水安全工程 for 安全饮水问题, 意愿就业毕业生 for 就业意愿).
 */
function otherForms(review: Review, asked: Clause): OtherForms {
  const forms: OtherForms = new Map();
  const askedText = review.older.text.slice(asked.start, asked.end);
  const tokens = tokensIn(tokensOf(review.older), asked);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [first, second, next] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]];
    if (![first, second].every((word) => TWO_HAN.test(word.text) && !isGeneric(word.text) && !PLACE_TAGS.has(word.tag))) continue;
    const term = first.text + second.text;
    if (!asked.terms.has(term) || forms.has(term)) continue;
    // A word every part uses after the term (解决…饮水问题) names nothing of its own.
    const after = next && QUALIFIER_TAG.test(next.tag) && !isGeneric(next.text) ? next.text : null;
    const held = new Map<number, string>();
    // The clauses holding the pair where the swapped words meet (分流职工: 流职), the rarest of its pairs.
    for (const i of review.byPair.get(second.text[1]! + first.text[0]!) ?? []) {
      if (!review.clauses[i]!.terms.has(term) && swappedIn(review, i, [first.text, second.text], after, askedText)) held.set(i, second.text + first.text);
    }
    if (held.size > 0) forms.set(term, held);
  }
  return forms;
}

/** The words of a review clause, as jieba cuts them. */
const clauseTokens = (review: Review, i: number) => tokensIn(tokensOf(review.newer), review.clauses[i]!);

/**
 * Whether a review clause writes an ask's two words the other way round as words of their own, after no noun or verb the ask lacks,
 * followed by the word the ask's follow (`after`) or, if none, by no word qualifying a thing.
 */
function swappedIn(review: Review, i: number, [first, second]: [string, string], after: string | null, askedText: string): boolean {
  const tokens = clauseTokens(review, i);
  return tokens.some((token, k) => {
    if (token.text !== second || tokens[k + 1]?.text !== first) return false;
    const [before, next] = [tokens[k - 1], tokens[k + 2]];
    if (before && (NOUN_TAG.test(before.tag) || (VERB_TAG.test(before.tag) && !VERB_SET.has(before.text))) && !askedText.includes(before.text)) return false;
    return after === null ? next === undefined || !QUALIFIER_TAG.test(next.tag) || isGeneric(next.text) : next?.text === after;
  });
}

/** For each clause of a commitment, the review clause that best names its object, if one does; best first. */
function matchesOf(review: Review, commitment: Commitment, by: Naming): Match[] {
  const named = by === 'name' ? namedByName : namedByTerms;
  const matches = commitmentClauses(review.older, commitment).flatMap((span) => named(review, span) ?? []);
  return matches.sort((a, b) => b.cover - a.cover || a.sentence.start - b.sentence.start);
}

/** The review clause sharing a rare name with a commitment clause; once per review and clause: the commitment and each of its parts ask for it. */
const namedByName = spanMemo((review: Review, span: Span): Match | null => {
  const [asked, text] = [objectTerms(review.older, span), review.older.text.slice(span.start, span.end)];
  return sharingName(review, asked, text) ?? sharingShortLine(review, asked, span) ?? sharingQuoted(review, asked, text) ?? sharingDefined(review, asked, text);
});

/**
 * A review clause naming a line of the ask by the short name of the places it joins (乌尉高速 for
 * G0711乌鲁木齐至尉犁高速公路): read as a shared name of the ask written so (followup:place-pair).
 */
function sharingShortLine(review: Review, asked: Clause, span: Span): Match | null {
  const { text, shorts } = withShortLines(review.older, span);
  if (shorts.length === 0) return null;
  // Without the verb before it, whose run would join the line's short name (开工建设富加铁路).
  const match = sharingName(review, asked, withoutVerb(text), new Set(shorts.flatMap((short) => [...nameRuns(short)])));
  return match && match.names!.some((name) => shorts.some((short) => name.includes(short) || short.includes(name))) ? { ...match, askedText: text } : null;
}

/** The review clause that best names a commitment clause's object by its terms, if one does; once per review and clause, as namedByName. */
const namedByTerms = spanMemo((review: Review, span: Span): Match | null => {
  const asked = objectTerms(review.older, span);
  const askedText = review.older.text.slice(span.start, span.end);
  // Clauses naming the ask (建成沙南高速 without 建成) by its character pairs.
  const naming = clausesNaming(review, withoutVerb(askedText));
  // Terms in another form (followup:other-form) only where the ask's own do not name it: they never displace a clause that does.
  const found = namingByTerms(review, asked, askedText, naming) ?? withOtherForms(review, asked, askedText, naming);
  if (found) return found;
  // An ask listing the fields of its object's head (钢铁、有色、化工、建材4个重点行业) is named by a clause naming the head alone.
  const fields = askedText.includes('、') ? withoutEnumeration(review.older, span) : null;
  const byHead = fields && namingByTerms(review, fields.rest, askedText, naming);
  return byHead && namesHeadAlone(review.newer, byHead.said, fields.head) ? { ...byHead, byHead: true } : null;
});

/** namingByTerms with the ask's terms in the other forms review clauses write them in (followup:other-form), if any. */
function withOtherForms(review: Review, asked: Clause, askedText: string, naming: Set<number>): Match | null {
  const forms = otherForms(review, asked);
  return forms.size === 0 ? null : namingByTerms(review, asked, askedText, naming, forms);
}

const ENUMERATION = wordings.enumeratedHead;
const ENUMERATION_CLOSE = new RegExp(ENUMERATION.close, 'u');
const NOT_FIELD_TAG = new RegExp(ENUMERATION.nameTags);

/**
 * An ask clause's terms without the fields it lists before their head (推进钢铁、有色、化工、建材4个重点行业绿色化改造全覆盖 →
 * 重点行业, 绿色化, 改造, 全覆盖): items of one word (no name: 武王墩、明中都 are places), two or more joined by 、, closed by 等
 * or a count (4个), then a noun; null when it lists none (followup:enumerated-head). Once per report and clause: both reviews ask for it.
 */
const withoutEnumeration = spanMemo((older: Analysis, span: Span): { rest: Clause; head: string } | null => {
  const asked = objectTerms(older, span);
  const tokens = tokensIn(tokensOf(older), asked);
  const first = tokens.findIndex((token, i) => tokens[i + 1]?.text === '、');
  if (first === -1) return null;
  const field = (token: Token | undefined) => token !== undefined && /^\p{Script=Han}+$/u.test(token.text) && token.text.length <= ENUMERATION.itemLength && !NOT_FIELD_TAG.test(token.tag);
  let at = first;
  while (field(tokens[at]) && tokens[at + 1]?.text === '、') at += 2;
  if (at === first || !field(tokens[at])) return null;
  const close = tokens.slice(at + 1, at + 3);
  const closing = close.length > 0 ? ENUMERATION_CLOSE.exec(close.map((token) => token.text).join('')) : null;
  if (!closing) return null;
  let end = at + 1;
  for (let taken = 0; taken < closing[0].length; end++) taken += tokens[end]!.text.length;
  if (!NOUN_TAG.test(tokens[end]?.tag ?? '')) return null;
  const before = objectTerms(older, { start: asked.start, end: tokens[first]!.start });
  const after = objectTerms(older, { start: tokens[end]!.start, end: asked.end });
  let last = end;
  while (NOUN_TAG.test(tokens[last + 1]?.tag ?? '')) last++;
  const head = older.text.slice(tokens[end]!.start, tokens[last]!.end);
  return { rest: { start: asked.start, end: asked.end, terms: new Set([...before.terms, ...after.terms]) }, head };
});

/** Jieba's tags of words that qualify a noun after them: nouns, adjectives, distinguishing words (重要, 公共). */
const QUALIFIER_TAG = new RegExp(`${NOUN_TAG.source}|^(?:a|b|vn)$`);

/**
 * Whether a review clause names the head of the listed fields alone (重点行业绿色化改造实现全覆盖, 推进基础设施建设), not
 * another kind of it, qualified by other words (陆相页岩油全国重点实验室, 公共文化基础设施, 重要领域改革): the word before
 * the head, if any, qualifies nothing.
 */
function namesHeadAlone(newer: Analysis, said: Span, head: string): boolean {
  const at = newer.text.slice(said.start, said.end).indexOf(head);
  if (at === -1) return false;
  const start = said.start + at;
  const before = tokensIn(tokensOf(newer), { start: said.start, end: start + 1 }).filter((token) => token.start < start).at(-1);
  return before === undefined || before.end > start || !QUALIFIER_TAG.test(before.tag);
}

/** The review clause that best names an ask's object by these terms, if one does. */
function namingByTerms(review: Review, asked: Clause, askedText: string, naming: Set<number>, forms?: OtherForms): Match | null {
  const word = oneWordAsk(review.older, asked);
  const least = word === null ? SHARED_TERMS : 1;
  let best: Match | null = null;
  // Review clauses in text order, of sentences sharing a term with the ask: the first best is the earliest.
  for (const i of forms ? formCandidates(review, asked, forms, least) : candidateClauses(review, asked, naming, least)) {
    const [said, sentence] = [review.clauses[i]!, review.sentenceOf[i]!];
    const other = (term: string) => forms?.get(term)?.has(i) === true;
    if (![...asked.terms].some((term) => sentence.vector.has(term) || other(term))) continue;
    if (!namesMeasure(askedText, clauseText(review, i))) continue;
    const { cover, shared } = coverage(asked, said, review.idf, other);
    const byTerms = cover >= NAMES_OBJECT && shared - placesShared(review.older, asked, said, clauseText(review, i)) >= SHARED_TERMS && !namesAnotherKind(review, asked, said);
    const named = byTerms || naming.has(i);
    const byWord = !named && word !== null && statesResultOf(review, word, said);
    if ((named || byWord) && (!best || cover > best.cover || (cover === best.cover && sentence.start < best.sentence.start))) {
      const written = [...asked.terms].flatMap((term) => (said.terms.has(term) || !other(term) ? [] : [`${term} as ${forms!.get(term)!.get(i)!}`]));
      best = { asked, said, sentence, cover, ...(byWord && { names: [word!] }), ...(written.length > 0 && { otherForms: written }) };
    }
  }
  return best;
}

/**
 * Whether a review clause names another kind of the ask's head (followup:another-kind): the term the ask ends on, held by
 * the clause too, comes right after a word of the ask the clause lacks (低保 of 扩大低保保障范围, which jieba tags a verb: no term) and, in the clause, right
 * after a noun the ask lacks (保险 of 扩大失业保险保障范围), neither a word of doing nor a place (where, not what), nor a
 * short form of the ask's words.
 */
function namesAnotherKind(review: Review, asked: Clause, said: Clause): boolean {
  const [askedText, saidText] = [review.older.text.slice(asked.start, asked.end), review.newer.text.slice(said.start, said.end)];
  return [...asked.terms].some((term) => {
    // The head the ask ends on: a term inside it (综合改革 of 要素市场化综合改革试点) qualifies that head.
    if (!said.terms.has(term) || !askedText.endsWith(term)) return false;
    const own = wordBefore(review.older, asked, askedText, term);
    const other = wordBefore(review.newer, said, saidText, term);
    // A count (两项补贴标准) says how many, not which; a noun closing a list (孤儿、残疾人等群体) names its items' kind.
    const listed = other !== undefined && saidText.slice(0, other.start - said.start).endsWith('等');
    return own !== undefined && other !== undefined && !listed && !COUNT_TAG.test(own.tag) && !VERB_SET.has(own.text) && !saidText.includes(own.text) && NOUN_TAG.test(other.tag) && !PLACE_TAGS.has(other.tag) && !shortOf(other.text, askedText);
  });
}

/** Jieba's tags of numerals and counts. */
const COUNT_TAG = /^m/;

/** Whether every character of a word is in a text: the word is its own, or a short form of its words (延包 of 延长三十年…承包). */
const shortOf = (word: string, text: string) => [...word].every((character) => text.includes(character));

/** The word of two Han characters or more ending right where a term first starts in a clause, if one does; not one opening the clause, the ask's verb (搞好机构改革) whatever jieba tags it. */
function wordBefore(analysis: Analysis, clause: Span, text: string, term: string): Token | undefined {
  const at = text.indexOf(term);
  if (at <= 0) return undefined;
  const word = tokensIn(tokensOf(analysis), clause).find((token) => token.end === clause.start + at);
  return word && word.start > clause.start && /^\p{Script=Han}{2,}$/u.test(word.text) ? word : undefined;
}

const ONE_WORD = wordings.oneWordSubject;
const DISTINCTIVE = wordings.distinctiveTerm;
const NEGATORS: ReadonlySet<string> = new Set([...NOT_DONE, ...ONE_WORD.negators]);

/**
 * The one term an ask's object is, when it opens the ask as the thing whose state is asked
 * (followup:one-word-subject: 进出口总额保持正增长, 进出口总额稳量提质): a noun of
 * ONE_WORD.minLength characters or more (two are mostly fields: 园区, 管理), no figure in the
 * clause (a figure answers it: 城镇调查失业率控制在5.5%以内 is the targets' to judge, a five-year
 * ceiling), the predicate not negated (今年财政收入增长不会太快 foretells, it asks nothing). Null for any other ask.
 */
function oneWordAsk(older: Analysis, asked: Clause): string | null {
  if (asked.terms.size !== 1) return null;
  const [term] = asked.terms;
  if (term!.length < ONE_WORD.minLength || older.figures.some((f) => inside(f, asked))) return null;
  const tokens = tokensIn(tokensOf(older), asked);
  const at = tokens.findIndex((token) => NOUN_TAG.test(token.tag) && nameForm(token.text) === term);
  if (at === -1 || tokens.slice(at + 1).some((token) => NEGATORS.has(token.text))) return null;
  return nameForm(withoutVerb(askOf(older.text.slice(asked.start, asked.end)))).startsWith(term!) ? term! : null;
}

/**
 * Whether a review clause names a one-word ask (oneWordAsk) by stating a result of the term after
 * it (外贸进出口…增长12%, 货物进出口总额9.5万亿元): a term few review clauses hold (RARE_NAME), then a
 * completion word or an outcome figure. A clause naming the word in passing (制定外贸转型升级…政策) names no object.
 */
function statesResultOf(review: Review, term: string, said: Clause): boolean {
  if ((review.byClauseTerm.get(term)?.length ?? 0) > RARE_NAME) return false;
  const text = review.newer.text.slice(said.start, said.end);
  const at = nameForm(text).indexOf(term);
  if (at === -1) return false;
  const after = (f: Figure) => inside(f, said) && nameForm(review.newer.text.slice(said.start, f.start)).length >= at + term.length;
  return review.outcomes.some(after) || wordingOf(nameForm(text).slice(at + term.length)) === 'completion';
}

/** Place tags (followup:place-alone): a shared place name says where two things are, not that they are one. */
const PLACE_TAGS: ReadonlySet<string> = new Set(wordings.placeAlone.tags);
const PLACE_SENTENCES = wordings.placeAlone.fewSentences;

/** 1 when the terms an ask and a review clause share hold one place name of the ask, one few sentences name (三亚 of 三亚抽水蓄能项目), else 0: followup:place-alone. */
function placesShared(older: Analysis, asked: Clause, said: Clause, saidText: string): number {
  const places = new Set(tokensIn(tokensOf(older), asked).filter((token) => PLACE_TAGS.has(token.tag)).map((token) => nameForm(token.text)));
  const shared = [...places].filter((place) => asked.terms.has(place) && said.terms.has(place));
  return shared.length === 1 && fewSentencesName(older, shared[0]!) && !placeNamesShared(shared[0]!, asked, saidText) ? 1 : 0;
}

/** Whether a review clause holds the place just before another term of the ask (中欧班列 for 中欧、中老班列; 西南热电): one name, not a place alone. */
const placeNamesShared = (place: string, asked: Clause, saidText: string) => [...asked.terms].some((term) => term !== place && nameForm(saidText).includes(place + term));

/** A report's sentences in short forms, and how many of them hold each name asked: kept per report, for rules ask of many clauses' names. */
const holdingIn = new WeakMap<Analysis, { texts: string[]; counts: Map<string, number> }>();

/** Whether at most `few` sentences of a report hold a name (PLACE_SENTENCES: 三亚 in 海南's; not 海南, nor 城市). */
function fewSentencesName(analysis: Analysis, name: string, few = PLACE_SENTENCES): boolean {
  let kept = holdingIn.get(analysis);
  if (!kept) holdingIn.set(analysis, (kept = { texts: analysis.sentences.map((s) => nameForm(analysis.text.slice(s.start, s.end))), counts: new Map() }));
  let count = kept.counts.get(name);
  if (count === undefined) {
    count = 0;
    for (const text of kept.texts) if (text.includes(name)) count++;
    kept.counts.set(name, count);
  }
  return count <= few;
}

/**
 * A review clause that shares a rare name with the commitment clause (民营经济促进法,
 * 碳达峰试点城市, 专门学校) names its object though jieba cuts the two apart differently:
 * two rare runs or more, or one that is whole nouns of the ask; the clause sharing most
 * runs, earliest first. It names all of the ask when it shares two runs or more and half
 * of the ask's character pairs, else a part.
 */
function sharingName(review: Review, asked: Clause, text: string, lines: ReadonlySet<string> = new Set()): Match | null {
  const rare = [...nameRuns(text)].filter((run) => rareIn(review, run));
  const shared: Array<[number, number]> = [];
  countHits(review.byName, rare, (i, runs) => shared.push([i, runs]));
  if (shared.length === 0) return null;
  const nouns = new Set([...nounRuns(review.older, asked), ...lines]);
  const [best] = shared.filter(([i, runs]) => (runs >= NAME_RUNS || nameRunsOf(review, i).some((run) => nouns.has(run))) && namesMeasure(text, clauseText(review, i))).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!best) return null;
  const said = review.clauses[best[0]]!;
  const saidText = clauseText(review, best[0]);
  const sentence = review.sentenceOf[best[0]]!;
  // Half the ask's wording there too (严格落实长江十年禁渔 for 坚定推进长江十年禁渔): the clause names all of it.
  const part = best[1] < NAME_RUNS || pairsShown(text, saidText) < NAME_SHOWN;
  return { asked, said, sentence, cover: 0, names: sharedNames(text, nameRuns(saidText)), part };
}

/** A name the review sets in quotation marks (“保交房”, “四类管线”): the report's own name of a thing, however short. */
const QUOTED = new RegExp(wordings.quotedName.pattern, 'gu');
/** A quoted name shorter than this names an ask only when the ask quotes it too, and only a part of it. */
const QUOTED_BOTH = wordings.quotedName.quotedBoth;
const HAN = /\p{Script=Han}/u;

/** Each quoted name of a review's clauses, in short forms, and the clauses holding it. */
const quotedIn = new WeakMap<Review, Map<string, number[]>>();
function quotedNames(review: Review): Map<string, number[]> {
  let names = quotedIn.get(review);
  if (names) return names;
  quotedIn.set(review, (names = new Map()));
  review.clauses.forEach((clause, i) => {
    // A clause relaying what the review was told to do (指示我们…不断深化“三个定位”建设) reports nothing done.
    const before = review.newer.text.slice(review.sentenceOf[i]!.start, clause.start);
    if (wordings.quotedName.relayed.some((word) => before.includes(word))) return;
    const text = clauseText(review, i);
    for (const { 0: quoted, 1: name, index } of text.matchAll(QUOTED)) {
      // A name qualifying another noun (以“国之大者”的政治担当) is a slogan's attribute, not the thing the clause reports.
      if (text.startsWith(wordings.quotedName.attributive, index + quoted.length)) continue;
      const short = nameForm(name!);
      // A span of years (“十四五”) frames many asks; it names no thing.
      if (MULTI_YEAR.test(short)) continue;
      names.set(short, [...new Set([...(names.get(short) ?? []), i])]);
    }
  });
  return names;
}

/**
 * A review clause holding a name the review quotes (“保交房”任务完成) that the ask holds, quoted
 * or not (全面完成保交房项目交付任务), when few clauses quote it (RARE_NAME): it names the ask's
 * object, though the name is too short for a run (NAME_LENGTH). The longest such name, its first clause.
 */
function sharingQuoted(review: Review, asked: Clause, text: string): Match | null {
  const ask = nameForm(text);
  // A name the ask quotes is its whole name: 一卡通 is not 旅游一卡通.
  const askQuotes = [...ask.matchAll(QUOTED)].map(([, name]) => name!);
  let found: [string, number] | null = null;
  for (const [name, clauses] of quotedNames(review)) {
    if (name.length < QUOTED_BOTH && !askQuotes.includes(name)) continue;
    if (clauses.length > RARE_NAME || !ask.includes(name) || (found && name.length <= found[0].length)) continue;
    if (askQuotes.some((quoted) => quoted !== name && quoted.includes(name))) continue;
    if (!namesThing(review.older, asked, ask, name, askQuotes.includes(name))) continue;
    // A name the older report says often (“十四五”, “一带一路”) is a frame many asks share, not one thing.
    if (!fewSentencesName(review.older, name, RARE_NAME)) continue;
    found = [name, clauses[0]!];
  }
  if (!found) return null;
  const [name, i] = found;
  // As a shared run: the clause names all of the ask only when it holds half the ask's character pairs too; a name of two characters, a part at most.
  const part = name.length < QUOTED_BOTH || pairsShown(text, clauseText(review, i)) < NAME_SHOWN;
  return { asked, said: review.clauses[i]!, sentence: review.sentenceOf[i]!, cover: 0, names: [name], part };
}

/** The short forms the pair's two reports define (src/extract/definitions.ts), read once a report. */
const definedIn = new WeakMap<Analysis, Definition[]>();
function pairDefinitions(review: Review): Definition[] {
  return [review.older, review.newer].flatMap((analysis) => {
    let found = definedIn.get(analysis);
    if (!found) definedIn.set(analysis, (found = definitionsIn(analysis.text)));
    return found;
  });
}

/** Whether a text holds a form of a defined name: a short form under QUOTED_BOTH characters only quoted (“两新”), as a quoted name. */
const holdsForm = (text: string, form: string) => (form.length < QUOTED_BOTH ? text.includes(`“${form}”`) : text.includes(form));

/**
 * A review clause naming the ask's object by the other form of a short form either report of the pair defines
 * (第九届亚洲冬季运动会（以下简称“亚冬会”） and 哈尔滨第九届亚冬会成功举办), when no clause names it otherwise: the ask is
 * read in the clause's form, and the form is a shared name as a quoted one is (few clauses hold it, few sentences of the
 * older report the ask's form; all of the ask when the clause holds half its character pairs, else a part; a short form
 * under QUOTED_BOTH characters a part at most). followup:defined-name, with the definition's rule, in the reason.
 */
function sharingDefined(review: Review, asked: Clause, text: string): Match | null {
  for (const defined of pairDefinitions(review)) {
    const [mine, theirs] = holdsForm(text, defined.full) ? [defined.full, defined.short] : holdsForm(text, defined.short) ? [defined.short, defined.full] : [];
    if (!mine || !theirs || !fewSentencesName(review.older, mine, RARE_NAME)) continue;
    const holding = review.clauses.flatMap((_, i) => (holdsForm(clauseText(review, i), theirs) ? [i] : []));
    if (holding.length === 0 || holding.length > RARE_NAME) continue;
    const i = holding[0]!;
    const askedText = text.replaceAll(mine, theirs);
    const part = defined.short.length < QUOTED_BOTH || pairsShown(askedText, clauseText(review, i)) < NAME_SHOWN;
    return { asked, said: review.clauses[i]!, sentence: review.sentenceOf[i]!, cover: 0, names: [theirs], part, askedText, defined };
  }
  return null;
}

/**
 * Whether the ask holds a quoted name as a thing: not as verbs alone when it does not quote it
 * (让孩子们跑起来 is no “跑起来”), nor as the theme of an event's edition it quotes the name in
 * (第三届“西部数谷”算力产业大会: the event is the object, another thing than 西部数谷).
 */
function namesThing(older: Analysis, asked: Span, ask: string, name: string, quoted: boolean): boolean {
  if (quoted) {
    const at = ask.indexOf(`“${name}”`);
    return !(ask.slice(0, at).endsWith(wordings.quotedName.edition) && HAN.test(ask[at + name.length + 2] ?? ''));
  }
  // Short forms may move offsets: a name not found as written is read as a thing.
  const at = older.text.slice(asked.start, asked.end).indexOf(name);
  if (at === -1) return true;
  const tokens = tokensIn(tokensOf(older), { start: asked.start + at, end: asked.start + at + name.length });
  return tokens.length === 0 || !tokens.every((token) => VERB_TAG.test(token.tag));
}

/** A run the review holds and few of its clauses and of the older report's sentences hold (RARE_NAME). */
function rareIn(review: Review, run: string): boolean {
  const holding = review.byName.get(run)?.length ?? 0;
  return holding > 0 && holding <= RARE_NAME && (review.olderNames.get(run) ?? 0) <= RARE_NAME;
}

/** The text of the review's clause `i`. */
const clauseText = (review: Review, i: number) => review.newer.text.slice(review.clauses[i]!.start, review.clauses[i]!.end);

const nameRunsOf = (review: Review, i: number) => [...nameRuns(clauseText(review, i))];

/** Runs that are whole nouns of a clause (专门学校, 亳州机场, 零碳工厂): one such shared name names a thing, where a run across a verb (创建国家) does not. */
function nounRuns(analysis: Analysis, span: Span): Set<string> {
  const tokens = tokensIn(tokensOf(analysis), span);
  const runs = new Set<string>();
  tokens.forEach((token, i) => {
    let text = '';
    for (let j = i; j < tokens.length && text.length < NAME_LENGTH && NOUN_TAG.test(tokens[j]!.tag); j++) text += tokens[j]!.text;
    // Review runs are in the forms naming reads: a run holding a long form (国有企业) or an official short one (全运会) would never meet one.
    if (text.length === NAME_LENGTH && nameForm(text) === text) runs.add(text);
  });
  return runs;
}

/** The longest pieces of a text made of runs another text holds too (福建福耀科技大学, not its five runs). */
function sharedNames(text: string, runs: Set<string>): string[] {
  const names: string[] = [];
  for (const segment of nameSegments(text)) {
    let from = -1;
    let to = -1;
    for (let i = 0; i + NAME_LENGTH <= segment.length; i++) {
      if (!runs.has(segment.slice(i, i + NAME_LENGTH))) continue;
      if (i > to) {
        if (to > from) names.push(segment.slice(from, to));
        from = i;
      }
      to = i + NAME_LENGTH;
    }
    if (to > from) names.push(segment.slice(from, to));
  }
  return [...new Set(names)];
}

const verbAt = byFirstCharacter(VERBS);
const mannerAt = byFirstCharacter(MANNER_WORDS);

/** A name without the verb before it (建成沙南高速, 力争新增百亿企业), and without the manner words before that verb (高标准建设平陆运河, not 高标准农田) or an adverbial closed by 地 (积极稳妥地推进…: followup:adverbial-de). */
function withoutVerb(text: string): string {
  const verb = verbAt(text, 0);
  if (verb) return withoutVerb(text.slice(verb.length));
  const how = mannerAt(text, 0) ?? ADVERBIAL_OPENING.exec(text)?.[0];
  if (!how) return text;
  const rest = text.slice(how.length);
  const named = withoutVerb(rest);
  return named === rest ? text : named;
}

/** Character pairs of a name, punctuation left out (“两岸青山·千里林带”). */
const namePairs = memo((text: string) => characterPairs(nameForm(text).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')), 10_000);

/**
 * Each catalogue measure's family: measures the catalogue gives a wording in common are one
 * thing told as a level, a growth, a count or a share (gdp and gdp-growth share 地区生产总值;
 * good-air-days and good-air-day-count, 优良天数), those with none apart (gdp-per-capita is not
 * gdp, deficit-ratio not deficit), each family named by one of its ids.
 */
const MEASURE_FAMILY: ReadonlyMap<string, string> = (() => {
  const family = new Map<string, string>();
  for (const [, entries] of MEASURE_ALIASES) {
    const ids = [...new Set(entries.map(({ id }) => family.get(id) ?? id))];
    const [first] = ids;
    for (const [id, of] of family) if (ids.includes(of)) family.set(id, first!);
    for (const { id } of entries) family.set(id, first!);
  }
  return family;
})();

/** A measure id's family (null for none): followup:measure-named. */
const familyOf = (measure: string | null) => (measure === null ? null : (MEASURE_FAMILY.get(measure) ?? measure));

/** The catalogue measures a text names, each alias read once (单位地区生产总值能耗 names energy intensity, not GDP as well), by family. */
const measuresNamed = memo((text: string): Set<string> => {
  const named = new Set<string>();
  let rest = text;
  // Longest aliases first: 单位地区生产总值能耗 before 地区生产总值.
  for (const [alias, entries] of MEASURE_ALIASES) {
    if (!rest.includes(alias)) continue;
    for (const { id } of entries) named.add(MEASURE_FAMILY.get(id)!);
    rest = rest.split(alias).join('，');
  }
  return named;
}, 10_000);

/**
 * A review clause naming catalogue measures names an ask clause that names others only when
 * one is the same (followup:measure-named): 全年国内生产总值增长2.3% shares 国内生产总值 with
 * 单位国内生产总值能耗 but speaks of another measure. A clause naming none (主要污染物排放量继续下降) may still name the ask.
 */
export function namesMeasure(asked: string, said: string): boolean {
  const wanted = measuresNamed(asked);
  const stated = measuresNamed(said);
  return wanted.size === 0 || stated.size === 0 || [...wanted].some((measure) => stated.has(measure));
}

/** The items an ask lists (建成凤凰机场三期、博鳌机场三期…), up to 等, without the verb the first carries (建成, 办好). */
const listedItems = (asked: string) =>
  asked
    .replace(/等.*$/, '')
    .split(/、|和|及|与/)
    .map(withoutVerb)
    .filter((item) => item.length >= NAMED_ITEM);

const FINISH_AFTER = new RegExp(`(?:${alternation(wordings.partOfList.finishAfter)})[\\p{Script=Han}]{0,2}$`, 'u');

/** An ask whose finish word follows its list, closing the last item (推动五大道公园、柳林公园三期和设计公园一期尽早建成开放). */
const closesOnFinish = (asked: string) => /[、和]/.test(asked) && FINISH_AFTER.test(asked);

/**
 * Named items of a listed commitment to finish or start projects or events
 * (建成福莆宁F1线、福州地铁4号线后通段、沙南高速等) that the evidence sentence does not
 * name: the ask is then done only in part. Other lists (提高退休人员基本养老金、优抚对象抚恤
 * 和生活补助标准) name measures a review sums up in fewer words, unless `anyAsk`: a sentence
 * only close to the ask as a whole (followup:similar) must name each.
 */
function unnamedItems(asked: string, evidence: string, anyAsk = false): string[] {
  if (!anyAsk && !opensToStart(asked, true) && !closesOnFinish(asked)) return [];
  const items = listedItems(asked);
  if (items.length < 2) return [];
  // As written too: a short form (国有企业 → 国企) the evidence cannot take where a qualifier splits the name (国有大中型企业改革).
  const written = characterPairs(hanOf(evidence));
  const shownAsWritten = (item: string) => {
    const pairs = [...characterPairs(hanOf(item))];
    return pairs.filter((pair) => written.has(pair)).length / Math.max(1, pairs.length);
  };
  return items.filter((item) => pairsShown(item, evidence) < ITEM_SHOWN && shownAsWritten(item) < ITEM_SHOWN);
}

/** Items of any listed ask the evidence sentence leaves out: none where 等 closes the list, its items examples of a kind a figure of the kind covers. */
const itemsLeftOut = (asked: string, sentence: string) => (asked.includes('等') ? [] : unnamedItems(asked, sentence, true));

/** Items of a listed ask the evidence leaves out: the ask is done in part (followup:part-of-list). */
const partOfList = (missing: string[], evidence: Evidence | null): Decision => ({
  status: 'partly',
  rule: FOLLOWUP_RULES.partOfList,
  reason: `not named in the evidence: ${missing.join('、')}`,
  evidence,
});

const inside = (at: { start: number }, span: Span) => at.start >= span.start && at.start < span.end;

/** The span of the report a sentence covers. */
const spanOf = ({ start, text }: { start: number; text: string }): Span => ({ start, end: start + text.length });

/** The target figures of the commitment clause a match names. */
const targetsAsked = (review: Review, match: Match) => review.older.figures.filter((f) => f.modality === 'target' && inside(f, match.asked));

/** The share of a text's character pairs found in another. */
function pairsShown(text: string, within: string): number {
  const pairs = namePairs(text);
  const shown = namePairs(within);
  let found = 0;
  for (const pair of pairs) if (shown.has(pair)) found++;
  return pairs.size === 0 ? 0 : found / pairs.size;
}

/**
 * The outcome of a target in the review clause naming its object: of several (高速公路6000多公里、农村公路30多万公里),
 * the one labelled most like the target, both ways (农村公路 is all in 新建改建农村公路, where 新建改建高速公路 shares as many
 * of its pairs), whatever its unit: the thing before the unit (长者食堂57家, not 家门口养老服务站336个, for 新建30个社区长者食堂).
 * None when that one is in a unit the target's cannot be turned into; never a start value (从26.7%提高到52.1%). A review
 * restating the ask's own figure (将…加计扣除比例提高到100%) reads like a target but reports it done.
 */
function outcomeOf(review: Review, match: Match, target: Figure): Figure | null {
  const name = withoutVerb(target.label);
  const [best] = review.newer.figures
    .filter((f) => inside(f, match.said) && (f.modality === 'actual' || f.value === target.value) && (f.change === null) === (target.change === null) && f.period !== 'start')
    .map((f) => ({ f, shown: pairsShown(name, f.label) + pairsShown(f.label, name), converts: valueIn(f, target.unit) !== null }))
    .sort((a, b) => b.shown - a.shown || Number(b.converts) - Number(a.converts));
  return best?.converts ? best.f : null;
}

/**
 * A target figure of the commitment clause against a result figure, in the same
 * unit (or one converted to it) and of the same kind (growth or level), in the review clause
 * naming its object and the target's label.
 */
function byFigure(review: Review, match: Match): Omit<Decision, 'evidence'> | null {
  const said = review.newer.text.slice(match.said.start, match.said.end);
  const wanted = targetsAsked(review, match).filter((f) => pairsShown(withoutVerb(f.label), said) >= LABEL_SHOWN);
  let summed: Omit<Decision, 'evidence'> | null = null;
  let narrower: Omit<Decision, 'evidence'> | null = null;
  for (const target of wanted) {
    const outcome = outcomeOf(review, match, target);
    if (!outcome) continue;
    // A sum over the five years tells nothing of the year's figure, whatever word says it done (完成营造林3195万亩 for 600万亩), nor does
    // any figure of them but a level at the end, as target verdicts read them (打造1000个民族村寨旅游提升示范村 for 340个): it decides
    // nothing (NOTHING_OF_THE_YEAR), so it is said only when no other target of the clause decides.
    if (review.fiveYears && (overYears(target, outcome) || changeOverYears(outcome))) {
      summed ??= { status: 'partly', rule: FOLLOWUP_RULES.overYears, reason: `${target.label}: target ${target.surface}, ${outcome.surface} over the years` };
      continue;
    }
    const value = valueIn(outcome, target.unit)!;
    const judged = judge(target, outcome.change?.direction === 'down' ? -value : value);
    if (!decides(judged)) continue;
    // A growth of a narrower thing (跨境电商进出口 for 进出口总额) says nothing of the whole's rate, as target verdicts read it (scope:object-words).
    const more = growthRate(target) ? namesMore(placedSide(review.older, target), placedSide(review.newer, outcome)) : [];
    if (more.length > 0) {
      narrower ??= { status: 'partly', rule: FOLLOWUP_RULES.narrowerOutcome, reason: `${target.label}: target ${target.surface}, ${outcome.surface} of a narrower thing (${more.join('、')})` };
      continue;
    }
    return { ...targetDecision(judged), reason: `${target.label}: target ${target.surface}, outcome ${outcome.surface} (${judged.verdict}: ${judged.reason})` };
  }
  return narrower ?? summed;
}

/** The nouns of a span that may head an object: not words every part uses (建设, 工作). */
const headNouns = (analysis: Analysis, span: Span) =>
  tokensIn(tokensOf(analysis), span).filter((token) => NOUN_TAG.test(token.tag) && /^\p{Script=Han}{2,}$/u.test(token.text) && !isGeneric(nameForm(token.text)));

/** The last noun of the noun phrase a figure's classifier opens (3600名高层次银龄人才 → 人才; 3900多个项目投产达效 → 项目, not 达效). */
function nounRunAfter(analysis: Analysis, span: Span): Token | undefined {
  const tokens = tokensIn(tokensOf(analysis), span);
  const first = tokens.findIndex((token) => NOUN_TAG.test(token.tag));
  if (first === -1) return undefined;
  const end = tokens.findIndex((token, i) => i > first && !NOUN_TAG.test(token.tag));
  return headNouns(analysis, { start: tokens[first]!.start, end: end === -1 ? span.end : tokens[end]!.start }).at(-1);
}

/** What a target counts (followup:head-figure): the head noun of its object, and the character pairs of the words qualifying it. */
interface Head {
  head: string;
  qualifiers: string[];
}

/** Words of an addition (新增, 新建): they say the year added, not what was added. */
const ADDITION = new RegExp(alternation(ADDED_WORDS));

/**
 * The head of a target's object: the last noun of the noun phrase after the figure, up to
 * 、 or the next figure (3600名高层次银龄人才 → 人才), else the last noun of the words before
 * it back to the previous figure (供水管网600公里 → 管网); of a long compound its last piece
 * (粮食产量 → 产量). Its qualifiers are the object pairs of those words (followup:object-pairs), the
 * head's own and those of an addition word left out (高层次银龄人才 → 高层, 层次, 次银, 银龄, 龄人).
 */
function headOf(analysis: Analysis, commitment: Commitment, target: Figure): Head | null {
  const clause = clauseSpans(commitment.text, commitment.start).find((span) => inside(target, span));
  if (!clause) return null;
  const others = analysis.figures.filter((f) => f !== target && inside(f, clause));
  const afterEnd = Math.min(clause.end, ...others.filter((f) => f.start >= target.end).map((f) => f.start));
  const cut = analysis.text.slice(target.end, afterEnd).search(/[、和及与]/);
  const after = { start: target.end, end: cut === -1 ? afterEnd : target.end + cut };
  const before = { start: Math.max(clause.start, ...others.filter((f) => f.end <= target.start).map((f) => f.end)), end: target.start };
  const candidates: Array<[Span, Token | undefined]> = [
    [after, nounRunAfter(analysis, after)],
    [before, headNouns(analysis, before).at(-1)],
  ];
  const [words, noun] = candidates.find(([, found]) => found) ?? [];
  if (!words || !noun) return null;
  const head = headPiece(noun);
  const own = namePairs(head);
  const text = nameForm(analysis.text.slice(words.start, words.end));
  const pairs = (words: string) => objectPairs(words.replace(ADDITION, '，')).filter((pair) => !own.has(pair));
  // A pair across the head's edge (业集 of 制造业集群) qualifies nothing (产业集群 holds it too), unless the words hold no other
  // (重点事项: 重点 is generic, 点事 keeps a 事项 of any kind from answering).
  const at = text.lastIndexOf(head);
  const within = at < 0 ? [] : pairs(`${text.slice(0, at)}，${text.slice(at + head.length)}`);
  return { head, qualifiers: within.length > 0 ? within : pairs(text) };
}

/**
 * No clause names the object by its terms: a result figure in one of the closest review
 * sentences whose label holds the head of the target's object and a word qualifying it,
 * in the same unit or one converted to it (粮食总产量突破1300万吨 for 粮食产量252亿斤,
 * 招募留用银龄人才5494人 for 3600名高层次银龄人才), judged as targets are
 * (followup:head-figure). Amounts only, not rates: a rate's label names a field
 * (投资增长) that many rates share. A value off by more than `within` times is another
 * count of the same kind of thing (新增智能制造企业 of a province's 7146家企业).
 */
function byHeadFigure(review: Review, commitment: Commitment, ranked: Ranked[], find = (target: Figure) => headFigure(review, commitment, target, ranked.slice(0, HEAD_FIGURE.closest))): Decision | null {
  // Most commitments set no target: their figures need no search.
  if (commitment.targets.length === 0) return null;
  const own = new Set(commitment.targets);
  const targets = review.older.figures.filter((f) => own.has(f.id) && f.modality === 'target');
  const read = targets.map(find).filter((found) => found !== null);
  const [first] = read;
  if (!first) return null;
  const evidence = scored(ranked, first.sentence);
  // A target listed with one judged (播种面积1.1亿亩 of 播种面积1.1亿亩、产量825亿斤) that the sentence states nothing of is unreported.
  const clauses = clauseSpans(commitment.text, commitment.start).filter((span) => read.some(({ target }) => inside(target, span)));
  const unstated = targets.filter((target) => clauses.some((span) => inside(target, span)) && !read.some((found) => found.target === target) && !statesHead(review, commitment, target, first.sentence));
  const reason = [...read.map((found) => found.reason), ...unstated.map((target) => `${target.label} ${target.surface}: not stated`)].join('; ');
  // As target verdicts decide (byTargets), the targets judged decide: one short makes partly. The verdict deciding is named; none for a target unstated.
  const short = read.find((found) => !found.met);
  const verdict = short?.verdict ?? (unstated.length === 0 ? first.verdict : undefined);
  return { status: unstated.length === 0 && !short ? 'addressed' : 'partly', rule: first.rule, ...(verdict !== undefined && { verdict }), reason, evidence };
}

/** A figure of the sentence in the target's unit whose label holds the head of the target's object, near its value or not. */
function statesHead(review: Review, commitment: Commitment, target: Figure, sentence: Indexed): boolean {
  const found = headOf(review.older, commitment, target);
  const span = spanOf(sentence);
  return found !== null && review.outcomes.some((f) => inside(f, span) && valueIn(f, target.unit) !== null && nameForm(f.label).includes(found.head));
}

/** The year's addition against a total as it stands (新增先进制造业集群10个, 集群达到6个), or the other way round: scope:added-vs-total, as target verdicts read it. */
const addedVersusTotal = (review: Review, target: Figure, outcome: Figure) =>
  scopeDifference(placedSide(review.older, target), placedSide(review.newer, outcome))?.rule === scopeWords.added.id;

/** The ratio word closing a label with the character before it (参保率, 普及率, 占GDP比重): followup:head-ratio. */
const HEAD_RATIO = wordings.headRatio;
const RATIO = new RegExp(`[\\p{Script=Han}A-Za-z](?:${alternation(HEAD_RATIO.words)})$`, 'u');

/**
 * A share a target sets as a level (基本医疗保险参保率达到95%以上): a rate, unlike a growth, names the
 * thing it is a share of, so followup:head-figure may read it when the outcome's label closes on the
 * same ratio word (基本养老保险和基本医疗保险参保率保持在95%以上); null for anything else.
 */
function ratioName(target: Figure): string | null {
  if (target.unit !== '%' || target.change !== null || target.value <= 0) return null;
  return RATIO.exec(target.label)?.[0] ?? null;
}

/** The closest sentence's result figure of a target's head, judged; null when none is judged. */
/** A target's outcome found in other words, judged (followup:head-figure, followup:same-unit-figure). */
interface FoundOutcome {
  target: Figure;
  met: boolean;
  reason: string;
  rule: string;
  verdict: string;
  sentence: Indexed;
}

function headFigure(review: Review, commitment: Commitment, target: Figure, closest: Ranked[]): FoundOutcome | null {
  const ratio = ratioName(target);
  if (!amount(target) && ratio === null) return null;
  const found = headOf(review.older, commitment, target);
  if (!found) return null;
  const { head, qualifiers } = found;
  const names = (label: string) => {
    const pairs = namePairs(label);
    return (
      nameForm(label).includes(head) &&
      (qualifiers.length === 0 || qualifiers.some((pair) => pairs.has(pair))) &&
      (ratio === null || (RATIO.exec(label)?.[0] === ratio && qualifiers.filter((pair) => pairs.has(pair)).length > HEAD_RATIO.held * qualifiers.length)) &&
      namesMeasure(target.label, label)
    );
  };
  // A result of a catalogue measure answers a target in the catalogue's words only when it is the same measure (常住人口城镇化率
  // is not 户籍人口城镇化率, which the catalogue leaves out); a label in none of its words (产量825亿斤) may still be it.
  const sameMeasure = (outcome: Figure) => outcome.measure === null || measuresNamed(target.label).size === 0 || familyOf(outcome.measure) === familyOf(target.measure);
  const near = (value: number) => value >= target.value / HEAD_FIGURE.within && value <= target.value * HEAD_FIGURE.within;
  for (const { sentence } of closest) {
    const span = spanOf(sentence);
    const outcome = review.outcomes.find(
      (f) => inside(f, span) && (f.period === null || f.period === 'end') && f.change === null && names(f.label) && sameMeasure(f) && near(valueIn(f, target.unit) ?? 0) && !addedVersusTotal(review, target, f),
    );
    if (!outcome) continue;
    const judged = judge(target, valueIn(outcome, target.unit)!);
    if (!decides(judged)) continue;
    const { verdict, reason } = judged;
    const [both, rule] = ratio === null ? [`both of ${head}`, FOLLOWUP_RULES.headFigure] : [`both ${ratio} of ${head}`, FOLLOWUP_RULES.headRatio];
    return { target, met: commitmentStatus(judged) === 'addressed', reason: `${target.label}: target ${target.surface}, outcome ${outcome.surface}, ${both} (${verdict}: ${reason})`, rule, verdict: judged.rule, sentence };
  }
  return null;
}

/**
 * A target no outcome was found for (verdict no-data), in a unit that says what is counted (万亩, 公里, 套, 户; not 个, 项,
 * rates nor money: scope:same-unit-object), answered by the one figure of the year's review in its unit (or its noun's), within `within`
 * times it, whose clause holds a term of the target's clause few review clauses hold (RARE_NAME: 管网 of 改造排水、供水、
 * 供热、燃气管网2000公里 in 改造水热气等管网3656公里; not 服务, 活动), not after a noun naming another kind of it (蔬菜产量
 * for 粮食产量), or of the next clause of its sentence, saying only acts before it (保障性住房基本建成432万套，新开工建设1043万套):
 * followup:same-unit-figure. Two such figures of different values say nothing: either may be it. Not a
 * start, a sum or a mean over years, nor a total against the year's addition.
 */
function sameUnitFigure(review: Review, commitment: Commitment, target: Figure, checks: TargetCheck[]): FoundOutcome | null {
  const unit = countedUnit(target);
  if (!amount(target) || !countsObject(unit, target.unitType) || checks.some((check) => check.target.start === target.start && check.verdict !== 'no-data')) return null;
  const clause = clauseSpans(commitment.text, commitment.start).find((span) => inside(target, span));
  if (!clause) return null;
  const askedText = review.older.text.slice(clause.start, clause.end);
  const own = [...objectTerms(review.older, clause).terms].flatMap((term) => (term.length === 4 ? [term, term.slice(0, 2), term.slice(2)] : [term]));
  // The head of the target's object too, of a long compound its last piece (产量 of 粮食总产量).
  const terms = [...new Set([...own, headOf(review.older, commitment, target)?.head ?? ''])].filter(Boolean);
  const near = (value: number) => value >= target.value / HEAD_FIGURE.within && value <= target.value * HEAD_FIGURE.within;
  const valueOf = (outcome: Figure) => valueIn({ unit: countedUnit(outcome), value: outcome.value }, unit);
  const found = terms.filter((term) => !isGeneric(term) && fewClausesHold(review, term)).flatMap((term) =>
    review.byClauseTerm.get(term)!.flatMap((i) => {
      const said = review.clauses[i]!;
      const saidText = clauseText(review, i);
      if (MULTI_YEAR_VALUE.test(saidText) || anotherKindBefore(review.newer, said, saidText, term, askedText)) return [];
      // The next clause of the sentence saying only acts before its figure (…保障性住房基本建成432万套，新开工建设1043万套) counts the same thing.
      const next = review.clauses[i + 1];
      const continued = next && review.sentenceOf[i + 1] === review.sentenceOf[i] ? next : null;
      const counts = (f: Figure) =>
        inside(f, said) || (continued !== null && inside(f, continued) && (actsOf(review.newer.text.slice(continued.start, f.start))?.length ?? 0) > 0);
      const outcomes = review.outcomes.filter((f) => counts(f) && (f.period === null || f.period === 'end') && f.change === null && near(valueOf(f) ?? 0) && !addedVersusTotal(review, target, f));
      return outcomes.map((outcome) => ({ outcome, sentence: review.sentenceOf[i]! }));
    }),
  );
  const [first] = found;
  if (!first || new Set(found.map(({ outcome }) => valueOf(outcome))).size > 1) return null;
  const judged = judge(target, valueOf(first.outcome)!);
  if (!decides(judged)) return null;
  const reason = `${target.label}: target ${target.surface}, outcome ${first.outcome.surface}, the one of its unit whose clause names it (${judged.verdict}: ${judged.reason})`;
  return { target, met: commitmentStatus(judged) === 'addressed', reason, rule: FOLLOWUP_RULES.sameUnitFigure, verdict: judged.rule, sentence: first.sentence };
}

/** A figure's unit, or the one its noun names where it writes none (近1400万农业转移人口 counts 人). */
const countedUnit = (figure: Figure) => recordedNamedUnit(figure)?.unit ?? figure.unit;

/** Whether a review clause says a term right after a noun the ask lacks (蔬菜 of 蔬菜产量 for 粮食产量), not closing a list (水热气等管网): another kind of it. */
function anotherKindBefore(newer: Analysis, said: Span, saidText: string, term: string, askedText: string): boolean {
  const other = wordBefore(newer, said, saidText, term);
  return other !== undefined && NOUN_TAG.test(other.tag) && !PLACE_TAGS.has(other.tag) && !shortOf(other.text, askedText) && !saidText.slice(0, other.start - said.start).endsWith('等');
}

/**
 * A five-year review's count or amount many times the year's target (城镇新增就业452万人
 * for 86万人, 改造老旧小区2187个 for 150个) is a sum over the years, not the year's outcome
 * (followup:over-years); rates and changes are levels, never summed.
 */
const overYears = (target: Figure, outcome: Figure) => amount(target) && outcome.value >= OVER_YEARS * target.value;

/** A change a five-year review states (提高20.9个百分点, 下降20%以上) is over its span, not the year's, unless it ends on a level (提高到…). */
const changeOverYears = (outcome: Figure) => outcome.change !== null && outcome.period !== 'end';

/** The year's task or target named in a clause (完成年度“四类管线”改造任务, 年度化债任务完成): followup:year-task. */
const YEAR_TASK = new RegExp(wordings.yearTask.pattern);

/** The shares of the year's task a clause says done (完成年度目标任务的113%、220%和148%): followup:year-task-share. */
const YEAR_TASK_SHARE = new RegExp(wordings.yearTask.pattern + wordings.yearTaskShare.pattern);

/** The least share of the year's task a clause says done, in percent, or null when it tells none. */
export function yearTaskShare(clause: string): number | null {
  const shares = YEAR_TASK_SHARE.exec(clause)?.[1];
  return shares ? Math.min(...[...shares.matchAll(/\d+(?:\.\d+)?/g)].map(([share]) => Number(share))) : null;
}

/** The year's task of a target said done: addressed, unless a share of it below 100% is told (完成年度目标任务的90%): partly, with the share. */
function yearTaskDone(said: string, target: Figure, evidence: Evidence): Decision {
  const share = yearTaskShare(said);
  if (share === null) return { status: 'addressed', rule: FOLLOWUP_RULES.yearTask, reason: `${target.label} ${target.surface}: the year's task said done`, evidence };
  return { status: share >= 100 ? 'addressed' : 'partly', rule: FOLLOWUP_RULES.yearTaskShare, reason: `${target.label} ${target.surface}: ${share}% of the year's task done`, evidence };
}

/**
 * What the review clause naming one object of the commitment says of it, in this
 * order: a not-done wording makes partly; a figure short of the clause's target
 * partly; a completion wording (如期完成) addressed; a figure meeting the target
 * addressed; a start where only a start was asked (启动, 开工), a result figure, a
 * clause opening with an act word (实施, 制定), a level said reached (扩大到全国), a verb
 * marked done (进行了…改革), or the object named again and a result figure of it later in
 * the sentence, addressed,
 * unless named items of a listed ask are missing from the evidence or a number asked
 * is stated nowhere in it (followup:amount-unstated); effort wording, or the object
 * merely named again, partly.
 */
function readMatch(review: Review, match: Match, evidence: Evidence): Decision {
  const said = review.newer.text.slice(match.said.start, match.said.end);
  const asked = match.askedText ?? review.older.text.slice(match.asked.start, match.asked.end);
  const done = (rule: string): Decision => {
    const missing = unnamedItems(asked, match.sentence.text);
    if (missing.length > 0) return partOfList(missing, evidence);
    const [yearTarget] = rule === FOLLOWUP_RULES.completion && YEAR_TASK.test(said) ? targetsAsked(review, match) : [];
    if (yearTarget) return yearTaskDone(said, yearTarget, evidence);
    const [target] = unstatedTargets(review, match);
    return target ? { status: 'partly', rule: FOLLOWUP_RULES.amountUnstated, reason: `${target.label} ${target.surface}: no figure stated`, evidence } : { status: 'addressed', rule, evidence };
  };
  // Named by a shared name only, the clause may speak of another part of the ask (重庆东站 of a list of four projects).
  if (match.part) return readPart(review, match, evidence, asked, said);
  const wording = wordingOf(said);
  if (wording === 'not-done') return { status: 'partly', rule: FOLLOWUP_RULES.notDone, evidence };
  const figure = byFigure(review, match);
  // A shortfall of the clause's own target outweighs the word saying it done (实现高职院校扩招100万人目标 for 扩招200万人).
  if (figure && figure.status !== 'addressed') return { ...figure, evidence };
  if (wording === 'completion') return doneOfAnother(said, match.names) ? { status: 'partly', rule: FOLLOWUP_RULES.doneOfAnother, evidence } : done(FOLLOWUP_RULES.completion);
  if (figure) return { ...figure, evidence };
  if (opensToStart(askOf(asked)) && STARTED.some((word) => said.includes(word))) return done(FOLLOWUP_RULES.started);
  if (wording !== 'effort') {
    const stated = review.outcomes.filter((f) => inside(f, match.said) && !summedInYearless(review, match, f));
    const [growth] = stated.length > 0 ? growthUnstated(review, match, stated) : [];
    if (growth) return { status: 'no-evidence', rule: FOLLOWUP_RULES.growthUnstated, reason: `${growth.label} ${growth.surface}: no growth stated`, evidence };
    const [level] = stated.length > 0 ? levelUnstated(review, match, stated) : [];
    if (level) return { status: 'partly', rule: FOLLOWUP_RULES.levelUnstated, reason: `${level.label} ${level.surface}: only a change stated`, evidence };
    const wider = stated.length > 0 ? widerOutcome(review, match) : null;
    if (wider) return { status: 'partly', rule: FOLLOWUP_RULES.widerOutcome, reason: wider, evidence };
    const held = heldStable(review, match, asked, stated);
    if (held) return { ...done(FOLLOWUP_RULES.heldStable), reason: `held at ${held.surface} through the five years` };
    if (stated.length > 0) return done(FOLLOWUP_RULES.statedOutcome);
    const act = ACT.find((word) => said.startsWith(word));
    if (act && planOnly(asked, said)) return { status: 'partly', rule: FOLLOWUP_RULES.planOnly, evidence };
    if (act) return actOfAnother(review, match, asked, act) ? { status: 'partly', rule: FOLLOWUP_RULES.actOfAnother, evidence } : done(FOLLOWUP_RULES.act);
    if (LEVEL_REACHED.some((word) => said.includes(word) && !AIM.some((aim) => said.includes(aim + word)))) return done(FOLLOWUP_RULES.levelReached);
    if (perfective(review.newer, match)) return done(FOLLOWUP_RULES.perfective);
  }
  if (wording === null && resultPhrase(review, match, asked, said)) return done(FOLLOWUP_RULES.resultPhrase);
  const progress = progressMade(review, match, asked, said);
  if (progress === 'made') return done(FOLLOWUP_RULES.progress);
  if (progress === null && objectAdvanced(review, match, asked, said)) return done(FOLLOWUP_RULES.objectAdvanced);
  // Progress said of another thing (…和农村税费改革试点进展顺利) names the ask in passing: neither a result nor the act restated.
  if (progress !== 'another' && wording === null && resultAfter(review, match, asked, said)) return done(FOLLOWUP_RULES.resultAfter);
  if (progress !== 'another' && wording === null && restatedWhole(review, match, asked, said)) return done(FOLLOWUP_RULES.restatedWhole);
  if (progress !== 'another' && wording === null && actRestated(review, match, asked)) return done(FOLLOWUP_RULES.actRestated);
  return { status: 'partly', rule: wording === 'effort' ? FOLLOWUP_RULES.effort : FOLLOWUP_RULES.restated, evidence };
}

/** A clause naming the ask by a shared name only: partly (followup:names-part), unless its result sums up the whole ask. */
function readPart(review: Review, match: Match, evidence: Evidence, asked: string, said: string): Decision {
  const names = `names only ${match.names!.join('、')} of the commitment`;
  // Not in the five-year review, where a shared name says nothing of the year: there, an item of the list said done tells part of it.
  if (review.fiveYears) return { status: 'partly', rule: itemDone(asked, said, match) ? FOLLOWUP_RULES.fiveYearsItemDone : FOLLOWUP_RULES.namesPart, reason: names, evidence };
  const whole = readMatch(review, { ...match, part: false }, evidence);
  // A quoted name of two characters (“三北”, “两山”) names a programme whose figures (“三北”工程造林种草103.3万亩) sum up no ask of it.
  const counted = COUNTED.has(whole.rule) || whole.rule === FOLLOWUP_RULES.yearTask || whole.rule === FOLLOWUP_RULES.yearTaskShare;
  // Nor of a listed ask (适当提高退休人员基本养老金、城乡居民基础养老金和…标准) whose other items the sentence leaves out.
  const left = counted ? itemsLeftOut(asked, match.sentence.text) : [];
  const sums = match.names!.every((name) => name.length >= QUOTED_BOTH) && counted && left.length === 0;
  const counts = sums || (whole.status === 'addressed' && namedDone(asked, said, match));
  const reason = left.length > 0 ? `${names}; not named: ${left.join('、')}` : names;
  return counts ? withReason(whole, names) : { status: 'partly', rule: FOLLOWUP_RULES.namesPart, reason, evidence };
}

const HELD_STABLE = new RegExp(alternation(wordings.heldStable.asks));

/**
 * An ask that a level stay as it is, no target figure in it (优良天数比率保持稳定), and a five-year review's clause naming it
 * that states the level held through the span (优良天数比例稳定在98%以上: a held word right before the number): the figure
 * held, or null (followup:held-stable). Held every year, so in the year reviewed, as followup:held-level reads a target.
 */
function heldStable(review: Review, match: Match, asked: string, stated: Figure[]): Figure | null {
  if (!review.fiveYears || !HELD_STABLE.test(asked) || targetsAsked(review, match).length > 0) return null;
  return stated.find((f) => f.change === null && heldBefore(review, f)) ?? null;
}

/** A growth in percent (增长7%左右); not a change in percentage points of a rate (城镇化率提高0.9个百分点), which the rate's level answers against last year's. */
const growthRate = (figure: Figure) => figure.change !== null && figure.unitType === 'percent';

/**
 * The growth targets of an ask of growth only (地方一般公共预算收入增长3%左右) when the review clause naming it states
 * figures, none of them a growth (税收占一般公共预算收入比重超75%; 增速居全国第八; 从26.7%提高到52.1%): a level, share
 * or rank of the thing says nothing of the rate asked (followup:growth-unstated).
 */
function growthUnstated(review: Review, match: Match, stated: Figure[]): Figure[] {
  const targets = targetsAsked(review, match);
  if (targets.length === 0 || !targets.every(growthRate) || stated.some((f) => f.change !== null)) return [];
  return targets;
}

/**
 * The level targets of an ask of levels only (推动人参全产业链产值达到千亿级规模, 全省PM2.5平均浓度不超过35微克每立方米) when
 * every figure the review clause naming it states is a change or a rate in no unit of theirs (人参全产业链产值增长30.5%,
 * 国考10市PM2.5浓度改善10.8%): how the thing moved says nothing of the level reached (followup:level-unstated), as a level
 * says nothing of a growth asked (followup:growth-unstated). A count in another unit (在320个县开展试点 for 覆盖全国10%左右的县)
 * is left to decide.
 */
function levelUnstated(review: Review, match: Match, stated: Figure[]): Figure[] {
  const targets = targetsAsked(review, match);
  if (targets.length === 0 || targets.some((t) => t.change !== null)) return [];
  const moved = (f: Figure) => (f.change !== null || f.unitType === 'percent') && targets.every((t) => valueIn(f, t.unit) === null);
  return stated.every(moved) ? targets : [];
}

const PLAN_ONLY = wordings.planOnly;
const PLAN_DRAWN = new RegExp(`^(?:${alternation(PLAN_ONLY.acts)})(?!${alternation(PLAN_ONLY.enacted)}).*(?:${alternation(PLAN_ONLY.documents)})$`, 'u');

/**
 * A clause whose act only draws up a plan (制定合肥滨湖科学城实体化改革实施方案) for an ask that is not to draw one up (推进合肥滨湖
 *科学城实体化改革): a first step of the work, not the work done (followup:plan-only). Not a plan drawn up and carried out (制定实施
 * 一揽子化解地方债务方案), nor an ask naming the document (制定…规划).
 */
const planOnly = (asked: string, said: string) => {
  const drawn = PLAN_DRAWN.exec(said.replace(/[，。；]$/u, ''));
  return drawn !== null && !PLAN_ONLY.documents.some((document) => asked.includes(document));
};

/**
 * An amount the ask targets whose outcome in the review clause (outcomeOf) counts a wider kind (新增智能制造企业1585家 for
 * 新增智能制造标杆企业360家): the count of all says nothing of the narrower kind asked (followup:wider-outcome). The reason names
 * both, or null.
 */
function widerOutcome(review: Review, match: Match): string | null {
  // Amounts only: a rate of the whole (主要流域优良水质比例100%) may well be the part's too.
  for (const target of targetsAsked(review, match).filter(amount)) {
    const outcome = outcomeOf(review, match, target);
    const qualifier = outcome && countsWider(placedSide(review.older, target), placedSide(review.newer, outcome));
    if (qualifier) return `${target.label} ${target.surface}: ${outcome.label} ${outcome.surface} counts more than the ${qualifier} ones asked`;
  }
  return null;
}

/** Heads of an act's object that look at a thing rather than do it (督查, 评估): followup:act-of-another. */
const OTHER_HEADS = wordings.actOfAnother.heads;
/** Jieba's tags of a word that heads an act's object: a noun, or a verb read as a noun (督查/vn). */
const OBJECT_HEAD = new RegExp(`${NOUN_TAG.source}|^vn$`);

/**
 * A clause opening with an act word whose object ends on a noun of looking at a thing, the ask's words or names before
 * it (开展推动高质量发展综合督查 for 推动高质量发展取得新的更大成效): they only qualify the review held, not the ask done
 * (followup:act-of-another). An object the ask holds its head of (开展…评估 for 开展…评估) is the ask acted on; one ending
 * on a means of doing it (实施…行动, 制定实施…政策) is left to followup:act-word.
 */
function actOfAnother(review: Review, match: Match, asked: string, act: string): boolean {
  const object = { start: match.said.start + act.length, end: match.said.end };
  const head = tokensIn(tokensOf(review.newer), object).filter((token) => HAN.test(token.text)).at(-1);
  if (!head || !OBJECT_HEAD.test(head.tag) || nameForm(asked).includes(headPiece(head))) return false;
  if (!OTHER_HEADS.some((word) => nameForm(head.text).endsWith(word))) return false;
  const before = nameForm(review.newer.text.slice(object.start, head.start));
  return [...match.asked.terms, ...(match.names ?? [])].some((shared) => before.includes(shared));
}

/** How long the object run of a completion word may go on past a shared name it opens with (followup:done-of-another). */
const DONE_WITHIN = wordings.doneOfAnother.between;
const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * A clause naming the object by shared names after every completion word of it, the word's object running on
 * long past the names (完成西成铁路尖扎黄河特大桥施工项目…事故应急救援处置): the name only qualifies another
 * thing told done (followup:done-of-another). A list's mark or a joining word (、和与) ends the name's own item.
 */
export function doneOfAnother(said: string, names: string[] = []): boolean {
  const text = nameForm(said);
  const spans = names.filter((name) => text.includes(name)).map((name) => [text.indexOf(name), text.lastIndexOf(name) + name.length] as const);
  if (spans.length === 0) return false;
  const start = Math.min(...spans.map(([from]) => from));
  const past = hanCount(text.slice(Math.max(...spans.map(([, to]) => to))).split(/[、和与]/u)[0]!);
  // A word after the name has the name's run as its subject, adverbials between (基本药物制度在…机构实现全覆盖): not read.
  const words = COMPLETION.flatMap((word) => [...text.matchAll(new RegExp(word, 'g'))].map((m) => m.index + word.length));
  return words.length > 0 && words.every((end) => end <= start) && past > DONE_WITHIN;
}

/**
 * A shared name that is the whole thing an ask to finish or start names (沈白高铁建成通车, 完成碑林博物馆扩建工程,
 * 开工建设引大济岷等重大水利工程: the name opens its object, no other item listed beside it unnamed), said done
 * after the name in the review clause (沈白高铁、G331通车, 引大济岷工程启动建设): the clause tells that ask done,
 * not a part of it. A name inside the object (鄂州跨境电商综试区), a done word before the name (实现跨省通办)
 * or an ask to work on a thing (深入实施城市更新) stays followup:names-part.
 */
function namedDone(asked: string, said: string, match: Match): boolean {
  const ask = askOf(asked);
  if (wordingOf(ask) !== 'completion' && !opensToStart(ask)) return false;
  const object = nameForm(withoutVerb(ask));
  const name = match.names!.find((run) => object.startsWith(run));
  return name !== undefined && unnamedItems(asked, match.sentence.text, true).length === 0 && doneAfter(said, name);
}

/** A clause says a name done or started after it (凤凰机场三期、博鳌机场三期完工). */
function doneAfter(said: string, name: string): boolean {
  const text = nameForm(said);
  const at = text.lastIndexOf(name.slice(-NAME_LENGTH));
  const after = text.slice(at + NAME_LENGTH);
  return at !== -1 && (wordingOf(after) === 'completion' || STARTED.some((word) => after.includes(word)));
}

/**
 * In the five-year review (followup:five-years-item-done): a shared name opening or ending one item (故城遗址博物馆 of
 * 汉魏故城遗址博物馆) of a list an ask opens with a word to finish or start (建成凤凰机场三期、博鳌机场三期、…), said
 * done after it (凤凰机场三期、博鳌机场三期完工).
 */
function itemDone(asked: string, said: string, match: Match): boolean {
  const ask = askOf(asked);
  // The ask opens with its finish or start word: one later speaks of an item (探索…市场化运营模式), not of the list.
  if (!opensToStart(ask, true)) return false;
  const items = listedItems(ask).map(nameForm);
  if (items.length < 2) return false;
  return match.names!.some((name) => items.some((item) => item.startsWith(name) || item.endsWith(name)) && doneAfter(said, name));
}

// Longest first: the opener is cut off before asking whether what follows opens to finish or start.
const PROGRESS_ASKS = byLength(wordings.progress.asks);
const PROGRESS = new RegExp(wordings.progress.patterns.join('|'));
const OPENS_ON_PROGRESS = new RegExp(`^(?:${wordings.progress.patterns.join('|')})`);

/** The clause right after the naming one opens on progress words, with no subject of its own (…农村综合改革，取得阶段性重要成果): it says them of the object named. */
function progressAfter(review: Review, match: Match): boolean {
  const next = match.sentence.clauses.find((clause) => clause.start === match.said.end + 1);
  return next !== undefined && OPENS_ON_PROGRESS.test(review.newer.text.slice(next.start, next.end));
}

/**
 * An ask for work to go on (继续做好…改革, 稳步推进利率市场化改革), no target figure in it, whose
 * naming clause of the year's review or of the five-year review (the five years end with the year: 紧密型县域医共体建设取得新进展)
 * says the work bore fruit (取得了突破性进展, 迈出实质性步伐, 进展顺利), or whose next clause opens saying so, half
 * the object's character pairs in that clause, the progress word's own subject the ask's object: followup:progress-made, 'made'.
 * Progress on an ask to finish or reach something is not it done, nor progress told in a line summing up five years
 * (五年来，我们坚定不移…，在打造新质生产力重要实践地中迈出新步伐). Progress said of another subject than the ask's object is
 * 'another', whatever the ask.
 */
function progressMade(review: Review, match: Match, asked: string, said: string): 'made' | 'another' | null {
  if (!(PROGRESS.test(said) || progressAfter(review, match))) return null;
  const { object, work } = workAsked(review, match, asked);
  if (!progressOf(progressSubject(said), object)) return 'another';
  if (summaryOfFiveYears(match.sentence.text) || !work) return null;
  // Half the ask's object in the clause at least: progress on one of two things asked (资源型城市经济转型试点进展顺利 for …和采煤沉陷区治理) is not the ask's.
  return pairsShown(withoutVerb(asked), said) >= wordings.progress.share ? 'made' : null;
}

/**
 * The object of an ask, after its opener (稳步推进利率市场化改革: 利率市场化改革), and whether the ask is for work to go on:
 * it opens with one of progress.asks, has no target figure, and is not to finish or start (加快建成…, 推动建设…).
 */
function workAsked(review: Review, match: Match, asked: string): { object: string; work: boolean } {
  const ask = askOf(asked);
  const opener = PROGRESS_ASKS.find((word) => ask.startsWith(word)) ?? '';
  // The ask's own progress words (推动三大科创引领高地建设取得更大进展) are no part of its object.
  const object = progressSubject(withoutVerb(ask.slice(opener.length)));
  const work = opener !== '' && targetsAsked(review, match).length === 0 && !opensToStart(ask, true) && !opensToStart(ask.slice(opener.length), true);
  return { object, work };
}

/** A clause closing on a word of how and one of doing (…改革纵深推进, …铅锌矿加快建设), its subject before them. */
const ADVANCED = new RegExp(`(?:${alternation(wordings.objectAdvanced.adverbs)})(?:${alternation(wordings.objectAdvanced.verbs)})$`);

/**
 * An ask for work to go on (继续推进农村危房改造), answered by a clause of the year's review that sets its object first and
 * says it advanced (农村危房改造深入推进, “放管服”改革纵深推进): the work asked for was done, followup:object-advanced.
 * The verb first (深入实施国企改革三年行动) lists an act, restated; not in the five-year review, not of another subject.
 */
function objectAdvanced(review: Review, match: Match, asked: string, said: string): boolean {
  const found = ADVANCED.exec(said);
  if (!found || found.index === 0 || review.fiveYears || !inReview(review.newer, match.said.start)) return false;
  const { object, work } = workAsked(review, match, asked);
  const subject = said.slice(0, found.index).replace(PROGRESS_LINKS, '');
  // Every item of a listed object in the subject: 城镇保障房建设和农村危房改造 leaves out 城镇棚户区改造 of 保障性住房建设和城镇棚户区改造.
  return work && progressOf(subject, object) && unnamedItems(object, subject, true).length === 0;
}

/** Words between a progress word and its subject (…等工作都取得新的成效, 不断取得): not of the subject. */
const PROGRESS_LINKS = new RegExp(`(?:${alternation(wordings.progress.links)})+$`);

/** What a clause says bore fruit: its words before the progress word (平安中国建设 of 平安中国建设取得新进展); the whole clause when the next clause says it. */
function progressSubject(said: string): string {
  const found = PROGRESS.exec(said);
  return (found && found.index > 0 ? said.slice(0, found.index) : said).replace(PROGRESS_LINKS, '');
}

/** A text's Han characters only (“放管服”改革 → 放管服改革): its first and last pairs are where a subject opens and its head. */
const hanOf = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/**
 * The progress word's own subject is the ask's object (followup:progress-made): the noun run right before the progress
 * word, or one further back across 、, 和, 及, 与 with what follows it, opens on the object and holds `share` of it
 * (粮食、棉花流通体制改革 for 粮食流通体制改革; not 药品生产流通体制改革, another reform of a list of three, for 流通体制改革,
 * nor 新型城镇化建设 for 南疆城镇化建设), and its head is the object's or a word every part uses (建设, 工作): the head after
 * 等 when a list shares one (…深化国资国企改革等方面探索 is exploring), else its own (公务员工资制度改革和规范收入分配秩序).
 */
function progressOf(subject: string, object: string): boolean {
  // Pairs of the object as written and in short forms (国有企业, 国企): the subject is as the review writes it.
  const pairs = new Set([...namePairs(object), ...characterPairs(hanOf(object))]);
  const held = (head: string) => pairs.has(head) || isGeneric(head);
  const shared = /等([^、和及与等]+)$/.exec(subject)?.[1];
  const cuts = [0, ...[...subject.matchAll(/[、和及与]/g)].map((cut) => cut.index + 1)];
  return cuts.some((at) => {
    const from = subject.slice(at);
    const own = from.split(/[、和及与]/)[0]!.replace(/等$/, '');
    return pairs.has(hanOf(from).slice(0, 2)) && held(hanOf(shared ?? own).slice(-2)) && pairsShown(object, from) >= wordings.progress.share;
  });
}

const RESULT_PHRASE = new RegExp(`(?:${alternation(wordings.resultPhrase.degrees)})(?:${alternation(wordings.resultPhrase.changes)})`);

/**
 * The object named, then a word of degree and a word of change (招投标“双盲”评审改革有效促进市场公平竞争,
 * 孤儿、残疾人等群体补贴标准大幅增长): the clause tells what came of the ask, not work on it, in the year's review or
 * the five-year review (followup:result-phrase). Not negated (融资难融资贵问题尚未有效缓解), not for an ask with a
 * target figure (a figure answers it), not when the clause holds less than `share` of the ask's object, nor in a
 * line summing up five years (五年来，我们坚定不移…，综合实力和核心竞争力显著提升).
 */
function resultPhrase(review: Review, match: Match, asked: string, said: string): boolean {
  if (!saysResult(said)) return false;
  if (summaryOfFiveYears(match.sentence.text) || targetsAsked(review, match).length > 0) return false;
  return pairsShown(withoutVerb(asked), said) >= wordings.resultPhrase.share;
}

/** A word of degree then one of change after the clause's object (at 0 it opens the clause: 有效应对…, an act), not negated (尚未有效缓解). */
export function saysResult(said: string): boolean {
  const found = RESULT_PHRASE.exec(said);
  return found !== null && found.index > 0 && !NOT_DONE.some((word) => said.slice(0, found.index).endsWith(word));
}

const ONGOING = wordings.restatedWhole.ongoing;

/**
 * A clause of the year's review saying the ask again nearly whole (对种粮农民实行直接补贴), no word
 * of effort or aim in it, reports the act among the year's work (followup:restated-whole); not
 * one saying it goes on (深入实施, 常态化开展), not in the five-year review; byClauses reads it as
 * restated for a commitment with a target figure, and as done only when every clause read is done.
 */
function restatedWhole(review: Review, match: Match, asked: string, said: string): boolean {
  // A problem the review lists (形式主义、官僚主义现象依然存在) names the ask, it reports nothing done.
  if (review.fiveYears || sectionAt(review.newer.sections, match.said.start)?.role !== 'review') return false;
  if ([...AIM, ...ONGOING].some((word) => said.includes(word))) return false;
  // Every named item of a listed ask (办好欧亚经济论坛、中欧班列国际合作论坛…) is in the sentence.
  return restatedShare(asked, said) >= wordings.restatedWhole.share && unnamedItems(asked, match.sentence.text, true).length === 0;
}

/** Jieba's tags of a word of manner before a verb (积极清理, 认真实施). */
const MANNER_TAG = /^(?:d|ad)$/;
/** Words of manner jieba tags as nouns or adjectives (大力, 全力, 扎实, 高标准): the lexicon's, of how wherever they stand and of how before a verb. */
const ACT_MANNER: ReadonlySet<string> = new Set([...SCOPE_MANNER, ...MANNER_WORDS]);
/** A word of manner before the clause's verb; one of the lexicon's tagged a verb is the verb (加大…力度, 统筹发展和安全, 继续搞好…). */
const isManner = (token: Token) => MANNER_TAG.test(token.tag) || (ACT_MANNER.has(token.text) && !VERB_TAG.test(token.tag));
const ACT_RESTATED = wordings.actRestated;
/** A sentence of the principle the year's work followed or of a lesson drawn (坚持以…为指导, 必须坚持…): lines of policy, not acts. */
const PRINCIPLE_SENTENCE = new RegExp(ACT_RESTATED.principle.join('|'));
/** Words of aim, purpose, obligation, being or a future, and those saying work goes on (更好服务企业, 必将激励, 深入实施): no act reported done. */
const NOT_ACTS: ReadonlySet<string> = new Set([...ACT_RESTATED.notActs, ...ONGOING]);
/** Words saying a subject's work goes on (…改革继续深化, …体系不断优化): after a noun, the clause's object came first. */
const GOES_ON: ReadonlySet<string> = new Set([...ACT_RESTATED.goesOn, ...ONGOING, ...wordings.progress.links, ...wordings.objectAdvanced.adverbs]);
/** Jieba's tags of the words an ask opens its object after: its verbs, their manner and joining words (加力构建, 并改善, 坚持以). */
const OPENING_TAG = /^(?:v|d|ad|c|p)$/;

/**
 * An ask without a target figure answered by a clause of the year's review that opens on a verb, words of manner before
 * it, the ask's object after it (推进医疗机构检查检验结果互认 for 推动检查检验结果互认): the review lists the act among the
 * year's work, followup:act-restated. Not with the object first (…工作顺利展开, …体系不断优化: how far it got), not on a word
 * of purpose, aim or going on (围绕制定…, 更好服务企业, 深入实施), not in a lead sentence (五是加强…) nor one of principle
 * (坚持以…为指导, 必须坚持…), not for an ask that is itself a frame or a purpose (以…为指导, 为…不懈努力). Weak as
 * followup:restated-whole: the commitment is addressed by it only when every other reading is done too.
 */
function actRestated(review: Review, match: Match, asked: string): boolean {
  if (review.fiveYears || sectionAt(review.newer.sections, match.said.start)?.role !== 'review') return false;
  // A part's or a paragraph's lead sentence ((四)发展现代特色农业，推进乡村全面振兴; 一是保持宏观政策…) names a theme, not an act.
  const sentence = match.sentence.text;
  if (targetsAsked(review, match).length > 0 || leadSentence(review, match.sentence) || PRINCIPLE_SENTENCE.test(sentence)) return false;
  // An ask opening on a preposition (以…为指导, 为…不懈努力, 在…的基础上) sets a frame or a purpose, no act.
  const askTokens = tokensIn(tokensOf(review.older), match.asked).filter((token) => HAN.test(token.text));
  if (askTokens[0]?.tag === 'p') return false;
  const tokens = tokensIn(tokensOf(review.newer), match.said).filter((token) => HAN.test(token.text));
  const at = tokens.findIndex((token) => !isManner(token));
  const verb = tokens[at];
  if (!verb || !VERB_TAG.test(verb.tag) || tokens.slice(0, at + 1).some((token) => NOT_ACTS.has(token.text))) return false;
  // A verb qualifying a noun (面对的是…) reports no act; nor a clause whose object comes first (算电融合项目加力推进).
  if (tokens[at + 1]?.text === '的' || objectFirst(askTokens, tokens, at)) return false;
  // Nor one saying how far the work got (…试点进展顺利) or naming another thing (召开…定点帮扶推进会).
  if (PROGRESS.test(review.newer.text.slice(match.said.start, match.said.end)) || anotherHead(tokens, asked)) return false;
  // Every named item of a listed ask in the sentence too (办好金熊猫奖、中国艺术节和中国网络视听大会 against 办好…中国艺术节、…视听大会).
  return restatedShare(asked, review.newer.text.slice(verb.start, match.said.end)) >= ACT_RESTATED.share && unnamedItems(asked, sentence, true).length === 0;
}

/** A sentence opening a headed part or an item of the review ((四)发展现代特色农业…, 五是加强…), as the report's sections read their marks. */
function leadSentence(review: Review, sentence: Indexed): boolean {
  const part = sectionAt(review.newer.sections, sentence.start);
  return part !== null && part.heading !== null && part.start === sentence.start;
}

/**
 * The noun a review clause ends on, of two characters or more, sharing no character pair with the ask (召开…高质量发展现场会
 * for 积极争取中央单位定点帮扶, …伟大胜利的磅礴力量 for 高举中国特色社会主义伟大旗帜): the ask's words only qualify another thing.
 * Not a word every part uses (建设, 工作), nor a head right after a word of the ask, which narrows it (盘活财政存量资金 for 盘活存量).
 */
function anotherHead(said: Token[], asked: string): boolean {
  const [before, head] = said.slice(-2);
  if (!head || !NOUN_TAG.test(head.tag) || !/^\p{Script=Han}{2,}$/u.test(head.text) || isGeneric(nameForm(head.text))) return false;
  return pairsShown(head.text, asked) === 0 && !(before && before.text.length > 1 && asked.includes(before.text));
}

/**
 * Whether a review clause sets the ask's object first: the word opening it is one of the ask's object, past the verbs the
 * ask opens with (多元化 of 加力构建多元化食物供给体系, 振兴 of 继续实施东北地区等老工业基地振兴战略), or a word of going on
 * follows a noun in it (供给侧结构性改革继续深化): the clause tells how far the work got, not the act.
 */
function objectFirst(asked: Token[], said: Token[], at: number): boolean {
  const verb = asked.findIndex((token) => VERB_TAG.test(token.tag));
  const from = asked.findIndex((token, i) => i > verb && !OPENING_TAG.test(token.tag));
  if (verb !== -1 && from !== -1 && asked.slice(from).some((token) => token.text === said[at]!.text)) return true;
  return said.some((token, i) => i > at + 1 && GOES_ON.has(token.text) && (NOUN_TAG.test(said[i - 1]!.tag) || said[i - 1]!.tag === 'vn'));
}

/** Aim and holding words inside an ask (全力争取西夏陵申遗成功, 国际收支保持基本平衡) are no part of what a review says again (西夏陵申遗成功, 国际收支基本平衡). */
const RESTATED_CUTS = new RegExp(alternation(wordings.restatedWhole.cuts), 'g');

/** The share of the ask's object pairs a review clause holds, the object whole or cut at its aim and holding words (保持社会稳定 said 保持社会和谐稳定). */
function restatedShare(asked: string, said: string): number {
  const object = withoutVerb(asked);
  const pairs = new Set(object.split(RESTATED_CUTS).flatMap((piece) => [...namePairs(piece)]));
  const shown = namePairs(said);
  const cut = pairs.size === 0 ? 0 : [...pairs].filter((pair) => shown.has(pair)).length / pairs.size;
  return Math.max(cut, pairsShown(object, said));
}

/** Jieba's tag of the aspect particle (进行了, 实行了); 为了, 除了 are tagged p. */
const ASPECT_TAG = 'ul';
const PARTICLES: ReadonlySet<string> = new Set(wordings.perfective.particles);

/**
 * A verb of the review clause marked done by the aspect particle, the ask's object after it
 * (two of its terms: 进行了乡镇机构…配套改革, 实行了所得税分享改革): followup:perfective. The object
 * before it is not what was done (集体林权制度改革进行了成功探索, …补偿制度做了大量准备工作).
 */
function perfective(analysis: Analysis, match: Match): boolean {
  const tokens = tokensIn(tokensOf(analysis), match.said);
  const marked = tokens.findIndex((token, i) => i > 0 && token.tag === ASPECT_TAG && PARTICLES.has(token.text) && VERB_TAG.test(tokens[i - 1]!.tag));
  if (marked === -1) return false;
  const after = new Set(termsOf(analysis, { start: tokens[marked]!.end, end: match.said.end }));
  return [...match.asked.terms].filter((term) => after.has(term)).length >= SHARED_TERMS;
}

/**
 * The clause naming the object restates the ask and a later clause of its sentence states
 * a result figure of a term of that object (纵深推进安全生产治本攻坚三年行动，生产安全事故起数…
 * 分别下降15%: followup:result-after). Not for an ask with a target figure: a figure of
 * something else near it does not answer the target (生物经济营业收入增长8%以上).
 */
function resultAfter(review: Review, match: Match, asked: string, said: string): boolean {
  if (targetsAsked(review, match).length > 0) return false;
  // A result phrase there (天山北坡城市群空气质量明显提升) only in the year's review: in the five-year review it may sum up a field (产业实力和竞争力明显提升).
  const result = (clause: Span) => review.outcomes.some((f) => inside(f, clause)) || (!review.fiveYears && saysResult(review.newer.text.slice(clause.start, clause.end)));
  // The next clause opening on a verb (扩围实施“以旧换新”政策，拉动消费285.6亿元) has no subject of its own: it tells what came of
  // the act named, half its object in the clause at least (not a clause of another act matched by a word: 深入实施“法治护航”专项行动 against
  // 大力实施提振消费专项行动，发放以旧换新补贴121.9亿元), unless that clause only set an aim (围绕制定…规划，组织2000多位专家…: the work done toward it).
  const named = pairsShown(withoutVerb(asked), said) >= wordings.resultPhrase.share && !NOT_ACT_WORDS.has(firstWord(review.newer, match.said)?.text ?? '');
  const next = match.sentence.clauses.find((clause) => clause.start === match.said.end + 1);
  const ofIt = (clause: Clause) => [...match.asked.terms].some((term) => clause.terms.has(term)) || (clause === next && named && !review.fiveYears && opensOnVerb(review.newer, clause));
  return match.sentence.clauses.some((clause) => clause.start > match.said.start && result(clause) && ofIt(clause));
}

/** A clause's first word of Han characters. */
const firstWord = (analysis: Analysis, clause: Clause) => tokensIn(tokensOf(analysis), clause).find((token) => HAN.test(token.text));
/** A clause whose very first word is a verb: one opening on a quoted name (“围绕主线办实事”680多件) has that name for its subject. */
const opensOnVerb = (analysis: Analysis, clause: Clause) => HAN.test(analysis.text.slice(clause.start, clause.end).trimStart()[0] ?? '') && VERB_TAG.test(firstWord(analysis, clause)?.tag ?? '');
/** Words of aim or purpose opening a clause (围绕, 确保, 力争): no act done. */
const NOT_ACT_WORDS: ReadonlySet<string> = new Set(wordings.actRestated.notActs);

/**
 * The target figures of the asked clause (打造“数智工厂”5个, 新建5处考古遗址公园) when the evidence
 * sentence states no figure at all: a word says the thing done, not that the number asked was
 * reached (followup:amount-unstated).
 */
function unstatedTargets(review: Review, match: Match): Figure[] {
  const sentence = spanOf(match.sentence);
  if (review.newer.figures.some((f) => inside(f, sentence))) return [];
  return targetsAsked(review, match);
}

/**
 * A report with no part on the year (national 2001, 2003, 2008, 2013) reviews five years, and the paragraphs of it
 * that name the year read as the year's (…2000年分别达到2253元和6280元); a figure there that its sentence counts over
 * several years up to it (五年累计实际利用外资2894亿美元; 1998年以来，国有企业下岗职工达2700多万人: 年均, 累计, 以来), or a
 * start value, is no outcome of the year (followup:years-summed). The five-year review's own figures decide nothing already.
 */
function summedInYearless(review: Review, match: Match, figure: Figure): boolean {
  if (!review.yearless || review.fiveYears) return false;
  return (figure.period !== null && figure.period !== 'end') || MULTI_YEAR_VALUE.test(review.newer.text.slice(match.sentence.start, figure.start));
}

/**
 * What a clause naming part of the ask may still report of the whole: a result figure
 * (新增零碳园区3家), a target figure met, or an act (制定实施公平竞争审查条例) sum up a
 * programme, where a completion word (重庆东站建成) tells the one named item done.
 */
const COUNTED: ReadonlySet<string> = new Set([FOLLOWUP_RULES.statedOutcome, FOLLOWUP_RULES.targetMet, FOLLOWUP_RULES.act]);

/** Rules that find a shortfall: one of them on any object of the commitment makes the whole partly. */
const SHORTFALL: ReadonlySet<string> = new Set([FOLLOWUP_RULES.notDone, FOLLOWUP_RULES.partOfList, FOLLOWUP_RULES.targetShort, FOLLOWUP_RULES.targetNear, FOLLOWUP_RULES.amountUnstated]);

/**
 * The commitment's objects as the review speaks of them (the best-named first): a
 * shortfall on any makes partly; else one done makes addressed; else effort or a
 * restatement makes partly. No object named: no decision.
 */
function byClauses(review: Review, commitment: Commitment, ranked: Ranked[], naming: Naming): Decision | null {
  const matches = matchesOf(review, commitment, naming);
  const read = matches
    .slice(0, READ)
    .map((match) => {
      const decision = readMatch(review, match, scored(ranked, match.sentence));
      // An ask with a target figure is answered by the figure: said again whole, it is only restated.
      if (decision.rule === FOLLOWUP_RULES.restatedWhole && commitment.targets.length > 0) return { ...decision, status: 'partly' as const, rule: FOLLOWUP_RULES.restated };
      const named = match.names && !match.part ? withReason(decision, `named by ${match.names.join('、')}`) : decision;
      const headed = match.byHead ? withReason(named, `named by the head of the fields listed (${FOLLOWUP_RULES.enumeratedHead})`) : named;
      const formed = match.otherForms ? withReason(headed, `named in another form (${FOLLOWUP_RULES.otherForm}: ${match.otherForms.join('、')})`) : headed;
      const { defined } = match;
      if (defined) return withReason(formed, `named by a short form the reports define (${FOLLOWUP_RULES.definedName}, ${defined.rule}: ${defined.short} = ${defined.full})`);
      return match.askedText ? withReason(formed, `a line's short name (${FOLLOWUP_RULES.placePair})`) : formed;
    });
  // The year's review only: over five years, nothing happened says little of the year.
  if (naming === 'terms' && !review.fiveYears) read.push(...byPrevented(review, commitment, ranked));
  if (read.length === 0) return null;
  return naming === 'terms' ? unnamedClauses(review, commitment, matches, statusOfParts(read)) : statusOfParts(read);
}

/** A list an ask names: its items by their own words (the head they all end on left out), and what 等 closes it on (its kind), if anything. */
interface NamedList {
  own: string[];
  /** How many items it lists, those too short to name anything (5G, 煤) counted. */
  count: number;
  kind: string | null;
  /** Whether its items are names, not fields. */
  names: boolean;
}

const LIST_JOINS: ReadonlySet<string> = new Set(wordings.itemsNamed.joins);
const LIST_NAME_TAG = new RegExp(wordings.itemsNamed.nameTags);

/**
 * The list a clause of an ask names with 、 (推动中美史克、诺和诺德、华润医药等增资扩产; 组建运营好四川能源发展集团、数据集团、
 * 轨道交通集团): its items as jieba cuts them, cut at 、 and at a joining word tagged as one (和, not that of 诺和诺德), the
 * first from its first noun (组建运营好 is the verb), up to 等; the head all items end on is shared (集团), an item of
 * fewer than two characters of its own names nothing. Its kind: what 等 closes it on, when that opens on a noun.
 * Kept per report: the year's and the five-year review read the same lists.
 */
const namedList = spanMemo((analysis: Analysis, span: Span): NamedList | null => {
  const tokens = tokensIn(tokensOf(analysis), span);
  const stop = tokens.findIndex((token) => token.text === '等');
  const listed = stop === -1 ? tokens : tokens.slice(0, stop);
  // Where the list ends: at 等, or at the end of an ask to finish or start it (开工招远一期、石岛湾核电2号机组).
  if (!listed.some((token) => token.text === '、') || (stop === -1 && !opensToStart(askOf(analysis.text.slice(span.start, span.end)), true))) return null;
  const groups: Token[][] = [[]];
  for (const token of listed) {
    if (token.text === '、' || (token.tag === 'c' && LIST_JOINS.has(token.text))) groups.push([]);
    else groups.at(-1)!.push(token);
  }
  const first = groups[0]!.findIndex((token) => NOUN_TAG.test(token.tag));
  groups[0] = groups[0]!.slice(first === -1 ? groups[0]!.length : first);
  const items = groups.map((group) => group.map((token) => token.text).join(''));
  const head = sharedEnd(items);
  const own = items.map((item) => item.slice(0, item.length - head.length)).filter((item) => hanCount(item) >= 2);
  // Items of names (中美史克, 招远一期, 宁淮城际铁路), not of fields (工业、科研、教育; 绿色算力、高原康养, which the report speaks
  // of again and again): each holds a name or a number as jieba tags it, and few sentences of the report name it.
  const tagged = groups.every((group) => group.some((token) => LIST_NAME_TAG.test(token.tag) && /[\p{Script=Han}\d]/u.test(token.text)));
  const names = tagged && own.every((item) => fewSentencesName(analysis, itemName(item), RARE_NAME));
  const after = stop === -1 ? [] : tokens.slice(stop + 1);
  const kind = after.length > 0 && NOUN_TAG.test(after[0]!.tag) ? after.map((token) => token.text).join('') : null;
  return own.length >= 2 ? { own, count: items.filter(Boolean).length, kind, names } : null;
});

/**
 * A listed ask without a target figure (推动中美史克、诺和诺德、华润医药等增资扩产) that no clause names by its terms,
 * answered by its items: the review sentence, or two adjacent, naming most of them each by its own words in a clause
 * telling work on them. Every item named, in clauses saying them done (or started, where a start was asked), is the list
 * done (followup:items-named); named as worked on, partly; only some named, done in part (followup:part-of-list, the others
 * in the reason). In the five-year review, a part of the list at most (followup:five-years-item-done). Or by its count: the
 * list's count and kind (汽车、钢铁…等重点产业调整和振兴规划, ten items) said done or enacted in one clause of the year's
 * review (制定并实施十大重点产业调整振兴规划): followup:list-counted.
 */
function byListItems(review: Review, commitment: Commitment, ranked: Ranked[]): Decision | null {
  if (commitment.targets.length > 0) return null;
  const older = review.older;
  for (const span of commitmentClauses(older, commitment)) {
    const list = namedList(older, span);
    if (!list) continue;
    const counted = review.fiveYears ? null : listCounted(review, list, ranked);
    if (counted) return counted;
    const named = list.names ? itemsNamedIn(review, list) : null;
    if (!named) continue;
    const missing = list.own.filter((item) => !named.items.includes(item));
    const evidence = scored(ranked, named.sentence);
    const reason = `named: ${named.items.join('、')}`;
    if (missing.length > 0) return partOfList(missing, evidence);
    const ask = askOf(older.text.slice(span.start, span.end));
    const done = named.clauses.every((clause) => wordingOf(clause) === 'completion' || (opensToStart(ask) && STARTED.some((word) => clause.includes(word))));
    if (done) return { status: review.fiveYears ? 'partly' : 'addressed', rule: review.fiveYears ? FOLLOWUP_RULES.fiveYearsItemDone : FOLLOWUP_RULES.itemsNamed, reason, evidence };
    return { status: 'partly', rule: named.clauses.some((clause) => wordingOf(clause) === 'effort') ? FOLLOWUP_RULES.effort : FOLLOWUP_RULES.restated, reason, evidence };
  }
  return null;
}

/** The words an item is named by: the run of NAME_LENGTH characters it opens with, in short forms, or all of a shorter one. */
const itemName = (item: string) => nameForm(item).slice(0, NAME_LENGTH);

/**
 * Whether a clause names an item by its own words: the item whole, or the run of NAME_LENGTH characters it opens with
 * (通苏嘉甬 of 通苏嘉甬高铁; not 核电一期, the head 华能霞浦核电一期 shares with 漳州核电一期), words at most RARE_NAME
 * sentences of the review hold (厦门, 教育: a place or a field many sentences speak of).
 */
function namesItem(review: Review, item: string, clause: ReviewClause): boolean {
  const run = itemName(item);
  if (!clause.short.includes(run)) return false;
  const { shorts, counts } = reviewWords(review);
  let count = counts.get(run);
  if (count === undefined) {
    count = 0;
    for (const short of shorts) if (short.includes(run)) count++;
    counts.set(run, count);
  }
  return count <= RARE_NAME;
}

interface ReviewClause {
  text: string;
  short: string;
}

/**
 * A review's sentences in short forms, each sentence's clauses as written and in short forms, and how many
 * sentences hold each item's run: kept per review, for itemsNamedIn reads them all for every list asked.
 */
const wordsIn = new WeakMap<Review, { shorts: string[]; clauses: ReviewClause[][]; counts: Map<string, number> }>();
function reviewWords(review: Review): { shorts: string[]; clauses: ReviewClause[][]; counts: Map<string, number> } {
  let words = wordsIn.get(review);
  if (!words) {
    const clauses = review.sentences.map((sentence) =>
      clauseSpans(sentence.text, 0).map((span) => {
        const text = sentence.text.slice(span.start, span.end);
        return { text, short: nameForm(text) };
      }),
    );
    wordsIn.set(review, (words = { shorts: review.sentences.map((s) => nameForm(s.text)), clauses, counts: new Map() }));
  }
  return words;
}

/** A clause telling work on what it names: done, worked on or started, not undone. */
const tellsWork = (clause: string) => ['completion', 'effort'].includes(wordingOf(clause) ?? '') || STARTED.some((word) => clause.includes(word));

/**
 * The review sentence, or two adjacent, whose clauses telling work (tellsWork) name most items of a list, one of
 * NAME_LENGTH characters at least: the items, the clauses naming them, and the first sentence naming one (the evidence).
 */
function itemsNamedIn(review: Review, list: NamedList): { items: string[]; clauses: string[]; sentence: Indexed } | null {
  let best: { items: string[]; clauses: string[]; sentence: Indexed } | null = null;
  // Each sentence's clauses are read once, though each is read alone and with the one before and after; whether a clause
  // names an item (a substring) before whether it tells work (wordingOf reads every word of doing), as few clauses name one.
  const naming = reviewWords(review).clauses.map((clauses) => clauses.filter((clause) => list.own.some((item) => namesItem(review, item, clause)) && tellsWork(clause.text)));
  naming.forEach((_, i) => {
    for (const read of i + 1 < naming.length ? [[i], [i, i + 1]] : [[i]]) {
      const clauses = read.flatMap((j) => naming[j]!);
      const items = list.own.filter((item) => clauses.some((clause) => namesItem(review, item, clause)));
      // Short names alone (阿克苏、和田) are often part of another name (阿克苏至巴楚段铁路).
      if (items.some((item) => hanCount(item) >= NAME_LENGTH) && items.length > (best?.items.length ?? 0)) {
        best = { items, clauses: clauses.map((clause) => clause.text), sentence: review.sentences[read.find((j) => naming[j]!.length > 0)!]! };
      }
    }
  });
  return best;
}

// Each count of a clause with what follows it to the clause's end, read ahead and not taken: the 一 of 进一步 must leave the
// 十 of 进一步实施十大重点产业调整振兴规划 to be read.
const COUNTED_LIST = new RegExp(wordings.listCounted.pattern, 'gu');

/** The review's clauses stating a count of a kind (COUNTED_LIST), in order, with their statements: found once per review, not once per list asked. */
const countedIn = new WeakMap<Review, Array<[number, RegExpExecArray[]]>>();
function countedLists(review: Review): Array<[number, RegExpExecArray[]]> {
  let counted = countedIn.get(review);
  if (!counted) {
    counted = [];
    for (let i = 0; i < review.clauses.length; i++) {
      const counts = [...clauseText(review, i).matchAll(COUNTED_LIST)];
      if (counts.length > 0) counted.push([i, counts]);
    }
    countedIn.set(review, counted);
  }
  return counted;
}

/** A review clause stating the list's count of its kind (十大重点产业调整振兴规划) and saying it done or enacted: followup:list-counted. */
function listCounted(review: Review, list: NamedList, ranked: Ranked[]): Decision | null {
  // A short kind (项目, 政策) or a count of two names a list another sentence may count by chance.
  if (list.kind === null || hanCount(list.kind) < NAME_LENGTH || list.count < wordings.listCounted.least) return null;
  for (const [i, counts] of countedLists(review)) {
    const text = clauseText(review, i);
    // The count and kind first: few clauses state them, and wordingOf reads every word of doing.
    const counted = counts.find(([, numeral, rest]) => countOf(numeral) === list.count && pairsShown(list.kind!, rest!) >= ITEM_SHOWN);
    if (counted && (wordingOf(text) === 'completion' || ACT.some((word) => text.includes(word)))) {
      return { status: 'addressed', rule: FOLLOWUP_RULES.listCounted, reason: `${counted[1]}${list.kind}`, evidence: scored(ranked, review.sentenceOf[i]!) };
    }
  }
  return null;
}

const FINISH_ASKS = wordings.unnamedFinish.asks;
const FINISH_AIMS = wordings.unnamedFinish.aims;

/**
 * A commitment naming several things to finish (完成临沂机场航站楼改扩建，建成枣庄机场) is done only
 * when each is: a clause asking to finish (FINISH_ASKS) that no clause of the year's review names leaves a done reading partly (followup:part-of-list).
 */
function unnamedClauses(review: Review, commitment: Commitment, matches: Match[], decision: Decision): Decision {
  if (decision.status !== 'addressed' || review.fiveYears) return decision;
  const spans = commitmentClauses(review.older, commitment);
  const missing = spans
    .map((span) => [span, review.older.text.slice(span.start, span.end)] as const)
    .filter(([span, text]) => FINISH_ASKS.some((word) => askOf(text).startsWith(word)) && !matches.some((match) => match.asked.start === span.start))
    .map(([, text]) => withoutVerb(text));
  return spans.length > 1 && missing.length > 0 ? partOfList(missing, decision.evidence) : decision;
}

/**
 * The named things a clause asks to finish or start (建成安徽百戏城、省文化馆新馆和非遗展示馆: its items; 建成枣庄机场:
 * the one thing), none of another kind of clause.
 */
function thingsToFinish(clause: string): string[] {
  const ask = askOf(clause);
  if (!opensToStart(ask, true) || FINISH_AIMS.some((word) => ask.startsWith(word))) return [];
  const items = listedItems(ask);
  if (items.length >= 2) return items;
  return FINISH_ASKS.some((word) => ask.startsWith(word)) ? [withoutVerb(ask)] : [];
}

/**
 * Target figures met, or clauses said done, answer their own clauses only: a commitment that also asks, in a clause
 * of no target, to finish or start named things (建成安徽百戏城、省文化馆新馆和非遗展示馆，建设公共文化空间600个, the 600
 * met) is done in part while either review names one of them nowhere (followup:part-of-list, the unreported names in
 * the reason beside the decision's).
 */
function withUnreportedItems(review: Review, fiveYears: Review, commitment: Commitment, decision: Decision | null): Decision | null {
  if (decision?.status !== 'addressed') return decision;
  const targets = review.older.figures.filter((f) => commitment.targets.includes(f.id));
  const sentences = [...review.sentences, ...fiveYears.sentences];
  const missing = clauseSpans(commitment.text, commitment.start)
    .filter((span) => !targets.some((f) => inside(f, span)))
    .flatMap((span) => thingsToFinish(review.older.text.slice(span.start, span.end)))
    .filter((item) => !sentences.some((s) => pairsShown(item, s.text) >= ITEM_SHOWN));
  if (missing.length === 0) return decision;
  const reason = [decision.reason, `not named in either review: ${missing.join('、')}`].filter(Boolean).join('; ');
  return { status: 'partly', rule: FOLLOWUP_RULES.partOfList, reason, evidence: decision.evidence };
}

/** Rules that tell an ask done only when every other reading of the commitment is done too. */
const WEAK_DONE: ReadonlySet<string> = new Set([FOLLOWUP_RULES.restatedWhole, FOLLOWUP_RULES.actRestated]);

/**
 * What several readings of one commitment add up to (its clauses as byClauses reads them, or
 * the parts a gold item names): a shortfall on any makes partly; else one done makes
 * addressed; else one partly; else no evidence. A clause said again whole
 * (followup:restated-whole) tells the ask done only when every other reading is done too: one
 * worked on, named again or without evidence outweighs it (counting a part without evidence
 * as neutral measured one right and two wrong addressed calls more). An act restated
 * (followup:act-restated) the same, but beside a reading without evidence it stays the
 * restatement it was read as before that rule, partly.
 */
export function statusOfParts<T extends Pick<Decision, 'status' | 'rule'>>(read: T[]): T {
  const done = read.find((d) => d.status === 'addressed' && !WEAK_DONE.has(d.rule)) ?? (read.every((d) => d.status === 'addressed') ? read[0] : undefined);
  const acted = read.find((d) => d.rule === FOLLOWUP_RULES.actRestated);
  const restated = acted && ({ ...acted, status: 'partly', rule: FOLLOWUP_RULES.restated } as T);
  return read.find((d) => SHORTFALL.has(d.rule)) ?? done ?? read.find((d) => d.status === 'partly') ?? restated ?? read.find((d) => d.status !== 'addressed')!;
}

/** The thing a clause asks to prevent: the last noun after its prevention word (坚决遏制重特大事故发生 → 事故, of 特大事故 its last piece), or null. */
function preventedHead(analysis: Analysis, span: Span): string | null {
  const text = analysis.text.slice(span.start, span.end);
  const word = PREVENT_ASKS.find((ask) => text.includes(ask));
  if (!word) return null;
  const noun = headNouns(analysis, { start: span.start + text.indexOf(word) + word.length, end: span.end }).at(-1);
  return noun ? headPiece(noun) : null;
}

/**
 * Asks to prevent something (遏制重特大事故发生) that the year's review says did not
 * happen (全年未发生重大及以上生产安全事故): a done word, then the ask's head noun, in one
 * clause. Named in other words (重大及以上 for 重特大), such an ask is matched by no term.
 */
function byPrevented(review: Review, commitment: Commitment, ranked: Ranked[]): Decision[] {
  const decisions: Decision[] = [];
  for (const span of commitmentClauses(review.older, commitment)) {
    const head = preventedHead(review.older, span);
    if (!head) continue;
    for (const [i, clause] of review.clauses.entries()) {
      const said = nameForm(review.newer.text.slice(clause.start, clause.end));
      const done = PREVENTED.find((word) => said.includes(word) && said.indexOf(head, said.indexOf(word)) !== -1);
      if (!done) continue;
      decisions.push({ status: 'addressed', rule: FOLLOWUP_RULES.prevented, reason: `${done}…${head}`, evidence: scored(ranked, review.sentenceOf[i]!) });
      break;
    }
  }
  return decisions;
}

/**
 * What the five-year review says and the year's would not decide on: effort over five years, the object named again, part of it named,
 * a result figure (mostly a five-year total), or an act marked done (守住了…底线, 制定了…): done in one of the five years, not said to be in the last.
 */
const NOTHING_OF_THE_YEAR: ReadonlySet<string> = new Set([FOLLOWUP_RULES.overYears, FOLLOWUP_RULES.effort, FOLLOWUP_RULES.restated, FOLLOWUP_RULES.namesPart, FOLLOWUP_RULES.statedOutcome, FOLLOWUP_RULES.growthUnstated, FOLLOWUP_RULES.perfective]);

/**
 * The five-year review read as the year's is, when a clause of it names an object of the
 * commitment and says what came of it (`decision`: byClauses on that review); the reason says so.
 */
function byFiveYears(fiveYears: Review, decision: Decision | null): Decision | null {
  if (!decision) return null;
  if (!NOTHING_OF_THE_YEAR.has(decision.rule)) return withReason(decision, 'stated in the five-year review');
  // With no part on the year, what the five years are still doing or name again is the year's partly; never a result, nor a shared name only.
  return fiveYears.yearless && workInFiveYears(decision) ? withReason(decision, `stated in a review of five years only (${FOLLOWUP_RULES.fiveYearsOnly})`) : null;
}

/** Words of a sentence drawing lessons or giving credit (必须…, 深刻体会到, 根本在于): no work done. */
const LESSONS = wordings.fiveYearsNamed.lessons;
/** Openings of a field's summary line (——发展质效不断提高，综合实力进一步跃升), before its paragraph's facts. */
const SUMMARY_OPENERS = wordings.fiveYearsNamed.summaryOpeners;

/**
 * A five-year review's clause telling work on the ask: effort, or the ask named again (partly); not a
 * shared name only, nor a sum over the years (followup:over-years), nor a sentence of lessons or credit (LESSONS), nor a field's summary line.
 */
function workInFiveYears(decision: Decision): boolean {
  return decision.status === 'partly' && decision.rule !== FOLLOWUP_RULES.namesPart && decision.rule !== FOLLOWUP_RULES.overYears && !tellsNoWork(decision.evidence?.text ?? '');
}

/** A sentence of lessons or credit (LESSONS), or a field's summary line (SUMMARY_OPENERS): it tells no work done. */
const tellsNoWork = (text: string) => LESSONS.some((word) => text.includes(word)) || SUMMARY_OPENERS.some((opener) => text.startsWith(opener));

/**
 * Last, when neither review decided: a clause of the five-year review naming an object of the
 * commitment by its terms and calling it worked on or naming it again (南北帮扶合作加快推进 for
 * 深化南北结对帮扶合作) tells work in the five years that end with the year reviewed: partly, not
 * no-evidence. Never for an ask with a target figure (answered by a figure of the year only), nor
 * a shared name only, nor a result (any of the five years), as followup:five-years-only reads them;
 * nor a sentence of lessons (LESSONS).
 */
function byFiveYearsNamed(commitment: Commitment, decision: Decision | null): Decision | null {
  if (!decision || commitment.targets.length > 0 || !workInFiveYears(decision)) return null;
  return withReason({ ...decision, rule: FOLLOWUP_RULES.fiveYearsNamed }, `stated in the five-year review (${decision.rule})`);
}

const OBJECT_HELD = wordings.objectHeld.share;

/**
 * Last, when no rule decided: the closest sentence of either review holds most of the weight of
 * the commitment's object pairs (followup:object-pairs) and a rare run of NAME_LENGTH characters
 * of its object that is whole nouns of it (盛乐国际机场; not 量保持稳 across a verb), so it speaks of that object in its own wording where no
 * clause names it by terms: partly, the weakest claim (曲靖、祥云经开区纳入国家级零碳园区建设名单
 * for 高质量建设零碳园区). Never for an ask with a target figure (a figure of the year answers
 * it), nor from a sentence of lessons or a field's summary line (as
 * followup:five-years-named).
 */
function byObjectHeld(commitment: Commitment, ...closest: Array<[Review, Ranked | undefined]>): Decision | null {
  const held = closest.filter((pair): pair is [Review, Ranked] => pair[1] !== undefined).sort((a, b) => byRelevance(a[1], b[1]));
  if (held.length === 0 || commitment.targets.length > 0) return null;
  const [review, best] = held[0]!;
  const text = best.sentence.text;
  if (best.object < OBJECT_HELD || tellsNoWork(text)) return null;
  const runs = nameRuns(text);
  const name = [...nounRuns(review.older, commitment)].find((run) => runs.has(run) && rareIn(review, run));
  if (!name) return null;
  return { status: 'partly', rule: FOLLOWUP_RULES.objectHeld, reason: `the closest sentence holds ${Math.round(best.object * 100)}% of the object (${name})`, evidence: evidenceOf(best) };
}

/**
 * No clause names the commitment's object by its terms: a close overlap of whole
 * sentences, by whole terms, decides (pieces shared, 改革 of 改革开放, say less). A looser
 * one (shared words of a field: 投资, 改革) says nothing of this commitment. Close as it is,
 * a sentence leaving out items the ask lists (工业固废综合利用率 of three rates said reached)
 * tells part of it: followup:part-of-list, whatever the ask's verb.
 */
function bySimilarity(review: Review, query: Terms, best: Ranked | undefined, commitment: Commitment): Decision | null {
  const asked = commitment.text;
  if (!best || new Set(best.sentence.terms.filter((term) => query.whole.includes(term))).size < 2) return null;
  const whole = vectorOf(query.whole, review.idf);
  if (cosine(whole, best.sentence.whole, norm(whole), best.sentence.wholeNorm) < ADDRESSED) return null;
  // A one-clause ask whose head the sentence gives another qualifier is no more said again than named (followup:another-kind);
  // not a list, whose items the sentence may name besides (城乡居民基础养老金、…医保财政补助标准).
  const clauses = commitmentClauses(review.older, commitment);
  if (clauses.length === 1 && !asked.includes('、') && best.sentence.clauses.some((said) => namesAnotherKind(review, objectTerms(review.older, clauses[0]!), said))) return null;
  const left = clauseSpans(asked, 0).map((span) => ({ ask: asked.slice(span.start, span.end), items: unnamedItems(asked.slice(span.start, span.end), best.sentence.text, true) }));
  if (left.every(({ items }) => items.length === 0)) return { status: 'addressed', rule: FOLLOWUP_RULES.similar, evidence: null };
  // The items it leaves out may each be named by one clause of the sentence right before or after it in its paragraph
  // (followup:items-adjacent); not by character pairs scattered over several clauses.
  const adjacent = adjacentClauses(review, best.sentence);
  const missing = left.flatMap(({ ask, items }) => items.filter((item) => adjacent.every((clause) => unnamedItems(ask, clause, true).includes(item))));
  return missing.length === 0 ? { status: 'addressed', rule: FOLLOWUP_RULES.itemsAdjacent, evidence: evidenceOf(best) } : partOfList(missing, evidenceOf(best));
}

/**
 * The clauses of the review sentences right before and after one, in its paragraph, that do not say the work undone: a
 * report tells a list of standards raised over sentences joined by ； (国务院2012: 各地普遍较大幅度调高最低工资标准；
 * 连续第7年提高企业退休人员基本养老金…；进一步提高城乡低保补助水平…).
 */
function adjacentClauses(review: Review, sentence: Indexed): string[] {
  const text = review.newer.text;
  const adjacent = [review.sentences[sentence.order - 1], review.sentences[sentence.order + 1]].filter(
    (other): other is Indexed => other !== undefined && !text.slice(Math.min(other.start, sentence.start), Math.max(other.start, sentence.start)).includes('\n'),
  );
  return adjacent.flatMap((other) => clauseSpans(other.text, 0).map((span) => other.text.slice(span.start, span.end))).filter((clause) => wordingOf(clause) !== 'not-done');
}

const YEAR_LIST = wordings.yearList;
const LIST_NAMED = new RegExp(YEAR_LIST.named);
const LIST_DONE = new RegExp(YEAR_LIST.done);

/** A list's counts: of its classes (10大类55项, 12类45件), where it states one, and of its items. */
interface Counts {
  classes: number | null;
  items: number | null;
}

/** The items of a counted list of the year's livelihood projects in the older report, and its counts. */
interface YearList extends Span {
  counts: Counts;
}

const countOf = (numeral: string | undefined) => (numeral === undefined ? null : /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral));
const countsOf = (named: RegExpExecArray): Counts => ({ classes: countOf(named[1]), items: countOf(named[2]) });
/** Two lists' counts agree where both state them. */
const sameCounts = (a: Counts, b: Counts) =>
  (a.classes === null || b.classes === null || a.classes === b.classes) && (a.items === null || b.items === null || a.items === b.items);

const yearListsOf = new WeakMap<Analysis, YearList[]>();

/**
 * A report's counted lists of the year's livelihood projects (followup:year-list-done): the rest of a paragraph
 * whose first sentence names one (今年再办好15件民生实事。一是…), or the lines under an appendix's heading line
 * naming one (附件 / 2025年10件惠民实事 / 一、…) up to the next 附件. A part's heading over its paragraphs
 * ((八）办好10件民生实事) is no list: its paragraphs tell other work too.
 */
function yearLists(analysis: Analysis): YearList[] {
  let lists = yearListsOf.get(analysis);
  if (lists) return lists;
  yearListsOf.set(analysis, (lists = []));
  const lines: Array<Span & { text: string }> = [];
  for (const { 0: text, index } of analysis.text.matchAll(/[^\n]+/g)) lines.push({ text, start: index, end: index + text.length });
  lines.forEach((line, i) => {
    const stop = line.text.search(/[。！？]/);
    if (stop !== -1 && stop < YEAR_LIST.openingLength) {
      const named = LIST_NAMED.exec(line.text.slice(0, stop));
      if (named) lists.push({ ...markedItems(line.text, stop + 1, line.start), counts: countsOf(named) });
      return;
    }
    const named = stop === -1 && line.text.length <= YEAR_LIST.headingLength && lines[i - 1]?.text.startsWith(APPENDIX) ? LIST_NAMED.exec(line.text) : null;
    if (!named) return;
    const next = lines.findIndex((other, j) => j > i && other.text.startsWith(APPENDIX));
    lists.push({ start: line.end, end: next === -1 ? analysis.text.length : lines[next]!.start, counts: countsOf(named) });
  });
  return lists;
}

const APPENDIX = '附件';
const ITEM_MARK = new RegExp(YEAR_LIST.items, 'g');

/**
 * The items of a paragraph's list after its opening sentence (`from`): where it marks them (一是, ①, （1）), from the
 * first mark to the end of the sentence of the last, its introduction and closing line left out; else all of it.
 */
function markedItems(paragraph: string, from: number, offset: number): Span {
  const marks = [...paragraph.slice(from).matchAll(ITEM_MARK)].map(({ 0: mark, index }) => from + index + (/^[。；;]/.test(mark) ? 1 : 0));
  if (marks.length === 0) return { start: offset + from, end: offset + paragraph.length };
  const stop = paragraph.indexOf('。', marks.at(-1)!);
  return { start: offset + marks[0]!, end: offset + (stop === -1 ? paragraph.length : stop + 1) };
}

/**
 * An item of such a list, when the year's review says the list done in full (省政府承诺的15件民生实事全部兑现,
 * 年度10件惠民实事圆满办结; the count the same where both state one): addressed, though the review names no
 * item (followup:year-list-done). Read last: anything the reviews say of the item itself (a figure short of it, a
 * clause naming it) still decides; the list said done only answers an item they say nothing of.
 */
function byYearList(review: Review, commitment: Commitment, ranked: Ranked[]): Decision | null {
  const list = yearLists(review.older).find((span) => inside(commitment, span));
  return list ? listDone(review, list.counts, ranked, FOLLOWUP_RULES.yearList, "an item of the year's") : null;
}

const LIST_CLOSING = new RegExp(YEAR_LIST.closing);

/**
 * A commitment that is the counted list itself, its name closing a clause of it (今年继续实施10大类55项民生实事), when
 * the year's review says that list done in full (10大类55项民生实事项目如期完成): addressed (followup:year-list-whole).
 */
function byOwnList(review: Review, commitment: Commitment, ranked: Ranked[]): Decision | null {
  for (const span of clauseSpans(commitment.text, 0)) {
    const clause = commitment.text.slice(span.start, span.end);
    const named = LIST_NAMED.exec(clause);
    if (named && LIST_CLOSING.test(clause.slice(named.index + named[0].length))) return listDone(review, countsOf(named), ranked, FOLLOWUP_RULES.yearListWhole, 'the');
  }
  return null;
}

/** The year's review saying a list of these counts done in full (省政府承诺的15件民生实事全部兑现), as the rule's decision. */
function listDone(review: Review, counts: Counts, ranked: Ranked[], rule: string, whose: string): Decision | null {
  for (let i = 0; i < review.clauses.length; i++) {
    const text = clauseText(review, i);
    const named = LIST_NAMED.exec(text);
    if (!named || !LIST_DONE.test(text.slice(named.index + named[0].length)) || !sameCounts(counts, countsOf(named))) continue;
    return { status: 'addressed', rule, reason: `${whose} year's ${named[0]}, said done in full`, evidence: scored(ranked, review.sentenceOf[i]!) };
  }
  return null;
}

/**
 * Last of the steps: an ask of no target figure (the targets judge those) whose clause names its object by nouns few
 * sentences of either report hold (distinctiveNouns), two of them or one of three characters (白内障 and 老年人, 石漠化; followup:distinctive-term),
 * is named by a clause of the year's review holding every one of them as a word and an outcome figure labelled by one
 * (免费为10010名困难家庭老年人实施白内障手术, 完成石漠化综合治理47.9万亩). That clause is read as any clause naming the object.
 * A completion word alone is not enough: it is as often said of another thing (老年人福利保障工作入选…经验做法).
 */
function byDistinctiveTerms(review: Review, commitment: Commitment, ranked: Ranked[]): Decision | null {
  if (review.fiveYears || commitment.targets.length > 0) return null;
  const read = commitmentClauses(review.older, commitment).flatMap((span) => {
    const match = distinctiveMatch(review, span);
    return match ? [withReason(readMatch(review, match, scored(ranked, match.sentence)), `named by ${match.names!.join('、')} (${FOLLOWUP_RULES.distinctiveTerm})`)] : [];
  });
  return read.length === 0 ? null : statusOfParts(read);
}

/** The first clause of the year's review holding every distinctive noun of an ask clause (byDistinctiveTerms) and an outcome figure labelled by one. */
function distinctiveMatch(review: Review, span: Span): Match | null {
  if (review.older.text.slice(span.start, span.end).includes('、')) return null;
  const asked = objectTerms(review.older, span);
  // A distinctive noun labelling a figure is one of the ask's terms few review clauses hold, one with such a figure: without one,
  // the ask's nouns need no reading.
  if (![...asked.terms].some((term) => fewClausesHold(review, term) && review.byClauseTerm.get(term)!.some((i) => labels(review, i, [term])))) return null;
  const terms = distinctiveNouns(review, span);
  if (terms.length < DISTINCTIVE.nouns && !terms.some((term) => term.length >= DISTINCTIVE.nameLength)) return null;
  // The clauses holding each as a word, through the index of their terms (县办公立 does not hold 办公), in text order.
  const [first, ...rest] = terms.map((term) => review.byClauseTerm.get(term) ?? []);
  for (const i of first!) {
    const [said, text] = [review.clauses[i]!, nameForm(clauseText(review, i))];
    if (!rest.every((holding) => holding.includes(i)) || text.includes('、')) continue;
    // …等新机制 names the kind of the items before it (“企呼我办”等新机制), not the ask's own.
    if (terms.some((term) => text.includes(`等${term}`)) || !labels(review, i, terms)) continue;
    if (!namesAnotherKind(review, asked, said)) return { asked, said, sentence: review.sentenceOf[i]!, cover: 0, names: terms };
  }
  return null;
}

/** Whether an outcome figure of a review clause has a label holding one of these terms. */
const labels = (review: Review, i: number, terms: string[]) => clauseLabels(review)[i]?.some((label) => terms.some((term) => label.includes(term))) ?? false;

/** The labels of each review clause's outcome figures, in short forms, by the clause's index: found once per review, for labels reads them for many asks. */
const labelsIn = new WeakMap<Review, string[][]>();
function clauseLabels(review: Review): string[][] {
  let byClause = labelsIn.get(review);
  if (byClause) return byClause;
  labelsIn.set(review, (byClause = []));
  // Clauses and figures both in text order (as extracted): one pass over the two.
  let i = 0;
  for (const figure of review.outcomes) {
    while (i < review.clauses.length && review.clauses[i]!.end <= figure.start) i++;
    if (i < review.clauses.length && inside(figure, review.clauses[i]!)) (byClause[i] ??= []).push(nameForm(figure.label));
  }
  return byClause;
}

/** Whether one review clause at least holds a term, and at most RARE_NAME. */
const fewClausesHold = (review: Review, term: string) => (review.byClauseTerm.get(term)?.length ?? RARE_NAME + 1) <= RARE_NAME;

/** A noun of two Han characters or more (distinctiveNouns). */
const isNoun = (token: Token) => NOUN_TAG.test(token.tag) && hanCount(token.text) >= 2;

/** The nouns of a span (isNoun) in short forms, none every part uses; once per report and span: a commitment and its parts ask for them. */
const nounsOf = spanMemo((analysis: Analysis, span: Span): string[] => [...new Set(tokensIn(tokensOf(analysis), span).filter(isNoun).map((token) => nameForm(token.text)))].filter((noun) => !isGeneric(noun)));

/**
 * The nouns of an ask clause (nounsOf) that few clauses of the review and few sentences of either report hold (RARE_NAME: 白内障,
 * 石漠化). Those the review holds are counted first: the sentences are counted for the others only when one of them is distinctive.
 */
function distinctiveNouns(review: Review, span: Span): string[] {
  const few = (noun: string) => fewSentencesName(review.older, noun, RARE_NAME) && fewSentencesName(review.newer, noun, RARE_NAME);
  const nouns = nounsOf(review.older, span);
  const named = nouns.filter((noun) => fewClausesHold(review, noun) && few(noun));
  return named.length === 0 ? [] : [...named, ...nouns.filter((noun) => !review.byClauseTerm.has(noun) && few(noun))];
}
