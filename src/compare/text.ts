// Text changes between two years: which sections correspond, and which
// sentences of the newer report were carried over (nearly) word for word.
import type { Analysis, Reuse, ReusedSentence, Section, SectionPair } from '../types.js';
import { diffSentences, type PairedSentence, paired } from './diff.js';
import { dice, pairIndex } from './pairs.js';
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { frequencyWeights } from '../extract/keywords.js';
import { cosineOf, dotsWith, norm, termsIn, type Vector, vectorIndex } from './vectors.js';

const SECTION_THRESHOLD = 0.2;
/** Sentences this alike are the same sentence, edited at most in a figure or two. */
export const REUSE_THRESHOLD = 0.85;
const MIN_REUSE_LENGTH = 12;
const EXAMPLES = 5;


/** What aligning sections needs of one report, made once per analysis: a report is compared with the year before and the year after, and again. */
interface Outline {
  sections: Section[];
  titles: string[];
  /** Each section's terms, once each, with how often the section uses it, in the order of first use. */
  termCounts: Array<Map<string, number>>;
  /** For each term, how many of the sections use it: its document frequency on this side of a pair. */
  holding: Map<string, number>;
  /** The sentences of each section that no deeper outline section holds. */
  sentences: PairedSentence[][];
}

const outlines = new WeakMap<Analysis, Outline>();

function outlineOf(analysis: Analysis): Outline {
  let outline = outlines.get(analysis);
  if (!outline) {
    const sections = analysis.sections.filter((s) => s.level <= 2 && s.role !== 'preamble' && s.role !== 'closing');
    const termCounts = sections.map((section) => countTerms(termsIn(analysis, section)));
    const holding = new Map<string, number>();
    for (const counts of termCounts) for (const term of counts.keys()) holding.set(term, (holding.get(term) ?? 0) + 1);
    outline = {
      sections,
      titles: sections.map((section) => title(analysis, section)),
      termCounts,
      holding,
      sentences: sentencesBySection(analysis, sections),
    };
    outlines.set(analysis, outline);
  }
  return outline;
}

function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Each sentence of a report with its character pairs, by its index, made when first asked: section alignment and reuse read the same sentences. */
const pairedSentences = new WeakMap<Analysis, Array<PairedSentence | undefined>>();

function pairedSentence(analysis: Analysis, index: number): PairedSentence {
  let kept = pairedSentences.get(analysis);
  if (!kept) pairedSentences.set(analysis, (kept = new Array<PairedSentence | undefined>(analysis.sentences.length).fill(undefined)));
  const sentence = analysis.sentences[index]!;
  return (kept[index] ??= paired(analysis.text.slice(sentence.start, sentence.end)));
}

/** The sentences of each outline section that no deeper outline section holds. */
function sentencesBySection(analysis: Analysis, outlineSections: Section[]): PairedSentence[][] {
  const out = outlineSections.map((): PairedSentence[] => []);
  analysis.sentences.forEach((sentence, index) => {
    let holder = -1;
    outlineSections.forEach((section, i) => {
      if (section.start <= sentence.start && sentence.start < section.end && (holder === -1 || section.level > outlineSections[holder]!.level)) holder = i;
    });
    if (holder !== -1) out[holder]!.push(pairedSentence(analysis, index));
  });
  return out;
}

function title(analysis: Analysis, section: Section): string {
  return section.heading ?? analysis.text.slice(section.start, Math.min(section.end, section.start + 20));
}

/**
 * vectorOf over a section's terms, from their counts: each weight is still the
 * idf added once per use, in the same order, so the sums are the same to the bit.
 */
function weighted(counts: Map<string, number>, idf: (term: string) => number): Vector {
  const vector: Vector = new Map();
  // forEach, not for…of: run once a section per pair, mostly before it is optimised, where each entry read would be an array.
  counts.forEach((count, term) => {
    const weight = idf(term);
    let sum = 0;
    for (let n = 0; n < count; n++) sum += weight;
    vector.set(term, sum);
  });
  return vector;
}

