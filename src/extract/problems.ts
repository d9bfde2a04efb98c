// Problems: the shortcomings a report admits. Inside a problems part every
// clause with a word of difficulty counts; elsewhere only plain admissions
// (仍存在, 亟待, 不健全), never the remedy of one (补齐短板).
import type { Problem, Section, Sentence, Span } from '../types.js';
import { clauses, skipLead } from './clauses.js';
import type { Keywords } from './keywords.js';
import { ADMISSION, PROBLEM_INTRO, PROBLEM_LEAD, PROBLEM_RESOLUTION, PROBLEM_WORD, REMEDY, type ItemRule } from './lexicon.js';

/** A discourse marker that sums up the rest of its sentence as one point (另一方面…). */
const GROUPING_LEAD = /^(?:另一方面|此外|另外|与此同时)/;

/**
 * Outside problems parts only plain admissions count. Inside one, each clause
 * with a word of difficulty is one problem, except that after a summing-up
 * marker the rest of the sentence is one (the seed's "另一方面部门行政执法权
 * 受限,工作开展不规范、不全面,社会管理效能亟待提升").
 */
function problemSpans(text: string, sentence: Sentence, inPart: boolean): Span[] {
  const spans: Span[] = [];
  let grouping = false;
  for (const clause of clauses(text, sentence.start, sentence.end)) {
    const words = text.slice(clause.start, clause.end);
    const introducesList = /[：:]/.test(text[clause.end] ?? '');
    const admits = inPart ? PROBLEM_WORD.test(words) : ADMISSION.test(words);
    if (introducesList || !admits || REMEDY.test(words) || PROBLEM_RESOLUTION.test(words) || PROBLEM_INTRO.test(words)) {
      continue;
    }
    const last = spans.at(-1);
    if (grouping && last) last.end = clause.end;
    else spans.push({ ...clause });
    grouping ||= GROUPING_LEAD.test(words);
  }
  return spans.map((span) => skipLead(text, span, PROBLEM_LEAD));
}

export function extractProblems(
  text: string,
  sentences: Sentence[],
  sections: Section[],
  keywords: (span: Span) => Keywords,
): Problem[] {
  const spans: Array<{ span: Span; section: Section | null; rule: ItemRule }> = [];
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const sentence of sentences) {
    const section = sentence.section === null ? null : byId.get(sentence.section) ?? null;
    if (section?.role === 'plans' || section?.role === 'preamble' || section?.role === 'closing') continue;
    const inPart = section?.role === 'problems';
    const rule = inPart ? 'problem:problems-part' : 'problem:admission';
    for (const span of problemSpans(text, sentence, inPart)) spans.push({ span, section, rule });
  }
  return spans
    .filter(({ span }) => span.end - span.start >= 4)
    .map(({ span, section, rule }, i) => {
      const item = text.slice(span.start, span.end);
      const { topic, keywords: words } = keywords(span);
      return { id: `p${i + 1}`, text: item, start: span.start, end: span.end, section: section?.id ?? null, topic, keywords: words, rule };
    });
}
