// A text's tokens packed to be stored beside its analysis, so that a stored
// report is compared without cutting its text again (some 10% of a comparison's
// CPU; unpacking costs a tenth of cutting).
// A token's text is its span of the text, so only spans and tags are kept:
// the tags used, then for each token its distance from the last one's start,
// its length and its tag's place among them (as LEB128 numbers, one column
// after another, which deflate packs best), deflated.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Token } from '../types.js';

/** Names the layout: a stored packing of another layout is not read (its text is cut again). */
const LAYOUT = 1;

/** LEB128 numbers written one after another into a buffer that grows. */
class Bytes {
  bytes = new Uint8Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value > 0x7f) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }
}

/** Tokens of a text, in text order and not overlapping, as `segment` gives them, packed. */
export function packTokens(tokens: readonly Token[]): Uint8Array {
  const tags = new Map<string, number>();
  for (const token of tokens) if (!tags.has(token.tag)) tags.set(token.tag, tags.size);
  const out = new Bytes();
  out.push(LAYOUT);
  out.push(tokens.length);
  let start = 0;
  for (const token of tokens) {
    out.push(token.start - start);
    start = token.start;
  }
  for (const token of tokens) out.push(token.end - token.start);
  for (const token of tokens) out.push(tags.get(token.tag)!);
  const names = Buffer.from([...tags.keys()].join(' '));
  const body = Buffer.concat([names, Buffer.from([0x0a]), out.bytes.subarray(0, out.length)]);
  return deflateRawSync(body, { level: 1 });
}

/** The tokens of `text` that packTokens packed; null when they were packed otherwise, are damaged or do not fit the text. */
export function unpackTokens(packed: Uint8Array, text: string): Token[] | null {
  let body: Buffer;
  try {
    body = inflateRawSync(packed);
  } catch {
    return null;
  }
  const newline = body.indexOf(0x0a);
  const tags = body.subarray(0, newline).toString().split(' ');
  let at = newline + 1;
  // Past the end (bytes cut short) it reads 0 and leaves `at` past the end, which the last check finds.
  const next = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= body.length) return (at = Infinity), 0;
      const byte = body[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  if (next() !== LAYOUT) return null;
  const count = next();
  const starts = new Array<number>(count);
  const ends = new Array<number>(count);
  for (let i = 0, start = 0; i < count; i++) starts[i] = start += next();
  for (let i = 0; i < count; i++) ends[i] = starts[i]! + next();
  const tokens = new Array<Token>(count);
  let fits = count === 0 || ends[count - 1]! <= text.length;
  for (let i = 0; i < count; i++) {
    const [start, end, tag] = [starts[i]!, ends[i]!, tags[next()]];
    if (tag === undefined) fits = false;
    tokens[i] = { text: text.slice(start, end), tag: tag ?? '', start, end };
  }
  return fits && at === body.length ? tokens : null;
}
