// A bounded memo for pure functions of a string (or a number): segmenting the same label or
// sentence again is the slowest part of a comparison, and of labelling a text
// that repeats itself; and a memo of a report's spans, for as long as it lives.
import type { Span } from './types.js';

export function memo<T, K extends string | number = string>(fn: (key: K) => T, limit = 50_000): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Offsets below this make a span's key start · SPAN_KEYS + end, exact in a double. */
const SPAN_KEYS = 2 ** 26;

/**
 * A memo for a pure function of a span of a report, kept for as long as the
 * report lives: a comparison reads the same clause for each review and rule.
 */
export function spanMemo<R extends object, T>(fn: (report: R, span: Span) => T): (report: R, span: Span) => T {
  const kept = new WeakMap<R, Map<number | string, T>>();
  return (report, span) => {
    let spans = kept.get(report);
    if (!spans) kept.set(report, (spans = new Map()));
    // One number while the offsets fit (every report the text cap lets in), not a string made per call.
    const key = span.end < SPAN_KEYS ? span.start * SPAN_KEYS + span.end : `${span.start}:${span.end}`;
    let value = spans.get(key);
    if (value === undefined) spans.set(key, (value = fn(report, span)));
    return value;
  };
}
