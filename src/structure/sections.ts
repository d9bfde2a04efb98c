// Sections of a report: numbered headings (一、 （一） 1.), unnumbered
// headings in reports that have no numbering, 一是/二是 items inside
// paragraphs, and unheaded parts opened by their wording (problems, plans).
import type { Section } from '../types.js';
import { DATE_PATTERN } from './dates.js';
import {
  CLEAR_REVIEW_RULE,
  FIVE_YEARS_RULES,
  latestPeriod,
  opensPastFiveYears,
  type RoleDecision,
  reviewsPast,
  roleOfContent,
  roleOfHeading,
  roleOfOpening,
  roleOfSubheading,
  RESUMED_REVIEW_RULE,
  STRUCTURAL_RULES,
} from './roles.js';

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0) out.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return out;
}

const NUMBERED: Array<[number, RegExp]> = [
  [1, /^[一二三四五六七八九十]{1,3}、/],
  [2, /^[（(][一二三四五六七八九十]{1,3}[)）]/],
  [3, /^(?:\d{1,2}[.、](?!\d)|[（(]\d{1,2}[)）])/],
];
const ITEM_LEVEL = 4;
/** The review of past years in a plans part, and the turn after it, are sub-parts of that part. */
const FIVE_YEARS_LEVEL = 2;
const ITEM = /(?<=^|[。；;！？!?]\s*)(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,、])/g;
const SENTENCE_END = /[。！？!?；;：:，,]/;

/** A heading's words: up to the end of its first sentence, without the full stop. */
function headingText(text: string): string {
  const cut = text.search(/[。！？!?]/);
  const heading = cut === -1 ? text : text.slice(0, cut);
  return heading.length > 80 ? heading.slice(0, heading.search(/[，,；;]/) + 1 || 80).replace(/[，,；;]$/, '') : heading;
}

interface Opening {
  start: number;
  level: number;
  heading: string | null;
  /** The role its words name, with the rule that read it. */
  role: RoleDecision | null;
  /** Items opened inside a paragraph end with it. */
  endsBy?: number;
}

function isUnnumberedHeading(p: Paragraph): boolean {
  return p.text.length <= 30 && !SENTENCE_END.test(p.text) && !DATE_PATTERN.test(p.text);
}

/** Where the body begins: after the title block and the salutation (各位代表). */
function bodyStart(paras: Paragraph[]): number {
  const salutation = paras.findIndex((p, i) => i < 8 && /^各位代表/.test(p.text));
  return salutation === -1 ? 0 : salutation + 1;
}

/** Signature and date lines that close a letter-style report. */
function closingStart(paras: Paragraph[]): number | null {
  const last = paras.at(-1);
  if (!last || last.text.length > 20 || !DATE_PATTERN.test(last.text)) return null;
  const signature = paras.at(-2);
  const signed = signature && signature.text.length <= 30 && !SENTENCE_END.test(signature.text);
  return signed ? paras.length - 2 : paras.length - 1;
}

