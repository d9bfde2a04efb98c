// The label of a figure: what it counts, in the report's own words. Taken
// from the clause before the number ("优良天数达到265天"), or, when a classifier
// is followed by its noun ("18家工业源企业"), from the words after it.
import { segment, tokensIn } from '../segment/jieba.js';
import { CHANGE_BASIS, CHANGE_DOWN, CHANGE_UP, LEVEL_VERBS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, UNIT_TYPES, alternation } from './lexicon.js';
import type { Token, UnitType } from '../types.js';
import { measureForLabel } from '../measures/index.js';

const CLAUSE_BREAK = /[，,；;：:。！？!?、（(）)《》\n]/;
const MAX_LABEL = 24;
/** How far back a clause is read: far beyond any label, and a bound that keeps extraction linear. */
const MAX_CLAUSE = 100;

const LEADING_FILLER = new RegExp(
  `^(?:预计|初步测算|其中|同时|此外|另外|全年|今年以来|今年|去年|上年|当年|过去一年|一年来|五年来|截至(?:目前|\\d{4}年底?)|截至|目前|\\d{4}年(?:底|末|度)?|` +
    `全区|全市|全省|全县|全镇|全国|全域|我区|我市|我省|我县|本区|本市|共|累计|先后|已经|已|并|还|均|都|分别|实现了?|完成了?|在|对|向|通过)+`,
);
const TRAILING_FILLER = new RegExp(
  `(?:${alternation([...LEVEL_VERBS, ...Object.keys(QUALIFIERS_BEFORE)])}|为|是|有|共计?|累计|总计|合计|分别|约|的|了|和|与|及|或|，)+$`,
);
/** A share of a whole names no subject either: 占全国44%. */
const SHARE = '(?:占|约占|居|位居)(?:全国|全省|全市|全球|世界)?(?:的)?(?:比重|份额)?';
const CHANGE_ONLY = new RegExp(
  `^(?:${alternation(CHANGE_BASIS)}|比\\d{4}年|较\\d{4}年|实际|名义|分别|平均|年均)*(?:${alternation([...CHANGE_UP, ...CHANGE_DOWN])}|${SHARE})?$`,
);
const NOUN_TAGS = new Set(['n', 'zg', 'nz', 'nr', 'ns', 'nt', 'nrt', 'nrfg', 'vn', 'an', 'ng', 'j', 'b', 'eng', 'l', 'i']);
/** Units that count occasions; the activity follows them: 9次专题学习. */
const VERBAL_UNITS = new Set<UnitType>(['times']);
/** Units that classify a noun after them (18家企业); after 14万亿元 comes no counted thing. */
const CLASSIFIER_UNITS = new Set<UnitType>(['count', 'persons', 'person-times', 'times']);
const CLASSIFIER_WORDS = new Set(Object.keys(UNIT_TYPES).filter((unit) => CLASSIFIER_UNITS.has(UNIT_TYPES[unit]!)));

function tidy(label: string): string {
  return label.replace(/[“”"‘’「」]/g, '').trim();
}

/**
 * The clause before `start`, back to the nearest break, without earlier figures
 * (`earlier`, in text order, all before `start`).
 */
export function clauseBefore(text: string, sentenceStart: number, start: number, earlier: Array<[number, number]>): string {
  const limit = Math.max(sentenceStart, start - MAX_CLAUSE);
  let from = start;
  while (from > limit && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let first = earlier.length;
  while (first > 0 && earlier[first - 1]![1] > from) first--;
  let clause = '';
  let at = from;
  for (const [s, e] of earlier.slice(first)) {
    if (s >= start) continue;
    clause += text.slice(Math.min(at, s), s);
    at = Math.max(at, e);
  }
  return clause + text.slice(at, start);
}

export function cleanBefore(clause: string): string {
  let label = clause.replace(LEADING_FILLER, '');
  let previous = '';
  while (previous !== label) {
    previous = label;
    label = label.replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '');
  }
  return tidy(label);
}

/** True when a label holds no thing, only a change or its basis (比上年增长). */
export function lacksSubject(label: string): boolean {
  return CHANGE_ONLY.test(label);
}

/** Tags that may stand inside a noun phrase: nouns, and verbs, adjectives and non-number words that modify one (扩面试点项目). */
const PHRASE_TAGS = /^(?:n|v|a|b|j|l|i|eng|zg|m)/;
const NUMERAL_TOKEN = /[\d零〇一二两三四五六七八九十百千万亿]/;
const MAX_PHRASE = 14;

/**
 * The noun phrase of tokens from index `from`: words that can modify a noun,
 * up to the last noun among them (verbs are never labels), or for occasion
 * units up to the activity's verb.
 */
function phraseFrom(tokens: Token[], from: number, verbal: boolean): string {
  const isNoun = (i: number) => NOUN_TAGS.has(tokens[i]?.tag ?? '');
  let last = -1;
  let length = 0;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!PHRASE_TAGS.test(token.tag) || (token.tag.startsWith('m') && NUMERAL_TOKEN.test(token.text))) break;
    if (i > from && token.start !== tokens[i - 1]!.end) break;
    // Before the first noun, verbs may modify it (扩面试点项目); after it, only one right before another noun (城中村改造项目).
    if (last >= from && !isNoun(i) && !isNoun(i + 1) && !(verbal && token.tag.startsWith('v'))) break;
    length += token.text.length;
    if (length > MAX_PHRASE) break;
    if (isNoun(i) || (verbal && token.tag.startsWith('v'))) last = i;
  }
  return last < from ? '' : tidy(tokens.slice(from, last + 1).map((t) => t.text).join(''));
}

