// Did the newer report follow up last year's commitments? Each commitment is
// ranked against the sentences of the newer report's review by TF-IDF cosine
// over jieba terms; the status is then decided by what the evidence says, by
// the first rule that applies: a target figure stated at or past its target
// (or short of it), a completion or a not-done wording, an effort wording
// without a result, and only then the strength of the overlap alone. Every
// status names the rule that decided it.
import type { Analysis, Commitment, CommitmentFollowUp, Evidence, Span, TargetCheck } from '../types.js';
import { sectionAt } from '../structure/sentences.js';
import { inverseFrequencies } from '../extract/keywords.js';
import wordings from './lexicon/followup.json' with { type: 'json' };
import { checkTargets } from './targets.js';
import { cosine, norm, termsIn, vectorOf, type Vector } from './vectors.js';

/** Overlap alone: this close is addressed, this far is still related (partly). */
const ADDRESSED = 0.45;
const PARTLY = 0.2;
/** Wordings and figures are read only in sentences this close to the commitment. */
const ABOUT = 0.25;
/** A sentence this short is a topic line (扩大有效投资。), not a report of what was done. */
const MIN_EVIDENCE_LENGTH = 15;
const STATEMENT_END = /[。！？；;!?][”’）)]?$/;
/** Sentences that promise again (要, 将, 拟) report nothing done. */
const PROMISE = /要|将|拟|力争|计划|确保|推动|今年|下一步/;
/** How many of the best-ranked sentences a wording rule reads. */
const READ = 3;

const FOLLOWUP_RULES = {
  targetMet: 'followup:target-met',
  targetShort: 'followup:target-short',
  notDone: wordings.notDone.id,
  completion: wordings.completion.id,
  statedOutcome: 'followup:stated-outcome',
  effort: wordings.effort.id,
  similar: 'followup:similar',
  related: 'followup:related',
  noEvidence: 'followup:no-evidence',
} as const;

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const COMPLETION = byLength(wordings.completion.words);
const NOT_DONE = byLength(wordings.notDone.words);
const EFFORT = byLength(wordings.effort.words);
const AIM = byLength(wordings.aim.words);

interface Indexed {
  text: string;
  start: number;
  terms: string[];
  vector: Vector;
  norm: number;
}

interface Ranked {
  sentence: Indexed;
  shared: number;
  score: number;
}

type Decision = Pick<CommitmentFollowUp, 'status' | 'rule'> & { reason?: string; evidence: Evidence | null };

/** What the newer report's review offers as evidence, prepared once per comparison. */
interface Review {
  newer: Analysis;
  byTerm: Map<string, Indexed[]>;
  idf: (term: string) => number;
  /** Starts of the figures the review states as done. */
  outcomes: number[];
}

const inReview = (analysis: Analysis, start: number) => ['review', 'problems'].includes(sectionAt(analysis.sections, start)?.role ?? '');

/** `targets`: the verdicts on the older report's targets, when the caller has them already. */
export function followUpCommitments(older: Analysis, newer: Analysis, targets: TargetCheck[] = checkTargets(older, newer)): CommitmentFollowUp[] {
  // Evidence is what the newer report says was done: its review, not its plans.
  const base = newer.sentences
    .filter((s) => inReview(newer, s.start))
    .map((s) => ({ text: newer.text.slice(s.start, s.end), start: s.start }))
    // A line without a full stop is a heading (一、“十四五”时期和2025年工作回顾): it names a part, it reports nothing done.
    .filter(({ text }) => text.length >= MIN_EVIDENCE_LENGTH && !PROMISE.test(text) && STATEMENT_END.test(text))
    .map((s) => ({ ...s, terms: termsIn(newer, { start: s.start, end: s.start + s.text.length }) }));
  const idf = inverseFrequencies(base.map((s) => s.terms));
  const sentences: Indexed[] = base.map((s) => {
    const vector = vectorOf(s.terms, idf);
    return { ...s, vector, norm: norm(vector) };
  });
  // Only sentences sharing a term with a commitment can score; find them by term.
  const byTerm = new Map<string, Indexed[]>();
  for (const sentence of sentences) {
    for (const term of new Set(sentence.terms)) {
      const list = byTerm.get(term);
      if (list) list.push(sentence);
      else byTerm.set(term, [sentence]);
    }
  }
  const outcomes = newer.figures.filter((f) => f.modality === 'actual').map((f) => f.start);
  const review: Review = { newer, byTerm, idf, outcomes };
  const starts = new Map(older.figures.map((f) => [f.id, f.start]));
  return older.commitments.map((commitment) => {
    const own = new Set(commitment.targets.map((id) => starts.get(id)));
    const checks = targets.filter((check) => check.commitment === commitment.text && own.has(check.target.start));
    return followUp(review, termsIn(older, commitment), commitment, checks);
  });
}

