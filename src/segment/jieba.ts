// The only module that imports nodejieba. It loads the dictionaries once and
// turns jieba's untyped words into tokens with offsets. Numbers are found on
// the raw text, because jieba splits "265" into 2/6/5.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Span, Token } from '../types.js';

const require = createRequire(import.meta.url);

interface Jieba {
  load(options: { userDict?: string }): void;
  tag(sentence: string): Array<{ word: string; tag: string }>;
}

export const GOVERNMENT_DICT = fileURLToPath(new URL('../../corpus/dict/government.dict.utf8', import.meta.url));

let jieba: Jieba | null = null;

function loaded(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load({ userDict: GOVERNMENT_DICT });
  }
  return jieba;
}

/** Loads jieba's dictionaries now: it takes a second or more, which a server pays before it listens, not in its first search. */
export function loadDictionaries(): void {
  loaded();
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

let guard: (() => void) | null = null;

/**
 * Runs `check` before every call into jieba, so that a caller (the analysis
 * worker) can stop a job there by throwing: a thread ended while inside
 * jieba's native code would abort the whole process.
 */
export function guardSegmentation(check: (() => void) | null): void {
  guard = check;
}

/**
 * jieba slows down more than linearly on long stretches without punctuation
 * (a run of 「一」 takes seconds), so it is fed pieces of at most this many
 * characters, cut after a punctuation mark where there is one.
 */
const MAX_PIECE = 500;
const PIECE_BREAK = /[，。；！？、：,;!?\n]/;

function tagChunk(text: string, offset: number, out: Token[]): void {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + MAX_PIECE);
    if (to < text.length) {
      let cut = to;
      while (cut > from + MAX_PIECE / 2 && !PIECE_BREAK.test(text[cut - 1]!)) cut--;
      if (cut > from + MAX_PIECE / 2) to = cut;
    }
    tagPiece(text.slice(from, to), offset + from, out);
    from = to;
  }
}

function tagPiece(text: string, offset: number, out: Token[]): void {
  if (text.length === 0) return;
  guard?.();
  let cursor = 0;
  for (const { word, tag } of loaded().tag(text)) {
    const at = text.indexOf(word, cursor);
    if (at === -1) continue;
    if (!/^\s+$/.test(word)) out.push({ text: word, tag, start: offset + at, end: offset + at + word.length });
    cursor = at + word.length;
  }
}

/** Tokens of `text` (offsets relative to `offset`), numbers whole and tagged m. */
export function segment(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    tagChunk(text.slice(last, match.index), offset + last, tokens);
    tokens.push({ text: match[0], tag: 'm', start: offset + match.index, end: offset + match.index + match[0].length });
    last = match.index + match[0].length;
  }
  tagChunk(text.slice(last), offset + last, tokens);
  return tokens;
}

/** Tokens of whole analysed texts, kept while the analysis lives: compare reuses them. */
const byText = new WeakMap<object, Token[]>();

/** The tokens of `owner.text`, segmented once for as long as `owner` lives. */
export function tokensOf(owner: { text: string }): Token[] {
  let tokens = byText.get(owner);
  if (!tokens) {
    tokens = segment(owner.text);
    byText.set(owner, tokens);
  }
  return tokens;
}

/** The tokens lying wholly inside a span, from tokens in text order. */
export function tokensIn(tokens: Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= span.end; i++) out.push(tokens[i]!);
  return out;
}
