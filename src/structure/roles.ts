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

const { plans, problems, clearEyed } = lexicon.openings;
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
  return null;
}

const PAST = new RegExp(lexicon.content.past, 'g');
const FUTURE = new RegExp(lexicon.content.future, 'g');

/** A part whose heading says nothing of its role: plans when it speaks mostly in the future. */
export function roleOfContent(text: string): RoleDecision | null {
  const past = (text.match(PAST) ?? []).length;
  const future = (text.match(FUTURE) ?? []).length;
  return (future + 1) / (past + 1) >= lexicon.content.plansRatio ? { role: 'plans', rule: lexicon.content.id } : null;
}
