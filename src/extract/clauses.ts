// Clauses: the parts of a sentence between commas and colons, with offsets.
// Commitments and problems are cut from them.
import type { Span } from '../types.js';

const COMMA = /[，,：:]/g;

/** The clauses of text[start, end), trimmed of the punctuation that closes them. */
export function clauses(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  const sentence = text.slice(start, end);
  for (const comma of sentence.matchAll(COMMA)) {
    spans.push({ start: from, end: start + comma.index });
    from = start + comma.index + 1;
  }
  spans.push({ start: from, end });
  return spans
    .map((span) => trimSpan(text, span))
    .filter((span) => span.end > span.start);
}

/** Drops closing punctuation and surrounding white space from a span. */
export function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && /[\s，,、]/.test(text[start]!)) start++;
  while (end > start && /[\s。！？!?；;，,：:]/.test(text[end - 1]!)) end--;
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
