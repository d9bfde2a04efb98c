// Sentence-level changes within two aligned sections, and what changed within
// a sentence, numbers kept whole and flagged so a reader sees 265 → 270.
import { diffArrays } from 'diff';
import type { DiffPart, SentenceChange } from '../types.js';
import { countHits, pairCodes, pairIndex } from './pairs.js';

/** Sentences this alike are one sentence edited; below, one was removed and another added. */
const SAME_SENTENCE = 0.5;
/** Longer sentences are shown as replaced whole: a unit-by-unit diff of them is unreadable. */
const MAX_DIFF_LENGTH = 400;
const NUMBER = /\d+(?:[.,]\d+)*%?/g;

/** A sentence as diff units: each number whole (265 never becomes 2[65]), else one character. */
function units(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    for (const ch of text.slice(last, match.index)) out.push(ch);
    out.push(match[0]);
    last = match.index + match[0].length;
  }
  for (const ch of text.slice(last)) out.push(ch);
  return out;
}

const isNumber = (unit: string) => /^\d/.test(unit);

/**
 * What was kept, deleted and inserted from `a` to `b` (jsdiff's shortest edit
 * over units); a number is always its own part, flagged.
 */
export function diffCharacters(a: string, b: string): DiffPart[] {
  if (a.length > MAX_DIFF_LENGTH || b.length > MAX_DIFF_LENGTH) {
    return [
      { op: 'delete', text: a, number: false },
      { op: 'insert', text: b, number: false },
    ];
  }
  const parts: DiffPart[] = [];
  for (const change of diffArrays(units(a), units(b))) {
    const op: DiffPart['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    for (const unit of change.value) {
      const last = parts.at(-1);
      if (last && last.op === op && !last.number && !isNumber(unit)) last.text += unit;
      else parts.push({ op, text: unit, number: isNumber(unit) });
    }
  }
  return parts;
}

/**
 * The newer sentences sharing a character pair with `sentence`, in their order, each
 * with its Dice score: the others score 0 (sentences are never empty), so an index
 * from pair to newer sentences spares scoring every pair of sentences.
 */
function alikeSentences(pairs: Set<number>, newerPairs: Set<number>[], holders: Map<number, number[]>): Array<[number, number]> {
  const alike: Array<[number, number]> = [];
  countHits(holders, pairs, (j, count) => alike.push([j, (2 * count) / (pairs.size + newerPairs[j]!.size)]));
  return alike.sort((x, y) => x[0] - y[0]);
}

/** A sentence with its character pairs (pairCodes), which a caller may keep for the next comparison. */
export interface PairedSentence {
  text: string;
  pairs: Set<number>;
}

export const paired = (text: string): PairedSentence => ({ text, pairs: pairCodes(text) });

/** Pairs the sentences of two aligned sections and says what changed. */
export function diffSentences(olderSentences: readonly PairedSentence[], newerSentences: readonly PairedSentence[]): SentenceChange[] {
  const [older, newer] = [olderSentences.map((s) => s.text), newerSentences.map((s) => s.text)];
  const newerPairs = newerSentences.map((s) => s.pairs);
  const holders = pairIndex(newerPairs);
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  olderSentences.forEach(({ pairs }, i) => {
    for (const [j, score] of alikeSentences(pairs, newerPairs, holders)) if (score >= SAME_SENTENCE) candidates.push({ i, j, score });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i);
  const matchOfNewer = new Map<number, number>();
  const matchedOlder = new Set<number>();
  for (const { i, j } of candidates) {
    if (matchedOlder.has(i) || matchOfNewer.has(j)) continue;
    matchedOlder.add(i);
    matchOfNewer.set(j, i);
  }
  const changes: SentenceChange[] = [];
  newer.forEach((text, j) => {
    const i = matchOfNewer.get(j);
    if (i === undefined) changes.push({ kind: 'added', from: null, to: text, parts: [] });
    else if (older[i] !== text) changes.push({ kind: 'changed', from: older[i]!, to: text, parts: diffCharacters(older[i]!, text) });
  });
  older.forEach((text, i) => {
    if (!matchedOlder.has(i)) changes.push({ kind: 'removed', from: text, to: null, parts: [] });
  });
  return changes;
}
