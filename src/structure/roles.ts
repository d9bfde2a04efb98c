// Which part of a report a heading or an unheaded paragraph opens: what was
// done, what is lacking, what comes next. The wordings are data
// (lexicon/roles.json), each rule with the id a section's roleRule cites.
import type { SectionRole } from '../types.js';
import lexicon from './lexicon/roles.json' with { type: 'json' };

/** A role and the id of the rule that gave it. */
export interface RoleDecision {
  role: SectionRole;
  rule: string;
}

/** Ids of the roles that follow from a part's place rather than its words. */
export const STRUCTURAL_RULES = lexicon.structural;

const HEADING_RULES = lexicon.headings.map(({ id, role, pattern }) => ({ rule: id, role: role as SectionRole, words: new RegExp(pattern) }));
const CLEAR_REVIEW = new RegExp(lexicon.clearReview.pattern);
export const CLEAR_REVIEW_RULE = lexicon.clearReview.id;

/** Whether a heading clearly reviews the past (一、2019年和今年以来工作回顾). */
export function reviewsPast(heading: string): boolean {
  return CLEAR_REVIEW.test(heading);
}

/** The role a heading names, or null when its words do not say. */
export function roleOfHeading(heading: string): RoleDecision | null {
  const found = HEADING_RULES.find(({ words }) => words.test(heading));
  return found ? { role: found.role, rule: found.rule } : null;
}

const { plans, problems, clearEyed, resumed } = lexicon.openings;
/** The rule of a paragraph that reopens the year's review after an admission (一年来，…). */
export const RESUMED_REVIEW_RULE = resumed.id;
const RESUMED = new RegExp(resumed.pattern);
const PLAN_OPENING = new RegExp(plans.pattern);
const PROBLEM_OPENING = new RegExp(problems.opening);
const PROBLEM_WORDS = new RegExp(problems.words);
const CLEAR_EYED = new RegExp(clearEyed.pattern);

/**
 * Role of a paragraph opened by its own wording, as in reports whose problems
 * and plans are unheaded paragraphs ("总体上……但……", "下一步,……").
 */
export function roleOfOpening(paragraph: string): RoleDecision | null {
  if (PLAN_OPENING.test(paragraph)) return { role: 'plans', rule: plans.id };
  const firstSentence = paragraph.slice(0, 160).split(/[。！？]/)[0]!;
  if (PROBLEM_OPENING.test(paragraph) && PROBLEM_WORDS.test(firstSentence)) return { role: 'problems', rule: problems.id };
  const opening = paragraph.slice(0, 120);
  const admission = CLEAR_EYED.exec(opening);
  if (admission && PROBLEM_WORDS.test(opening.slice(admission.index).split(/[。！？]/)[0]!)) return { role: 'problems', rule: clearEyed.id };
  return RESUMED.test(paragraph) ? { role: 'review', rule: RESUMED_REVIEW_RULE } : null;
}

const PAST = new RegExp(lexicon.content.past, 'g');
const FUTURE = new RegExp(lexicon.content.future, 'g');

/** A part whose heading says nothing of its role: plans when it speaks mostly in the future. */
export function roleOfContent(text: string): RoleDecision | null {
  const past = (text.match(PAST) ?? []).length;
  const future = (text.match(FUTURE) ?? []).length;
  return (future + 1) / (past + 1) >= lexicon.content.plansRatio ? { role: 'plans', rule: lexicon.content.id } : null;
}

const { fiveYears } = lexicon;
const PAST_SPAN = new RegExp(fiveYears.review.opening);
const PERIOD_OPENING = new RegExp(fiveYears.review.periodOpening);
const PERIOD_NAME = new RegExp(fiveYears.periodName, 'g');
/** Ids of the rules that split a plans part reviewing five years first (lexicon fiveYears). */
export const FIVE_YEARS_RULES = { review: fiveYears.review.id, turn: fiveYears.turn.id, subpart: fiveYears.subpart.id };
const DIGITS = '一二三四五六七八九';

/** The ordinal of a named plan period: “九五” 9, “十五” 10, “十四五” 14. */
function periodOrdinal(name: string): number {
  const tens = name.includes('十') ? 10 : 0;
  // The digit before the last 五: none in “十五”.
  const unit = name.replace(/[“”十]/g, '').slice(0, -1);
  return tens + (unit === '' ? 0 : DIGITS.indexOf(unit) + 1);
}

/** The latest plan period a report names (0 for none): the one it plans or is in; any earlier one is past. */
export function latestPeriod(text: string): number {
  let latest = 0;
  for (const [name] of text.matchAll(PERIOD_NAME)) latest = Math.max(latest, periodOrdinal(name));
  return latest;
}

/** Whether a paragraph opens a review of past years: 过去五年，…; “十四五”时期是极不平凡的五年 where the report names “十五五”. */
export function opensPastFiveYears(paragraph: string, latest: number): boolean {
  const period = PERIOD_OPENING.exec(paragraph);
  // Not one that looks ahead from its opening (这五年，是…关键时期，要…; “十四五”时期即将收官，要全面完成…).
  return (PAST_SPAN.test(paragraph) || (period !== null && periodOrdinal(period[1]!) < latest)) && roleOfContent(paragraph)?.role !== 'plans';
}

const HEADING_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])/;

/**
 * A sub-heading opening on a past period and naming a review (（二）“十五”期间国民经济和社会发展主要情况): a review,
 * in a plans part too. Not one that names a past period as the object of plans (（四）实施“十四五”规划重大工程项目).
 */
export function roleOfSubheading(heading: string, latest: number): RoleDecision | null {
  const named = roleOfHeading(heading);
  const period = PERIOD_OPENING.exec(heading.replace(HEADING_MARKER, ''));
  const past = period !== null && periodOrdinal(period[1]!) < latest && named?.role === 'review';
  return past ? { role: 'review', rule: FIVE_YEARS_RULES.subpart } : named;
}