/** Term weights over the sections of both reports, from each side's counts: the counts inverseFrequencies makes, without listing every section's terms again for each pair. */
function sectionFrequencies(sections: number, older: Map<string, number>, newer: Map<string, number>): (term: string) => number {
  const holding = new Map(older);
  newer.forEach((count, term) => holding.set(term, (holding.get(term) ?? 0) + count));
  return frequencyWeights(sections, holding);
}

export function alignSections(older: Analysis, newer: Analysis): SectionPair[] {
  const [a, b] = [outlineOf(older), outlineOf(newer)];
  const idf = sectionFrequencies(a.termCounts.length + b.termCounts.length, a.holding, b.holding);
  const [vectorsA, vectorsB] = [a.termCounts.map((counts) => weighted(counts, idf)), b.termCounts.map((counts) => weighted(counts, idf))];
  const [normsA, normsB] = [vectorsA.map(norm), vectorsB.map(norm)];
  // Each older section's dot products with the newer sections sharing a term (dotsWith: cosine's sums, to the bit).
  const newerIndex = vectorIndex(vectorsB.map((vector, j): [number, Vector] => [j, vector]));
  const scored: Array<{ i: number; j: number; score: number }> = [];
  a.sections.forEach((sa, i) => {
    const { dots } = dotsWith(newerIndex, vectorsA[i]!);
    b.sections.forEach((sb, j) => {
      if (sa.level !== sb.level) return;
      // Headings are short and keep their order of words: Jaro–Winkler suits them.
      const heading = JaroWinklerDistance(a.titles[i]!, b.titles[j]!);
      scored.push({ i, j, score: 0.4 * heading + 0.6 * cosineOf(dots[j]!, normsA[i]!, normsB[j]!) });
    });
  });
  scored.sort((x, y) => y.score - x.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<SectionPair & { order: number }> = [];
  for (const { i, j, score } of scored) {
    if (score < SECTION_THRESHOLD || usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({
      from: a.titles[i]!,
      to: b.titles[j]!,
      similarity: Number(score.toFixed(3)),
      changes: diffSentences(a.sentences[i]!, b.sentences[j]!),
      order: b.sections[j]!.start,
    });
  }
  a.titles.forEach((from, i) => usedA.has(i) || pairs.push({ from, to: null, similarity: 0, changes: [], order: Infinity }));
  b.titles.forEach((to, j) => usedB.has(j) || pairs.push({ from: null, to, similarity: 0, changes: [], order: b.sections[j]!.start }));
  return pairs.sort((x, y) => x.order - y.order).map(({ order: _, ...pair }) => pair);
}

/** Character pairs found in more older sentences than this say nothing about which one a sentence copies. */
const COMMON_PAIR = 40;

export function findReuse(older: Analysis, newer: Analysis): Reuse {
  const sentencesOf = (analysis: Analysis) =>
    analysis.sentences.flatMap((s, i) => (s.end - s.start >= MIN_REUSE_LENGTH ? [pairedSentence(analysis, i)] : []));
  const olderSentences = sentencesOf(older);
  // An index from character pair to the older sentences holding it narrows the search.
  const index = pairIndex(olderSentences.map(({ pairs }) => pairs));
  const newerSentences = sentencesOf(newer);
  const reused: ReusedSentence[] = [];
  // Rare pairs each older sentence shares with the newer one, and the sentences hit in the order first hit (zeroed after each).
  const hits = new Int32Array(olderSentences.length);
  const hit: number[] = [];
  for (const { text, pairs } of newerSentences) {
    let rare = 0;
    for (const pair of pairs) {
      const list = index.get(pair);
      if (!list || list.length > COMMON_PAIR) continue;
      rare++;
      for (let k = 0; k < list.length; k++) if (hits[list[k]!]!++ === 0) hit.push(list[k]!);
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
