// Whether a figure of a review speaks of the year reviewed or of several
// years (a five-year review, 年均, 累计): only the year's own figures answer a
// year's target, make a trend point, or pair with last year's figure.
import { measureById } from '../measures/index.js';
import type { Analysis, Figure, Section } from '../types.js';
import lexicon from './lexicon/periods.json' with { type: 'json' };

const pattern = (id: string): RegExp => new RegExp(lexicon.periods.find((p) => p.id === id)!.pattern);

/** Words of more than one year, in a clause or a heading. */
export const MULTI_YEAR = pattern('period:multi-year');
const FIVE_YEARS = pattern('period:five-years-opener');
const PLAN_CLOSED = pattern('period:plan-closed');
/** How a paragraph of a review opens a part on the year itself (刚刚过去的2025年，…; 过去一年，…). */
export const YEAR_OPENER = pattern('period:year-opener');
const THE_YEAR = pattern('period:the-year');
/** A yearly mean over several years (年均). */
export const AVERAGE = pattern('period:average');

/**
 * Whether a figure reports five years (“十四五”时期, 五年来) rather than the year reviewed, as the words
 * that tell it (a paragraph's or a heading's opening, a clause of 年均 in its sentence), or null: its paragraph says so
 * (also in the sentence after one closing the year: 2025年主要目标任务的
 * 完成，标志着“十四五”规划顺利收官。回望过去五年，…); or, within its top-level part, the nearest paragraph
 * before it that opens with a span of time opens five years (湖北2026: “十四五”时期是… then
 * ——经济实力… bullets, before 刚刚过去的2025年…); or a heading above it does and the paragraph
 * does not speak of the year itself (national 2018: 过去五年 … 刚刚过去的2017年).
 */
export function fiveYearPart(analysis: Analysis, figure: { start: number; section: string | null }, reviewed: number | null): string | null {
  const paragraphStart = analysis.text.lastIndexOf('\n', figure.start) + 1;
  const paragraphEnd = analysis.text.indexOf('\n', figure.start);
  let known = answers.get(analysis);
  if (!known) answers.set(analysis, (known = new Map()));
  const averaged = averagedClause(analysis.text, figure.start, paragraphStart, paragraphEnd === -1 ? analysis.text.length : paragraphEnd);
  const key = `${paragraphStart} ${paragraphEnd} ${figure.section === null ? '-' : `#${figure.section}`} ${reviewed} ${averaged ?? ''}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = partOfParagraph(analysis, paragraphStart, paragraphEnd, figure.section, reviewed, averaged)));
  return answer;
}

/**
 * The clause averaging over years (年均) of the sentence holding a point, if any: it makes that sentence
 * five-year, not the rest of its paragraph (贵州2026: 调度原煤产量达1.83亿吨 is no mean for sharing a paragraph
 * with 接待游客人次…年均分别增长4.4%).
 */
function averagedClause(text: string, at: number, paragraphStart: number, paragraphEnd: number): string | null {
  const start = Math.max(paragraphStart, text.lastIndexOf('。', at - 1) + 1);
  const stop = text.indexOf('。', at);
  const sentence = text.slice(start, stop === -1 || stop >= paragraphEnd ? paragraphEnd : stop + 1);
  return sentence.split(/(?<=[，；。])/).find((clause) => AVERAGE.test(clause))?.replace(/[，；。]$/, '') ?? null;
}

/** fiveYearPart's answers, per report: they depend on the paragraph, the section, the year and the sentence's 年均 clause only, and each sentence and figure of a paragraph asks. */
const answers = new WeakMap<Analysis, Map<string, string | null>>();

/** How long the first sentence before a five-year opener may be, and how far into the second the opener may stand (回首过去五年). */
const CLOSING_SENTENCE = 60;
const SECOND_OPENING = 8;

