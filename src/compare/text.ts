// Text changes between two years: which sections correspond, and which
// sentences of the newer report were carried over (nearly) word for word.
import type { Analysis, Reuse, ReusedSentence, Section, SectionPair } from '../types.js';
import { diffSentences } from './diff.js';
import { dice, pairCodes, pairIndex } from './pairs.js';
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { inverseFrequencies } from '../extract/keywords.js';
import { cosine, norm, termsIn, vectorOf } from './vectors.js';

const SECTION_THRESHOLD = 0.2;
/** Sentences this alike are the same sentence, edited at most in a figure or two. */
export const REUSE_THRESHOLD = 0.85;
const MIN_REUSE_LENGTH = 12;
const EXAMPLES = 5;


function outline(analysis: Analysis): Section[] {
  return analysis.sections.filter((s) => s.level <= 2 && s.role !== 'preamble' && s.role !== 'closing');
}

/** The sentences of each outline section that no deeper outline section holds. */
function sentencesBySection(analysis: Analysis, outlineSections: Section[]): Map<Section, string[]> {
  const out = new Map<Section, string[]>(outlineSections.map((s) => [s, []]));
  for (const sentence of analysis.sentences) {
    let holder: Section | undefined;
    for (const section of outlineSections) {
      if (section.start <= sentence.start && sentence.start < section.end && (!holder || section.level > holder.level)) holder = section;
    }
    if (holder) out.get(holder)!.push(analysis.text.slice(sentence.start, sentence.end));
  }
  return out;
}

function title(analysis: Analysis, section: Section): string {
  return section.heading ?? analysis.text.slice(section.start, Math.min(section.end, section.start + 20));
}

export function alignSections(older: Analysis, newer: Analysis): SectionPair[] {
  const [a, b] = [outline(older), outline(newer)];
  const bodies = [...a.map((s) => termsIn(older, s)), ...b.map((s) => termsIn(newer, s))];
  const idf = inverseFrequencies(bodies);
  const vectors = bodies.map((terms) => vectorOf(terms, idf));
  const norms = vectors.map(norm);
  const scored: Array<{ i: number; j: number; score: number }> = [];
  a.forEach((sa, i) =>
    b.forEach((sb, j) => {
      if (sa.level !== sb.level) return;
      // Headings are short and keep their order of words: Jaro–Winkler suits them.
      const heading = JaroWinklerDistance(title(older, sa), title(newer, sb));
      scored.push({ i, j, score: 0.4 * heading + 0.6 * cosine(vectors[i]!, vectors[a.length + j]!, norms[i], norms[a.length + j]) });
    }),
  );
  scored.sort((x, y) => y.score - x.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<SectionPair & { order: number }> = [];
  const [sentencesA, sentencesB] = [sentencesBySection(older, a), sentencesBySection(newer, b)];
  for (const { i, j, score } of scored) {
    if (score < SECTION_THRESHOLD || usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({
      from: title(older, a[i]!),
      to: title(newer, b[j]!),
      similarity: Number(score.toFixed(3)),
      changes: diffSentences(sentencesA.get(a[i]!)!, sentencesB.get(b[j]!)!),
      order: b[j]!.start,
    });
  }
  a.forEach((s, i) => usedA.has(i) || pairs.push({ from: title(older, s), to: null, similarity: 0, changes: [], order: Infinity }));
  b.forEach((s, j) => usedB.has(j) || pairs.push({ from: null, to: title(newer, s), similarity: 0, changes: [], order: s.start }));
  return pairs.sort((x, y) => x.order - y.order).map(({ order: _, ...pair }) => pair);
}

/** Character pairs found in more older sentences than this say nothing about which one a sentence copies. */
const COMMON_PAIR = 40;

export function findReuse(older: Analysis, newer: Analysis): Reuse {
  const sentencesOf = (analysis: Analysis) =>
    analysis.sentences.map((s) => analysis.text.slice(s.start, s.end)).filter((text) => text.length >= MIN_REUSE_LENGTH);
  const olderSentences = sentencesOf(older).map((text) => ({ text, pairs: pairCodes(text) }));
  // An index from character pair to the older sentences holding it narrows the search.
  const index = pairIndex(olderSentences.map(({ pairs }) => pairs));
  const newerSentences = sentencesOf(newer);
  const reused: ReusedSentence[] = [];
  // Rare pairs each older sentence shares with the newer one, and the sentences hit in the order first hit (zeroed after each).
  const hits = new Int32Array(olderSentences.length);
  const hit: number[] = [];
  for (const text of newerSentences) {
    const pairs = pairCodes(text);
    let rare = 0;
    for (const pair of pairs) {
      const list = index.get(pair);
      if (!list || list.length > COMMON_PAIR) continue;
      rare++;
      for (const i of list) if (hits[i]!++ === 0) hit.push(i);
    }
    let best: ReusedSentence | null = null;
    for (const i of hit) {
      const shared = hits[i]!;
      hits[i] = 0;
      // A copy shares nearly all of the rare pairs too; only those are measured in full.
      if (shared < 0.7 * rare) continue;
      const candidate = olderSentences[i]!;
      const score = dice(pairs, candidate.pairs);
      if (score >= REUSE_THRESHOLD && (!best || score > best.similarity)) best = { from: candidate.text, to: text, similarity: Number(score.toFixed(3)) };
    }
    hit.length = 0;
    if (best) reused.push(best);
  }
  return {
    sentences: reused.length,
    ratio: newerSentences.length === 0 ? 0 : Number((reused.length / newerSentences.length).toFixed(3)),
    examples: [...reused].sort((x, y) => y.to.length - x.to.length).slice(0, EXAMPLES),
  };
}
