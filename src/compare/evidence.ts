// Did the newer report follow up last year's commitments? Each commitment is
// ranked against the sentences of the newer report's review by TF-IDF cosine
// over jieba terms. `addressed` asks for strong evidence: a supervisor must be
// able to trust it, so it also needs two shared terms.
import type { Analysis, Commitment, CommitmentFollowUp, Evidence } from '../types.js';
import { sectionAt } from '../structure/sentences.js';
import { inverseFrequencies } from '../extract/keywords.js';
import { cosine, norm, termsIn, vectorOf, type Vector } from './vectors.js';

export const ADDRESSED = 0.45;
export const PARTLY = 0.25;
/** A sentence this short is a topic line (扩大有效投资。), not a report of what was done. */
const MIN_EVIDENCE_LENGTH = 15;
/** Sentences that promise again (要, 将, 拟) report nothing done. */
const PROMISE = /要|将|拟|力争|计划|确保|推动|今年|下一步/;

interface Indexed {
  text: string;
  start: number;
  terms: string[];
  vector: Vector;
  norm: number;
}

export function followUpCommitments(older: Analysis, newer: Analysis): CommitmentFollowUp[] {
  // Evidence is what the newer report says was done: its review, not its plans.
  const base = newer.sentences
    .filter((s) => ['review', 'problems'].includes(sectionAt(newer.sections, s.start)?.role ?? ''))
    .map((s) => ({ text: newer.text.slice(s.start, s.end), start: s.start }))
    .filter(({ text }) => text.length >= MIN_EVIDENCE_LENGTH && !PROMISE.test(text))
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
  return older.commitments.map((commitment) => followUp(termsIn(older, commitment), commitment, byTerm, idf));
}

function followUp(query: string[], commitment: Commitment, byTerm: Map<string, Indexed[]>, idf: (t: string) => number): CommitmentFollowUp {
  const vector = vectorOf(query, idf);
  const queryNorm = norm(vector);
  const wanted = new Set(query);
  const candidates = new Set([...wanted].flatMap((term) => byTerm.get(term) ?? []));
  const ranked = [...candidates]
    .map((sentence) => {
      const shared = new Set(sentence.terms.filter((term) => wanted.has(term))).size;
      return { sentence, shared, score: cosine(vector, sentence.vector, queryNorm, sentence.norm) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start)
    .slice(0, 3);
  const best = ranked[0];
  const score = best ? Number(best.score.toFixed(3)) : 0;
  const status = best && best.score >= ADDRESSED && best.shared >= 2 ? 'addressed' : best && best.score >= PARTLY ? 'partly' : 'no-evidence';
  const evidence: Evidence[] = ranked.map(({ sentence, score: s }) => ({ text: sentence.text, score: Number(s.toFixed(3)), start: sentence.start }));
  return { text: commitment.text, status, score, evidence };
}
