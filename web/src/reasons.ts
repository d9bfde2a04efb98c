// Why a target was judged met, missed or unclear, in Chinese. The verdict's
// rule (src/compare/lexicon/verdicts.json, scope.json) chooses the sentence;
// the report text it quotes and the numbers come from the structured fields
// or, where only the server's reason holds them (the outcome and the target as
// compared, how far short), from that reason. A rule not listed here (a new
// one) or a reason whose details cannot be read is shown as the server wrote
// it, marked untranslated: a wrong translation is worse than English.
//
//   reasonOf({ rule: 'verdict:floor', verdict: 'met', reason: '1186万人 vs 900万人: at least reached', … })
//     → { text: '实际 1186万人，目标不少于 900万人：已达到', translated: true }

import type { Comparison } from './types.js';

/** What the page reads of a verdict: the labels of its sides, not their figures. */
type Check = Pick<Comparison['targets'][number], 'rule' | 'verdict' | 'reason'> & { target: { label: string }; actual: { label: string } | null };
type Say = (check: Check) => string | null;

export interface Reason {
  text: string;
  /** False when the text is the server's English. */
  translated: boolean;
}

/** A figure's period (src/types.ts MeasurePeriod) as the reports say it; the 年均/累计 words found in text pass as they are. */
const PERIODS: Record<string, string> = { average: '年均', cumulative: '累计', start: '期初', end: '期末' };

/** `1186万人 vs 900万人: …` (src/compare/targets.ts judge): the outcome and the target as compared, and what follows. */
const COMPARED = /^(.+?) vs (.+?): (.+)$/;
/** How far short, as judge says it: `short by 0.3 points` reads as 差 0.3个百分点; other units stay as written. */
const SHORT_BY = /short by (.+?)(?:, within the allowance of "about")?$/;

/** The sentence of a numeric rule, with the outcome and the target of `reason`. */
function compared(rule: string, verdict: string, reason: string): string | null {
  const parts = COMPARED.exec(reason);
  if (!parts) return null;
  const [, actual, target, rest] = parts as unknown as [string, string, string, string];
  const short = SHORT_BY.exec(rest)?.[1]?.replace(/ points$/, '个百分点');
  switch (rule) {
    case 'verdict:floor':
      return `实际 ${actual}，目标不少于 ${target}：${verdict === 'met' ? '已达到' : '没有达到'}`;
    case 'verdict:ceiling':
      return `实际 ${actual}，目标不超过 ${target}：${verdict === 'met' ? '没有超出' : '超出了'}`;
    case 'verdict:good-side':
      return `实际 ${actual}，目标 ${target}：此项越${rest.includes('lower is better') ? '低' : '高'}越好，已做到`;
    case 'verdict:about':
      return short ? `实际 ${actual}，目标 ${target}：差 ${short}，在“左右”允许的范围内` : null;
    case 'verdict:nearly':
    case 'verdict:short':
      return short ? `实际 ${actual}，目标 ${target}：差 ${short}` : null;
    default:
      return null;
  }
}

/** The numeric rule that a plan share was judged by, read from judge's words (the share's verdict carries plan-share). */
function judgedBy(rest: string): string {
  if (/at least reached|below the floor/.test(rest)) return 'verdict:floor';
  if (/the ceiling/.test(rest)) return 'verdict:ceiling';
  if (/on the good side/.test(rest)) return 'verdict:good-side';
  if (/within the allowance/.test(rest)) return 'verdict:about';
  return 'verdict:short';
}

/** The report text a reason quotes ("…"), the first quote to the last. */
const quoted = (say: (quote: string) => string): Say => (check) => {
  const quote = /"(.*)"/.exec(check.reason)?.[1];
  return quote === undefined ? null : say(quote);
};
/** What a reason holds in brackets at its end: the basis or period of the outcome. */
const bracketed = (say: (inside: string) => string): Say => (check) => {
  const inside = /\(([^()]*)\)[^()]*$/.exec(check.reason)?.[1];
  return inside === undefined ? null : say(inside);
};
const numeric: Say = ({ rule, verdict, reason }) => compared(rule, verdict, reason);

