// Whether a sentence outside the plans is promised (commitment:promise-cue): its cue (将, 力争, 计划, 拟) near
// its start must be a word of its own (not 计划生育, 虚拟, 全力争取) and read as the future: not 将 of the 把
// construction (将更多群众急需药品纳入医保报销范围), nor 计划 as a noun (“863”计划顺利实施, 在计划制定方法上).
import { DISPOSAL_VERB, PROMISE_CUE } from './lexicon.js';
import { isVerb } from './labels.js';
import { segment } from '../segment/jieba.js';
import type { Token } from '../types.js';

/** Words that may stand between 将 and the noun it governs: adverbs, numbers and modifiers (将更多群众…). */
const MODIFIER_TAGS = /^(?:d|m|q|a|b)$/;
/** What 把 governs: a noun or an abbreviation (医保); the future 将 is followed by a verb, an adverbial or 于/在 instead. */
const NOUN_TAGS = /^(?:n|j)/;

/**
 * 将 of the 把 construction: a noun phrase follows it (past adverbs and modifiers only) and a verb that disposes of
 * it ends the clause (纳入, 作为, 降至 …: 中央决定将农民人均纯收入2300元…作为新的国家扶贫标准). Any other 将 is the
 * future: before 于/在/把 (区政府将于年底前完成, 我们将坚定不移地把…作为), a verb or an adverbial (我们将牢固树立).
 */
function willDisposes(after: Token[], rest: string): boolean {
  const noun = after.find((token) => !MODIFIER_TAGS.test(token.tag));
  return noun !== undefined && NOUN_TAGS.test(noun.tag) && DISPOSAL_VERB.test(rest.slice(noun.end - after[0]!.start));
}

/** 计划 as the main verb: a verb follows, and at most a pronoun, a time, a number or an adverb before (全年计划实施项目). */
function plansAsVerb(before: Token | undefined, after: Token[]): boolean {
  return (before === undefined || /^(?:r|t|m|d)/.test(before.tag)) && isVerb(after[0]);
}

/**
 * Whether the promise cue that opens `sentence` (PROMISE_CUE) reads as the future: an opening 下一步, 今后 …
 * always; 将, 力争, 计划, 拟 only as a word of its own in its clause, and 将 and 计划 as above. A cue jieba holds
 * inside a longer word is none (全力争取, 虚拟; the one corpus 将要 is a relative clause: 大会将要审议的…).
 */
export function promised(sentence: string): boolean {
  const match = PROMISE_CUE.exec(sentence);
  if (!match) return false;
  const cue = match[1];
  if (cue === undefined) return true;
  const at = match[0].length - cue.length;
  const clauseEnd = sentence.slice(at).search(/[，,；;。：:]/);
  const clause = sentence.slice(0, clauseEnd === -1 ? sentence.length : at + clauseEnd);
  const tokens = segment(clause);
  const index = tokens.findIndex((token) => token.start === at && token.text === cue);
  if (index === -1) return false;
  const after = tokens.slice(index + 1);
  if (cue === '将') return after.length > 0 && !willDisposes(after, clause.slice(at + cue.length));
  return cue === '计划' ? plansAsVerb(tokens[index - 1], after) : true;
}
