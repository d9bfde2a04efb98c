// Which part of a report a heading or an unheaded paragraph opens: what was
// done, what is lacking, what comes next. Word lists are data; order matters.
import type { SectionRole } from '../types.js';

const HEADING_ROLES: Array<[SectionRole, RegExp]> = [
  ['closing', /^(?:名词解释|附件|附录|注释|说明)/],
  ['problems', /存在的?问题|问题和不足|不足|短板|差距|薄弱/],
  ['review', /回顾|过去|成效|成绩|进展|情况|总结|完成|取得|实现/],
  ['plans', /下一步|打算|安排|计划|部署|思路|任务|目标|重点工作|今后|展望|建议|总体要求|政策取向|主要考虑|规划纲要/],
];

/**
 * Words that a heading reviewing the past uses and a plan heading does not: once
 * a report's plans have begun, 实现, 完成 or 取得 in a heading (六、确保实现脱贫攻坚目标)
 * speak of what is to be done, and only these turn it back to review.
 */
const CLEAR_REVIEW = /回顾|过去|总结|成效|成绩|成就/;

/** Whether a heading clearly reviews the past (一、2019年和今年以来工作回顾). */
export function reviewsPast(heading: string): boolean {
  return CLEAR_REVIEW.test(heading);
}

/** The role a heading names, or null when its words do not say. */
export function roleOfHeading(heading: string): SectionRole | null {
  for (const [role, words] of HEADING_ROLES) if (words.test(heading)) return role;
  return null;
}

const PROBLEM_OPENING = /^(?:成绩|总体上|总的来看|总体来看|总体而言|总的来说|客观地说|在(?:充分)?肯定.{0,6}?成绩的同时|同时|但|但是|然而|当前|目前|我们也|我们还|也要|还要|工作中|对照|回顾过去|这些问题)/;
const PROBLEM_WORDS = /问题|不足|短板|差距|薄弱|困难|挑战|不健全|不规范|不平衡|不充分|亟待|有待/;
const CLEAR_EYED = /(?:清醒|深刻)(?:地)?(?:看到|认识到)|在(?:充分)?(?:肯定|看到)[^，。]{0,8}(?:成绩|成就)的同时/;
const PLAN_OPENING = /^(?:下一步|今后|明年|接下来|新的一年|展望|20\d\d年(?:工作)?(?:打算|安排|计划|思路|重点))/;

/**
 * Role of a paragraph opened by its own wording, as in reports whose problems
 * and plans are unheaded paragraphs ("总体上……但……", "下一步,……").
 */
export function roleOfOpening(paragraph: string): SectionRole | null {
  if (PLAN_OPENING.test(paragraph)) return 'plans';
  const firstSentence = paragraph.slice(0, 160).split(/[。！？]/)[0]!;
  if (PROBLEM_OPENING.test(paragraph) && PROBLEM_WORDS.test(firstSentence)) return 'problems';
  // "……。同时，我们清醒认识到，前进道路上还有不少困难和问题": the admission may come second.
  const opening = paragraph.slice(0, 120);
  const admission = CLEAR_EYED.exec(opening);
  if (admission && PROBLEM_WORDS.test(opening.slice(admission.index).split(/[。！？]/)[0]!)) return 'problems';
  return null;
}

const PAST = /了|已经|取得|增长\d|下降\d|达到\d|同比|比上年|超过\d|累计/g;
const FUTURE = /要|将|力争|确保|今年|着力|加快|大力/g;
/**
 * Measured on the corpus: review parts run at most about 1.5 future markers per
 * past one; plans parts whose headings name no role (二、牢记历史使命…) run 2.4 and more.
 */
const PLANS_RATIO = 2;

/** A part whose heading says nothing of its role: plans when it speaks mostly in the future. */
export function roleOfContent(text: string): SectionRole | null {
  const past = (text.match(PAST) ?? []).length;
  const future = (text.match(FUTURE) ?? []).length;
  return (future + 1) / (past + 1) >= PLANS_RATIO ? 'plans' : null;
}
