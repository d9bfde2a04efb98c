// Results told inside plans parts: the sentences a past-time frame opens (过去一年，…), read alike by the
// commitments stage (no commitment: commitment:past-frame) and the figures stage (an outcome: modality:past-frame).
import type { Section, Sentence } from '../types.js';
import { DISPOSAL_MARKERS, FUTURE_MARKER, PAST_FRAME } from './lexicon.js';
import { segment } from '../segment/jieba.js';

const OPENING_YEAR = /^((?:19|20)\d\d)年/;

/** Whether the words open on a year before the one the report reviews (2003年抗击…非典疫情, in the report on 2012). */
export function namesPastYear(words: string, year: number | null): boolean {
  const named = OPENING_YEAR.exec(words);
  return named !== null && year !== null && Number(named[1]) < year;
}

/**
 * Whether a verb opens the words after their adverbs (从严/d 从实/d 推进…), or a preposition that fronts its object
 * (把居民消费价格涨幅控制在3.5%左右，是充分考虑各方面因素后作出的选择): work to do.
 */
export function opensAsWork(words: string): boolean {
  const opening = segment(words.slice(0, 8)).find((token) => !token.tag.startsWith('d'));
  return /^v/.test(opening?.tag ?? '') || (opening?.tag === 'p' && DISPOSAL_MARKERS.includes(opening.text));
}

/**
 * Which sentences, by index, of plans parts report results: one opened by a past-time frame
 * (过去一年，我们的各项工作取得了很大成绩), and those after it in its paragraph (国内生产总值增长10.3%，…城镇新增就业1168万人)
 * until one addresses the future or opens as work (opensAsWork). Within the frame sentence, what addresses the future still
 * promises (去年…，今年要…). `year`: the year the report reviews, before which a year named at the start is past.
 */
export function pastFramed(text: string, sentences: Sentence[], sections: Section[], year: number | null): boolean[] {
  const plans = new Set(sections.filter((s) => s.role === 'plans').map((s) => s.id));
  const framed: boolean[] = [];
  // Whether the sentence before is framed and addresses no future: the frame carries on to the next.
  let carries: Sentence | null = null;
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end).replace(/^[\s\u3000]+/, '');
    const future = FUTURE_MARKER.test(words);
    const goesOn: boolean = carries !== null && !text.slice(carries.end, sentence.start).includes('\n') && !future && !opensAsWork(words);
    const opens = PAST_FRAME.test(words) || namesPastYear(words, year);
    carries = sentence.section !== null && plans.has(sentence.section) && (goesOn || opens) ? sentence : null;
    framed.push(carries !== null);
    if (future) carries = null;
  }
  return framed;
}
