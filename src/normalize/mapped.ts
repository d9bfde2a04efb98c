// Text that remembers where each character came from, so that rewriting
// passes can compose and offsets in the source (e.g. hand-made gold files)
// can be carried into the normalised text.

export interface MappedText {
  text: string;
  /** origin[i] is the source offset of text[i]; origin[text.length] is the source length. */
  origin: Int32Array;
}

export function identity(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/** Collects output pieces with their origins; the building block of every pass. */
export class MappedBuilder {
  private parts: string[] = [];
  /** Runs of origins, kept as views of the source's array where text is copied. */
  private origins: Int32Array[] = [];
  private length = 0;

  /** Copies source[start, end) unchanged. */
  copy(source: MappedText, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.text.slice(start, end));
    this.origins.push(source.origin.subarray(start, end));
    this.length += end - start;
  }

  /** Emits replacement text standing for source[start, end). */
  replace(source: MappedText, start: number, end: number, replacement: string): void {
    if (replacement.length === 0) return;
    this.parts.push(replacement);
    const span = Math.max(end - start, 1);
    const run = new Int32Array(replacement.length);
    for (let i = 0; i < replacement.length; i++) {
      const from = start + Math.min(i, span - 1);
      run[i] = source.origin[Math.min(from, source.text.length)]!;
    }
    this.origins.push(run);
    this.length += replacement.length;
  }

  finish(source: MappedText): MappedText {
    const text = this.parts.join('');
    const origin = new Int32Array(text.length + 1);
    let at = 0;
    for (const run of this.origins) {
      origin.set(run, at);
      at += run.length;
    }
    origin[text.length] = source.origin[source.text.length]!;
    return { text, origin };
  }
}

/** Replaces every match of `pattern` (which must be global) with `replace(match)`. */
export function rewrite(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  const out = new MappedBuilder();
  let last = 0;
  for (const match of source.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    out.copy(source, last, start);
    out.replace(source, start, end, replace(match as RegExpExecArray));
    last = end;
  }
  out.copy(source, last, source.text.length);
  return out.finish(source);
}

/** The first normalised offset whose origin is at or after `sourceOffset`. */
export function toNormalized(mapped: MappedText, sourceOffset: number): number {
  const { origin } = mapped;
  let lo = 0;
  let hi = mapped.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
