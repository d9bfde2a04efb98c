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

/** Whether `surface` at `at` is a whole number, not the tail of a longer one (4% in 5.4%, 5% in 15%). */
const whole = (sentence: string, at: number) => at === 0 || !/[0-9.．０-９]/.test(sentence[at - 1]!);

/**
 * Where `surface` stands in `sentence`, to mark a figure in its sentence: the
 * first whole occurrence after its `label` when the label is in the sentence
 * (one sentence often sets 5% for growth and 5% for unemployment), else the
 * first whole occurrence.
 */
export function surfaceIn(sentence: string, surface: string, label = '', tag: Mark['tag'] = 'strong'): Mark[] {
  if (surface === '') return [];
  const after = label === '' ? -1 : sentence.indexOf(label);
  const find = (from: number) => {
    for (let at = sentence.indexOf(surface, from); at >= 0; at = sentence.indexOf(surface, at + 1)) if (whole(sentence, at)) return at;
    return -1;
  };
  const at = after >= 0 && find(after) >= 0 ? find(after) : find(0);
  return at < 0 ? [] : [{ start: at, end: at + surface.length, tag }];
}
