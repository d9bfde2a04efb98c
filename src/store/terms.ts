// What the full-text indexes hold, and the queries that match it. Both FTS
// tables use a tokenizer that splits on whitespace only, so the terms are
// made here: jieba words for sentences (a phrase of words cannot run across
// punctuation or a sentence), overlapping character pairs for labels (a phrase
// of pairs is exactly a substring, which labels need: 法律咨询 in 提供法律咨询).
import { InputError } from '../errors.js';
import type { Span, Token } from '../types.js';

/** Every non-space character is a token character: punctuation stays a term of its own. */
export const FTS_TOKENIZER = `unicode61 categories 'L* N* Co P* S* M*'`;

/** Ends the last pair of a label, so that a one-character query matches at the end too. */
const LABEL_END = '\uE000';

export type Segmenter = (text: string) => Token[];

/** A word as FTS and the highlighter compare it; the tokenizer folds case the same way. */
function term(text: string): string {
  return text.toLowerCase();
}

/** The words an index holds for `terms` (as sentenceTerms or labelTerms made them), in order, as FTS5 reads them. */
export function indexedWords(terms: string): string[] {
  return terms.split(/\s+/).filter(Boolean).map(term);
}

function quoted(terms: string[]): string {
  return `"${terms.join(' ').replaceAll('"', '""')}"`;
}

/** The indexed form of a sentence: its words, space-separated (jieba words hold no spaces). */
export function sentenceTerms(text: string, segment: Segmenter): string {
  return segment(text)
    .map((token) => token.text)
    .join(' ');
}

/** A label's characters, spaces made into a token character so that pairs stay whole. */
function labelChars(label: string): string[] {
  return [...label.trim().replace(/\s+/g, '_').toLowerCase()];
}

/** The indexed form of a label: its overlapping character pairs. */
export function labelTerms(label: string): string {
  const chars = labelChars(label);
  if (chars.length === 0) return '';
  return [...chars.slice(1), LABEL_END].map((char, i) => chars[i] + char).join(' ');
}

function parts(query: string): string[] {
  const found = query.trim().split(/\s+/).filter(Boolean);
  if (found.length === 0) throw new InputError('BAD_ARGUMENT', 'query', 'is empty');
  return found;
}

/** The words of each whitespace-separated part of a search query. */
export function queryPhrases(query: string, segment: Segmenter): string[][] {
  return parts(query).map((part) => segment(part).map((token) => term(token.text)));
}

/** An FTS5 query: every phrase, each as a run of adjacent words. */
export function sentenceMatch(phrases: string[][]): string {
  return phrases.map(quoted).join(' AND ');
}

/** What a label must hold to hold `query` as a substring: a run of pairs, or one character that starts a pair. */
export function labelQuery(query: string): { pairs: string[]; prefix: boolean } {
  const chars = labelChars(query);
  if (chars.length === 0) throw new InputError('BAD_ARGUMENT', '--q', 'is empty');
  // One character is the start of some pair, the end marker's included.
  if (chars.length === 1) return { pairs: chars, prefix: true };
  return { pairs: chars.slice(1).map((char, i) => chars[i] + char), prefix: false };
}

/** An FTS5 query for labels holding `query` as a substring. */
export function labelMatch(query: string): string {
  const { pairs, prefix } = labelQuery(query);
  return prefix ? `${quoted(pairs)}*` : quoted(pairs);
}

/** Where the phrases occur in a sentence, as merged spans in document order. */
export function matchSpans(text: string, phrases: string[][], segment: Segmenter): Span[] {
  const tokens = segment(text);
  const words = tokens.map((token) => term(token.text));
  const spans: Span[] = [];
  for (const phrase of phrases.filter((p) => p.length > 0)) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((word, k) => words[i + k] === word)) {
        spans.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
      }
    }
  }
  return merged(spans);
}

/** Spans in document order, overlapping ones joined. */
function merged(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/**
 * matchSpans for a sentence the index found, mostly without segmenting it
 * again (which is most of the time of a search): the index saw each phrase
 * there as a run of words, so when the phrase's words, joined, occur once in a
 * sentence without spaces, that occurrence is the run.
 */
export function hitSpans(text: string, phrases: string[][], segment: Segmenter): Span[] {
  const folded = term(text);
  if (/\s/.test(text) || folded.length !== text.length) return matchSpans(text, phrases, segment);
  const spans: Span[] = [];
  for (const phrase of phrases.filter((p) => p.length > 0)) {
    const joined = phrase.join('');
    const at = folded.indexOf(joined);
    if (at === -1 || folded.indexOf(joined, at + 1) !== -1) return matchSpans(text, phrases, segment);
    spans.push({ start: at, end: at + joined.length });
  }
  return merged(spans);
}

const LEAD = 24;

/** The sentence with every span wrapped in 【】, its front cut when the first match is far in. */
export function snippet(text: string, spans: Span[]): string {
  let marked = '';
  let cursor = 0;
  for (const { start, end } of spans) {
    marked += `${text.slice(cursor, start)}【${text.slice(start, end)}】`;
    cursor = end;
  }
  marked += text.slice(cursor);
  const first = spans[0]?.start ?? 0;
  return first > LEAD + 8 ? `…${marked.slice(first - LEAD)}` : marked;
}
