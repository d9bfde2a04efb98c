// Keywords and a topic for a commitment or problem: jieba tokens with the
// government dictionary, weighted by TF-IDF over the report's parts so that
// words every part uses (推进, 加强, 工作) do not dominate. The word lists are
// data: lexicon/keywords.json.
import { tokensIn } from '../segment/jieba.js';
import type { Span, Token } from '../types.js';
import lexicon from './lexicon/keywords.json' with { type: 'json' };

const TERM_TAGS = new Set(lexicon.termTags);
const GENERIC = new Set(lexicon.generic);
/** A word every part of a report uses (工作, 建设): no keyword alone. */
export const isGeneric = (word: string) => GENERIC.has(word);
const LEAD_VERBS = new Set(lexicon.leadVerbs);
const MAX_KEYWORDS = 5;

/** Terms of a text: content tokens, and adjacent pairs of them (决策 + 机制). */
export function terms(tokens: Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (!TERM_TAGS.has(token.tag) && !token.tag.startsWith('v')) return;
    if (token.text.length >= 2 && TERM_TAGS.has(token.tag) && !GENERIC.has(token.text)) out.push(token.text);
    const next = tokens[i + 1];
    if (next && next.start === token.end && TERM_TAGS.has(next.tag) && token.text.length + next.text.length <= 8) {
      const pair = token.text + next.text;
      if (!GENERIC.has(token.text) || !GENERIC.has(next.text)) out.push(pair);
    }
  });
  return out;
}

export interface Keywords {
  keywords: string[];
  topic: string;
}

/**
 * Inverse document frequencies over term lists, counted in one pass (natural's
 * TfIdf rescans every document for every term, a sixth of the analysis time).
 */
export function inverseFrequencies(documents: string[][]): (term: string) => number {
  const counts = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const n = documents.length;
  return (term) => Math.log(1 + n / (1 + (counts.get(term) ?? 0)));
}

/**
 * A keyword model over the report's tokens, with document frequencies from its
 * parts: `of(span)` gives the span's top terms by TF-IDF and a topic phrase.
 */
export function keywordModel(tokens: Token[], parts: Span[]): { of(span: Span): Keywords } {
  const idf = inverseFrequencies(parts.map((part) => terms(tokensIn(tokens, part))));
  return {
    of(span: Span): Keywords {
      const inside = tokensIn(tokens, span);
      const counts = new Map<string, number>();
      for (const term of terms(inside)) counts.set(term, (counts.get(term) ?? 0) + 1);
      const ranked = [...counts]
        .map(([term, count]) => [term, count * idf(term) * Math.sqrt(term.length)] as const)
        .sort((a, b) => b[1] - a[1])
        .map(([term]) => term);
      const keywords = ranked.filter((term, i) => !ranked.slice(0, i).some((kept) => kept.includes(term))).slice(0, MAX_KEYWORDS);
      return { keywords, topic: topicOf(inside) ?? keywords[0] ?? inside.map((t) => t.text).join('').slice(0, 12) };
    },
  };
}

/** The first verb and the noun phrase it governs: 以健全决策机制为重点 → 健全决策机制. */
function topicOf(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!verb.tag.startsWith('v') || verb.text.length < 2 || LEAD_VERBS.has(verb.text)) continue;
    let object = '';
    for (let j = i + 1; j < tokens.length && TERM_TAGS.has(tokens[j]!.tag) && object.length < 10; j++) object += tokens[j]!.text;
    if (object) return verb.text + object;
  }
  return null;
}
