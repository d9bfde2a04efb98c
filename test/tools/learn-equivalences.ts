// Term equivalences learned from the corpus itself, without gold (session 20, measured and not
// adopted: docs/followup-model.md). For each consecutive same-issuer pair, the older report's plan
// clauses are aligned to the newer report's review clauses where today's rules make the alignment
// plain: the review clause a follow-up decision rests on when it holds half the plan clause's object
// terms (two at least) or states the figure a target rule judged, and plan and review clauses each
// the other's closest by IDF-weighted terms that share a rare term and a figure's unit. Term pairs
// (a in the plan clause, b in the review clause, neither in the other) are counted against how often
// each occurs in aligned clauses; pairs seen in --issuers issuers or more with a Dice of --dice or
// more are printed, best first, as: a, b, clauses together, aligned clauses holding a, holding b,
// issuers, Dice. Reading them is the review: most are phrases of the same boilerplate, not the same thing.
// `--anchored` (session 25, fu59): instead, clauses aligned by what only they hold, not by the rules' naming (a
// distinctive name, a target's figure reported), and jieba's words compared instead of terms.
// `npx tsx test/tools/learn-equivalences.ts [--issuers 3] [--dice 0.2] [--any-unit] [--anchored]`
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clauseSpans, followUpCommitments, objectTermsOf } from '../../src/compare/evidence.js';
import { canonicalLabel } from '../../src/compare/measures.js';
import { openCorpus } from '../../src/eval/corpus.js';
import { isGeneric } from '../../src/extract/keywords.js';
import { tokensIn, tokensOf } from '../../src/segment/jieba.js';
import { sectionAt } from '../../src/structure/sentences.js';
import type { Analysis, Span } from '../../src/types.js';
import { yearPairs } from './corpus-pairs.js';

const { values: options } = parseArgs({ options: { issuers: { type: 'string', default: '3' }, dice: { type: 'string', default: '0.2' }, 'any-unit': { type: 'boolean', default: false }, anchored: { type: 'boolean', default: false } } });
const FOLDER = 'corpus';
/** Rules that decide on a target and a result figure (each then naming the verdict's rule after it): the review clause is the one stating it. */
const BY_FIGURE = new Set(['followup:target-met', 'followup:target-short', 'followup:target-near', 'followup:head-figure', 'followup:head-ratio', 'followup:held-level']);
/** An alignment by naming holds half the plan clause's object terms and two at least (as naming asks). */
const NAMED = 0.5;
/** A mutual-best alignment: this close by IDF-weighted terms, a shared term at most RARE clauses of either side hold. */
const MUTUAL = 0.4;
const RARE = 2;
/** What a printed pair needs: seen together in this many issuers, this association (Dice over aligned clauses). */
const ISSUERS = Number(options.issuers);
const DICE = Number(options.dice);

interface Unit {
  issuer: string;
  plan: ReadonlySet<string>;
  review: ReadonlySet<string>;
}

const content = (term: string) => term.length >= 2 && /^\p{Script=Han}+$/u.test(term) && !isGeneric(term);
const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((t) => b.has(t)).length;

/** The clause of a review sentence sharing most object terms with a plan clause. */
function bestClause(newer: Analysis, plan: ReadonlySet<string>, sentence: { text: string; start: number }): { terms: ReadonlySet<string>; shared: number } | null {
  let best: { terms: ReadonlySet<string>; shared: number } | null = null;
  for (const span of clauseSpans(sentence.text, sentence.start)) {
    const terms = objectTermsOf(newer, span);
    const n = shared(plan, terms);
    if (!best || n > best.shared) best = { terms, shared: n };
  }
  return best;
}

/** Plan clauses the rules call named by a review clause (half their terms, two at least), or answered by a figure of it. */
function byRules(older: Analysis, newer: Analysis): Array<[ReadonlySet<string>, ReadonlySet<string>]> {
  const out: Array<[ReadonlySet<string>, ReadonlySet<string>]> = [];
  followUpCommitments(older, newer).forEach((f, i) => {
    const c = older.commitments[i]!;
    const judged = f.parts.length > 0 ? f.parts : [{ ...f, start: c.start }];
    for (const part of judged) {
      const evidence = part.evidence[0];
      if (part.status === 'no-evidence' || !evidence) continue;
      const plan = objectTermsOf(older, { start: part.start, end: part.start + part.text.length });
      const clause = bestClause(newer, plan, evidence);
      if (!clause || plan.size === 0) continue;
      const named = clause.shared >= 2 && clause.shared / plan.size >= NAMED;
      if (named || (BY_FIGURE.has(part.rule.split(' ')[0]!) && clause.shared >= 1)) out.push([plan, clause.terms]);
    }
  });
  return out;
}