function rank(review: Review, query: string[]): Ranked[] {
  const vector = vectorOf(query, review.idf);
  const queryNorm = norm(vector);
  const wanted = new Set(query);
  const candidates = new Set([...wanted].flatMap((term) => review.byTerm.get(term) ?? []));
  return [...candidates]
    .map((sentence) => {
      const shared = new Set(sentence.terms.filter((term) => wanted.has(term))).size;
      return { sentence, shared, score: cosine(vector, sentence.vector, queryNorm, sentence.norm) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start);
}

const evidenceOf = ({ sentence, score }: Ranked): Evidence => ({ text: sentence.text, score: Number(score.toFixed(3)), start: sentence.start });

function followUp(review: Review, query: string[], commitment: Commitment, checks: TargetCheck[]): CommitmentFollowUp {
  const ranked = rank(review, query);
  const best = ranked[0];
  const score = best ? Number(best.score.toFixed(3)) : 0;
  const decision = byTargets(review, checks, ranked) ?? byWording(review, query, ranked) ?? bySimilarity(best);
  // The sentence that decided comes first; then the best-ranked others.
  const evidence = [...(decision.evidence ? [decision.evidence] : []), ...ranked.slice(0, 3).map(evidenceOf)]
    .filter((e, i, all) => all.findIndex((other) => other.start === e.start) === i)
    .slice(0, 3);
  return {
    text: commitment.text,
    status: decision.status,
    rule: decision.rule,
    ...(decision.reason !== undefined && { reason: decision.reason }),
    score,
    evidence,
  };
}

/**
 * A commitment with target figures, judged as targets are (checkTargets): all
 * judged targets met, addressed; any missed, partly. Unclear ones decide nothing.
 */
function byTargets(review: Review, checks: TargetCheck[], ranked: Ranked[]): Decision | null {
  const judged = checks.filter((check) => check.verdict === 'met' || check.verdict === 'missed');
  if (judged.length === 0) return null;
  const short = judged.filter((check) => check.verdict === 'missed');
  const deciding = short[0] ?? judged[0]!;
  const reason = judged
    .map((check) => `${check.target.label}: target ${check.target.surface}, outcome ${check.actual?.surface ?? 'stated in words'} (${check.verdict}: ${check.reason})`)
    .join('; ');
  const sentence = deciding.actual ? review.newer.sentences.find((s) => s.start <= deciding.actual!.start && deciding.actual!.start < s.end) : undefined;
  // Its score is its relevance as ranked (0 when the ranking did not reach it), not the verdict's certainty.
  const relevance = ranked.find((r) => r.sentence.start === sentence?.start)?.score ?? 0;
  const evidence = sentence ? { text: review.newer.text.slice(sentence.start, sentence.end), score: Number(relevance.toFixed(3)), start: sentence.start } : null;
  return short.length === 0
    ? { status: 'addressed', rule: FOLLOWUP_RULES.targetMet, reason, evidence }
    : { status: 'partly', rule: FOLLOWUP_RULES.targetShort, reason, evidence };
}

/** Clauses of a sentence, as spans of the report. */
function clausesOf(sentence: Indexed): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const cut of sentence.text.matchAll(/[，,；;：:。！？]/g)) {
    if (cut.index > from) out.push({ start: sentence.start + from, end: sentence.start + cut.index });
    from = cut.index + 1;
  }
  if (from < sentence.text.length) out.push({ start: sentence.start + from, end: sentence.start + sentence.text.length });
  return out;
}

