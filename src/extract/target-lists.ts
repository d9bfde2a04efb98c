// The 预期目标 list of a plan ("今年……主要预期目标是：国内生产总值增长5%左右；…"):
// from its colon to the end of the paragraph. Everything in it is a target.
import type { Span } from '../types.js';
import { TARGET_INTRO } from './lexicon.js';

export function targetLists(text: string): Span[] {
  const lists: Span[] = [];
  const intro = new RegExp(TARGET_INTRO.source, 'g');
  for (const match of text.matchAll(intro)) {
    let start = match.index + match[0].length;
    // "……主要预期目标是：" may end its line; the list is then the next paragraph.
    if (text[start] === '\n') start++;
    const end = text.indexOf('\n', start);
    lists.push({ start, end: end === -1 ? text.length : end });
  }
  return lists;
}

export function inTargetList(lists: Span[], offset: number): boolean {
  return lists.some((list) => offset >= list.start && offset < list.end);
}
