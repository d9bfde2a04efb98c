// Character pairs and their overlap: how alike two pieces of Chinese text are
// without segmenting them (labels, headings, sentences).

/** The overlapping character pairs of a text; a one-character text is its own pair. */
export function characterPairs(text: string): Set<string> {
  if (text.length === 1) return new Set([text]);
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/**
 * characterPairs as numbers, the two characters' codes in one int32, where pairs are
 * only counted and looked up (sentences): no string is cut and hashed per pair. A
 * one-character text is its code past the int32 range, so it meets no pair.
 */
export function pairCodes(text: string): Set<number> {
  if (text.length === 1) return new Set([2 ** 32 + text.charCodeAt(0)]);
  const out = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) out.add((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1));
  return out;
}

/** Dice coefficient of two sets: shared items over their mean size, 0..1. */
export function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** For each character pair, the indexes of the texts (given as their pairs) that hold it, ascending. */
export function pairIndex<T>(texts: Set<T>[]): Map<T, number[]> {
  const index = new Map<T, number[]>();
  texts.forEach((pairs, i) => {
    for (const pair of pairs) {
      const list = index.get(pair);
      if (list) list.push(i);
      else index.set(pair, [i]);
    }
  });
  return index;
}

/** How many of the keys each text holds, counted in place: the index's texts are few and a search is run thousands of times. */
let tally: Int32Array = new Int32Array(0);

/**
 * For each text of a pairIndex holding any of `keys`, how many of them it
 * holds, in the order the texts are first hit: the counts a Map of counts would give.
 */
export function countHits<T>(index: Map<T, number[]>, keys: Iterable<T>, each: (i: number, count: number) => void): void {
  const hit: number[] = [];
  for (const key of keys) {
    const list = index.get(key);
    if (!list) continue;
    // A list is ascending: its last text is the furthest.
    if (list.at(-1)! >= tally.length) tally = grown(tally, list.at(-1)!);
    // Counted by index: this loop runs before compare's code is optimised too, where for…of makes an object per step.
    for (let k = 0; k < list.length; k++) if (tally[list[k]!]!++ === 0) hit.push(list[k]!);
  }
  // Zeroed before the callback runs, so that it may count again.
  const counts = hit.map((i) => tally[i]!);
  for (const i of hit) tally[i] = 0;
  hit.forEach((i, n) => each(i, counts[n]!));
}

function grown(counts: Int32Array, i: number): Int32Array {
  const next = new Int32Array(Math.max(2 * counts.length, i + 1, 1024));
  next.set(counts);
  return next;
}