type Wording = 'completion' | 'not-done' | 'effort' | null;

/** What a clause says of the thing it names: done, not done, worked on, or nothing. */
export function wordingOf(clause: string): Wording {
  let effort = false;
  for (const word of COMPLETION) {
    for (let at = clause.indexOf(word); at !== -1; at = clause.indexOf(word, at + 1)) {
      const before = clause.slice(0, at);
      if (NOT_DONE.some((negation) => before.endsWith(negation))) return 'not-done';
      // 加快实现, 推动建成: the result is still wanted, not reached.
      if (AIM.some((verb) => before.endsWith(verb))) effort = true;
      else return 'completion';
    }
  }
  return effort || EFFORT.some((word) => clause.includes(word)) ? 'effort' : null;
}

/** A figure in a clause on the commitment is its result when the sentence is this close to it. */
const OUTCOME = 0.35;
/** A clause speaks of the commitment when it shares this many of its terms (民生 + 实事 + 民生实事). */
const ON_TOPIC = 2;

/**
 * The wording of the clauses that speak of the commitment, read in the
 * best-ranked sentences that are surely about it: done or not done decides;
 * a figure stated in such a clause is a result; effort decides only where the
 * sentence states no result at all.
 */
function byWording(review: Review, query: string[], ranked: Ranked[]): Decision | null {
  const wanted = new Set(query);
  const hasOutcome = (span: Span) => review.outcomes.some((start) => start >= span.start && start < span.end);
  let effort: Ranked | null = null;
  for (const candidate of ranked.slice(0, READ).filter((r) => r.score >= ABOUT && r.shared >= 2)) {
    const onTopic = clausesOf(candidate.sentence).filter(
      (clause) => new Set(termsIn(review.newer, clause).filter((term) => wanted.has(term))).size >= ON_TOPIC,
    );
    const said = onTopic.map((clause) => wordingOf(review.newer.text.slice(clause.start, clause.end)));
    const evidence = evidenceOf(candidate);
    if (said.includes('not-done')) return { status: 'partly', rule: FOLLOWUP_RULES.notDone, evidence };
    if (said.includes('completion')) return { status: 'addressed', rule: FOLLOWUP_RULES.completion, evidence };
    const stated = onTopic.some((clause, i) => said[i] !== 'effort' && hasOutcome(clause));
    if (stated && candidate.score >= OUTCOME) return { status: 'addressed', rule: FOLLOWUP_RULES.statedOutcome, evidence };
    const result = wordingOf(candidate.sentence.text) === 'completion' || hasOutcome({ start: candidate.sentence.start, end: candidate.sentence.start + candidate.sentence.text.length });
    if (said.includes('effort') && !result && !effort) effort = candidate;
  }
  return effort ? { status: 'partly', rule: FOLLOWUP_RULES.effort, evidence: evidenceOf(effort) } : null;
}

/** No wording decides: the strength of the overlap alone. */
function bySimilarity(best: Ranked | undefined): Decision {
  if (best && best.score >= ADDRESSED && best.shared >= 2) return { status: 'addressed', rule: FOLLOWUP_RULES.similar, evidence: null };
  if (best && best.score >= PARTLY) return { status: 'partly', rule: FOLLOWUP_RULES.related, evidence: null };
  return { status: 'no-evidence', rule: FOLLOWUP_RULES.noEvidence, evidence: null };
}
