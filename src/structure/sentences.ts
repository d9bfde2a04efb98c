// Sentences split on 。！？； and line ends, never inside 《》“”「」 quotes.
import type { Section, Sentence, Span } from '../types.js';

const TRAILING = new Set([...'”’」』）)'].map((ch) => ch.charCodeAt(0)));
const [OPEN_QUOTE, CLOSE_QUOTE, TERMINAL, NEWLINE] = [1, 2, 3, 4];
/** What each UTF-16 code does to the split, 0 for nothing: the split looks at every character of the report, one array read each. */
const KIND = new Uint8Array(0x10000);
for (const [characters, kind] of [['《“「『‘', OPEN_QUOTE], ['》”」』’', CLOSE_QUOTE], ['。！？；!?;', TERMINAL], ['\n', NEWLINE]] as const) {
  for (const ch of characters) KIND[ch.charCodeAt(0)] = kind;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start) spans.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === NEWLINE) {
      push(i);
      depth = 0;
    } else if (kind === OPEN_QUOTE) {
      depth++;
    } else if (kind === CLOSE_QUOTE) {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0) {
      let end = i + 1;
      while (end < text.length && TRAILING.has(text.charCodeAt(end))) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/**
 * The innermost section holding `offset`, given sections in document order. Sections
 * that nest are looked up as a tree (the last one starting at or before the offset,
 * then the parts enclosing it): a report of thousands of headings and sentences
 * would otherwise be scanned once per sentence and figure.
 */
export function sectionAt(sections: Section[], offset: number): Section | null {
  const up = enclosingOf(sections);
  if (up === null) return scanFor(sections, offset);
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sections[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  for (let at = low - 1; at >= 0; at = up[at]!) if (offset < sections[at]!.end) return sections[at]!;
  return null;
}

function scanFor(sections: Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    if (section.start > offset) break;
    if (offset < section.end && (!found || section.level >= found.level)) found = section;
  }
  return found;
}

/** Kept with the array it was read from, and read again when that array has grown. */
const ENCLOSING = new WeakMap<Section[], { length: number; up: Int32Array | null }>();

/**
 * Each section's nearest enclosing one (-1 for none), or null unless the sections
 * are in order and nest, each deeper than the one enclosing it: then the innermost
 * holding an offset is the deepest, as scanFor finds it.
 */
function enclosingOf(sections: Section[]): Int32Array | null {
  const known = ENCLOSING.get(sections);
  if (known?.length === sections.length) return known.up;
  const up = new Int32Array(sections.length);
  const open: number[] = [];
  let nested = true;
  sections.forEach((section, index) => {
    if (index > 0 && section.start < sections[index - 1]!.start) nested = false;
    while (open.length > 0 && sections[open.at(-1)!]!.end <= section.start) open.pop();
    const parent = open.at(-1) ?? -1;
    if (parent >= 0 && (section.end > sections[parent]!.end || section.level <= sections[parent]!.level)) nested = false;
    up[index] = parent;
    open.push(index);
  });
  const found = nested ? up : null;
  ENCLOSING.set(sections, { length: sections.length, up: found });
  return found;
}

export function detectSentences(text: string, sections: Section[]): Sentence[] {
  return splitSentences(text).map((span) => ({ ...span, section: sectionAt(sections, span.start)?.id ?? null }));
}