interface Side {
  spans: Span[];
  terms: Array<ReadonlySet<string>>;
  units: string[][];
}

function side(analysis: Analysis, spans: Span[]): Side {
  const terms = spans.map((span) => objectTermsOf(analysis, span));
  const units = spans.map((span) => analysis.figures.filter((f) => f.start >= span.start && f.start < span.end && f.unit !== '').map((f) => f.unit));
  return { spans, terms, units };
}

/** For each clause of one side, the closest of the other by IDF-weighted shared terms (cosine), if any. */
function closest(from: Side, to: Side, idf: (t: string) => number): Array<{ j: number; score: number }> {
  const index = new Map<string, number[]>();
  to.terms.forEach((terms, j) => terms.forEach((t) => index.set(t, [...(index.get(t) ?? []), j])));
  const weight = (terms: ReadonlySet<string>) => Math.sqrt([...terms].reduce((s, t) => s + idf(t) ** 2, 0));
  const norms = to.terms.map(weight);
  return from.terms.map((terms) => {
    const dots = new Map<number, number>();
    for (const t of terms) for (const j of index.get(t) ?? []) dots.set(j, (dots.get(j) ?? 0) + idf(t) ** 2);
    let best = { j: -1, score: 0 };
    for (const [j, dot] of dots) {
      const score = dot / (weight(terms) * norms[j]!);
      if (score > best.score) best = { j, score };
    }
    return best;
  });
}

/** Plan and review clauses each the other's closest, sharing a rare term and (unless --any-unit) a figure's unit. */
function mutualBest(older: Analysis, newer: Analysis): Array<[ReadonlySet<string>, ReadonlySet<string>]> {
  const planSpans = older.commitments.flatMap((c) => clauseSpans(older.text.slice(c.start, c.end), c.start));
  const reviewSpans = newer.sentences.filter((s) => sectionAt(newer.sections, s.start)?.role === 'review').flatMap((s) => clauseSpans(newer.text.slice(s.start, s.end), s.start));
  const plan = side(older, planSpans);
  const review = side(newer, reviewSpans);
  const df = new Map<string, number>();
  for (const terms of [...plan.terms, ...review.terms]) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const total = plan.terms.length + review.terms.length;
  const idf = (t: string) => Math.log(total / (df.get(t) ?? 1));
  const count = (terms: Array<ReadonlySet<string>>, t: string) => terms.filter((set) => set.has(t)).length;
  const forward = closest(plan, review, idf);
  const backward = closest(review, plan, idf);
  const out: Array<[ReadonlySet<string>, ReadonlySet<string>]> = [];
  forward.forEach(({ j, score }, i) => {
    if (j < 0 || score < MUTUAL || backward[j]!.j !== i) return;
    const [p, r] = [plan.terms[i]!, review.terms[j]!];
    const rare = [...p].some((t) => r.has(t) && count(plan.terms, t) <= RARE && count(review.terms, t) <= RARE);
    const unit = plan.units[i]!.some((u) => review.units[j]!.includes(u));
    if (rare && (unit || options['any-unit'])) out.push([p, r]);
  });
  return out;
}

/** Runs of four Han characters of a text's pieces (、 and 和, 与, 的 cut them): the names --anchored aligns by. */
function runsOf(text: string): Set<string> {
  const runs = new Set<string>();
  for (const piece of text.match(/[^\P{Script=Han}和与的]+/gu) ?? []) for (let i = 0; i + 4 <= piece.length; i++) runs.add(piece.slice(i, i + 4));
  return runs;
}

/** How many sentences of a report hold each run. */
function sentenceRuns(analysis: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of analysis.sentences) for (const run of runsOf(analysis.text.slice(s.start, s.end))) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}

/** Jieba's words of a span that may name a thing or an act (nouns, verbs, abbreviations, set phrases), as --anchored compares them. */
const WORD_TAG = /^(?:n|nz|vn|v|an|j|l|i)$/;
const wordsOf = (analysis: Analysis, span: Span): ReadonlySet<string> => new Set(tokensIn(tokensOf(analysis), span).filter((t) => WORD_TAG.test(t.tag)).map((t) => t.text));

/** A span's figures of one modality with a unit, as value and unit. */
const figuresOf = (analysis: Analysis, span: Span, modality: string) => new Set(analysis.figures.filter((f) => f.modality === modality && f.unit !== '' && f.start >= span.start && f.start < span.end).map((f) => `${f.value}${f.unit}`));

/**
 * --anchored: a plan clause and the review clause holding what only they hold: a run of four characters that one review
 * clause and at most two sentences of either report hold (a distinctive name), or a target's value and unit that one plan
 * clause states and one review clause reports.
 */