function openings(paras: Paragraph[], latest: number): Opening[] {
  const found: Opening[] = [];
  const first = bodyStart(paras);
  const closing = closingStart(paras);
  const body = paras.slice(first, closing ?? paras.length);
  const numberedTop = body.filter((p) => NUMBERED[0]![1].test(p.text)).length >= 2;
  const opensSpeech = () => first > 0 && !found.some((o) => o.level === 1);
  const fiveYears = fiveYearsReview(found, latest);
  for (const p of body) {
    const numbered = NUMBERED.find(([, marker]) => marker.test(p.text));
    const unnumbered = !numbered && isUnnumberedHeading(p) && (!numberedTop || roleOfHeading(p.text) !== null || opensSpeech());
    fiveYears(p, unnumbered ? 1 : numbered?.[0] ?? null);
    if (numbered) {
      const heading = headingText(p.text);
      found.push({ start: p.start, level: numbered[0], heading, role: numbered[0] === 1 ? roleOfHeading(heading) : roleOfSubheading(heading, latest) });
    } else if (unnumbered) {
      // Without numbering, short unpunctuated lines are the headings; among numbered
      // headings, only those that name a part (“十四五”时期发展成就和2025年工作回顾),
      // or that open a speech's body before any part (首先报告2001年的工作): what
      // follows is the body's first part, not the salutation's preamble.
      found.push({ start: p.start, level: 1, heading: p.text, role: roleOfHeading(p.text) });
    } else {
      // After a turn that detectSections may drop (a review that was not in plans), the paragraph's own cue stands.
      const role = roleOfOpening(p.text);
      if (role) found.push({ start: p.start, level: 1, heading: null, role });
    }
    for (const item of p.text.matchAll(ITEM)) {
      const start = p.start + item.index;
      const last = found.at(-1);
      // A turn to plans opening the paragraph holds its items, as a part does.
      if (last?.start === start && last.level < ITEM_LEVEL && last.role?.rule !== FIVE_YEARS_RULES.turn) continue;
      const heading = headingText(p.text.slice(item.index));
      found.push({ start, level: ITEM_LEVEL, heading, role: null, endsBy: item.index > 0 ? p.end : undefined });
    }
  }
  if (closing !== null) found.push({ start: paras[closing]!.start, level: 1, heading: null, role: { role: 'closing', rule: STRUCTURAL_RULES.signature } });
  return found;
}

/**
 * The paragraphs of a part, before any sub-heading, that review past years (过去五年，…; 这五年，…), and the
 * first paragraph after them that does not: the turn back to plans. Both open sub-parts, so that the part's
 * heading (二、“十四五”时期发展成就和“十五五”时期主要目标任务) stays above the plans, and detectSections keeps
 * them inside plans only. Called with each paragraph and its heading level (null: none).
 */
function fiveYearsReview(found: Opening[], latest: number): (p: Paragraph, level: number | null) => void {
  let inReview = false;
  let subheaded = false;
  return (p, level) => {
    const past = level === null && !subheaded && opensPastFiveYears(p.text, latest);
    // A sub-heading right after the review opens the plans itself (no empty turn before it).
    if (inReview && (level === null || level > FIVE_YEARS_LEVEL) && !past) found.push({ start: p.start, level: FIVE_YEARS_LEVEL, heading: null, role: { role: 'plans', rule: FIVE_YEARS_RULES.turn } });
    if (level !== null) subheaded = level > 1;
    if (past && !inReview) found.push({ start: p.start, level: FIVE_YEARS_LEVEL, heading: null, role: { role: 'review', rule: FIVE_YEARS_RULES.review } });
    inReview = past;
  };
}

/**
 * Roles of headed parts: at the top level, once a report's plans have begun,
 * plans unless the heading clearly reviews the past year or closes the report;
 * before that the heading's words, else the part's own wording; below the top
 * level, the parent's, or problems its heading names when no sibling naming none follows.
 */
function resolveRole(opening: Opening, parent: Section | null, plansBegun: boolean, content: string, nextSibling: Opening | undefined): RoleDecision {
  const named = opening.role;
  if (opening.level === 1 || !parent) {
    if (plansBegun) {
      if (named?.role === 'closing' || named?.role === 'plans') return named;
      if (named?.role === 'review' && reviewsPast(opening.heading ?? '')) return { role: 'review', rule: CLEAR_REVIEW_RULE };
      return { role: 'plans', rule: STRUCTURAL_RULES.afterPlans };
    }
    return named ?? roleOfContent(content) ?? { role: 'review', rule: STRUCTURAL_RULES.default };
  }
  if ((named?.rule === FIVE_YEARS_RULES.subpart || named?.rule === FIVE_YEARS_RULES.review) && parent.role === 'plans') return named;
  if (named?.rule === FIVE_YEARS_RULES.turn) return { role: parent.role, rule: named.rule };
  if (named?.role !== 'problems') return { role: parent.role, rule: STRUCTURAL_RULES.parent };
  // Admitted problems follow the work reviewed, they do not sit between its parts: a part whose heading names
  // a lack (national 2005: （二）控制固定资产投资过快增长，大力加强薄弱环节) before a sibling that names none is one of them.
  return parent.role !== 'problems' && nextSibling !== undefined && nextSibling.role?.role !== 'problems' ? { role: parent.role, rule: STRUCTURAL_RULES.betweenParts } : named;
}

