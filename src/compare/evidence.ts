// Did the newer report follow up last year's commitments? Each commitment is
// ranked against the newer report's sentences by TF-IDF cosine over jieba terms
// (review sentences first). `addressed` asks for strong evidence: a supervisor
// must be able to trust it, so it also needs two shared terms.
import type { Analysis, Commitment, CommitmentFollowUp, Evidence } from '../types.js';
import { sectionAt } from '../structure/sentences.js';
import { cosine, inverseFrequencies, norm, termsOf, vectorOf, type Vector } from './vectors.js';

export const ADDRESSED = 0.45;
export const PARTLY = 0.25;
/** Sentences of plans parts promise again rather than report; they count for less. */
const PLANS_WEIGHT = 0.6;

interface Indexed {
  text: string;
  start: number;
  terms: string[];
  weight: number;
  vector: Vector;
  norm: number;
}

export function followUpCommitments(older: Analysis, newer: Analysis): CommitmentFollowUp[] {
  const base = newer.sentences.map((s) => {
    const text = newer.text.slice(s.start, s.end);
    const role = sectionAt(newer.sections, s.start)?.role;
    return { text, start: s.start, terms: termsOf(text), weight: role === 'plans' ? PLANS_WEIGHT : 1 };
  });
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
  return older.commitments.map((commitment) => followUp(commitment, byTerm, idf));
}

function followUp(commitment: Commitment, byTerm: Map<string, Indexed[]>, idf: (t: string) => number): CommitmentFollowUp {
  const query = termsOf(commitment.text);
  const vector = vectorOf(query, idf);
  const queryNorm = norm(vector);
  const wanted = new Set(query);
  const candidates = new Set([...wanted].flatMap((term) => byTerm.get(term) ?? []));
  const ranked = [...candidates]
    .map((sentence) => {
      const shared = new Set(sentence.terms.filter((term) => wanted.has(term))).size;
      return { sentence, shared, score: cosine(vector, sentence.vector, queryNorm, sentence.norm) * sentence.weight };
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
