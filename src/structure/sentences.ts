// Sentences split on 。！？； and line ends, never inside 《》“”「」 quotes.
import type { Section, Sentence, Span } from '../types.js';

// As sets of UTF-16 codes: the split looks at every character of the report.
const codes = (characters: string) => new Set([...characters].map((ch) => ch.charCodeAt(0)));
const OPEN_QUOTE = codes('《“「『‘');
const CLOSE_QUOTE = codes('》”」』’');
const TERMINAL = codes('。！？；!?;');
const TRAILING = codes('”’」』）)');
const NEWLINE = 0x0a;

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
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      push(i);
      depth = 0;
    } else if (OPEN_QUOTE.has(code)) {
      depth++;
    } else if (CLOSE_QUOTE.has(code)) {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && TERMINAL.has(code)) {
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