/** A sentence opening on five years (五年来，我们坚定不移…; “十四五”时期是…的五年): a line summing up a part, not one of its facts. */
export const summaryOfFiveYears = (sentence: string) => FIVE_YEARS.test(sentence.slice(0, SECOND_OPENING));

/**
 * The five years a paragraph's second sentence opens, after a first that closes the year and the plan
 * (2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，…; 2015年是“十二五”收官之年。过去五年，…);
 * a first saying the year's tasks done mark the plan's close turns to the five years whatever follows
 * (…标志着“十四五”胜利收官。回首奋斗历程，…).
 */
function fiveYearsAfterClosing(paragraph: string): boolean {
  const stop = paragraph.indexOf('。');
  if (stop < 0 || stop >= CLOSING_SENTENCE) return false;
  return PLAN_CLOSED.test(paragraph.slice(0, stop)) || FIVE_YEARS.test(paragraph.slice(stop + 1, stop + 1 + SECOND_OPENING));
}

/** Whether a paragraph opens a span of five years, in its first words or after a sentence closing the year. */
const opensFiveYears = (paragraph: string) => FIVE_YEARS.test(paragraph.slice(0, 40)) || fiveYearsAfterClosing(paragraph);

/**
 * Whether a paragraph names the year reviewed on its own, not as the end of a span with another year in the
 * same clause (全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元; 2025年总量比2020年增加…).
 */
function namesYearAlone(paragraph: string, reviewed: number): boolean {
  return paragraph.split(/[，,；;。]/).some((clause) => clause.includes(`${reviewed}年`) && (clause.match(/\d{4}年/g) ?? []).length === 1);
}

function partOfParagraph(analysis: Analysis, paragraphStart: number, paragraphEnd: number, section: string | null, reviewed: number | null, averaged: string | null): string | null {
  const paragraph = analysis.text.slice(paragraphStart, paragraphEnd === -1 ? undefined : paragraphEnd);
  if (fiveYearsAfterClosing(paragraph)) return paragraph.slice(0, 20);
  if (THE_YEAR.test(paragraph) || YEAR_OPENER.test(paragraph) || (reviewed !== null && namesYearAlone(paragraph, reviewed))) return null;
  if (FIVE_YEARS.test(paragraph.slice(0, 40))) return paragraph.slice(0, 20);
  // The clause averaging over years is what tells, not the paragraph's first words.
  if (averaged) return averaged;
  const byId = new Map(analysis.sections.map((s) => [s.id, s]));
  const chain: Section[] = [];
  for (let id = section; id !== null; ) {
    const holder = byId.get(id);
    if (!holder) break;
    chain.push(holder);
    id = holder.parent;
  }
  const top = chain.at(-1);
  for (let end = paragraphStart - 1; top && end > top.start; ) {
    const start = analysis.text.lastIndexOf('\n', end - 1) + 1;
    const opening = analysis.text.slice(start, Math.min(end, start + 40));
    if (opensFiveYears(analysis.text.slice(start, end))) return opening.slice(0, 20);
    if (YEAR_OPENER.test(opening)) return null;
    end = start - 1;
  }
  const multiYear = chain.find((section) => section.heading && MULTI_YEAR.test(section.heading) && !/\d{4}年/.test(section.heading));
  return multiYear?.heading ?? null;
}

/**
 * Whether a figure speaks of several years rather than the year reviewed: 年均, 累计, the start
 * of a span (从54万亿元…), or a flow in a five-year review (五年来城镇新增就业6600万人). The end of
 * a span (…增加到82.7万亿元) and a stock a five-year review states as it stands (森林覆盖率达到…)
 * are the year's own.
 */
export function ofSeveralYears(analysis: Analysis, figure: Figure): boolean {
  if (figure.period === 'end') return false;
  if (figure.period !== null) return true;
  if (figure.measure !== null && measureById(figure.measure)?.stock === true) return false;
  return fiveYearPart(analysis, figure, analysis.meta.year) !== null;
}