function anchored(older: Analysis, newer: Analysis): Array<[ReadonlySet<string>, ReadonlySet<string>]> {
  const plan = older.commitments.flatMap((c) => clauseSpans(older.text.slice(c.start, c.end), c.start));
  const review = newer.sentences.filter((s) => sectionAt(newer.sections, s.start)?.role === 'review').flatMap((s) => clauseSpans(newer.text.slice(s.start, s.end), s.start));
  const [olderRuns, newerRuns] = [sentenceRuns(older), sentenceRuns(newer)];
  const holding = (keys: Array<Set<string>>) => {
    const index = new Map<string, number[]>();
    keys.forEach((set, j) => set.forEach((key) => index.set(key, [...(index.get(key) ?? []), j])));
    return index;
  };
  const byRun = holding(review.map((span) => runsOf(newer.text.slice(span.start, span.end))));
  const byOutcome = holding(review.map((span) => figuresOf(newer, span, 'actual')));
  const byTarget = holding(plan.map((span) => figuresOf(older, span, 'target')));
  const pairs = new Map<string, [ReadonlySet<string>, ReadonlySet<string>]>();
  plan.forEach((span, i) => {
    const rare = [...runsOf(older.text.slice(span.start, span.end))].filter((run) => (olderRuns.get(run) ?? 0) <= 2 && (newerRuns.get(run) ?? 0) <= 2);
    const figures = [...figuresOf(older, span, 'target')].filter((figure) => byTarget.get(figure)!.length === 1);
    const aligned = [...rare.map((run) => byRun.get(run) ?? []), ...figures.map((figure) => byOutcome.get(figure) ?? [])].filter((js) => js.length === 1).map((js) => js[0]!);
    for (const j of aligned) pairs.set(`${i}|${j}`, [wordsOf(older, span), wordsOf(newer, review[j]!)]);
  });
  return [...pairs.values()];
}

interface Learned {
  a: string;
  b: string;
  together: number;
  aligned: { a: number; b: number };
  issuers: number;
  dice: number;
}

function learn(units: Unit[]): Learned[] {
  const planCount = new Map<string, number>();
  const reviewCount = new Map<string, number>();
  const together = new Map<string, { n: number; issuers: Set<string> }>();
  for (const { issuer, plan, review } of units) {
    for (const a of plan) planCount.set(a, (planCount.get(a) ?? 0) + 1);
    for (const b of review) reviewCount.set(b, (reviewCount.get(b) ?? 0) + 1);
    const only = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].filter((t) => !y.has(t) && content(t));
    for (const a of only(plan, review)) {
      for (const b of only(review, plan)) {
        if (canonicalLabel(a) === canonicalLabel(b)) continue;
        const key = `${a}\t${b}`;
        const seen = together.get(key) ?? { n: 0, issuers: new Set<string>() };
        seen.n++;
        seen.issuers.add(issuer);
        together.set(key, seen);
      }
    }
  }
  return [...together]
    .map(([key, { n, issuers }]) => {
      const [a, b] = key.split('\t') as [string, string];
      const aligned = { a: planCount.get(a)!, b: reviewCount.get(b)! };
      return { a, b, together: n, aligned, issuers: issuers.size, dice: Number(((2 * n) / (aligned.a + aligned.b)).toFixed(3)) };
    })
    .filter((p) => p.issuers >= ISSUERS && p.dice >= DICE)
    .sort((x, y) => y.dice - x.dice || y.together - x.together);
}

const corpus = await openCorpus(FOLDER);
const units: Unit[] = [];
const seen = new Set<string>();
const counts = { ruled: 0, mutual: 0 };
for (const [a, b] of yearPairs(readdirSync(FOLDER).sort())) {
  const [older, newer] = [await corpus.analysisOf(a), await corpus.analysisOf(b)];
  const issuer = a.replace(/-\d{4}\.txt$/, '');
  const ruled = options.anchored ? anchored(older, newer) : byRules(older, newer);
  const mutual = options.anchored ? [] : mutualBest(older, newer);
  counts.ruled += ruled.length;
  counts.mutual += mutual.length;
  for (const [plan, review] of [...ruled, ...mutual]) {
    const key = `${a}|${[...plan].join()}|${[...review].join()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    units.push({ issuer, plan, review });
  }
}
const learned = learn(units);
for (const p of learned) console.log([p.a, p.b, p.together, p.aligned.a, p.aligned.b, p.issuers, p.dice].join('\t'));
console.error(`${counts.ruled} clauses aligned ${options.anchored ? 'by a name or a figure' : 'by the rules'}, ${counts.mutual} as mutual best; ${units.length} distinct; ${learned.length} pairs`);
