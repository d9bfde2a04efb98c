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

/**
 * Visits the terms of tokens: content tokens (`pair` false), and adjacent pairs of them (决策 + 机制,
 * `pair` true), by the index of the token each one starts at.
 */
function collectTerms(tokens: Token[], visit: (i: number, pair: boolean) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const content = TERM_TAGS.has(token.tag);
    if (!content && !token.tag.startsWith('v')) continue;
    if (token.text.length >= 2 && content && !GENERIC.has(token.text)) visit(i, false);
    const next = tokens[i + 1];
    if (next && next.start === token.end && TERM_TAGS.has(next.tag) && token.text.length + next.text.length <= 8) {
      if (!GENERIC.has(token.text) || !GENERIC.has(next.text)) visit(i, true);
    }
  }
}

/** Terms of a text: content tokens, and adjacent pairs of them (决策 + 机制). */
export function terms(tokens: Token[]): string[] {
  const out: string[] = [];
  collectTerms(tokens, (i, pair) => out.push(pair ? tokens[i]!.text + tokens[i + 1]!.text : tokens[i]!.text));
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

/** A report's terms in text order, as `terms(tokens)` lists them: each one's id (its text's number), and the token it starts at and the one it ends at. */
interface TermList {
  count: number;
  id: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Each id's text. */
  names: string[];
}

/**
 * The terms collectTerms lists, by id: a pair's text (决策 + 机制) is made only the first time its two words meet,
 * the next times it is found by their numbers, without a string made and hashed again.
 */
function listTerms(tokens: Token[]): TermList {
  const list: TermList = { count: 0, id: new Int32Array(2 * tokens.length), first: new Int32Array(2 * tokens.length), last: new Int32Array(2 * tokens.length), names: [] };
  const ids = new Map<string, number>();
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      ids.set(term, (id = list.names.length));
      list.names.push(term);
    }
    return id;
  };
  // Each token's word by a number (its text looked up once), the term of a word alone, and that of a pair of words.
  const words = new Map<string, number>();
  const wordAt = new Int32Array(tokens.length).fill(-1);
  const termOfWord = new Int32Array(tokens.length).fill(-1);
  const pairs = new Map<number, number>();
  const word = (i: number) => {
    if (wordAt[i] === -1) {
      const text = tokens[i]!.text;
      let number = words.get(text);
      if (number === undefined) words.set(text, (number = words.size));
      wordAt[i] = number;
    }
    return wordAt[i]!;
  };
  collectTerms(tokens, (i, pair) => {
    const first = word(i);
    let id: number;
    if (pair) {
      // Exact as a double while a report has fewer than 2^26 distinct words.
      const key = first * 0x4000000 + word(i + 1);
      id = pairs.get(key) ?? -1;
      if (id === -1) pairs.set(key, (id = idOf(tokens[i]!.text + tokens[i + 1]!.text)));
    } else {
      id = termOfWord[first]!;
      if (id === -1) termOfWord[first] = id = idOf(tokens[i]!.text);
    }
    list.id[list.count] = id;
    list.first[list.count] = i;
    list.last[list.count++] = pair ? i + 1 : i;
  });
  return list;
}

/**
 * A keyword model over the report's tokens, with document frequencies from its
 * parts: `of(span)` gives the span's top terms by TF-IDF and a topic phrase.
 * The report's terms are listed once, each with a number, and a part or span
 * reads its run of them: parts nest, and a span's terms were listed again and
 * again otherwise (a tenth of the analysis).
 */
export function keywordModel(tokens: Token[], parts: Span[]): { of(span: Span): Keywords } {
  const { count: all, id: idOf, first, last, names } = listTerms(tokens);
  /** The run [lo, hi) of terms starting inside the tokens [from, to), as `terms(tokensIn(tokens, span))` lists them but for those ending past `to`. */
  const termRun = (from: number, to: number): [number, number] => {
    let lo = 0;
    let hi = all;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (first[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    hi = lo;
    while (hi < all && first[hi]! < to) hi++;
    return [lo, hi];
  };
  const holding = new Int32Array(names.length);
  const seen = new Int32Array(names.length).fill(-1);
  for (let p = 0; p < parts.length; p++) {
    const [from, to] = tokenRange(tokens, parts[p]!);
    const [lo, hi] = termRun(from, to);
    for (let k = lo; k < hi; k++) {
      const id = idOf[k]!;
      if (last[k]! < to && seen[id] !== p) {
        seen[id] = p;
        holding[id]!++;
      }
    }
  }
  const idf = (id: number) => inverseFrequency(parts.length, holding[id]!);
  // A span's count of each term, kept between calls and cleared after each.
  const counts = new Int32Array(names.length);
  const scores = new Float64Array(names.length);
  return {
    of(span: Span): Keywords {
      const [from, to] = tokenRange(tokens, span);
      const [lo, hi] = termRun(from, to);
      // The span's distinct terms in the order they first appear: the sort below keeps it among equal scores.
      const present: number[] = [];
      for (let k = lo; k < hi; k++) {
        if (last[k]! >= to) continue;
        const id = idOf[k]!;
        if (counts[id]!++ === 0) present.push(id);
      }
      for (const id of present) {
        scores[id] = counts[id]! * idf(id) * Math.sqrt(names[id]!.length);
        counts[id] = 0;
      }
      const ranked = present.sort((a, b) => scores[b]! - scores[a]!).map((id) => names[id]!);
      // The first terms that no better-ranked term holds (only a longer one can: the lengths are compared first).
      const keywords: string[] = [];
      for (let i = 0; i < ranked.length && keywords.length < MAX_KEYWORDS; i++) {
        const term = ranked[i]!;
        let held = false;
        for (let j = 0; j < i && !held; j++) held = ranked[j]!.length > term.length && ranked[j]!.includes(term);
        if (!held) keywords.push(term);
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