const RULES: Record<string, Say> = {
  'verdict:floor': numeric,
  'verdict:ceiling': numeric,
  'verdict:good-side': numeric,
  'verdict:about': numeric,
  'verdict:nearly': numeric,
  'verdict:short': numeric,
  'verdict:completion-word': quoted((q) => `报告明确这样说：“${q}”`),
  'verdict:admitted-shortfall': quoted((q) => `报告明确这样说：“${q}”`),
  'verdict:flat': quoted((q) => `报告说持平，按 0% 计（“${q}”）`),
  'verdict:plan-share': ({ verdict, reason }) => {
    const parts = /^(.+?)% of the plan \("(.*)"\): (.+)$/.exec(reason);
    const judged = parts && compared(judgedBy(parts[3]!), verdict, parts[3]!);
    return judged ? `完成计划的 ${parts[1]}%（“${parts[2]}”）；${judged}` : null;
  },
  'verdict:below-expectation': quoted((q) => `报告说低于预期：“${q}”`),
  'verdict:words-only': quoted((q) => `本年报告对这一项只有文字，没有数字：“${q}”`),
  'verdict:direction-only': quoted((q) => `本年报告只说了变化的方向，没有数字：“${q}”`),
  'verdict:over-years': quoted((q) => `本年报告只给出几年合计的数字：“${q}”`),
  'verdict:no-data': () => '本年报告没有给出这项指标的结果',
  'verdict:other-basis': bracketed((basis) => `本年报告的结果口径不同（${basis}）`),
  'verdict:period': bracketed((period) => `本年报告的结果口径不同（${PERIODS[period] ?? period}）`),
  'verdict:moment': bracketed((moment) => `只是某一时点的数值（${moment}），不能说明全年都做到了`),
  'verdict:five-year-review': quoted((q) => `找到的结果出自五年回顾，不是本年的（“${q}”）`),
  'verdict:unsure-match': ({ actual }) => (actual ? `最接近的结果“${actual.label}”可能统计的是另一回事` : null),
  'verdict:payer-only': ({ target }) => `“${target.label}”只说了谁出资，没说用于什么`,
  'verdict:later-years': ({ reason }) => {
    const due = /^due in (.+); the newer report reviews (.+)$/.exec(reason);
    if (due) return `目标的期限是 ${due[1]}，本年报告回顾的是 ${due[2]} 年`;
    return reason === 'a multi-year target' ? '这是几年的目标，一年的结果无法判断' : null;
  },
  'verdict:respectively': () => '用“分别”一次设定的几项之一，无法逐项对应',
  // The scope rules' detail (what each side counts) stays in the cell's title.
  'scope:added-vs-total': () => '目标是新增量，找到的结果是总量（或反过来），统计范围不同，难以判断',
  'scope:single-vs-combined': () => '找到的结果是几项合计（或只是其中一项），与目标的范围不同，难以判断',
  'scope:part-of-whole': () => '找到的结果只是其中一部分，与目标的范围不同，难以判断',
  'scope:multi-year': () => '找到的结果说的是几年（连续几年、多年保持），不是本年，难以判断',
  'scope:other-object': () => '找到的结果说的是另一个对象，难以判断',
  'scope:object-words': () => '找到的结果与目标说的对象不完全相同（如惠企实事与惠民实事），可能是另一回事，难以判断',
  'scope:count-kind': () => '目标和找到的结果统计的不是同一种量（如新增储量与产量、产能），难以判断',
  'scope:excluding': () => '找到的结果扣除了一部分（扣除……后），与目标的口径不同，难以判断',
  'scope:two-bases': () => '报告按两种口径给出结果，结论不同，难以判断',
  'scope:magnitude': () => '找到的结果与目标相差十倍以上，可能不是同一项，难以判断',
};

/** The rule ids this page says in Chinese. */
export const TRANSLATED_RULES: readonly string[] = Object.keys(RULES);

/** The verdict's reason in Chinese, or the server's as it is when its rule (or its detail) is not known here. */
export function reasonOf(check: Check): Reason {
  const text = RULES[check.rule]?.(check) ?? null;
  return text === null ? { text: check.reason, translated: false } : { text, translated: true };
}
