// The only module that imports nodejieba. It loads the dictionaries once and
// turns jieba's untyped words into tokens with offsets. Numbers are found on
// the raw text, because jieba splits "265" into 2/6/5.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { memo } from '../memo.js';
import { packTokens, unpackTokens } from './packed.js';
import type { Span, Token } from '../types.js';

const require = createRequire(import.meta.url);

interface Jieba {
  DEFAULT_DICT: string;
  load(options: { userDict?: string; idfDict?: string }): void;
  cut(sentence: string, hmm: boolean): string[];
}

export const GOVERNMENT_DICT = fileURLToPath(new URL('../../corpus/dict/government.dict.utf8', import.meta.url));
// jieba's keyword extractor, never called here, would hold its 6 MB IDF table in every thread that loads jieba (~25 MB
// of memory each): it gets a table of one word instead (an empty one fails an assertion in cppjieba).
const NO_IDF = fileURLToPath(new URL('../../corpus/dict/no-idf.utf8', import.meta.url));

let jieba: Jieba | null = null;
/** Each dictionary word's part of speech ('' for a user word given without one), the last line of a word winning as in jieba's trie. */
const tags = new Map<string, string>();

function loaded(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load({ userDict: GOVERNMENT_DICT, idfDict: NO_IDF });
    for (const dict of [jieba.DEFAULT_DICT, GOVERNMENT_DICT]) readTags(readFileSync(dict, 'utf8'));
  }
  return jieba;
}

/**
 * Lines `word [freq] [tag]`, as jieba reads its dictionaries; the few distinct
 * tags are shared, not copied per word. Every analysis thread reads the
 * 350 000 lines when it starts: the fields are found by their spaces, without
 * splitting each line into an array (half the time).
 */
function readTags(dict: string): void {
  const shared = new Map<string, string>();
  for (let start = 0; start < dict.length; ) {
    const newline = dict.indexOf('\n', start);
    const end = newline === -1 ? dict.length : newline;
    const first = dict.indexOf(' ', start);
    const space = first === -1 || first > end ? end : first;
    const last = space === end ? end : dict.lastIndexOf(' ', end - 1);
    // A line of more than three fields, or without a word, is none of jieba's.
    const fields = space === end ? 1 : last === space ? 2 : dict.indexOf(' ', space + 1) === last ? 3 : 4;
    if (fields <= 3 && space > start) {
      const tag = fields === 1 ? '' : dict.slice(last + 1, end);
      let kept = shared.get(tag);
      if (kept === undefined) shared.set(tag, (kept = tag));
      tags.set(dict.slice(start, space), kept);
    }
    start = end + 1;
  }
}

/**
 * jieba's `tag` is its `cut` with each word looked up in the dictionary, but
 * builds an object per word and costs twice the cut: the lookup is made here,
 * as cppjieba's PosTagger makes it. A word the dictionary does not tag is x
 * when it holds no ASCII, m when the ASCII it holds (counted until half of
 * its characters) is digits, else eng. Memoised (knownWord): the few thousand words a
 * report repeats are found faster among themselves than in the whole dictionary.
 */
function lookUpTag(word: string): string {
  const tag = tags.get(word);
  if (tag) return tag;
  // A word outside the dictionary is ASCII letters and digits or other characters, never both: its length counts characters.
  const half = Math.floor(word.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) continue;
    ascii++;
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return ascii === 0 ? 'x' : digits === ascii ? 'm' : 'eng';
}

/**
 * A word as a token carries it: its text, the first string of it that jieba gave (kept for as long as the memos keep
 * it), and its tag. Every later lookup of a token's text (keywords, labels, search terms) then meets a string whose
 * hash is known, and the token keeps no string of its own.
 */
interface Word {
  text: string;
  tag: string;
}

const longWord = memo((text: string): Word => ({ text, tag: lookUpTag(text) }));

/** One-character words by character code, filled on first use: a third of the words, found without hashing. */
const charWords: Array<Word | undefined> = Array.from({ length: 0x10000 }, () => undefined);