/** Tokens from `end` to the clause break, or [] when no token starts at `end`. */
function tokensAfter(text: string, tokens: Token[], end: number): Token[] {
  let stop = end;
  while (stop < text.length && stop - end < 24 && !CLAUSE_BREAK.test(text[stop]!)) stop++;
  const after = tokensIn(tokens, { start: end, end: stop });
  return after[0]?.start === end ? after : [];
}

/**
 * The noun phrase right after a figure whose unit classifies it (18家工业源企业),
 * or for occasion units its activity. Another count in between is skipped:
 * 10大类60项民生实事项目 counts 民生实事项目 twice.
 */
export function phraseAfter(text: string, tokens: Token[], end: number, unitType: UnitType): string {
  if (!CLASSIFIER_UNITS.has(unitType)) return '';
  const after = tokensAfter(text, tokens, end);
  let from = after[0] && after[0].text in QUALIFIERS_AFTER ? 1 : 0;
  if (after[from]?.tag === 'm' && /^\d/.test(after[from]!.text) && CLASSIFIER_WORDS.has(after[from + 1]?.text ?? '')) from += 2;
  return phraseFrom(after, from, VERBAL_UNITS.has(unitType));
}

/**
 * The noun phrase after a 的 that follows the figure, with no noun between them
 * (5.5%左右的预期增长目标, 4个过五千亿元的新兴产业); 14亿人的饭碗 is the people's.
 */
export function nounAfterDe(text: string, tokens: Token[], end: number): string {
  const after = tokensAfter(text, tokens, end);
  const de = after.findIndex((token) => token.tag === 'uj' && token.text === '的');
  if (de === -1 || after.slice(0, de).some((token) => NOUN_TAGS.has(token.tag))) return '';
  return phraseFrom(after, de + 1, false);
}

/** Verbs, adverbs, adjectives and function words: a phrase of only these names no thing. */
const VERB_PHRASE_TAGS = /^(?:v(?!n)|d|a(?!n)|p|c|u)/;

/** Verb phrases that introduce a figure are short; a longer label is taken to name a thing, sparing jieba a call. */
const MAX_VERB_PHRASE = 8;

/** True when a label is only a verb phrase (稳妥推进, 将继续实施): it names no thing. */
export function isVerbPhrase(label: string): boolean {
  if (label === '' || label.length > MAX_VERB_PHRASE) return false;
  const words = segment(label);
  return words.some((token) => token.tag.startsWith('v')) && words.every((token) => VERB_PHRASE_TAGS.test(token.tag));
}

export interface LabelParts {
  before: string;
  after: string;
  /** The noun phrase after a 的 following the figure, for when the clause before names no thing. */
  afterDe: string;
  /** The label of the previous figure in the same sentence, for 比上年增长7.7%. */
  previous: string | null;
  unitType: UnitType;
}

/** A label and the id of the rule that chose its words, for tracing a wrong one. */
export interface ComposedLabel {
  label: string;
  rule: 'label:clause' | 'label:classified-noun' | 'label:activity' | 'label:carried-subject' | 'label:noun-after-de' | 'label:verb-only';
}

export function composeLabel({ before, after, afterDe, previous, unitType }: LabelParts): ComposedLabel {
  const verbal = VERBAL_UNITS.has(unitType);
  let composed: ComposedLabel;
  if (after && verbal) {
    composed = { label: before + after, rule: 'label:activity' };
  } else if (after) {
    composed = { label: after, rule: 'label:classified-noun' };
  } else if (afterDe && (before === '' || /等$/.test(before) || isVerbPhrase(before))) {
    // 实现5.5%左右的预期增长目标, 软件和研发设计等4个…的新兴产业: what is counted follows the figure.
    composed = { label: afterDe, rule: 'label:noun-after-de' };
  } else if (lacksSubject(before) && previous) {
    // 国内生产总值达到56.9万亿元，比上年增长7.7%: the growth is the GDP's.
    const subject = previous.replace(new RegExp(`(?:实际|名义|分别)*(?:${alternation([...CHANGE_UP, ...CHANGE_DOWN])})$`), '');
    composed = { label: subject + before.replace(/^(?:比上年|较上年|同比|比去年|较去年)/, ''), rule: 'label:carried-subject' };
  } else if (isVerbPhrase(before) && measureForLabel(before) === null) {
    // 稳妥推进55个: a verb introduces the figure but names nothing counted; 新增就业32.7万人 names a measure.
    composed = { label: '', rule: 'label:verb-only' };
  } else {
    composed = { label: before, rule: 'label:clause' };
  }
  const characters = Array.from(composed.label);
  return characters.length > MAX_LABEL ? { ...composed, label: characters.slice(-MAX_LABEL).join('') } : composed;
}
