// Clauses: the parts of a sentence between commas and colons, with offsets.
// Commitments and problems are cut from them.
import type { Span } from '../types.js';

/** The clauses of text[start, end), trimmed of the punctuation that closes them. */
export function clauses(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  // Every sentence is cut (commitments, problems): a look at each character's role, no match object or substring per clause.
  for (let at = start; at < end; at++) {
    if (!(roles[text.charCodeAt(at)]! & SPLITS)) continue;
    keepTrimmed(spans, text, from, at);
    from = at + 1;
  }
  keepTrimmed(spans, text, from, end);
  return spans;
}

function keepTrimmed(spans: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) spans.push(span);
}

/** Drops closing punctuation and surrounding white space from a span. */
export function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && roles[text.charCodeAt(start)]! & TRIMMED_BEFORE) start++;
  while (end > start && roles[text.charCodeAt(end - 1)]! & TRIMMED_AFTER) end--;
  return { start, end };
}

/** Moves the start of a span past leading patterns (下一步，示范区将 …). */
export function skipLead(text: string, span: Span, lead: RegExp): Span {
  for (;;) {
    const match = lead.exec(text.slice(span.start, span.end));
    if (!match || match[0].length === 0) return span;
    span = trimSpan(text, { start: span.start + match[0].length, end: span.end });
  }
}

/** Breaks between clauses, for labels: the clause before a figure names what it counts. */
export const CLAUSE_BREAK = /[，,；;：:。！？!?、（(）)《》\n]/;
/** A break between clauses that a list (、) does not make: the reach of 分别 and 均. */
export const LIST_CLAUSE_BREAK = /[，,；;：:。！？!?（(）)《》\n]/;
/** How far back a clause is read: far beyond any label, and a bound that keeps extraction linear. */
export const MAX_CLAUSE = 100;
/** A short aside in brackets inside a clause (中欧班列（成渝）累计开行量) is read past and left out of the label. */
export const ASIDE = /[（(][^（）()，。；]{0,12}[）)]/g;
const ASIDE_CLOSE = /[）)]/;
const ASIDE_OPEN = /[（(]/;
const NOT_IN_ASIDE = /[（）()，。；]/;
/** An aside holds at most this many characters besides its brackets (ASIDE's {0,12}). */
const MAX_ASIDE = 12;

/** What parts clauses, and what a clause is trimmed of at its start and at its end. */
const COMMA = /[，,：:]/;
const TRIM_BEFORE = /[\s，,、]/;
const TRIM_AFTER = /[\s。！？!?；;，,：:]/;

/**
 * What each character code is for clauseStarts, which asks of every character
 * of a sentence holding a figure, and for clauses and trimSpan: the patterns above, tested once per code
 * instead of three times per character.
 */
const BREAKS_CLAUSE = 1;
const BREAKS_LIST = 2;
const CLOSES_ASIDE = 4;
const SPLITS = 8;
const TRIMMED_BEFORE = 16;
const TRIMMED_AFTER = 32;
const ROLES: Array<[RegExp, number]> = [
  [CLAUSE_BREAK, BREAKS_CLAUSE],
  [LIST_CLAUSE_BREAK, BREAKS_LIST],
  [ASIDE_CLOSE, CLOSES_ASIDE],
  [COMMA, SPLITS],
  [TRIM_BEFORE, TRIMMED_BEFORE],
  [TRIM_AFTER, TRIMMED_AFTER],
];
const roles = new Uint8Array(0x10000).map((_, code) => {
  const character = String.fromCharCode(code);
  return ROLES.reduce((role, [pattern, bit]) => (pattern.test(character) ? role | bit : role), 0);
});

/** Where the clause holding an offset of one sentence starts, read back to a break past short asides, no further than MAX_CLAUSE. */
export interface ClauseStarts {
  /** Back to any clause break, a list's 、 included. */
  clause(start: number): number;
  /** Back to a break that is not a list's 、. */
  list(start: number): number;
}

/**
 * The clause starts of a sentence, found in one pass over it: each offset's
 * start is the previous offset's, or the offset itself after a break, or the
 * start of the offset before an aside that ends there. A figure asks once;
 * walking back from each figure instead cost a clause per figure.
 */
export function clauseStarts(text: string, sentence: Span): ClauseStarts {
  const { start: first, end: last } = sentence;
  const length = last - first + 1;
  const clause = new Int32Array(length);
  const list = new Int32Array(length);
  /** For offsets inside an aside (its opening bracket to its last character), the offset after its closing bracket. */
  const asideEnd = new Int32Array(length);
  clause[0] = first;
  list[0] = first;
  for (let at = first + 1; at <= last; at++) {
    const i = at - first;
    const open = asideOpening(text, first, at);
    if (open !== -1) {
      clause[i] = clause[open - first]!;
      list[i] = list[open - first]!;
      asideEnd.fill(at, open - first, i);
      continue;
    }
    const role = roles[text.charCodeAt(at - 1)]!;
    clause[i] = role & BREAKS_CLAUSE ? at : clause[i - 1]!;
    list[i] = role & BREAKS_LIST ? at : list[i - 1]!;
  }
  /**
   * The start from `at`, no further back than MAX_CLAUSE: where the bound falls inside an aside
   * that the walk back would have jumped, the aside is not read past, and its closing bracket ends the clause.
   */
  const bounded = (starts: Int32Array) => (at: number) => {
    const limit = Math.max(first, at - MAX_CLAUSE);
    const from = starts[at - first]!;
    if (from > limit) return from;
    const end = asideEnd[limit - first]!;
    return end !== 0 && end <= at ? end : limit;
  };
  return { clause: bounded(clause), list: bounded(list) };
}

/** The offset of the opening bracket of the short aside whose closing bracket ends right before `end`, or -1. */
function asideOpening(text: string, first: number, end: number): number {
  if (!(roles[text.charCodeAt(end - 1)]! & CLOSES_ASIDE)) return -1;
  for (let at = end - 2; at >= Math.max(first, end - MAX_ASIDE - 2); at--) {
    if (ASIDE_OPEN.test(text[at]!)) return at > first ? at : -1;
    if (NOT_IN_ASIDE.test(text[at]!)) return -1;
  }
  return -1;
}
