// Figures: the numbers a reader would copy into a table, each valued, typed,
// qualified and labelled. Numbers that are names, dates or ordinals are not.
import type { Diagnostic, Figure, Qualifier, Section, Sentence, Token, UnitType } from '../types.js';
import { sectionAt } from '../structure/sentences.js';
import { segment, tokenRange, tokensIn } from '../segment/jieba.js';
import { assignMeasure, type MeasureAssignment, MOVE_REACH, moveIn } from '../measures/index.js';
import { NAMED_UNIT_RULES, isVerb, sentenceLabeller, unitNamedAfter, unitNamedBefore } from './labels.js';
import {
  CHANGE_BASIS,
  CHANGE_DOWN,
  CHANGE_UP,
  POLICY_NAMES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  COMPARATIVES_BEFORE,
  RANK_SCOPES,
  RANK_VERBS,
  PLANNED_VERBS,
  SPEECH_PARTS,
  FUTURE_MARKER,
  REVIEW_OPENING,
  TARGET_CUES,
  TARGET_MISSED,
  TARGET_NAMED,
  UNIT_TYPES,
  alternation,
  matchAt,
} from './lexicon.js';
import { CJK, NUMBERS_JOINED, scanNumbers, type NumberMatch, type Refusal } from './numerals.js';
import { pastFramed } from './past-frame.js';
import { inTargetList, targetLists } from './target-lists.js';
import { clauses } from './clauses.js';
import diagnosticRules from './lexicon/diagnostics.json' with { type: 'json' };
import numerals from './lexicon/numerals.json' with { type: 'json' };

/** The ids a diagnostic may cite, each described in lexicon/diagnostics.json. */
export type DiagnosticRule = keyof typeof diagnosticRules;
/** Reading rules whose value is a guess: the figure is kept and the guess told. */
const GUESSES = ['numeral:abbreviated', 'numeral:full-width-separator', 'numeral:shared-magnitude'] as const satisfies readonly DiagnosticRule[];

type Range = [number, number];

/**
 * Policy names by the code of their first character, in lexicon order: their first characters (一, 高, 新, 第) are
 * common, and a look at each character code is cheaper than a pattern's match object for each.
 */
const NAMES_BY_FIRST: Array<string[] | undefined> = Array.from({ length: 0x10000 }, () => undefined);
for (const name of POLICY_NAMES) (NAMES_BY_FIRST[name.charCodeAt(0)] ??= []).push(name);

