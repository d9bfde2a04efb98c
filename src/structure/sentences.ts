// Sentences split on 。！？； and line ends, never inside 《》“”「」 quotes.
import type { Section, Sentence, Span } from '../types.js';

const OPEN_QUOTE = '《“「『‘';
const CLOSE_QUOTE = '》”」』’';
const TERMINAL = '。！？；!?;';
const TRAILING = '”’」』）)';

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
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      depth = 0;
    } else if (OPEN_QUOTE.includes(ch)) {
      depth++;
    } else if (CLOSE_QUOTE.includes(ch)) {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && TERMINAL.includes(ch)) {
      let end = i + 1;
      while (end < text.length && TRAILING.includes(text[end]!)) end++;
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