/**
 * Two-character words (half the words) by their two character codes, filled on first use: a number is found without
 * hashing a new string, in a table of open addressing (a Map of numbers cost a third of segmentation's own time).
 */
const PAIR_SLOTS = 1 << 17;
const pairKeys = new Int32Array(PAIR_SLOTS);
/** Each slot's word, undefined where the slot is free. */
const pairSlots: Array<Word | undefined> = Array.from({ length: PAIR_SLOTS }, () => undefined);
let pairCount = 0;
/** As many as memo keeps, under two fifths of the slots: a text of random characters makes new pairs without end. */
const MAX_PAIR_WORDS = 50_000;

function pairWord(text: string): Word {
  const key = (text.charCodeAt(0) << 16) | text.charCodeAt(1);
  let slot = Math.imul(key, 0x9e3779b1) >>> 15;
  for (let word = pairSlots[slot]; word !== undefined; word = pairSlots[slot]) {
    if (pairKeys[slot] === key) return word;
    slot = (slot + 1) & (PAIR_SLOTS - 1);
  }
  if (pairCount >= MAX_PAIR_WORDS) {
    pairSlots.fill(undefined);
    pairCount = 0;
    return pairWord(text);
  }
  pairCount++;
  pairKeys[slot] = key;
  return (pairSlots[slot] = { text, tag: lookUpTag(text) });
}

function knownWord(text: string): Word {
  if (text.length === 1) return (charWords[text.charCodeAt(0)] ??= { text, tag: lookUpTag(text) });
  return text.length === 2 ? pairWord(text) : longWord(text);
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

/** Whether each character code is white space, filled on first use. */
const spaceCodes: Array<boolean | undefined> = Array.from({ length: 0x10000 }, () => undefined);

/** A word of white space only: the pattern is tried on the few words that start with a space. */
function isBlank(word: string): boolean {
  return (spaceCodes[word.charCodeAt(0)] ??= /\s/.test(word[0]!)) && /^\s+$/.test(word);
}

function tagPiece(text: string, offset: number, out: Token[]): void {
  if (text.length === 0) return;
  guard?.();
  let cursor = 0;
  for (const word of loaded().cut(text, true)) {
    // jieba's words follow one another: the next one nearly always starts where the last ended.
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at === -1) continue;
    if (!isBlank(word)) {
      const { text, tag } = knownWord(word);
      out.push({ text, tag, start: offset + at, end: offset + at + word.length });
    }
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

/**
 * Tokens of whole analysed texts, kept while the analysis lives: compare reuses
 * them. A stored analysis's are first the bytes the library kept (packed.ts),
 * unpacked when first asked for.
 */
const byText = new WeakMap<object, Token[] | Uint8Array>();

/** The tokens of `owner.text`, segmented once for as long as `owner` lives (or unpacked, when the library kept them). */
export function tokensOf(owner: { text: string }): Token[] {
  const kept = byText.get(owner);
  if (Array.isArray(kept)) return kept;
  const tokens = (kept && unpackTokens(kept, owner.text)) ?? segment(owner.text);
  byText.set(owner, tokens);
  return tokens;
}

/** Notes the tokens of `owner.text` as packTokens packed them, for tokensOf: a stored analysis is not cut again. */
export function keepPackedTokens(owner: { text: string }, packed: Uint8Array): void {
  byText.set(owner, packed);
}

/** The tokens kept for `owner` as keepPackedTokens takes them (packed again if unpacked since), or null when none are kept: for another thread. */
export function packedTokensOf(owner: { text: string }): Uint8Array | null {
  const kept = byText.get(owner);
  if (kept === undefined) return null;
  return Array.isArray(kept) ? packTokens(kept) : kept;
}

/** The range [from, to) of the tokens lying wholly inside a span, from tokens in text order. */
export function tokenRange(tokens: Token[], span: Span): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to]!.end <= span.end) to++;
  return [lo, to];
}

/** The tokens lying wholly inside a span, from tokens in text order. */
export function tokensIn(tokens: Token[], span: Span): Token[] {
  return tokens.slice(...tokenRange(tokens, span));
}