/** Spans of fixed names and of 《titles》 and short “quoted names”. */
function maskedSpans(text: string): Masked {
  const spans: Range[] = [];
  // One pass for every name (each name's occurrences do not overlap one another), instead of a search of the text per name.
  const free = new Map<string, number>();
  for (let at = 0; at < text.length; at++) {
    const names = NAMES_BY_FIRST[text.charCodeAt(at)];
    if (names === undefined) continue;
    // A common first character (一) opens many names: the second one sorts most of them out before the whole name is compared.
    const second = text.charCodeAt(at + 1);
    for (const name of names) {
      if ((name.length > 1 && name.charCodeAt(1) !== second) || !text.startsWith(name, at) || at < (free.get(name) ?? 0)) continue;
      spans.push([at, at + name.length]);
      free.set(name, at + name.length);
    }
  }
  for (const quote of text.matchAll(/《[^》\n]*》|“[^”\n]{1,15}”|〔[^〕\n]*〕/g)) {
    spans.push([quote.index, quote.index + quote[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // The furthest end of the spans starting up to each one: a span holds [start, end) when one starting before reaches past it.
  let reach = 0;
  return { starts: spans.map(([s]) => s), reach: spans.map(([, e]) => (reach = Math.max(reach, e))) };
}

interface Masked {
  starts: number[];
  reach: number[];
}

function inside(masked: Masked, start: number, end: number): boolean {
  const before = countAtMost(masked.starts, start);
  return before > 0 && masked.reach[before - 1]! >= end;
}

/** How many of the ascending `sorted` are at most `value`. */
function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const YEAR_OR_DATE = /^(?:\s*年|月|日|号|时|点)/;
const SPEECH_PART = new RegExp(`^(?:${alternation(SPEECH_PARTS)})`);
const PASSING = /(?:突破|超过|超|破|迈上|跨上|跨越|达到|达|近|逾|约)$/;
// Multi-character qualifiers may stand a verb away (至少配有5名); one-character
// ones (约, 近) only right before the number, as they are common characters, and so do
// comparatives: words between name a base, and the number is a difference from it
// (高于全国0.7个百分点 is 0.7 points exactly; 高于90% is a bound).
const STANDS_AWAY = (word: string) => word.length > 1 && !COMPARATIVES_BEFORE.includes(word);
const QUALIFIER_BEFORE = new RegExp(
  `(?:(${alternation(Object.keys(QUALIFIERS_BEFORE).filter(STANDS_AWAY))})[^，。；,;\\d]{0,3}|(${alternation(Object.keys(QUALIFIERS_BEFORE).filter((w) => !STANDS_AWAY(w)))}))$`,
);
const RANK_CONTEXT = new RegExp(`(?:${alternation([...RANK_SCOPES, ...RANK_VERBS])})[^，。；,;]{0,4}$`);
/** 二、 1. （三） ［25］ 十三是 四要: a number opening an item, at the start of a clause or after an opening bracket. */
const LIST_INDEX_AFTER = /^[、.．）)］\]]/;
const LIST_INDEX_AFTER_CHINESE = /^[、.．）)］\]是要]/;
const LIST_INDEX_BEFORE = /[\n（(［[：:；;。，,]/;

function isListIndex(text: string, number: NumberMatch, sentenceStart: number): boolean {
  if (number.unit || /[万亿]/.test(number.surface) || !(number.chinese ? LIST_INDEX_AFTER_CHINESE : LIST_INDEX_AFTER).test(text.slice(number.end, number.end + 1))) return false;
  return number.start === sentenceStart || LIST_INDEX_BEFORE.test(text[number.start - 1] ?? '');
}

const SESSION_NAMED = /^(?:工程|项目|全体|全会|会议|大会|常委会)|^[期次]/;
const SESSION_LIST = /^(?:[、和][〇一二三四五六七八九十]+次)+(?:全体|全会|会议|大会|常委会)/;

/**
 * Whether a count of 期 or 次 names a session or a phase: before its meeting or project (三次全会, 二期工程), right
 * after its congress's 届 whatever follows (十一届六次、七次全会), or inside a list of sessions that closes on their
 * meeting (十一届四次、五次、六次全会: 五次).
 */
function isSession(text: string, number: NumberMatch): boolean {
  return SESSION_NAMED.test(text.slice(number.end, number.end + 4)) || text.endsWith('届', number.start) || SESSION_LIST.test(text.slice(number.end, number.end + 40));
}

/** The rule that keeps a number from being a figure, or null when it is one. */
function rejection(text: string, number: NumberMatch, masked: Masked, sentenceStart: number): DiagnosticRule | null {
  const next = text.slice(number.end, number.end + 2);
  if (!number.unit && YEAR_OR_DATE.test(next)) {
    const year = next.trimStart().startsWith('年') && Number.isInteger(number.value) && number.value >= 1000 && number.value < 3000;
    return year ? 'not-figure:year' : 'not-figure:time';
  }
  if (number.unit === '周年') return 'not-figure:time';
  if (inside(masked, number.start, number.end)) return 'not-figure:name';
  if (number.ordinal) {
    const before = text.slice(Math.max(0, number.start - 8), number.start);
    return RANK_CONTEXT.test(before) ? null : 'not-figure:ordinal';
  }
  if (number.chinese && /[期次]$/.test(number.unit ?? '') && isSession(text, number)) return 'not-figure:name';
  if (number.chinese && number.unit === '期') return 'not-figure:name';
  // 三个“一号工程”: a count of named programmes is part of the name.
  if (number.chinese && text[number.end] === '“') return 'not-figure:name';
  if (number.unit === '届') return 'not-figure:ordinal';
  if (SPEECH_PART.test(number.unit ?? '') || SPEECH_PART.test(text.slice(number.end, number.end + 4))) return 'not-figure:speech-parts';
  if (isListIndex(text, number, sentenceStart)) return 'not-figure:list-index';
  // 每50公斤提高5到7元, 每10万人45台: the amount right after 每 is the basis a rate is counted on, not a count; the
  // rate's label keeps it before a level (配置AED每10万人) and leaves it out before a change (labels.ts).
  if (text.endsWith(numerals.per, number.start)) return 'not-figure:per-unit';
  // A bare magnitude (万元地区生产总值, 每万人) is a per-unit basis, not a count,
  // unless a verb gives it as an amount (突破万亿元).
  if (/^[十百千万亿]/.test(number.surface) && !number.rules?.includes('numeral:part-of') && !PASSING.test(text.slice(Math.max(0, number.start - 3), number.start))) {
    return 'not-figure:per-unit';
  }
  if (!number.unit && !number.fraction && !/[万亿]/.test(number.surface)) return 'not-figure:no-unit';
  return null;
}

/**
 * Why a number is no figure. Without unit, jieba's words say more: a Chinese numeral
 * that ends inside a word is part of it (三中全会, 长三角, 二氧化碳), and a measure word
 * jieba knows and the units lexicon does not is named (20微克).
 */
function diagnosticOf(text: string, tokens: Token[], number: NumberMatch, rule: DiagnosticRule): Diagnostic {
  const diagnostic = { surface: number.surface, start: number.start, end: number.end, rule };
  if (rule !== 'not-figure:no-unit') return diagnostic;
  // The word that starts where the number ends, if one does (words are far shorter than this window); words
  // follow one another, so it can only be the first starting there or later.
  const [first, past] = tokenRange(tokens, { start: number.end, end: number.end + 32 });
  const after = first < past && tokens[first]!.start === number.end ? tokens[first] : undefined;
  if (after?.tag === 'q') return { ...diagnostic, rule: 'not-figure:unknown-unit', message: after.text };
  if (!after && number.chinese && CJK.test(text[number.end] ?? '')) return { ...diagnostic, rule: 'not-figure:in-word' };
  return diagnostic;
}

function unitTypeOf(number: NumberMatch, unit = number.unit): UnitType {
  if (number.ordinal) return 'rank';
  // 91艘次: occasions of a unit's things.
  if (number.rules?.includes('numeral:unit-times')) return 'times';
  return (unit && UNIT_TYPES[unit]) || 'other';
}

/**
 * The unit a label names for a number without one (农村贫困人口减少1386万 counts 人): it gives the figure its unit
 * type and the measure it may state; the figure keeps its surface's unit, so that re-reading the surface agrees.
 */
function readUnitNamedByNoun(text: string, number: NumberMatch, label: string): { unit: string; rule: string } | null {
  if (number.unit || number.ordinal || number.fraction || label === '') return null;
  const before = unitNamedBefore(label);
  if (before) return { unit: before, rule: NAMED_UNIT_RULES.before };
  // 近1400万农业转移人口: only a magnitude may stand for the unit the noun after it names, and only in a label
  // that names that noun: 城镇新增就业, carried to 13.2万脱贫人口, would take a count of one thing for another.
  const after = /[万亿]$/.test(number.surface) ? unitNamedAfter(text, number.end) : null;
  return after && label.includes(after.word) ? { unit: after.unit, rule: NAMED_UNIT_RULES.after } : null;
}

const QUALIFIER_AFTER_WORDS = Object.keys(QUALIFIERS_AFTER).sort((a, b) => b.length - a.length);

/** A figure's qualifier, and the word that gave it: `before` when it stood before the number (超98.5%), null when none did. */
function qualifierOf(text: string, number: NumberMatch, clause: string): { qualifier: Qualifier; said: 'after' | 'before' | null } {
  const after = matchAt(text, number.end, QUALIFIER_AFTER_WORDS);
  if (after) return { qualifier: QUALIFIERS_AFTER[after]!, said: 'after' };
  if (number.approximate) return { qualifier: number.approximate, said: 'after' };
  const before = QUALIFIER_BEFORE.exec(clause);
  return before ? { qualifier: QUALIFIERS_BEFORE[(before[1] ?? before[2])!]!, said: 'before' } : { qualifier: 'exact', said: null };
}

/**
 * A word before the first of numbers joined as a list qualifies each (分别超98.5%和99%, 分别超过8万元、4.5万元):
 * a number with no qualifier of its own takes the one of the number of the same unit joined before it, when
 * a word before that one gave it (numeral:shared-qualifier); 5%以上和6% shares nothing, nor does 近千亿、4个.
 */
function listQualifier(text: string, number: NumberMatch, clause: string, before: ListQualifier | null): ListQualifier {
  const own = qualifierOf(text, number, clause);
  const unit = number.unit ?? '';
  if (own.said === null && before?.carries && before.unit === unit && NUMBERS_JOINED.test(text.slice(before.end, number.start))) {
    return { end: number.end, unit, qualifier: before.qualifier, shared: true, carries: true };
  }
  return { end: number.end, unit, qualifier: own.qualifier, shared: false, carries: own.said === 'before' };
}

interface ListQualifier {
  end: number;
  unit: string;
  qualifier: Qualifier;
  /** Taken from the number before. */
  shared: boolean;
  /** Given to a number joined after. */
  carries: boolean;
}

const CHANGE_AT_END = new RegExp(`(${alternation([...CHANGE_UP, ...CHANGE_DOWN])})(?:了|为|达到?|约|近|超过)?$`);
const BASIS = new RegExp(alternation(CHANGE_BASIS));

/** The change a clause ends on (…增长, …下降了), with its basis (比上年): null when it states a level. */
export function changeOf(clause: string): Figure['change'] {
  const verb = CHANGE_AT_END.exec(clause);
  if (!verb) return null;
  const basis = BASIS.exec(clause);
  return { direction: CHANGE_DOWN.includes(verb[1]!) ? 'down' : 'up', basis: basis ? basis[0] : null };
}

const PLANNED = new RegExp(`^(?:${alternation(PLANNED_VERBS)})`);
/** Tags of the words of an object: nouns, verbal nouns and the words that modify them. */
const OBJECT_TAGS = /^(?:n|vn|b|j|l|a)/;

/**
 * True when a clause opens with 将 that governs an object, done to it and reported (将扶贫标准提高到2300元,
 * 将2.8万亿元中央财政资金纳入直达范围), not the 将 of the future (将新建5G基站, 将安排资金, 将继续实施):
 * after it a number (the figure itself or another), or a noun phrase (one verb may modify it, 扶贫标准) that a
 * verb or a preposition follows.
 */
function governsObject(clause: string): boolean {
  if (!clause.startsWith('将') || clause.startsWith('将近')) return false;
  const words = segment(clause.slice(1));
  // The figure right after 将 (将2.8万亿元…纳入) or another number is the object.
  if (words.length === 0 || words[0]!.tag === 'm') return true;
  let at = isVerb(words[0]) ? 1 : 0;
  const first = at;
  while (at < words.length && OBJECT_TAGS.test(words[at]!.tag)) at++;
  const object = words.slice(first, at);
  return object.some((word) => word.tag.startsWith('n')) && /^[vp]/.test(words[at]?.tag ?? '');
}
const TARGET_CUE = new RegExp(alternation(TARGET_CUES), 'g');
const TARGET_MET = /(?:完成|实现|超过|达到)(?:了)?(?:预期)?目标/g;

/** Where a global pattern matches a text. */
function matchSpans(text: string, pattern: RegExp): Array<readonly [number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
}

/**
 * Whether a target cue (力争, 确保 …) stands before an offset of a sentence, with no
 * "完成…目标" between them, which reports a target met. Offsets are asked in
 * increasing order, so each sentence is read once.
 */
function targetCueBefore(sentence: string): (offset: number) => boolean {
  let cues: Array<readonly [number, number]> | null = null;
  let met: Array<readonly [number, number]> = [];
  let cue = -1;
  let after = 0;
  return (offset) => {
    if (!cues) {
      cues = matchSpans(sentence, TARGET_CUE);
      met = matchSpans(sentence, TARGET_MET);
    }
    while (cue + 1 < cues.length && cues[cue + 1]![1] <= offset) cue++;
    if (cue < 0) return false;
    const cueEnd = cues[cue]![1];
    while (after < met.length && met[after]![0] < cueEnd) after++;
    return !(after < met.length && met[after]![1] <= offset);
  };
}

/**
 * Whether the paragraph holding an offset opens by reviewing the past (过去五年，我国经济社会发展取得新的历史性成就).
 * Paragraph starts are found once: searching back from every figure made a text of one long line quadratic.
 */
function pastReviewParagraphs(text: string): (offset: number) => boolean {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const opens = starts.map((start) => REVIEW_OPENING.test(text.slice(start, start + 8)));
  // starts[0] is 0: every offset has a paragraph.
  return (offset) => opens[countAtMost(starts, offset) - 1]!;
}

/** Why a figure of a plans part reports the past: its paragraph opens by reviewing it, or a past-time frame tells its sentence. */
type PastReading = 'modality:review-paragraph' | 'modality:past-frame' | null;

/**
 * The value a move starts from is the level now, wherever it stands. Plans parts and 预期目标 lists hold targets,
 * but for what a plans part tells of the past (`past`); elsewhere a cue earlier in the
 * sentence (力争, 确保) or a planning verb opening the figure's clause (计划新建…).
 */
function modalityOf(section: Section | null, inList: boolean, cueBefore: boolean, clause: string, moveStart: boolean, past: PastReading, missedTarget: boolean): { modality: Figure['modality']; rule: string } {
  if (moveStart) return { modality: 'actual', rule: 'modality:start-of-move' };
  if (inList) return { modality: 'target', rule: 'modality:target-list' };
  if (section?.role === 'plans' && past === null) return { modality: 'target', rule: 'modality:plans-part' };
  // 没有实现年初确定的…降低4%左右…的目标: the value of a target missed is no outcome.
  if (missedTarget) return { modality: 'target', rule: 'modality:target-missed' };
  // 二、“十三五”时期发展成就和“十四五”时期主要目标任务 opens with 过去五年…: that paragraph reports; so does
  // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%… inside the plans of state-council-gwr-2011.
  if (section?.role === 'plans' && past !== null) return { modality: 'actual', rule: past };
  if (cueBefore) return { modality: 'target', rule: 'modality:target-cue' };
  if (PLANNED.test(clause)) return governsObject(clause) ? { modality: 'actual', rule: 'modality:object-done' } : { modality: 'target', rule: 'modality:planned-verb' };
  return { modality: 'actual', rule: 'modality:reported' };
}

/**
 * How the figures of each sentence (by index) of a plans part tell the past, by offset: their paragraph opens by
 * reviewing it (过去五年，…), or the sentence is one a past-time frame tells (pastFramed) and no word of the future comes
 * before the figure's clause ends (去年增长9.5%，今年要增长8%左右: the frame ends at 今年要).
 */
function pastReadings(text: string, sentences: Sentence[], framed: boolean[]): (index: number) => (offset: number) => PastReading {
  const reviewsPast = pastReviewParagraphs(text);
  return (index) => {
    const sentence = sentences[index]!;
    const parts = framed[index] ? clauses(text, sentence.start, sentence.end) : [];
    const future = parts.length > 0 ? text.slice(sentence.start, sentence.end).search(FUTURE_MARKER) : -1;
    const frameEnd = future === -1 ? sentence.end : sentence.start + future;
    return (offset) => {
      if (reviewsPast(offset)) return 'modality:review-paragraph';
      const part = parts.find((clause) => clause.end > offset) ?? parts.at(-1);
      return part !== undefined && part.end <= frameEnd ? 'modality:past-frame' : null;
    };
  };
}

/**
 * Whether a figure is the value of a target its clause admits missed (没有实现年初确定的单位国内生产总值能耗降低4%左右、…
 * 减少2%的目标; 增长11.3%，低于13%左右的预期目标). A target named as met (提前一年实现…500元和300元的目标) is left
 * the outcome: reaching it says the year's figure is at least that.
 */
function namesMissedTarget(text: string, sentence: Sentence, number: NumberMatch): boolean {
  const before = text.slice(sentence.start, number.start);
  return TARGET_NAMED.test(text.slice(number.end, Math.min(sentence.end, number.end + 40))) && TARGET_MISSED.test(before.slice(before.search(/[^，,；;：:。]*$/)));
}

/** What stands between the start and the end of a move: 由25元提高到30元, 现行16%的税率降至13%. */
const MOVE_TO = /^[^，,；;。]{0,6}[到至]$/;
/** What joins the starts of a run of moves: 分别从每人每月202元、270元提高到209元、280元. */
const START_JOIN = /^[、和]$/;
/** A move within one list item: 力争国家级实验室再增加2—4家、省实验室达到20家 is two items. */
const MOVE_IN_ITEM = /^[^，,；;。、]{0,6}[到至]$/;

/**
 * True when the number at `at` of a sentence is where a move starts: the value before the change
 * (将…起征点从月销售额10万元提高到15万元, 现行16%的税率降至13%). In a plan it is the level now,
 * not a target (modality:start-of-move). The end is in the same unit: 超500亿元的县域增至12个 counts
 * counties, and 到2025年 is a deadline.
 */
function startsMove(text: string, found: NumberMatch[], at: number): boolean {
  let next = at + 1;
  while (next < found.length && START_JOIN.test(text.slice(found[next - 1]!.end, found[next]!.start))) next++;
  if (next === found.length || !MOVE_IN_ITEM.test(text.slice(found[next - 1]!.end, found[next]!.start))) return false;
  const end = found[next]!;
  return end.unit === found[at]!.unit && (end.unit !== undefined || !YEAR_OR_DATE.test(text.slice(end.end, end.end + 2)));
}

/**
 * The second figure of 由25元提高到30元 (从上半年5.5%降到5.3%) carries the first one's label and so its
 * start period; the 到 between them makes it the end value, the one the change arrives at.
 */
function endOfChange(text: string, previous: Figure | undefined, sentence: number, label: string, start: number): MeasureAssignment | null {
  if (previous?.period !== 'start' || previous.sentence !== sentence || previous.label !== label) return null;
  if (!MOVE_TO.test(text.slice(previous.end, start))) return null;
  return { measure: previous.measure, period: 'end', rule: [previous.measure && `measure:${previous.measure}/alias`, 'period:end'].filter(Boolean).join(' ') };
}

/** How a figure's number is written, then the rules of its reading: a string built without arrays, as it is for every figure. */
function numeralRuleOf(number: NumberMatch, namedRule: string | undefined): string {
  let rule = number.ordinal ? 'rank' : number.chinese ? 'chinese-numeral' : 'arabic-numeral';
  if (number.rules?.length) rule += ` ${number.rules.join(' ')}`;
  return namedRule ? `${rule} ${namedRule}` : rule;
}

/**
 * How many diagnostics of one rule a report lists (the corpus's reports have at most 111); the next one
 * stands for the rest, counting them (\`more\`): a megabyte of numbers made some 150 000 of one rule,
 * which no reader reads and which each cost memory for the whole analysis.
 */
export const LISTED_PER_RULE = 200;

/** Diagnostics added a sentence at a time, in text order, each rule's past the first LISTED_PER_RULE folded into the one after them. */
function diagnosticList(): { listed: Diagnostic[]; addSentence(diagnostics: Diagnostic[]): void } {
  const listed: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const folds = new Map<string, Diagnostic>();
  const add = (diagnostic: Diagnostic) => {
    const count = (seen.get(diagnostic.rule) ?? 0) + 1;
    seen.set(diagnostic.rule, count);
    if (count <= LISTED_PER_RULE + 1) listed.push(diagnostic);
    if (count === LISTED_PER_RULE + 1) folds.set(diagnostic.rule, diagnostic);
    if (count > LISTED_PER_RULE + 1) folds.get(diagnostic.rule)!.more = count - LISTED_PER_RULE - 1;
  };
  return {
    listed,
    addSentence(diagnostics) {
      // Refusals and numbers of one sentence interleave: in text order for the reader (sentences follow one another).
      diagnostics.sort((a, b) => a.start - b.start);
      diagnostics.forEach(add);
    },
  };
}

/** The numbers of a sentence starting at `start`, at text offsets; the reader's refusals go to `own` as diagnostics. */
function sentenceNumbers(sentenceText: string, start: number, own: Diagnostic[], tokens: Token[]): NumberMatch[] {
  const refused: Refusal[] = [];
  const found = scanNumbers(sentenceText, { refused });
  // The reader's matches are new objects: moved to text offsets in place rather than copied.
  for (const number of found) {
    moveBy(number, start);
    unglueUnit(number, tokens);
  }
  for (const refusal of refused) {
    moveBy(refusal, start);
    own.push(refusal);
  }
  return found;
}

/**
 * A one-character unit of things that jieba reads as the first character of a noun (2900多万家庭, 迈上1200亿台阶) is
 * no unit: the number counts the noun, unit unstated (numeral:unit-in-word). A classifier jieba keeps apart (100家/q
 * 企业) and units of persons (800万人口 counts 人) stay.
 */
function unglueUnit(number: NumberMatch, tokens: Token[]): void {
  const unit = number.unit;
  if (unit?.length !== 1 || UNIT_TYPES[unit] !== 'count' || !number.surface.endsWith(unit)) return;
  const [first] = tokenRange(tokens, { start: number.end - 1, end: number.end });
  const word = tokens[first];
  if (!word || word.start !== number.end - 1 || word.end <= number.end || !word.tag.startsWith('n')) return;
  number.end -= 1;
  number.surface = number.surface.slice(0, -1);
  delete number.unit;
  number.rules = [...(number.rules ?? []), 'numeral:unit-in-word'];
}

function moveBy(span: { start: number; end: number }, offset: number): void {
  span.start += offset;
  span.end += offset;
}

/**
 * The figures of a text, and a diagnostic for every number it does not keep or reads by a guess (past LISTED_PER_RULE of a rule, folded).
 * `year`: the year the report reviews, before which a year named at a sentence's start frames the past (past-frame.ts);
 * `framed`: pastFramed's reading of the sentences, when the caller made it already (the commitments stage reads it too).
 */
export function extractFigures(
  text: string,
  sentences: Sentence[],
  sections: Section[],
  tokens: Token[],
  year: number | null = null,
  framed = pastFramed(text, sentences, sections, year),
): { figures: Figure[]; diagnostics: Diagnostic[] } {
  const masked = maskedSpans(text);
  const lists = targetLists(text);
  const pastReadingsOf = pastReadings(text, sentences, framed);
  const figures: Figure[] = [];
  const diagnostics = diagnosticList();
  sentences.forEach((sentence, index) => {
    const own: Diagnostic[] = [];
    const sentenceText = text.slice(sentence.start, sentence.end);
    const cueBefore = targetCueBefore(sentenceText);
    const found = sentenceNumbers(sentenceText, sentence.start, own, tokens);
    const labelOf = sentenceLabeller(text, tokens, sentence, found);
    const pastReadingAt = pastReadingsOf(index);
    let qualified: ListQualifier | null = null;
    for (const [at, number] of found.entries()) {
      const rejected = rejection(text, number, masked, sentence.start);
      if (rejected) {
        own.push(diagnosticOf(text, tokens, number, rejected));
        continue;
      }
      for (const guess of GUESSES) if (number.rules?.includes(guess)) own.push({ surface: number.surface, start: number.start, end: number.end, rule: guess });
      const { label, rule: labelRule, clause } = labelOf(at, unitTypeOf(number));
      const named = readUnitNamedByNoun(text, number, label);
      const unitType = unitTypeOf(number, named?.unit ?? number.unit);
      const section = sectionAt(sections, number.start);
      const { modality, rule: modalityRule } = modalityOf(section, inTargetList(lists, number.start), cueBefore(number.start - sentence.start), clause, startsMove(text, found, at), pastReadingAt(number.start), namesMissedTarget(text, sentence, number));
      qualified = listQualifier(text, number, clause, qualified);
      const change = number.ordinal ? null : changeOf(clause);
      const measured = endOfChange(text, figures.at(-1), index, label, number.start) ?? assignMeasure({ label, unit: named?.unit ?? number.unit ?? '', change, moved: moveIn(tokensIn(tokens, { start: Math.max(sentence.start, number.start - MOVE_REACH), end: number.start }), text, number.start) });
      figures.push({
        id: `f${figures.length + 1}`,
        surface: number.surface,
        value: number.value,
        valueMax: number.valueMax ?? null,
        qualifier: qualified.qualifier,
        unit: number.unit ?? '',
        unitType,
        label,
        change,
        modality,
        measure: measured.measure,
        period: measured.period,
        start: number.start,
        end: number.end,
        sentence: index,
        section: section?.id ?? null,
        rule: [numeralRuleOf(number, named?.rule), qualified.shared ? 'numeral:shared-qualifier' : '', labelRule, modalityRule, measured.rule].filter(Boolean).join(' '),
      });
    }
    diagnostics.addSentence(own);
  });
  return { figures, diagnostics: diagnostics.listed };
}
