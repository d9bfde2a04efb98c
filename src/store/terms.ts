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

/**
 * The distinct words of sentences' indexed forms, as the sentence vocabulary
 * holds them, in the order they first occur, from their words as written (the
 * tokens termsOf joins, or the forms split at spaces). A report says each word
 * some ten times: made distinct as written first, each is split and folded
 * once (the corpus: 1.6 → 0.9 ms of CPU a report; from the joined forms, 1.9).
 */
export function vocabularyWords(written: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of new Set(written)) {
    if (ONE_WORD.test(text)) words.add(term(text));
    else for (const word of indexedWords(text)) words.add(word);
  }
  return [...words];
}

/** A text that is one indexed word as it stands (nearly every token): not split. */
const ONE_WORD = /^\S+$/;

/** The indexed form of a sentence from its tokens: their texts, space-separated (jieba words hold no spaces). */
export function termsOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ');
}

/** The indexed form of a sentence, cut by `segment`. */
export function sentenceTerms(text: string, segment: Segmenter): string {
  return termsOf(segment(text));
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

/**
 * How many indexed words a query text may stand for inside words (see
 * expandPhrases). One character such as 的 is inside thousands; past the
 * bound the text is not looked for inside words, only at their start.
 */
export const MAX_EXPANSION = 200;

/** The indexed words holding a text, at most MAX_EXPANSION of them; null past the bound. */
export type Vocabulary = (text: string) => string[] | null;

/** A run of adjacent indexed words; with `prefix`, the last one only starts with its text. */
export interface Run {
  words: string[];
  prefix: boolean;
}

/** The texts expandPhrases asks the vocabulary about: each phrase's first word, and a longer phrase joined. */
export function vocabularyTexts(phrases: string[][]): string[] {
  return [...new Set(phrases.flatMap((words) => (words.length > 1 ? [words[0]!, words.join('')] : words)))];
}

/**
 * Each phrase as the runs of indexed words that hold its text, so that a query
 * is found inside words as well as on their boundaries (失业率 in 城镇调查失业率):
 * the first word may end an indexed word, the last may start one, and the
 * whole text may lie inside one word. The words between stay whole, so the
 * text never runs across punctuation (法律、咨询 is three words).
 */
export function expandPhrases(phrases: string[][], vocabulary: Vocabulary): Run[][] {
  const inside = (text: string): Run[] => [
    { words: [text], prefix: true },
    ...(vocabulary(text) ?? []).filter((word) => !word.startsWith(text)).map((word) => ({ words: [word], prefix: false })),
  ];
  return phrases
    .filter((words) => words.length > 0)
    .map((words) => {
      if (words.length === 1) return inside(words[0]!);
      const [first, ...rest] = words as [string, ...string[]];
      const ending = (vocabulary(first) ?? []).filter((word) => word !== first && word.endsWith(first));
      return [...[first, ...ending].map((word) => ({ words: [word, ...rest], prefix: true })), ...inside(words.join(''))];
    });
}

/** An FTS5 query: every phrase, each as one of its runs of adjacent words. */
export function sentenceMatch(runs: Run[][]): string {
  return runs.map((alternatives) => `(${alternatives.map((run) => `${quoted(run.words)}${run.prefix ? '*' : ''}`).join(' OR ')})`).join(' AND ');
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
 * The spans of a sentence the index found: each phrase's text wherever it
 * occurs, inside words too. A phrase whose text is not there as printed (a
 * space between its words) is found word by word, as matchSpans finds it.
 */
export function hitSpans(text: string, phrases: string[][], segment: Segmenter): Span[] {
  const folded = term(text);
  if (folded.length !== text.length) return matchSpans(text, phrases, segment);
  const spans: Span[] = [];
  for (const phrase of phrases.filter((p) => p.length > 0)) {
    const joined = phrase.join('');
    const before = spans.length;
    for (let at = folded.indexOf(joined); at !== -1; at = folded.indexOf(joined, at + 1)) spans.push({ start: at, end: at + joined.length });
    if (spans.length === before) spans.push(...matchSpans(text, [phrase], segment));
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
