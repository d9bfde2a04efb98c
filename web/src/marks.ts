// The words an evidence sentence shares with the commitment it follows up,
// as marks for `highlight` (dom.ts): offsets into the sentence, never HTML.
import type { Mark } from './dom.js';

/** Characters that can belong to a word: a run across punctuation is not one. */
const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * The runs of `text` that also occur in `query`, longest first from the left,
 * each at least `min` word characters long. Without the segmenter in the page,
 * shared runs of two or more characters stand for the shared jieba terms the
 * follow-up was scored on.
 */
export function sharedRuns(query: string, text: string, min = 2): Mark[] {
  const marks: Mark[] = [];
  let i = 0;
  while (i < text.length) {
    let length = 0;
    while (i + length < text.length && WORD_CHAR.test(text[i + length]!) && query.includes(text.slice(i, i + length + 1))) length++;
    if (length >= min) {
      marks.push({ start: i, end: i + length });
      i += length;
    } else i++;
  }
  return marks;
}

/** The first place `surface` stands in `sentence`, to mark a figure in its sentence. */
export function surfaceIn(sentence: string, surface: string, tag: Mark['tag'] = 'strong'): Mark[] {
  const at = surface === '' ? -1 : sentence.indexOf(surface);
  return at < 0 ? [] : [{ start: at, end: at + surface.length, tag }];
}
