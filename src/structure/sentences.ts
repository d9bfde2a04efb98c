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

/** The innermost section holding `offset`, given sections in document order. */
export function sectionAt(sections: Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    if (section.start > offset) break;
    if (offset < section.end && (!found || section.level >= found.level)) found = section;
  }
  return found;
}

export function detectSentences(text: string, sections: Section[]): Sentence[] {
  return splitSentences(text).map((span) => ({ ...span, section: sectionAt(sections, span.start)?.id ?? null }));
}
