// Keywords and a topic for a commitment or problem: jieba tokens with the
// government dictionary, weighted by TF-IDF over the report's parts so that
// words every part uses (推进, 加强, 工作) do not dominate. The word lists are
// data: lexicon/keywords.json.
import { tokenRange } from '../segment/jieba.js';
import type { Span, Token } from '../types.js';
import lexicon from './lexicon/keywords.json' with { type: 'json' };

const TERM_TAGS = new Set(lexicon.termTags);
const GENERIC = new Set(lexicon.generic);
/** A word every part of a report uses (工作, 建设): no keyword alone. */
export const isGeneric = (word: string) => GENERIC.has(word);
const LEAD_VERBS = new Set(lexicon.leadVerbs);
const MAX_KEYWORDS = 5;

interface Taken {
  first: number[];
  last: number[];
}

/**
 * Terms of tokens[from, to): content tokens, and adjacent pairs of them (决策 +
 * 机制), with the indexes of the first and last token each one takes.
 */
function collectTerms(tokens: Token[], from: number, to: number, out: string[], taken?: Taken): void {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const content = TERM_TAGS.has(token.tag);
    if (!content && !token.tag.startsWith('v')) continue;
    if (token.text.length >= 2 && content && !GENERIC.has(token.text)) {
      out.push(token.text);
      taken?.first.push(i);
      taken?.last.push(i);
    }
    const next = i + 1 < to ? tokens[i + 1]! : undefined;
    if (next && next.start === token.end && TERM_TAGS.has(next.tag) && token.text.length + next.text.length <= 8) {
      if (!GENERIC.has(token.text) || !GENERIC.has(next.text)) {
        out.push(token.text + next.text);
        taken?.first.push(i);
        taken?.last.push(i + 1);
      }
    }
  }
}

/** Terms of a text: content tokens, and adjacent pairs of them (决策 + 机制). */
export function terms(tokens: Token[]): string[] {
  const out: string[] = [];
  collectTerms(tokens, 0, tokens.length, out);
  return out;
}

export interface Keywords {
  keywords: string[];
  topic: string;
}

const inverseFrequency = (documents: number, holding: number) => Math.log(1 + documents / (1 + holding));

/**
 * Inverse document frequencies over term lists, counted in one pass (natural's
 * TfIdf rescans every document for every term, a sixth of the analysis time).
 */
export function inverseFrequencies(documents: string[][]): (term: string) => number {
  const counts = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return frequencyWeights(documents.length, counts);
}

/**
 * The weight of a term held by each count of `documents` (0 to all): each weight once, for a
 * comparison asks for the weights of the same terms thousands of times, and a map of weights by
 * term cost as much to build as to read.
 */
export function weightsByCount(documents: number): Float64Array {
  const byCount = new Float64Array(documents + 1);
  for (let count = 0; count <= documents; count++) byCount[count] = inverseFrequency(documents, count);
  return byCount;
}

/** The weight of each term from how many of `documents` hold it, for a caller that counted them (section alignment keeps its counts per report). */
export function frequencyWeights(documents: number, holding: Map<string, number>): (term: string) => number {
  const byCount = weightsByCount(documents);
  return (term) => byCount[holding.get(term) ?? 0]!;
}

/**
 * A keyword model over the report's tokens, with document frequencies from its
 * parts: `of(span)` gives the span's top terms by TF-IDF and a topic phrase.
 * The report's terms are listed once, each with a number, and a part or span
 * reads its run of them: parts nest, and a span's terms were listed again and
 * again otherwise (a tenth of the analysis).
 */
export function keywordModel(tokens: Token[], parts: Span[]): { of(span: Span): Keywords } {
  const all: string[] = [];
  const taken: Taken = { first: [], last: [] };
  collectTerms(tokens, 0, tokens.length, all, taken);
  const ids = new Map<string, number>();
  const idOf = Int32Array.from(all, (term) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  });
  const names = [...ids.keys()];
  /** Visits the terms of the tokens inside `span` as `terms(tokensIn(tokens, span))` lists them, by their index in `all`; gives those tokens' range. */
  const termsIn = (span: Span, visit: (k: number) => void): [number, number] => {
    const [from, to] = tokenRange(tokens, span);
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken.first[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < all.length && taken.first[k]! < to; k++) if (taken.last[k]! < to) visit(k);
    return [from, to];
  };
  const holding = new Int32Array(names.length);
  const seen = new Int32Array(names.length).fill(-1);
  parts.forEach((part, p) =>
    termsIn(part, (k) => {
      const id = idOf[k]!;
      if (seen[id] !== p) {
        seen[id] = p;
        holding[id]!++;
      }
    }),
  );
  const idf = (id: number) => inverseFrequency(parts.length, holding[id]!);
  return {
    of(span: Span): Keywords {
      const counts = new Map<number, number>();
      const [from, to] = termsIn(span, (k) => counts.set(idOf[k]!, (counts.get(idOf[k]!) ?? 0) + 1));
      const ranked = [...counts]
        .map(([id, count]) => [names[id]!, count * idf(id) * Math.sqrt(names[id]!.length)] as const)
        .sort((a, b) => b[1] - a[1])
        .map(([term]) => term);
      // The first terms that no better-ranked term holds.
      const keywords: string[] = [];
      for (let i = 0; i < ranked.length && keywords.length < MAX_KEYWORDS; i++) {
        let held = false;
        for (let j = 0; j < i && !held; j++) held = ranked[j]!.includes(ranked[i]!);
        if (!held) keywords.push(ranked[i]!);
      }
      return { keywords, topic: topicOf(tokens, from, to) ?? keywords[0] ?? tokens.slice(from, to).map((t) => t.text).join('').slice(0, 12) };
    },
  };
}

/** The first verb and the noun phrase it governs: 以健全决策机制为重点 → 健全决策机制. */
function topicOf(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const verb = tokens[i]!;
    if (!verb.tag.startsWith('v') || verb.text.length < 2 || LEAD_VERBS.has(verb.text)) continue;
    let object = '';
    for (let j = i + 1; j < to && TERM_TAGS.has(tokens[j]!.tag) && object.length < 10; j++) object += tokens[j]!.text;
    if (object) return verb.text + object;
  }
  return null;
}