/**
 * For each opening, the next one at its level before any higher one (its sibling in the same
 * parent), or undefined: one pass, as a text may hold thousands of list items.
 */
function nextSiblings(found: Opening[]): Array<Opening | undefined> {
  const next: Array<Opening | undefined> = new Array(found.length);
  const open: number[] = [];
  found.forEach((opening, index) => {
    // The first later opening at or above an open one's level ends it: a sibling when at its level.
    while (open.length > 0 && found[open.at(-1)!]!.level >= opening.level) {
      const ended = open.pop()!;
      next[ended] = found[ended]!.level === opening.level ? opening : undefined;
    }
    open.push(index);
  });
  return next;
}

/** For each opening, where its top-level part ends: at the next top-level opening (undefined: the text's end). */
function nextTops(found: Opening[]): Array<number | undefined> {
  const ends: Array<number | undefined> = new Array(found.length);
  let next: number | undefined;
  for (let index = found.length - 1; index >= 0; index--) {
    ends[index] = next;
    if (found[index]!.level === 1) next = found[index]!.start;
  }
  return ends;
}

export function detectSections(text: string): Section[] {
  const paras = paragraphs(text);
  if (paras.length === 0) return [];
  const found = openings(paras, latestPeriod(text));
  const topEnds = nextTops(found);
  const siblings = nextSiblings(found);
  const sections: Section[] = [];
  const firstStart = found[0]?.start ?? text.length;
  // A section ends where the next begins, less the line break between them.
  const trimmedEnd = (end: number) => {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    return end;
  };
  if (firstStart > paras[0]!.start) {
    sections.push({ id: 's0', heading: null, level: 1, role: 'preamble', roleRule: STRUCTURAL_RULES.preamble, parent: null, start: 0, end: trimmedEnd(firstStart) });
  }
  const open: Section[] = [];
  let plansBegun = false;
  const close = (until: number) => {
    const section = open.pop()!;
    section.end = Math.max(section.start, Math.min(section.end, trimmedEnd(until)));
  };
  found.forEach((opening, index) => {
    // An unheaded cue inside a part that already has its role adds nothing, and
    // difficulties named inside plans are the plans' context, not admissions.
    const cue = opening.role?.role;
    const unheadedCue = opening.heading === null && cue !== 'closing';
    const cueRule = opening.role?.rule;
    if (cueRule === FIVE_YEARS_RULES.review || cueRule === FIVE_YEARS_RULES.turn) {
      // A review of past years splits plans parts only; its turn back to plans ends that review only.
      if (cueRule === FIVE_YEARS_RULES.review ? open[0]?.role !== 'plans' : !open.some((s) => s.roleRule === FIVE_YEARS_RULES.review)) return;
    } else if (cueRule === RESUMED_REVIEW_RULE) {
      // The year's review resumes after an admission only (一年来，我们…主要做了以下工作 after difficulties overcome).
      if (open[0]?.role !== 'problems' || open[0].heading !== null) return;
    } else if (unheadedCue && (open[0]?.role === cue || (cue === 'problems' && open[0]?.role === 'plans'))) return;
    while (open.length > 0 && open.at(-1)!.level >= opening.level) close(opening.start);
    const parent = open.at(-1) ?? null;
    const { role, rule } = resolveRole(opening, parent, plansBegun, text.slice(opening.start, topEnds[index]), siblings[index]);
    const section: Section = {
      id: `s${sections.length + (sections[0]?.id === 's0' ? 0 : 1)}`,
      heading: opening.heading,
      level: opening.level,
      role,
      roleRule: rule,
      parent: parent?.id ?? null,
      start: opening.start,
      end: opening.endsBy ?? text.length,
    };
    sections.push(section);
    open.push(section);
    plansBegun ||= section.level === 1 && role === 'plans';
  });
  while (open.length > 0) close(text.length);
  return sections;
}
