// The label of a figure: what it counts, in the report's own words. Taken
// from the clause before the number ("优良天数达到265天"), or, when a classifier
// is followed by its noun ("18家工业源企业"), from the words after it.
import { memo } from '../memo.js';
import { ASIDE, CLAUSE_BREAK, LIST_CLAUSE_BREAK, clauseStarts, type ClauseStarts } from './clauses.js';
import { segment, tokensIn } from '../segment/jieba.js';
import { CHANGE_BASIS, CHANGE_DOWN, CHANGE_UP, LEVEL_VERBS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANK_SCOPES, RANK_VERBS, UNIT_TYPES, UNITS, alternation } from './lexicon.js';
import type { Span, Token, UnitType } from '../types.js';
import { measureForLabel } from '../measures/index.js';
import { isNumeralChar } from './numerals.js';
import lexicon from './lexicon/labels.json' with { type: 'json' };

/** A verb, not a verbal noun (建成, not 建设/vn). */
export const isVerb = (token: Token | undefined) => /^v(?!n)/.test(token?.tag ?? '');

/** Labels, list items and the few characters after a figure recur (百分之…百分之, 增长): jieba reads each once (callers only read the tokens). */
const segmented = memo((piece: string) => segment(piece), 10_000);

const MAX_LABEL = 32;

/** Words that open a clause and name no thing. */
const LEADING_WORDS =
  `预计|初步测算|其中|同时|此外|另外|全年|每年|每月|今年以来|(?:今年|去年|上年|当年)(?:末|底)?|过去一年|一年来|五年来|截至(?:目前|\\d{4}年底?)|截至|目前|\\d{4}年(?:底|末|度)?|` +
    `全区|全市|全省|全县|全镇|全国|全域|我区|我市|我省|我县|本区|本市|共|累计|先后|已经|已|并|还|均|都|分别|实现了?|完成了?|在(?![建线校岗职读])|对(?!外)|向|通过|` +
    // The object marker of a plan (将…起征点从…提高到…, 把居民消费价格涨幅控制在…) opens no thing: 将近 is a qualifier.
    `将(?!近)|把`;
const LEADING_FILLER = new RegExp(`^(?:${LEADING_WORDS})+`);
/** Words that end a clause before its figure and name no thing; 拟按3.2%左右安排: the plan's verb and its preposition. */
const TRAILING_WORDS = `${alternation([...LEVEL_VERBS, ...Object.keys(QUALIFIERS_BEFORE)])}|为|是|有|共计?|累计|总计|合计|分别|约|的|了|和|与|及|或|将|拟|按|(?:从|由)(?:\\d{4}年(?:底|末)?)?|，`;
/** A share of a whole names no subject either: 占全国44%. */
const SHARE = '(?:占|约占|居|位居)(?:全国|全省|全市|全球|世界)?(?:的)?(?:比重|份额)?';
/** A period before a change names no thing: 五年年均增长5.2%. */
const PERIOD = '[一二三四五六七八九十两]+年(?:来|间)?';
/** A basis with what it was measured against: 比上年预算增加5038亿元. */
const COMPARED_WITH = '(?:比|较)(?:上年|去年|上一年)(?:预算|同期|末|底)?|同比';
const BASIS = `${COMPARED_WITH}|${alternation(CHANGE_BASIS)}`;
/** A time a change or a comparison is counted from (1995年底, “八五”时期, 五年前): a basis, no whole. */
const TIMED_BASIS = `(?:${lexicon.timedBases.times.join('|')})`;
/** The words of a change besides its verb: its basis, period and manner. */
const CHANGE_TERMS = `${BASIS}|${PERIOD}|比\\d{4}年|较\\d{4}年|实际|名义|分别|${alternation(lexicon.timedBases.averages)}|平均|年均|${alternation(lexicon.changeTurns.words)}`;
/** A basis that is a time (比1995年底, 较“十三五”末的). */
const TIMED_BASIS_TERM = `(?:比|较)${TIMED_BASIS}的?`;
/**
 * The change at the end of a label, taken off to leave its subject: 国内生产总值增长 → 国内生产总值. A basis that is a time
 * stays with the subject: 较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6% grows on that basis too.
 */
const CHANGE_END = new RegExp(`(?:${CHANGE_TERMS})*(?:${alternation([...CHANGE_UP, ...CHANGE_DOWN])})$`);
const CHANGE_ONLY = new RegExp(`^(?:${CHANGE_TERMS}|${TIMED_BASIS_TERM})*(?:${alternation([...CHANGE_UP, ...CHANGE_DOWN])}|${SHARE})?$`);
/** A basis that is a time opening a clause, which the subject it is carried to may already end with. */
const TIMED_BASIS_START = new RegExp(`^${TIMED_BASIS_TERM}`);
/** A share of a named whole opens with 占 and leaves the subject to the clause before: 占规模以上工业总产值比重提高到45%. 占地 and 占用 are other words. */
const SHARE_OF = /^(?:约|分别)?占(?!地|用|有|领|据)/;
/** A move from one value or rank to another leaves the subject to the clause before too: 进出口总额达到2.17万亿美元，从世界第六位上升到第三位. */
const FROM_ONLY = /^从/;
/** A multiple of an earlier time (是十年前的3倍) names no thing of its own either. */
const MULTIPLE = `(?:${alternation(lexicon.multiples.words)})(?:${PERIOD}前|\\d{4}年(?:底|末)?|上年|去年|同期)(?:的)?`;
const MULTIPLE_ONLY = new RegExp(`^${MULTIPLE}$`);
const MULTIPLE_END = new RegExp(`${MULTIPLE}$`);
/** A rank said of no thing: 油气当量3.25亿吨、连续5年稳居全国第一; 由全国第11位跃升至第5位. */
const RANK_ONLY = new RegExp(
  `^(?:连续[\\d一二三四五六七八九十]+年)?(?:由|从)?(?:${alternation(RANK_VERBS)})?(?:${alternation(RANK_SCOPES)})(?:的)?$`,
);
/** Clauses that restate or total the previous figure (约合, 总量) or change its stock (新增), each with its rule id. */
const SUBJECTLESS = [lexicon.restatements, lexicon.aggregates, lexicon.stockChanges];
const SUBJECTLESS_ONLY = new RegExp(`^(?:${alternation(SUBJECTLESS.flatMap((list) => list.words))})$`);
/** A comparison with a whole: 高于全国8.8个百分点. */
const COMPARISON_ONLY = new RegExp(
  `^(?:${alternation(lexicon.comparisons.words)})(?:${alternation(lexicon.wholes.words)}|${TIMED_BASIS})?(?:的)?(?:平均水平|平均)?$`,
);
const NOUN_TAGS = new Set(['n', 'zg', 'nz', 'nr', 'ns', 'nt', 'nrt', 'nrfg', 'vn', 'an', 'ng', 'j', 'b', 'eng', 'l', 'i']);
/** Units that count occasions; the activity follows them: 9次专题学习. */
const VERBAL_UNITS = new Set<UnitType>(['times']);
/** Units that classify a noun after them (18家企业); after 14万亿元 comes no counted thing. */
const CLASSIFIER_UNITS = new Set<UnitType>(['count', 'persons', 'person-times', 'times']);
/** Units that count people. */
const PERSON_UNITS = new Set<UnitType>(['persons', 'person-times']);
const CLASSIFIER_WORDS = new Set(Object.keys(UNIT_TYPES).filter((unit) => CLASSIFIER_UNITS.has(UNIT_TYPES[unit]!)));

function tidy(label: string): string {
  return label.replace(/[“”"‘’「」]/g, '').trim();
}

/**
 * The clause before `start`, back to the nearest break (`from`), without earlier figures
 * (`earlier`, in text order, all before `start`) and asides.
 */
function clauseFrom(text: string, from: number, start: number, earlier: Array<[number, number]>): string {
  let first = earlier.length;
  while (first > 0 && earlier[first - 1]![1] > from) first--;
  let clause = '';
  let at = from;
  for (const [s, e] of earlier.slice(first)) {
    if (s >= start) continue;
    clause += text.slice(Math.min(at, s), s);
    at = Math.max(at, e);
  }
  return (clause + text.slice(at, start)).replace(ASIDE, '');
}

/** A level's preposition at the end of a clause, with the verbs of state and the adverbs before it: 稳定在, 持续保持在. */
const LEVEL_AT = new RegExp(`(?:${alternation([...lexicon.levelAt.adverbs, ...lexicon.levelAt.verbs])})*(?:${alternation(lexicon.levelAt.words)})$`);

/** A label without the words that give its figure as a level; a bare preposition only when it is a word of its own (not 现在, 所在). */
function withoutLevelAt(label: string): string {
  const level = LEVEL_AT.exec(label);
  if (!level) return label;
  const bare = lexicon.levelAt.words.includes(level[0]);
  return bare && segmented(label).at(-1)?.text !== level[0] ? label : label.slice(0, level.index);
}

/** A clause cleaned into a label, with the ids of the rules that took words off beyond the fillers. */
export interface Cleaned {
  text: string;
  rules: string[];
}

/** The start of a move at the end of a clause, with the basis it is counted on: 补贴标准从每人每月(202元提高到209元), 支出将由上年(18亿元…). */
const MOVE_START = /[从由]([^，从由的]{1,5})$/;
/** A move between ranks keeps its scope (国内生产总值从世界第六位上升到第四位): the rank is the world's. */
const RANK_START = new RegExp(`^(?:第|${alternation(RANK_SCOPES)})`);

/**
 * A label without the start of a move, when 从 or 由 is a word of its own (not 理由, 自由), no change ends it
 * (由上年增长 is the change's basis) and no rank's scope follows it.
 */
function withoutMoveStart(label: string): string {
  const move = MOVE_START.exec(label);
  if (!move || CHANGE_END.test(move[1]!) || RANK_START.test(move[1]!)) return label;
  const word = segmented(label).find((token) => token.start === move.index);
  return word?.text.length === 1 ? label.slice(0, move.index) : label;
}

const REACHED_VERBS = new Set(lexicon.levelReached.verbs);
const REACHED_ADVERBS = new Set(lexicon.levelReached.adverbs);
const REACHED_BEFORE_VERB = new Set(lexicon.levelReached.beforeVerb);
const COMPLEMENT = new RegExp(`(?:${alternation(lexicon.levelReached.complements)})$`);

/**
 * A label without the verb that brings its thing to the figure's level and the adverbs after it (重组整合至,
 * 从全国第12位跃升至, 跨上, 均): a verb of the lexicon, one ending in 至/到, or a verb with 至/到 after it.
 */
function withoutLevelReached(label: string): string {
  const words = segmented(label);
  // Right before the figure only the adverbs of the lexicon (连续4次 counts occasions); before the verb any adverb (连续迈上, 并延长至).
  const adverbs = (end: number, beforeVerb: boolean) => {
    const adverb = (token: Token) => REACHED_ADVERBS.has(token.text) || (beforeVerb && (REACHED_BEFORE_VERB.has(token.text) || /^[dc]/.test(token.tag)));
    while (end > 0 && adverb(words[end - 1]!)) end--;
    return end;
  };
  let end = adverbs(words.length, false);
  const last = words[end - 1];
  const verb = (token: Token | undefined) => /^v/.test(token?.tag ?? '');
  if (last && REACHED_VERBS.has(last.text)) end = adverbs(end - 1, true);
  else if (last && verb(last) && last.text.length > 1 && COMPLEMENT.test(last.text)) end = adverbs(end - 1, true);
  else if (last && COMPLEMENT.test(last.text) && last.text.length === 1 && verb(words[end - 2])) end = adverbs(end - 2, true);
  // 支出首次超过: a thing jieba reads as a verb stays.
  const kept = words.slice(0, end);
  return end === words.length || kept.every((word) => verb(word)) ? label : kept.map((word) => word.text).join('');
}

const WHOLE_WORD = 'label:whole-word';
/** One filler at either end, for taking them off one at a time. */
const LEADING_ONE = new RegExp(`^(?:${LEADING_WORDS})`);
const TRAILING_ONE = new RegExp(`(?:${TRAILING_WORDS})$`);

/**
 * True when cutting `label` at `at` cuts in two a word of it that `known` accepts. Words jieba glues from
 * characters it does not know (率达/x, 比达/nrt) are no words.
 */
function splitsWord(label: string, at: number, known: (tag: string) => boolean): boolean {
  // 均达 is two words the label may lose (率均达100%): its part before the cut is an adverb of the level.
  return segmented(label).some((token) => token.start < at && token.end > at && known(token.tag) && !REACHED_ADVERBS.has(label.slice(token.start, at)));
}
const KNOWN_WORD = (tag: string) => tag !== 'x' && !tag.startsWith('nr');
/** At the start only a verb is kept whole (共建); 2007年产量 is the output of 2007. */
const KNOWN_VERB = (tag: string) => tag.startsWith('v');

/**
 * A label without the fillers at its ends, each taken off only where a word ends (label:whole-word):
 * 惠及 and 共建 are words, the 及 and the 共 in them no fillers (惠及500多万在校生, 对共建“一带一路”国家进出口).
 */
function withoutFillers(label: string, rules: Set<string>): string {
  for (;;) {
    const end = TRAILING_ONE.exec(label);
    if (end && splitsWord(label, end.index, KNOWN_WORD)) {
      rules.add(WHOLE_WORD);
      break;
    }
    if (!end || end[0] === '') break;
    label = label.slice(0, end.index);
  }
  for (;;) {
    const start = LEADING_ONE.exec(label);
    // 并网: a filler that would leave one character, no filler itself (共向), is the start of a word jieba does not know alone (并网/x).
    const rest = start ? label.slice(start[0].length) : '';
    if (start && (splitsWord(label, start[0].length, KNOWN_VERB) || (rest.length === 1 && !LEADING_ONE.test(rest)))) {
      rules.add(WHOLE_WORD);
      break;
    }
    if (!start || start[0] === '') break;
    label = label.slice(start[0].length);
  }
  return label;
}

/** What may follow a run of years in a label: the rank, level or change its figure gives, and their qualifiers. */
const AFTER_RUN = alternation([...RANK_VERBS, ...RANK_SCOPES, ...LEVEL_VERBS, ...CHANGE_UP, ...CHANGE_DOWN, ...Object.keys(QUALIFIERS_BEFORE)]);
/** A run of years and the verb of state after it, followed only by those (label:period-run): 粮食总产量连续9年(稳定在) → 粮食总产量. */
const PERIOD_RUN = new RegExp(
  `连续[\\d一二三四五六七八九十两]+(?:${alternation(lexicon.periodRuns.counters)})(?:${alternation(lexicon.levelAt.verbs)})?(?=(?:${AFTER_RUN})*$)`,
);

/** A clause cleaned into a label; the caller gets its own copy of the rules, which it may add to. */
export function cleanBefore(clause: string): Cleaned {
  const { text, rules } = cleanedClause(clause);
  return { text, rules: [...rules] };
}

/** What a rate is counted per at a clause's end (提高到人均, 提高到每人每年, 达每10万人): an average word, or 每 with a basis. */
const PER_UNIT_TAIL = new RegExp(
  `(?:${alternation(lexicon.perUnit.averages)}|${lexicon.perUnit.per}[\\d.零〇一二两三四五六七八九十百千万亿]*(?:${alternation(lexicon.perUnit.bases)}))+$`,
);

/** The basis a change is counted on, between its thing and the change (最低收购价平均每50公斤分别提高): label:per-basis-of-change. */
const PER_BASIS_OF_CHANGE = new RegExp(
  `${lexicon.perUnit.per}[\\d.零〇一二两三四五六七八九十百千万亿]+(?:${alternation(UNITS)})(?=(?:${CHANGE_TERMS})*(?:${alternation([...CHANGE_UP, ...CHANGE_DOWN])})$)`,
);
const withRule = ({ text, rules }: Cleaned, rule: string): Cleaned => ({ text, rules: [...rules, rule] });

/**
 * Memoised: a report repeats its clauses (a list's items, a text that repeats itself), each cleaned by a dozen patterns.
 * What a rate is counted per, between its level verb and the figure, is kept after the verb is taken off (label:per-unit):
 * 城乡低保标准提高到每月(815元) → 城乡低保标准每月, not 城乡低保标准提高到每月 nor a name ending on 每.
 */
const cleanedClause = memo((clause: string): Cleaned => {
  const basis = PER_BASIS_OF_CHANGE.exec(clause);
  const whole = basis === null ? cleanedWords(clause) : withRule(cleanedWords(clause.replace(basis[0], '')), lexicon.perBasisOfChange.id);
  const tail = PER_UNIT_TAIL.exec(whole.text);
  if (tail === null || tail.index === 0) return whole;
  // Only where the tail kept the words of the level before it in the label (提高到人均); where the label already lost
  // the tail with them (从每人每月202元提高到209元 → 困难残疾人生活补贴标准), it stays as it was.
  const before = whole.text.slice(0, tail.index);
  const rest = cleanedWords(before);
  if (rest.text === '' || tidy(before).endsWith(rest.text)) return whole;
  return withRule({ text: tidy(rest.text + tail[0]), rules: [...new Set([...whole.rules, ...rest.rules])] }, lexicon.perUnit.id);
});

/** An ordinal opening an item of an enumeration: 三是…, 十一是…. */
const ENUMERATOR = new RegExp(`^(?:${lexicon.enumerators.pattern})`);
const DATE = `(?:${lexicon.moveBetweenTimes.times.join('|')})`;
/** A move dated at both ends closing a label: 生产总值从2020年的(3.68万亿元)增长到2025年的 → 生产总值. */
const MOVE_BETWEEN_TIMES = new RegExp(`[从由]${DATE}的?[\\u4e00-\\u9fff]{1,${lexicon.moveBetweenTimes.verb}}(?:到|至)${DATE}$`);
/** A date closing a label, not one a word before makes a basis or a bound (比1995年, 到2030年). */
const TIME_OF_FIGURE = new RegExp(`(?<!${alternation(lexicon.timeOfFigure.notAfter)}|[\\d年])${DATE}$`);

/**
 * A label without what frames its figure, each adding its rule: the ordinal of its item (三是), a move dated at both
 * ends (从2020年的…增长到2025年的) and the date of the figure (2000年达).
 */
function withoutFrame(label: string, rules: Set<string>): string {
  const enumerated = label.replace(ENUMERATOR, '');
  if (enumerated !== label) rules.add(lexicon.enumerators.id);
  const move = MOVE_BETWEEN_TIMES.exec(enumerated);
  if (move) rules.add(lexicon.moveBetweenTimes.id);
  const moved = move ? enumerated.slice(0, move.index) : enumerated;
  const date = TIME_OF_FIGURE.exec(moved);
  if (!date || date.index === 0) return moved;
  rules.add(lexicon.timeOfFigure.id);
  return moved.slice(0, date.index);
}

/** An aim word opening a label (力争, 确保): the aim the figure is set at, no part of its thing. */
const AIM_START = new RegExp(`^(?:${alternation(lexicon.aims.words)})`);

/**
 * A label without the aim word opening it (label:aim-opens): 力争全省研发经费(180亿元) → 研发经费. The word stays where
 * it is all the label holds (力争 of 力争达到 carries the figure before: AIM_ONLY), where jieba reads it inside a longer
 * word, and where what follows would not name a thing once cleaned: verbs alone (力争分别淘汰), a word of one character
 * that governs what follows (争取到, 力争让), or a filler cut out of a word (确保完成2005年前裁减 → 前裁减).
 */
function withoutAimWord(label: string): string {
  const aim = AIM_START.exec(label);
  if (!aim || segmented(label)[0]?.text !== aim[0]) return label;
  const rest = label.slice(aim[0].length);
  const words = segmented(rest);
  const cleaned = cleanedClause(rest).text;
  const cut = rest.length - cleaned.length;
  const whole = rest.endsWith(cleaned) && words.some((word) => word.start === cut);
  const governs = words[0] !== undefined && words[0].text.length === 1 && /^[vcp]/.test(words[0].tag);
  return cleaned.length < 2 || !whole || governs || isVerbPhrase(cleaned) ? label : rest;
}

function cleanedWords(clause: string): Cleaned {
  const rules = new Set<string>();
  let label = clause;
  let previous = '';
  while (previous !== label) {
    previous = label;
    label = withoutFrame(withoutFillers(label, rules), rules);
    const aimless = withoutAimWord(label);
    if (aimless !== label) rules.add(lexicon.aimOpens.id);
    label = aimless;
    const level = withoutLevelAt(label);
    if (level !== label) rules.add(lexicon.levelAt.id);
    const reached = withoutLevelReached(level);
    if (reached !== level) rules.add(lexicon.levelReached.id);
    const moved = withoutMoveStart(reached);
    if (moved !== reached) rules.add('label:move-start');
    label = moved.replace(PERIOD_RUN, '');
    if (label !== moved) rules.add(lexicon.periodRuns.id);
  }
  return { text: tidy(label), rules: [...rules] };
}

/** True when a label holds no thing, only a change or its basis (比上年增长). */
export function lacksSubject(label: string): boolean {
  return CHANGE_ONLY.test(label) || SHARE_OF.test(label) || SUBJECTLESS_ONLY.test(label) || COMPARISON_ONLY.test(label) || FROM_ONLY.test(label) || RANK_ONLY.test(label) || MULTIPLE_ONLY.test(label);
}

/** Tags that may stand inside a noun phrase: nouns, and verbs, adjectives, suffixes (紧密型) and non-number words that modify one (扩面试点项目). */
const PHRASE_TAGS = /^(?:n|v|a|b|j|l|i|k|eng|zg|m)/;
const NUMERAL_TOKEN = /[\d零〇一二两三四五六七八九十百千万亿]/;
const MAX_PHRASE = 16;
/** Quote marks stand around a name inside a phrase (318个“两重”项目); what they hold is a name, and they are dropped from the label. */
const QUOTE = /^[“”"‘’「」]+$/;
/**
 * Locatives (326项两岸共通标准), places (27个海外仓, 45个林下经济重点县), times (3家国家级夜间文化和旅游消费集聚区) and,
 * before the first noun, words jieba does not know (x) or takes for pronouns (2所本科高校) may modify the noun after them.
 */
const MODIFIER_TAGS = new Set(['f', 's', 't', 'x', 'r']);
/** Of those, the ones that modify only before the first noun: after it, 31个省份本级公务接待费 names another thing. */
const FIRST_MODIFIER_TAGS = new Set(['x', 'r']);
const CHINESE_WORD = /^[\u4e00-\u9fff]+$/;
const NOUN_MODIFIERS = new Set(lexicon.nounModifiers.words);
const CONJUNCTIONS = new Set(lexicon.conjunctions.words);
const UNIT_TAILS = new Set(lexicon.unitTails.words);
const PHRASE_STOPS = new Set(lexicon.phraseStops.words);
const GRADE = new RegExp(`^(?:${lexicon.grades.patterns.join('|')})`);
const LEVEL = new RegExp(`^(?:${lexicon.levels.patterns.join('|')})`);
const SIZE_CLASS_WORD = alternation(lexicon.sizeClasses.words);
const SIZE_CLASS_WORDS: ReadonlySet<string> = new Set(lexicon.sizeClasses.words);
/** A number, its unit and a size class word, between a count and its noun: 3个千万千瓦级新能源基地. */
const SIZE_CLASS = new RegExp(`^[\\d.零〇一二两三四五六七八九十百千万亿]+(?:${alternation(UNITS)})?(?:${SIZE_CLASS_WORD})`);
const SIZE_CLASS_AFTER = new RegExp(`^(?:${SIZE_CLASS_WORD})`);
/** A threshold between a count and its noun, with the bound after it: 3个过三千亿元城市, 4个千亿县, 2.5万名65岁及以上失能老年人. */
const THRESHOLD = new RegExp(
  `^(${alternation(lexicon.thresholds.words)})?([\\d.零〇一二两三四五六七八九十百千万亿]+)(${alternation(UNITS)})?(?:${alternation(Object.keys(QUALIFIERS_AFTER))})?`,
);
const MILESTONE = new RegExp(`^(?:${alternation(lexicon.thresholds.milestones)})`);
const MILESTONE_ONLY = new RegExp(`^新?(?:${alternation(lexicon.thresholds.milestones)})$`);

/** A threshold at the start of `window`: after 过, led by a magnitude, or with a unit that counts no things (46万群众 is a second count). */
function thresholdAt(window: string): string | null {
  const match = THRESHOLD.exec(window);
  if (!match) return null;
  const [text, over, numeral, unit] = match;
  if (unit !== undefined && CLASSIFIER_WORDS.has(unit)) return null;
  if (over === undefined && unit === undefined && !/^[百千万亿]/.test(numeral!)) return null;
  return MILESTONE.test(window.slice(text.length)) ? null : text;
}
const ELIDED_AFTER = new Set(lexicon.elidedNoun.words);
/** How many counts of a list may pass a noun back (6个世界级、7个国家级、9个区域级产业集群): a bound that keeps reading linear. */
const MAX_ELIDED = 6;

/**
 * A grade, a size class or, after a count (`counted`), a threshold at `at` (5A级, 千万千瓦级, 过三千亿元),
 * with the id of the rule that reads it.
 */
function gradeAt(text: string, at: number, counted: boolean): { text: string; rule: string } | null {
  const window = text.slice(at, at + 12);
  const grade = GRADE.exec(window);
  if (grade) return { text: grade[0], rule: lexicon.grades.id };
  // 7个国家级、9个区域级产业集群: a level, whose noun a list may share.
  const level = LEVEL.exec(window);
  if (level) return { text: level[0], rule: lexicon.levels.id };
  const size = SIZE_CLASS.exec(window);
  if (size) return { text: size[0], rule: lexicon.sizeClasses.id };
  const threshold = counted ? thresholdAt(window) : null;
  return threshold ? { text: threshold, rule: lexicon.thresholds.id } : null;
}

/**
 * A number with a unit jieba knows (a q it tags) that no list of units has and that counts no things, right after a count,
 * is a size the counted things have, a threshold (label:threshold-class): 建成20个500千伏输变电工程 counts 500千伏输变电工程.
 */
function measuredSize(after: Token[], from: number): { text: string; rule: string } | null {
  const [numeral, unit] = [after[from], after[from + 1]];
  if (numeral?.tag !== 'm' || !/^\d+$/.test(numeral.text) || unit?.tag !== 'q' || unit.start !== numeral.end || CLASSIFIER_WORDS.has(unit.text)) return null;
  return { text: numeral.text + unit.text, rule: lexicon.thresholds.id };
}

/** The classifiers a count of the same list may end with: 4个过五千亿、北斗应用等4个过千亿新兴产业. */
const NEXT_COUNT = new RegExp(`\\d+(?:${alternation([...CLASSIFIER_WORDS].sort((a, b) => b.length - a.length))})`);

/**
 * For a count whose class (`prefix`) ends at `at` with no noun but a 、, the noun of the next count
 * of the list with a class of its own, after this count's class: 4个过五千亿、…4个过千亿新兴产业 counts 过五千亿新兴产业.
 */
function elidedNoun(text: string, tokens: Token[], at: number, prefix: string, depth = 0): Phrase {
  if (!ELIDED_AFTER.has(text[at] ?? '') || depth >= MAX_ELIDED) return NO_PHRASE;
  let stop = at + 1;
  while (stop < text.length && stop - at < 24 && !LIST_CLAUSE_BREAK.test(text[stop]!)) stop++;
  const next = NEXT_COUNT.exec(text.slice(at + 1, stop));
  if (!next) return NO_PHRASE;
  const after = tokensAfter(text, tokens, at + 1 + next.index + next[0].length);
  const own = after[0] ? gradeAt(text, after[0].start, true) : null;
  if (!own) return NO_PHRASE;
  // 6个世界级、7个国家级、9个区域级产业集群: the next count may share the noun of the one after it.
  const ownEnd = after[0]!.start + own.text.length;
  const phrase = phraseAt(text, after, ownEnd, prefix, lexicon.elidedNoun.id);
  return phrase.text ? phrase : elidedNoun(text, tokens, ownEnd, prefix, depth + 1);
}

/** The noun phrase of `after` that starts at `start`, after `prefix` (a grade, a size class word), or none. */
function phraseAt(text: string, after: Token[], start: number, prefix: string, rule: string): Phrase {
  const next = after.findIndex((token) => token.start === start);
  if (next === -1) return NO_PHRASE;
  const phrase = withoutCutConjunct(text, after, next, phraseFrom(after, next, false), (tokens) => phraseFrom(tokens, next, false));
  return phrase.text ? { ...phrase, text: prefix + phrase.text, rules: [...phrase.rules, rule] } : NO_PHRASE;
}

/** A noun phrase and the ids of the rules that let words into it. */
export interface Phrase {
  text: string;
  rules: string[];
  /** Where the phrase ends in the text. */
  end: number;
  /** True when the figure is a class of size of the phrase's thing (30万千瓦级煤电机组), not an amount. */
  sizeClassOf?: boolean;
  /** Index of the first verb the phrase ran through after its noun (项目/n 进入/v 全国/n), in the tokens it was read from. */
  verbAt?: number;
  /** The phrase up to its noun before verbAt, the thing when the count is its clause's subject (label:subject-before-verb). */
  asSubject?: Phrase;
}
const NO_PHRASE: Phrase = { text: '', rules: [], end: -1 };

/**
 * The noun phrase of tokens from index `from`: words that can modify a noun,
 * up to the last noun among them (verbs are never labels), or for occasion
 * units up to the activity's verb.
 */
function phraseFrom(tokens: Token[], from: number, verbal: boolean, classified = true): Phrase {
  let quoted = false;
  const isNoun = (i: number) => NOUN_TAGS.has(tokens[i]?.tag ?? '');
  const rules = new Set<string>();
  let last = -1;
  let length = 0;
  let verbAt: number | undefined;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > from && token.start !== tokens[i - 1]!.end) break;
    if (QUOTE.test(token.text)) {
      quoted = !quoted;
      continue;
    }
    length += token.text.length;
    if (length > MAX_PHRASE) break;
    if (quoted) {
      last = i;
      continue;
    }
    const beforeNoun = last < from;
    if (!beforeNoun && PHRASE_STOPS.has(token.text)) break;
    const negation = beforeNoun && NOUN_MODIFIERS.has(token.text) && /^[vn]/.test(tokens[i + 1]?.tag ?? '');
    // Words jieba does not know are verbs as often as not (实验室获批建设): after the noun they end it.
    const modifier = (beforeNoun || (isNoun(i + 1) && !FIRST_MODIFIER_TAGS.has(token.tag))) && MODIFIER_TAGS.has(token.tag) && CHINESE_WORD.test(token.text);
    const conjunction = !beforeNoun && CONJUNCTIONS.has(token.text) && isNoun(i + 1);
    // 100个先进/a 级/q 智能工厂: 级 after a word and before a noun finishes a grade, as 型 finishes 紧密型; a classifier to jieba.
    const gradeSuffix = i > from && SIZE_CLASS_WORDS.has(token.text) && /^[anb]/.test(tokens[i - 1]!.tag) && isNoun(i + 1);
    if (negation) rules.add(lexicon.nounModifiers.id);
    else if (conjunction) rules.add(lexicon.conjunctions.id);
    else if (gradeSuffix) rules.add(lexicon.grades.id);
    else if (!modifier) {
      if (!PHRASE_TAGS.test(token.tag) || (token.tag.startsWith('m') && NUMERAL_TOKEN.test(token.text))) break;
      // Before the first noun, verbs may modify it (扩面试点项目); after it, only one right before another noun (城中村改造项目),
      // not a verbal noun (实验室获批建设, 学生享受生活补助), and not one that leads to a place or aim (毕业生到基层就业).
      // After units that do not classify (99%乡镇通三级公路), no one-character verb continues the phrase either.
      const oneCharacterVerb = !classified && token.text.length === 1 && token.tag.startsWith('v');
      const nounNext = isNoun(i + 1) && !(token.tag.startsWith('v') && tokens[i + 1]!.tag === 'vn');
      if (!beforeNoun && !isNoun(i) && (!nounNext || oneCharacterVerb) && !(verbal && token.tag.startsWith('v'))) break;
      // A verb with one word and another verb after it makes that word's kind (川渝共建/v 重点项目 完成/v): the next is the predicate.
      if (!beforeNoun && verbAt === undefined && isVerb(token) && !isVerb(tokens[i + 2])) verbAt = i;
    }
    if (isNoun(i) || (verbal && token.tag.startsWith('v'))) last = i;
  }
  if (last < from) return NO_PHRASE;
  const thing = withoutPredicate(tokens, from, last);
  if (thing !== last) rules.add(PREDICATE_AFTER_NOUN);
  last = thing;
  const phrase: Phrase = { text: tidy(tokens.slice(from, last + 1).map((t) => t.text).join('')), rules: [...rules], end: tokens[last]!.end };
  // A verb with one word after it may make that word's kind (城中村改造项目) unless the phrase stopped short of the
  // clause's end or its next adverb or verb (项目进入全国|5G工厂名录); with more it has an object (学校入选国家双高计划).
  if (verbAt === undefined || verbAt >= last) return phrase;
  const next = tokens[last + 1];
  const headed = last - verbAt === 1 && (!next || next.start !== phrase.end || CLAUSE_BREAK.test(next.text) || isVerb(next) || next.tag === 'd');
  return headed ? phrase : { ...phrase, verbAt };
}

const PREDICATE_AFTER_NOUN = 'label:predicate-after-noun';
/** A 、 list after a conjunct, up to 等 or a count: the items, for listedToEnd. */
const LIST_TO_END = new RegExp(`^、([^，,；;：:。！？!?（(）)《》\\n]*?)(?:${alternation(lexicon.conjunctCut.listEnds)}|\\d)`);
/** Nouns, places and names (ns), the words a list of things is made of. */
const LISTED_THING = /^(?:n|j|l|vn)/;

/** Whether a 、 list of things alone follows `at`, running on to 等 or a count (、上海、广东、陕西等省市; not 、金融机构出台25份). */
function listedToEnd(text: string, at: number): boolean {
  const list = LIST_TO_END.exec(text.slice(at, at + 40));
  return list !== null && segmented(list[1]!).every((token) => token.text === '、' || LISTED_THING.test(token.tag));
}

/** Whether the phrase stopped inside its noun: at its length's cap though a noun follows, or before a locative (滇|中引水). */
function stoppedInside(phrase: Phrase, next: Token | undefined): boolean {
  if (!next || !CHINESE_WORD.test(next.text)) return false;
  return next.tag === 'f' || (NOUN_TAGS.has(next.tag) && phrase.text.length + next.text.length > MAX_PHRASE);
}

/**
 * A counted phrase without its last conjunct when the phrase stopped inside it (label:conjunct-cut): a locative goes on
 * with the name it opens (5件大中型水库和滇|中引水二期骨干等重点水利工程), or a noun past the phrase's length (揭榜挂帅和
 * 产业链|协同攻关项目); or the conjunct opens a 、 list of things the conjunction joins as a whole, closed by 等 or a count
 * (98个中央部门和北京、上海、广东、陕西等省市). `read` reads the phrase again from tokens up to the conjunction.
 */
function withoutCutConjunct(text: string, after: Token[], from: number, phrase: Phrase, read: (tokens: Token[]) => Phrase): Phrase {
  if (!phrase.rules.includes(lexicon.conjunctions.id) || phrase.rules.includes(PREDICATE_AFTER_NOUN)) return phrase;
  const conjunction = after.findLastIndex((token, i) => i > from && token.end <= phrase.end && CONJUNCTIONS.has(token.text));
  const next = after.find((token) => token.start === phrase.end);
  if (conjunction === -1 || !(stoppedInside(phrase, next) || listedToEnd(text, phrase.end))) return phrase;
  const cut = read(after.slice(0, conjunction));
  return cut.text ? { ...cut, rules: [...cut.rules, lexicon.conjunctCut.id] } : phrase;
}
/** Tags of a thing, not of an act said of it (建设/vn) or of a class (国家级/b); jieba takes some nouns for names (智能化/nr). */
const THING_TAGS = /^(?:n(?!r)|j|l|i|eng|zg)/;

/**
 * The last token of a phrase from `from` to `last` without a verbal noun that a verb follows, after a thing
 * (label:predicate-after-noun): 16家高水平医院建设加速推进 counts 高水平医院, 为70万妇女免费开展“两癌”筛查 the women.
 * 城中村改造项目 ends on its thing and keeps its verb.
 */
function withoutPredicate(tokens: Token[], from: number, last: number): number {
  const [next, after] = [tokens[last + 1], tokens[last + 2]];
  // The verb ends the clause or another verb or adverb follows it (建设加速推进): it takes no object of its own (供热改造 is one).
  const ends = !after || after.start !== next!.end || /^(?:v(?!n)|d|u)/.test(after.tag) || after.tag === 'x';
  const predicate = tokens[last]!.tag === 'vn' && isVerb(next) && next!.start === tokens[last]!.end && ends;
  return predicate && last > from && THING_TAGS.test(tokens[last - 1]!.tag) ? last - 1 : last;
}

/** Tokens from `end` to the clause break; when the segmenter glued the figure's classifier to the next word (个州, 多个), the span is read again on its own. */
function tokensAfter(text: string, tokens: Token[], end: number): Token[] {
  let stop = end;
  while (stop < text.length && stop - end < 24 && !CLAUSE_BREAK.test(text[stop]!)) stop++;
  const after = tokensIn(tokens, { start: end, end: stop });
  if (after[0]?.start === end) return after;
  return stop > end ? segmented(text.slice(end, stop)).map((token) => ({ ...token, start: token.start + end, end: token.end + end })) : [];
}


/**
 * The one word between a count and the end of its clause, whatever jieba tags it: what is counted
 * (消费、投资、出口三类需求, where 需求 is read as a verb).
 */
function wordEndingClause(text: string, after: Token[], from: number): Phrase {
  const word = after[from];
  if (!word || after.length !== from + 1 || word.text.length < 2 || !CHINESE_WORD.test(word.text)) return NO_PHRASE;
  return CLAUSE_BREAK.test(text[word.end] ?? '') ? { text: word.text, rules: ['label:word-ending-clause'], end: word.end } : NO_PHRASE;
}

/** A qualifier or a word that finishes the unit, right after a figure: stepped over to the thing counted (10万千瓦及以下燃煤机组, 1243亿元人民币). */
const QUALIFIER_AT = new RegExp(`^(?:${alternation([...Object.keys(QUALIFIERS_AFTER), ...UNIT_TAILS])})`);

/** A classifier in brackets right after a figure's unit, another unit the count may be read in: 超100条（个）幸福河湖. */
const OTHER_UNIT_AT = /^[（(]([^（）()]{1,2})[）)]/;

/**
 * The tokens after a figure, past a qualifier read as text: jieba cuts 及以下 in two (及/c 以下/f) or glues it to the unit (户及/x);
 * and past another classifier in brackets and its qualifier (超100条（个）幸福河湖 counts 幸福河湖).
 */
function tokensPastQualifier(text: string, tokens: Token[], end: number): Token[] {
  const qualified = (at: number) => at + (QUALIFIER_AT.exec(text.slice(at, at + 3))?.[0].length ?? 0);
  const past = qualified(end);
  const other = OTHER_UNIT_AT.exec(text.slice(past, past + 4));
  // 1万台（套）以上: the qualifier may follow the other unit.
  return tokensAfter(text, tokens, other && CLASSIFIER_WORDS.has(other[1]!) ? qualified(past + other[0].length) : past);
}

/**
 * The one verb after a count of people that opens its clause, up to the clause's end: its subject is the people
 * (1334万人参保, label:act-of-persons).
 */
function actOfPersons(text: string, tokens: Token[], end: number): Phrase {
  const after = tokensPastQualifier(text, tokens, end);
  return after[0]?.tag.startsWith(lexicon.actOfPersons.tagPrefix) ? wordEndingClause(text, after, 0) : NO_PHRASE;
}

const PERSONS_ACT_OPENERS = new RegExp(lexicon.actAfterPersons.openerTags);

/**
 * The words after a count of people that a bare verb brings about, up to the clause's end (label:act-after-persons):
 * 带动413万人增收 counts the people whose income rises, 引导约1亿人在中西部地区就近城镇化 those who settle in towns near home.
 * They open on a verb or a preposition (a noun after the count is the thing counted) and hold no number.
 */
function actAfterPersons(text: string, tokens: Token[], end: number): Phrase {
  const after = tokensPastQualifier(text, tokens, end);
  const last = after.at(-1);
  if (!last || !PERSONS_ACT_OPENERS.test(after[0]!.tag) || !endsClause(text, last) || last.end - after[0]!.start > lexicon.actAfterPersons.maxLength) return NO_PHRASE;
  const adjacent = after.every((token, i) => i === 0 || token.start === after[i - 1]!.end);
  const words = after.map((token) => token.text).join('');
  return adjacent && CHINESE_WORD.test(words) ? { text: words, rules: [lexicon.actAfterPersons.id], end: last.end } : NO_PHRASE;
}

/**
 * The noun phrase right after a figure (18家工业源企业, 发行1万亿元抗疫特别国债),
 * or for occasion units its activity. A qualifier and a grade are stepped over
 * (2家5A级景区 counts 5A级景区), and so is another count: 10大类60项民生实事项目
 * counts 民生实事项目 twice. After units that do not classify, the phrase must open with a noun.
 */
export function phraseAfter(text: string, tokens: Token[], end: number, unitType: UnitType): Phrase {
  // 推动30万千瓦级煤电机组“上大压小”: the figure is the size of the things named after its class word.
  const sizeClass = SIZE_CLASS_AFTER.exec(text.slice(end, end + 2));
  if (sizeClass) {
    // Read from after the class word: jieba glues it to the unit or the noun (亿吨级/m, 级冶镁).
    const classEnd = end + sizeClass[0].length;
    const own = phraseAt(text, tokensAfter(text, tokens, classEnd), classEnd, '', lexicon.sizeClasses.id);
    // 1个400亿级、3个100亿级产业名镇: a class followed by 、 shares the noun of the next count's class. With no noun
    // after the class, the figure still counts no thing: an empty label, not the previous figure's.
    return { ...(own.text ? own : elidedNoun(text, tokens, classEnd, '')), sizeClassOf: true };
  }
  const after = tokensPastQualifier(text, tokens, end);
  let from = 0;
  if (after[from]?.tag === 'm' && /^\d/.test(after[from]!.text) && CLASSIFIER_WORDS.has(after[from + 1]?.text ?? '')) from += 2;
  const counted = CLASSIFIER_UNITS.has(unitType);
  const grade = after[from] ? (gradeAt(text, after[from]!.start, counted) ?? (counted ? measuredSize(after, from) : null)) : null;
  if (grade) {
    const classEnd = after[from]!.start + grade.text.length;
    const phrase = phraseAt(text, after, classEnd, grade.text, grade.rule);
    if (phrase.text) return phrase;
    const elided = counted ? elidedNoun(text, tokens, classEnd, grade.text) : NO_PHRASE;
    if (elided.text) return elided;
    // A size class or a number with no noun after it (256家二级及以上公立医疗机构) is read as words of the phrase.
    if (grade.rule === lexicon.grades.id && !LEVEL.test(grade.text)) return phrase;
  }
  if (counted) {
    const right = after[from]?.start === end;
    const opened = right && adverbOpensNoun(after, from) ? phraseFrom(after, from + 1, VERBAL_UNITS.has(unitType)) : NO_PHRASE;
    if (opened.text) return { ...opened, text: after[from]!.text + opened.text, rules: [...opened.rules, lexicon.adverbOpensNoun.id] };
    const named = unitType === 'count' ? (right ? adverbBeforePredicate(text, after, from) : NO_PHRASE) : NO_PHRASE;
    if (named.text) return named;
    const headed = unitType === 'count' ? verbEndingCount(text, after, from) : NO_PHRASE;
    if (headed.text) return headed;
    const verbal = VERBAL_UNITS.has(unitType);
    const read = withoutCutConjunct(text, after, from, phraseFrom(after, from, verbal), (tokens) => phraseFrom(tokens, from, verbal));
    // Cut only a phrase that stopped inside its clause (项目进入全国|5G工厂名录): one running to the clause's end says what
    // the things did whole (29项成果获国家科学技术奖励). A verb after it is the predicate (9项制度创新成果在全国复制推广): the verb
    // inside then makes a kind.
    const rest = after.filter((token) => token.start >= read.end && !QUOTE.test(token.text));
    const stopped = rest.length > 0 && !rest.some(isVerb);
    const cut = read.verbAt === undefined || verbal || !stopped ? NO_PHRASE : phraseFrom(after.slice(0, read.verbAt), from, false);
    const phrase = cut.text ? { ...read, asSubject: cut } : read;
    const bounded = phrase.text ? boundInsideNoun(text, after, phrase) : NO_PHRASE;
    if (bounded.text) return bounded;
    // 1亿人居住的城镇棚户区: people counted do what the clause says; they are not its noun.
    const described = phrase.text || PERSON_UNITS.has(unitType) ? NO_PHRASE : relativeClauseNoun(after, from);
    if (described.text) return described;
    return phrase.text || unitType !== 'count' ? phrase : wordEndingClause(text, after, from);
  }
  const lead = modifiersBeforeNoun(after, from);
  if (!(NOUN_TAGS.has(after[from + lead]?.tag ?? '') || QUOTE.test(after[from]?.text ?? ''))) return magnitudeNoun(text, after, end, unitType);
  // 60%政府举办的基层医疗卫生机构: the noun is the subject of a clause that describes the thing counted.
  const phrase = phraseFrom(after, from + lead, false, false);
  const rest = after.findIndex((token) => token.start >= phrase.end);
  if (rest !== -1 && after[rest]!.tag.startsWith('v') && after[rest + 1]?.text === '的') return NO_PHRASE;
  if (lead === 0 || !phrase.text) return phrase;
  const words = after.slice(from, from + lead).map((token) => token.text).join('');
  return { ...phrase, text: words + phrase.text, rules: [...phrase.rules, MODIFIER_OPENS_NOUN] };
}

/**
 * A count's noun followed by a bound of it and 的 (label:bound-inside-noun): 9个人口20万以上的县 counts 县 whose 人口 passes
 * the bound, so the label is the whole phrase, 人口20万以上的县, up to a verb; none without 的 after the bound or a noun after 的.
 */
function boundInsideNoun(text: string, after: Token[], phrase: Phrase): Phrase {
  const bound = THRESHOLD.exec(text.slice(phrase.end, phrase.end + 12));
  const de = phrase.end + (bound?.[0].length ?? 0);
  if (!bound || text[de] !== '的') return NO_PHRASE;
  const next = after.findIndex((token) => token.start === de + 1);
  // 县建成特殊教育学校: a verb after the thing says what is done there, and the counted phrase ends before it.
  const verb = after.findIndex((token, i) => i > next && token.tag === 'v');
  const thing = next === -1 ? NO_PHRASE : phraseFrom(verb === -1 ? after : after.slice(0, verb), next, false);
  if (!thing.text) return NO_PHRASE;
  return { text: phrase.text + text.slice(phrase.end, de + 1) + thing.text, rules: [...phrase.rules, ...thing.rules, lexicon.boundInsideNoun.id], end: thing.end };
}

const MODIFIER_OPENS_NOUN = 'label:modifier-opens-noun';
const MAGNITUDE_OPENERS: ReadonlySet<string> = new Set(lexicon.magnitudeCountsNoun.openerTags);

/**
 * The noun a bare magnitude counts, as a classifier's (label:magnitude-counts-noun): 保持2300万省外/s 劳动力,
 * 近6000万低保/v 人员, 近20万各/r 民族家庭. With no unit the magnitude wants its noun, whose first word jieba may take
 * for a place, a verb or a pronoun; the phrase is read as after a classifier and must still end on a noun.
 */
function magnitudeNoun(text: string, after: Token[], end: number, unitType: UnitType): Phrase {
  if (unitType !== 'other' || !/[万亿]$/.test(text.slice(end - 1, end)) || !MAGNITUDE_OPENERS.has(after[0]?.tag ?? '')) return NO_PHRASE;
  // An idiom after the noun is its predicate (1000多万高中毕业生顺利完成/l 高考), though jieba's idioms may be nouns.
  const idiom = after.findIndex((token, i) => i > 0 && /^[li]$/.test(token.tag));
  const phrase = phraseFrom(idiom === -1 ? after : after.slice(0, idiom), 0, false);
  if (!phrase.text) return NO_PHRASE;
  return { ...phrase, rules: [...phrase.rules, lexicon.magnitudeCountsNoun.id] };
}

/**
 * Whether the word at `from`, right after a count's classifier, is one jieba reads as an adverb that opens the counted
 * noun, a noun following it (label:adverb-opens-noun): 28个高速/d 服务区/n 出入口. Not one of a character (3个更/d 高水平/nr 园区),
 * nor one opening on a numeral (12.98万户一期/d 工程), nor one before a verb (1.2万户相对/d 集中/v). The caller asks
 * only of a word right after the classifier: past a qualifier the count is a threshold (30户以上自然/d 村寨).
 */
function adverbOpensNoun(after: Token[], from: number): boolean {
  const [word, next] = [after[from], after[from + 1]];
  if (word?.tag !== 'd' || word.text.length < lexicon.adverbOpensNoun.minLength || !CHINESE_WORD.test(word.text) || NUMERAL_TOKEN.test(word.text[0]!)) return false;
  return next?.start === word.end && next.tag.startsWith('n');
}
/** True when no word goes on after `token` in its clause: a clause break or the text's end follows it. */
const endsClause = (text: string, token: Token) => token.end >= text.length || CLAUSE_BREAK.test(text[token.end]!);

/**
 * The word right after a count's classifier that jieba reads as an adverb, when verbs follow it to the clause's end
 * (label:adverb-before-predicate): the count wants a thing, and the verbs are said of it. 4条高速/d 提前/v 建成/v 通车/n
 * counts 高速 (liaoning-gwr-2026); the clause's last word may be a verb jieba tags a noun (通车/n). Not when a noun
 * stands among the verbs (1.2万户相对/d 集中/v 居住/v 农户/n 入住/v: the adverb modifies the verbs before 农户).
 */
function adverbBeforePredicate(text: string, after: Token[], from: number): Phrase {
  const [word, rest] = [after[from], after.slice(from + 1)];
  if (word?.tag !== 'd' || word.text.length < lexicon.adverbOpensNoun.minLength || !CHINESE_WORD.test(word.text) || NUMERAL_TOKEN.test(word.text[0]!)) return NO_PHRASE;
  const verbs = rest.slice(0, -1);
  if (verbs.length === 0 || !verbs.every((token) => /^[vd]$/.test(token.tag)) || !verbs.some((token) => token.tag === 'v')) return NO_PHRASE;
  const adjacent = rest.every((token, i) => token.start === (i === 0 ? word : rest[i - 1]!).end);
  return adjacent && endsClause(text, rest.at(-1)!) ? { text: word.text, rules: [lexicon.adverbBeforePredicate.id], end: word.end } : NO_PHRASE;
}

/** The readings of the words after a count that take a predicate's words for its thing. */
const PREDICATE_READINGS: ReadonlySet<string> = new Set([lexicon.adverbBeforePredicate.id, lexicon.verbEndingCount.id]);

/**
 * A count whose words up to the clause's end are modifiers and a last word jieba reads as a verb (label:verb-ending-count):
 * the count wants a thing, so that word is it, 举措/v of 151项务实/d 举措 (shandong-gwr-2025), 58条改革/vn 举措 (shanghai-gwr-2025),
 * 100项提升/v 举措 (anhui-gwr-2026). The modifiers hold no noun (20家企业/n 上榜/v: the firms are counted, 上榜 said of
 * them); an adverb or a verb may only open them (改革/vn 稳步/d 推进/v is a thing and its predicate).
 */
function verbEndingCount(text: string, after: Token[], from: number): Phrase {
  const words = after.slice(from);
  const head = words.at(-1);
  if (words.length < 2 || !head || head.tag !== 'v' || head.text.length < 2 || !CHINESE_WORD.test(head.text) || !endsClause(text, head)) return NO_PHRASE;
  const rule = lexicon.verbEndingCount;
  const modifier = (token: Token, i: number) => rule.modifierTags.includes(token.tag) || (i === 0 && rule.openerTags.includes(token.tag));
  const adjacent = words.every((token, i) => i === 0 || token.start === words[i - 1]!.end);
  if (!adjacent || !words.slice(0, -1).every(modifier) || !words.every((token) => CHINESE_WORD.test(token.text))) return NO_PHRASE;
  return { text: words.map((token) => token.text).join(''), rules: [rule.id], end: head.end };
}

/**
 * After a count, a clause opened by a verb or an adverb and closed by 的, with the noun phrase after it (label:relative-clause-noun):
 * 5000个已建成自然村的生活污水治理设施 counts 已建成自然村的生活污水治理设施, the clause saying which.
 */
function relativeClauseNoun(after: Token[], from: number): Phrase {
  if (!/^[vd]/.test(after[from]?.tag ?? '') || after[from]!.tag === 'vn') return NO_PHRASE;
  const words = after.slice(from, from + lexicon.relativeClauseNoun.maxWords + 1);
  const de = words.findIndex((token) => token.tag === 'uj' && token.text === '的');
  if (de < 1 || !words.slice(0, de).every((token, i) => CHINESE_WORD.test(token.text) && (i === 0 || token.start === words[i - 1]!.end))) return NO_PHRASE;
  const noun = phraseFrom(after, from + de + 1, false);
  if (!noun.text || after[from + de + 1]!.start !== words[de]!.end) return NO_PHRASE;
  const clause = words.slice(0, de + 1).map((token) => token.text).join('');
  return { ...noun, text: clause + noun.text, rules: [...noun.rules, lexicon.relativeClauseNoun.id] };
}

/** How many words jieba reads as adverbs or adjectives may open a noun phrase: 超/v 长期/d 特别/d 国债资金. */
const MAX_LEAD = 3;

/** An adverb, an adjective or a one-character verb: a word that may modify the noun after it. */
const isModifier = (token: Token | undefined) => token !== undefined && (token.tag === 'd' || token.tag === 'a' || (token.tag === 'v' && token.text.length === 1));

/**
 * How many words from `from` jieba reads as adverbs or adjectives (or a one-character verb) that modify the noun or
 * verbal noun right after them (label:modifier-opens-noun): 1400亿元长期/d 建设/vn 国债, 161.4亿元超/v 长期/d 特别/d 国债资金,
 * 20万平方米旧/a 住房. Before a verb (全面/d 改善/v) they are the predicate's adverbs: none.
 */
function modifiersBeforeNoun(after: Token[], from: number): number {
  let lead = 0;
  while (lead < MAX_LEAD && isModifier(after[from + lead]) && after[from + lead + 1]?.start === after[from + lead]!.end) lead++;
  return lead > 0 && /^(?:n|vn)/.test(after[from + lead]?.tag ?? '') && after.slice(from, from + lead).some((token) => token.tag === 'd' || token.tag === 'a') ? lead : 0;
}

/**
 * The noun phrase after a 的 that follows the figure, with no noun between them
 * (5.5%左右的预期增长目标, 4个过五千亿元的新兴产业); 14亿人的饭碗 is the people's.
 */
export function nounAfterDe(text: string, tokens: Token[], end: number): Phrase {
  const after = tokensAfter(text, tokens, end);
  const de = after.findIndex((token) => token.tag === 'uj' && token.text === '的');
  if (de === -1 || after.slice(0, de).some((token) => NOUN_TAGS.has(token.tag))) return NO_PHRASE;
  return phraseFrom(after, de + 1, false);
}

/**
 * What an amount is spent on, when a verb follows it right away: 投入567亿元办好民生实事, 统筹20亿元实施6个重大科技专项.
 * The verb and the noun phrase of its object, without a count in between.
 */
function purposeAfter(text: string, tokens: Token[], end: number): Phrase {
  const after = tokensAfter(text, tokens, end);
  const verb = after[0];
  if (verb?.start !== end || !isVerb(verb) || verb.text.length < 2) return NO_PHRASE;
  let from = 1;
  if (after[from]?.tag === 'm') from += CLASSIFIER_WORDS.has(after[from + 1]?.text ?? '') ? 2 : 1;
  const object = phraseFrom(after, from, false);
  return object.text ? { ...object, text: verb.text + object.text } : NO_PHRASE;
}

/** A rate named by its suffix (化解率, 办结率), which jieba reads as a verb. */
const RATE_END = new RegExp(`(?:${alternation(lexicon.rateSuffixes.words)})$`);
/** A verb of completion (完成, 完成了, 实现) ending the words cleanBefore took off a clause of verbs alone. */
const COMPLETED_ACTIVITY = new RegExp(`(?:${alternation(lexicon.completedActivity.words)})了?$`);

/** Verbs, adverbs, adjectives and function words: a phrase of only these names no thing. */
const VERB_PHRASE_TAGS = /^(?:v(?!n)|d|a(?!n)|p|c|u)/;

/** Verb phrases that introduce a figure are short; a longer label is taken to name a thing, sparing jieba a call. */
const MAX_VERB_PHRASE = 8;

/** Verbs of building that jieba tags as names or nouns (新开工/nz, 新建/ns): label:stage-verb. */
const STAGE_VERBS: ReadonlySet<string> = new Set(lexicon.stageVerbs.words);
/** A word that acts, as jieba tags it or as label:stage-verb knows it. */
const acts = (token: Token) => token.tag.startsWith('v') || STAGE_VERBS.has(token.text);

/** The rules that read a clause naming no thing (namesNothing, a clause of verbs alone), the ones label:stage-verb decides. */
const NAMES_NOTHING_RULES: ReadonlySet<string> = new Set<LabelRule>([
  'label:noun-after-verb', 'label:noun-after-de', 'label:parallel-predicate', 'label:verb-only', 'label:object-of-earlier-verb',
  'label:purpose-after-figure', 'label:completed-activity', 'label:activity-of-persons', 'label:object-of-clause-before',
]);

/** A label chosen because a clause of label:stage-verb's verbs names no thing (新开工630万套 → 城镇保障性住房新开工) carries its id. */
function withStageVerb(label: ComposedLabel, before: string): ComposedLabel {
  const staged = NAMES_NOTHING_RULES.has(label.rule.split(' ')[0]!) && segmented(before).some((token) => STAGE_VERBS.has(token.text));
  return staged ? { ...label, rule: `${label.rule} ${lexicon.stageVerbs.id}` } : label;
}

/** True when a label is only a verb phrase (稳妥推进, 将继续实施, 今年新开工): it names no thing. */
export function isVerbPhrase(label: string): boolean {
  if (label === '' || label.length > MAX_VERB_PHRASE) return false;
  const words = segmented(label);
  return words.some(acts) && words.every((token) => VERB_PHRASE_TAGS.test(token.tag) || STAGE_VERBS.has(token.text));
}

/** True when the last word of a clause is a verb (设立), not a verbal noun or a noun. */
function endsOnVerb(clause: string): boolean {
  return isVerb(segmented(clause).at(-1));
}

const ATTRIBUTE_END = new RegExp(`(?:${alternation(lexicon.attributes.words)})$`);
const WHOLE_END = new RegExp(`(?:${alternation(lexicon.wholes.words)})$`);

export interface LabelParts {
  before: string;
  /** The rules that took words off the clause before (label:level-at). */
  beforeRules: string[];
  /** The noun phrase right after the figure. */
  after: Phrase;
  /** The noun phrase after a 的 following the figure, for when the clause before names no thing. */
  afterDe: Phrase;
  /** The label of the previous figure in the same sentence, for 比上年增长7.7%, or the subject of a clause between them. */
  previous: string | null;
  /** The rule that chose `previous`: label:carried-subject, or label:clause-subject when a clause between named its own subject. */
  previousRule?: LabelRule;
  /** The thing of the figure right before, in the same unit, whose predicate this figure's clause replaces (开工742个、完工548个). */
  parallel?: string | null;
  /** For an amount of money, what a verb right after it spends it on (投入567亿元办好民生实事). */
  purpose?: Phrase;
  /** For a clause of verbs alone, the object its verb took earlier in the sentence (发行超长期特别国债…，今年先发行1万亿元). */
  earlierObject?: Phrase;
  /** For a clause of verbs alone opening a sentence's figures, the object of the clause right before it (加大保障性安居工程建设力度，今年新开工…). */
  clauseObject?: Phrase;
  /** Whether the figure, past its qualifier, ends its clause (to a comma, not a 、 of a list). */
  endsClause?: boolean;
  /** For a clause of verbs alone, whether a verb of completion opened it (完成置换63万亩), which cleanBefore took off. */
  completed?: boolean;
  /** For a bare verb before people counted, what they do after it (带动413万人增收). */
  act?: Phrase;
  unitType: UnitType;
}

export type LabelRule =
  | 'label:clause'
  | 'label:classified-noun'
  | 'label:activity'
  | 'label:carried-subject'
  | 'label:noun-after-de'
  | 'label:noun-after-verb'
  | 'label:attribute-of-noun-after-de'
  | 'label:share-of-whole'
  | 'label:respectively'
  | 'label:respectively-carried'
  | 'label:respectively-earlier-list'
  | 'label:list-to-run'
  | 'label:size-class'
  | 'label:shared-by-list'
  | 'label:verb-only'
  | 'label:activity-of-persons'
  | 'label:act-of-persons'
  | 'label:completed-activity'
  | 'label:subject-before-comma'
  | 'label:clause-subject'
  | 'label:object-after-figure'
  | 'label:parallel-predicate'
  | 'label:purpose-after-figure'
  | 'label:object-of-earlier-verb'
  | 'label:object-of-clause-before';

/** A label and the ids of the rules that chose its words (the first names how), for tracing a wrong one. */
export interface ComposedLabel {
  label: string;
  rule: string;
}

function composed(label: string, rule: LabelRule, phrase?: { rules: string[] }): ComposedLabel {
  const rules = phrase?.rules.length ? [...new Set([rule, ...phrase.rules])].join(' ') : rule;
  return { label: lastCharacters(label, MAX_LABEL), rule: rules };
}

/**
 * An aim word alone (力争 of 力争达到, the level verb taken off) before a figure ending its clause restates the figure
 * before at a higher aim, its whole label, change and all (地区生产总值增长7%以上、力争达到8%): label:carried-subject's aims.
 * A figure with words after it counts those (确保12.98万户一期工程圆满收官).
 */
const AIM_ONLY = new RegExp(`^(?:${alternation(lexicon.aims.words)})$`);

/** A clause before a figure that names no thing: empty, or verbs alone. */
const namesNothing = (clause: string) => clause === '' || isVerbPhrase(clause);

/**
 * The last `count` characters of a string, a pair of surrogates counting one, as Array.from counts
 * them: read back from the end, without an array of every character of a long clause.
 */
function lastCharacters(text: string, count: number): string {
  let at = text.length;
  for (let read = 0; read < count && at > 0; read++) {
    const pair = at > 1 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2));
    at -= pair ? 2 : 1;
  }
  return text.slice(at);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const COMPARED_WITH_START = new RegExp(`^(?:${COMPARED_WITH})`);

/**
 * The label of a figure whose clause names no thing, from the subject of the figure before (label:carried-subject):
 * 国内生产总值达到56.9万亿元，比上年增长7.7% grows the GDP; after an aim word alone (AIM_ONLY) it is the whole label before. Words the subject already ends with are not said twice:
 * 从全国 of 从全国第13位升至第5位, 较“十三五”末 of 地区生产总值较“十三五”末的(9323.1亿元)，较“十三五”末的…增加.
 */
function carriedSubject(before: string, previous: string, rule: LabelRule): ComposedLabel {
  if (AIM_ONLY.test(before)) return composed(previous, rule);
  const subject = subjectOf(previous);
  const basis = TIMED_BASIS_START.exec(before)?.[0] ?? '';
  const said = basis !== '' && subject.endsWith(basis.replace(/的$/, ''));
  const own = (said ? before.slice(basis.length) : before).replace(COMPARED_WITH_START, '');
  return composed(own !== '' && subject.endsWith(own) ? subject : subject + own, rule);
}

export function composeLabel({
  before,
  beforeRules,
  after,
  afterDe,
  previous,
  previousRule = 'label:carried-subject',
  parallel = null,
  purpose = NO_PHRASE,
  earlierObject = NO_PHRASE,
  clauseObject = NO_PHRASE,
  endsClause = false,
  completed = false,
  act = NO_PHRASE,
  unitType,
}: LabelParts): ComposedLabel {
  if (after.sizeClassOf) return composed(after.text, 'label:size-class', after);
  if (after.text && VERBAL_UNITS.has(unitType)) return composed(before + after.text, 'label:activity', after);
  if (after.text && CLASSIFIER_UNITS.has(unitType)) return composed(after.text, 'label:classified-noun', after);
  // 发行1万亿元抗疫特别国债, 8000多万农业转移人口成为城镇居民: the clause before names nothing, the noun after does.
  // A milestone (迈上3万亿元台阶) is the level the subject passed, no thing of its own.
  if (after.text && !MILESTONE_ONLY.test(after.text) && (namesNothing(before) || (lacksSubject(before) && measureForLabel(before) === null))) {
    return composed(after.text, 'label:noun-after-verb', after);
  }
  // 中央财政安排384亿元救灾款: a clause that ends on its verb leaves the thing to the noun after an amount of money,
  // which completes it (after 4075公里 or 3岁 the noun is rarely what is measured). A milestone after it
  // (跨上3万亿元台阶) is the level the clause's subject passed.
  if (after.text && unitType === 'money' && !MILESTONE.test(after.text) && endsOnVerb(before) && measureForLabel(before) === null) {
    return composed(before + after.text, 'label:object-after-figure', after);
  }
  if (afterDe.text) {
    // 实现5.5%左右的预期增长目标, 软件和研发设计等4个…的新兴产业: what is counted follows the figure.
    if (/等$/.test(before) || namesNothing(before)) return composed(afterDe.text, 'label:noun-after-de', afterDe);
    // 组建总规模1000亿元的省战略性新兴产业投资引导基金: the fund's size.
    const attribute = ATTRIBUTE_END.exec(before);
    if (attribute) return composed(afterDe.text + attribute[0], 'label:attribute-of-noun-after-de', afterDe);
    // 贡献了全国38.7%的贸易增量: a share of the whole's thing.
    if (WHOLE_END.test(before)) return composed(`${before}的${afterDe.text}`, 'label:share-of-whole', afterDe);
  }
  if ((lacksSubject(before) || (endsClause && AIM_ONLY.test(before))) && previous) return carriedSubject(before, previous, previousRule);
  // 稳妥推进55个: a verb introduces the figure but names nothing counted; 新增就业32.7万人 names a measure, 化解率90% a rate.
  if (RATE_END.test(before)) return composed(before, 'label:clause', { rules: [...beforeRules, lexicon.rateSuffixes.id] });
  if (isVerbPhrase(before) && measureForLabel(before) === null) {
    // 带动就地就业36.8万人: the people counted are the ones who do what the verb phrase says; a bare verb (吸引,
    // 覆盖) still names nothing. 完成置换63万亩: what is completed is the work the verbs after 完成 name (实现收入: what 实现 brings about).
    if (PERSON_UNITS.has(unitType) && segmented(before).length > 1) return composed(before, 'label:activity-of-persons');
    // 带动413万人增收: a bare verb names what it brings the people to do, after them.
    if (act.text) return composed(before + act.text, 'label:activity-of-persons', act);
    if (completed) return composed(before, 'label:completed-activity');
    // 投入567亿元办好民生实事: the money is what the verb before gives to the aim after it.
    if (purpose.text) return composed(before + purpose.text, 'label:purpose-after-figure', purpose);
    // 老旧小区改造开工742个、完工548个: the verb is said of the thing of the figure before.
    if (parallel) return composed(parallel + before, 'label:parallel-predicate');
    // 拟连续几年发行超长期特别国债…，今年先发行1万亿元: the verb said again counts the object it took before.
    if (earlierObject.text) return composed(earlierObject.text, OBJECT_OF_EARLIER_VERB, earlierObject);
    // 加大保障性安居工程建设力度，今年新开工700万套: the verb is done to what the clause before acted on.
    return clauseObject.text ? composed(clauseObject.text + before, OBJECT_OF_CLAUSE_BEFORE, clauseObject) : composed('', 'label:verb-only');
  }
  return composed(before, 'label:clause', { rules: beforeRules });
}

/** The endings of a thing's name that name the unit it counts (人口 → 人), by which both rules below read it. */
export const NAMED_UNITS: Readonly<Record<string, string>> = lexicon.unitsNamedBefore.endings;
/** The rules by which a count's noun names the unit its surface does not write: before it (the label's) or after it. */
export const NAMED_UNIT_RULES = { before: lexicon.unitsNamedBefore.id, after: lexicon.unitsNamedAfter.id } as const;
const NAMED_UNIT_END = new RegExp(`(?:${alternation(Object.keys(NAMED_UNITS))})$`);
const CHANGE_WORDS = new Set([...CHANGE_UP, ...CHANGE_DOWN]);

/**
 * The unit of what a label's thing counts, when its last word says it (农村贫困人口减少 counts 人,
 * 医疗旅游人次 人次): the change, adverbs and prepositions after the thing are read past (numeral:unit-named-before).
 */
export function unitNamedBefore(label: string): string | null {
  const words = segmented(label);
  let last = words.length - 1;
  while (last >= 0 && (CHANGE_WORDS.has(words[last]!.text) || /^[dpu]/.test(words[last]!.tag))) last--;
  const end = last >= 0 ? NAMED_UNIT_END.exec(words[last]!.text) : null;
  return end ? NAMED_UNITS[end[0]]! : null;
}

const NAMED_AFTER_REACH: number = lexicon.unitsNamedAfter.reach;
/** Words of one compound noun (农业/n 转移/v 人口/n); a preposition, 的, an adverb or a mark is not one. */
const COMPOUND_TAG = /^[nvab]/;
const THING_AFTER = new RegExp(`^[^\\p{P}\\s\\d]{1,${NAMED_AFTER_REACH + 4}}`, 'u');

/**
 * The unit the thing right after a number's magnitude names (近1400万农业转移人口 counts 人), by the endings
 * of numeral:unit-named-before, and the word that names it; a qualifier (以上) may come between (numeral:unit-named-after).
 */
export function unitNamedAfter(text: string, end: number): { unit: string; word: string } | null {
  const piece = THING_AFTER.exec(text.slice(end, end + NAMED_AFTER_REACH + 4))?.[0] ?? '';
  const words = segmented(piece);
  let length = 0;
  for (const [index, word] of words.entries()) {
    const ending = NAMED_UNIT_END.exec(word.text);
    if (ending) return { unit: NAMED_UNITS[ending[0]]!, word: word.text };
    if (index === 0 && QUALIFIERS_AFTER[word.text]) continue;
    length += word.text.length;
    if (length > NAMED_AFTER_REACH || !COMPOUND_TAG.test(word.tag)) return null;
  }
  return null;
}

/** What a label is about, without the change or the multiple (是1997年) it reports: the subject later figures of the sentence may carry. */
function subjectOf(label: string): string {
  return label.replace(CHANGE_END, '').replace(MULTIPLE_END, '');
}

const RESPECTIVELY = new RegExp(alternation(lexicon.respectively.words));
const SHARED_BY_LIST = new RegExp(`(?<![年人平])(?:${alternation(lexicon.sharedByList.words)})`);
/** 各 right before the figure: 产业强镇各1个. */
const EACH_OF_LIST = new RegExp(`(?:${alternation(lexicon.sharedByList.eachWords)})$`);
const RUN_GAP = new RegExp(`^(?:${alternation([...Object.keys(QUALIFIERS_AFTER), '人民币'])})?(?:${alternation(lexicon.runJoins.words)})$`);
const PAIRS: Readonly<Record<string, string[]>> = lexicon.pairs.words;
const PAIR = new RegExp(alternation(Object.keys(PAIRS)));
const JOIN_IN_ITEM = new RegExp(alternation(lexicon.runJoins.words.filter((word) => word !== '、')));

/** The things of a list before 分别, one per figure of its run; the last may be joined by 和 (卫生和文化事业的支出). */
function listItems(list: string, count: number): string[] | null {
  const items = list.split('、');
  if (items.length === count - 1) {
    const last = items.pop()!;
    const join = JOIN_IN_ITEM.exec(last);
    if (!join) return null;
    items.push(last.slice(0, join.index), last.slice(join.index + join[0].length));
  }
  return items.length === count && items.every((item) => item !== '') ? items : null;
}

/** The things a pair word names, each in the whole list: 城乡居民人均可支配收入 is 城镇居民… and 农村居民…. */
function pairItems(list: string, count: number): string[] | null {
  const pair = list.includes('、') ? null : PAIR.exec(list);
  if (!pair || PAIRS[pair[0]]!.length !== count) return null;
  return PAIRS[pair[0]]!.map((word) => list.slice(0, pair.index) + word + list.slice(pair.index + pair[0].length));
}

/**
 * The words the last item of a list shares with the others: 六大优势产业、…、绿色低碳优势产业增加值
 * share 增加值 (after the word the items end with), 城镇、农村居民人均可支配收入 share
 * 居民人均可支配收入 (after the last item's first word, when the others are one word).
 */
function sharedTail(items: string[]): Tail {
  const last = segmented(items.at(-1)!);
  const ends = items.slice(0, -1).map((item) => segmented(item).at(-1)?.text ?? '');
  let end = last.findIndex((token) => ends.includes(token.text));
  if (end === -1) end = last.findIndex((token) => ends.some((word) => word.at(-1) === token.text.at(-1)));
  if (end !== -1) return { text: last.slice(end + 1).map((token) => token.text).join(''), rules: [] };
  /**
   * A short one-word item (城镇, 教育) modifies the shared words; a long one (单位地区生产总值能耗) is a thing of its own.
   * A four-character word (基础设施) does too when the last item is two words, the first about as long (制造业投资).
   */
  const twoWords = last.length === 2 && last[0]!.text.length >= 3;
  const oneWord = (item: string) => (item.length <= 3 || (item.length === 4 && twoWords)) && segmented(item).length === 1;
  const parallel = items.length > 2 ? items.slice(1, -1).every(oneWord) : oneWord(items[0]!);
  if (parallel && last.length > 1) return { text: sharedInFirstWord(items, last[0]!.text) + last.slice(1).map((token) => token.text).join(''), rules: [] };
  return sharedQuantity(items, last);
}

/** Two words alike but for their numerals: 第一 and 第三, 一 and 三. */
const alikeButNumerals = (a: string, b: string) => a.length === b.length && [...a].every((ch, i) => ch === b[i] || (isNumeralChar(ch) && isNumeralChar(b[i]!)));

/**
 * What the last item's first word holds past the others' like: jieba keeps 第三产业 and 三产 one word, so
 * 第一、第三产业增加值 shares 产业 with 第一 too, 一、二、三产增加值 产 with 一 and 二.
 */
function sharedInFirstWord(items: string[], first: string): string {
  const others = items.slice(0, -1);
  const length = others[0]!.length;
  if (first.length <= length || others.some((item) => !alikeButNumerals(item, first.slice(0, length)))) return '';
  return first.slice(length);
}

/** The words an item of a list takes from the last one, with the rule that gave them. */
interface Tail {
  text: string;
  rules: string[];
}
const NO_TAIL: Tail = { text: '', rules: [] };
const QUANTITY_WORDS: ReadonlySet<string> = new Set(lexicon.sharedQuantity.words);
/** The characters quantity words end on (量, 值, 额): a word ending on one is a quantity too (进口货值, 用水量). */
const QUANTITY_ENDS: ReadonlySet<string> = new Set(lexicon.sharedQuantity.words.map((word) => word.at(-1)!));

/**
 * The quantity word the last item ends on, shared by the others when none ends on a quantity of its own
 * (label:shared-quantity): 太阳能电池、集成电路圆片产量分别增长 grows both products' 产量, where 单位地区生产总值能耗、
 * 二氧化碳排放量 are two quantities, and 进口货值、…、离岛免税销售额 a list of unlike things.
 */
function sharedQuantity(items: string[], last: Token[]): Tail {
  const quantity = last.at(-1)?.text ?? '';
  const ownQuantity = (item: string) => QUANTITY_ENDS.has(segmented(item).at(-1)?.text.at(-1) ?? '');
  if (last.length < 2 || !QUANTITY_WORDS.has(quantity) || items.slice(0, -1).some(ownQuantity)) return NO_TAIL;
  return { text: quantity, rules: [lexicon.sharedQuantity.id] };
}

/** A list clause before a figure: where it starts, and its text without asides. */
interface ListClause {
  from: number;
  region: string;
}

/** The label a list gives a figure: the words of its thing, cleaned, with the rules that cleaned them. */
function labelled(words: string, rule: LabelRule, more: string[] = []): ComposedLabel {
  const cleaned = cleanBefore(words);
  return composed(cleaned.text, rule, { rules: [...cleaned.rules, ...more] });
}

/** A figure's label with the clause before it, which also tells its change, qualifier and modality. */
export interface Labelled extends ComposedLabel {
  clause: string;
}

/** A number read in a sentence, with its unit. */
type SentenceNumber = Span & { unit?: string };

/** What a sentence's labeller knows: its text and numbers, and the figures labelled so far. */
interface LabelledSentence {
  text: string;
  span: Span;
  /** Every number read in the sentence, in text order, with its unit. */
  numbers: SentenceNumber[];
  /** Built at the first figure: most sentences have none. */
  starts: ClauseStarts | null;
  /** The last number kept as a figure; numbers read but refused (六大, years) stand in no list. */
  lastKept: number;
  /** The spans of the figures kept so far, left out of the clauses of later ones. */
  kept: Array<[number, number]>;
  /** Where the last figure that stays in the clauses of later ones starts (10亿元以上制造业项目248个): part of their thing. */
  inPhrase: number;
  /** What each figure kept so far is about, for a later 分别 with no list of its own. */
  subjects: string[];
  /** Labels a 分别 gave figures not yet reached. */
  assigned: Map<number, ComposedLabel>;
  /** The label of the last figure kept. */
  lastLabel: string;
}

const FIGURE_IN_PHRASE = 'label:figure-in-phrase';
/** Marks the amount that bounds the noun after it (超10亿元项目): a threshold, which compare takes for no target. */
export const BOUNDS_NOUN = 'label:bounds-noun';
const BOUND_AFTER = new RegExp(`^(?:${alternation(Object.keys(QUALIFIERS_AFTER))})`);
const BOUND_BEFORE = new Set(lexicon.thresholds.words);

/**
 * True when an amount that is no count bounds the noun after it (每千人口拥有3岁以下婴幼儿托位数,
 * 新引进落地总投资超10亿元项目50个): it stays in the label of a later figure, as part of its thing.
 * An amount of its own before a noun (安排384亿元救灾款和740亿元…) is left out as before, and so is a
 * magnitude that counts the noun after it (完成1000万以上农村贫困人口脱贫任务: numeral:unit-named-after).
 */
function boundsNoun(text: string, number: SentenceNumber, after: Phrase, unitType: UnitType): boolean {
  if (!after.text || CLASSIFIER_UNITS.has(unitType)) return false;
  if (number.unit === undefined && unitNamedAfter(text, number.end)) return false;
  return BOUND_AFTER.test(text.slice(number.end, number.end + 3)) || BOUND_BEFORE.has(text[number.start - 1] ?? '');
}

/** A clause that only moves or sets a level, naming no thing: 由1997年的, 去年达到. */
const MOVE_OR_LEVEL = new RegExp(`^(?:由|从)|(?:${alternation(LEVEL_VERBS)})$`);

/**
 * An unlabelled first figure of a sentence whose clause only moves or sets a level
 * (城镇居民家庭人均可支配收入，由1997年的5160元增加到…) is the thing's of the clause before,
 * when a comma ends it and it ends on a noun.
 */
function subjectBeforeComma(sentence: LabelledSentence, from: number, clause: string): ComposedLabel | null {
  if (!MOVE_OR_LEVEL.test(clause.trim())) return null;
  const subject = earlierList(sentence, from);
  return subject === null ? null : labelled(subject, 'label:subject-before-comma');
}

/** What separates a clause from the one before it in a run of clauses about things: 全省进出口总值创历史新高，达到5379亿元. */
const CLAUSE_SEPARATOR = /[，,、]/;
const RECORD_PREDICATE = new RegExp(alternation(lexicon.recordPredicates.words));

/**
 * The subject of the clause right before the one starting at `clauseStart`, when no figure kept
 * earlier stands in it and it opens with a noun phrase: 外贸实绩企业突破9000家，高新技术企业数量实现翻番、达1.8万家
 * counts 高新技术企业数量, not the thing of the figure before (label:clause-subject).
 */
function clauseSubject(sentence: LabelledSentence, clauseStart: number): string | null {
  const { text, numbers, lastKept } = sentence;
  if (lastKept === -1 || !CLAUSE_SEPARATOR.test(text[clauseStart - 1] ?? '')) return null;
  const from = sentence.starts!.clause(clauseStart - 1);
  if (from < numbers[lastKept]!.end) return null;
  const clause = text.slice(from, clauseStart - 1).replace(ASIDE, '');
  const record = RECORD_PREDICATE.exec(clause);
  const words = segmented(cleanBefore(record ? clause.slice(0, record.index) : clause).text);
  if (!NOUN_TAGS.has(words[0]?.tag ?? '')) return null;
  // As after units that do not classify: a one-character verb (创, 达) ends the subject.
  const phrase = phraseFrom(words, 0, false, false);
  return phrase.text.length >= 2 ? phrase.text : null;
}

/**
 * What may stand between two figures whose clauses share a thing: a separator (开工742个、完工548个), or the rest of
 * the earlier figure's clause and its separator (756件行政法规进行全面清理，废止71件), within the sentence's part (no ；).
 */
const PARALLEL_GAP = /^[^，,、；;。：:]*[、，,]$/;
/** A separator alone, after a qualifier of the earlier figure: 医疗旅游人次86.5万、收入83.9亿元. */
const ADJACENT_GAP = new RegExp(`^(?:${alternation(Object.keys(QUALIFIERS_AFTER))})?[、，,]$`);
/** Units of things a stock of which is built, finished or repealed (个, 件, 亩, 公里): rates, money and people move otherwise. */
const PARALLEL_UNITS = new Set<UnitType>(['count', 'area', 'length', 'weight', 'energy']);

/**
 * The thing of the figure kept right before the clause at `clauseStart`, whose last word the clause's one word
 * (`before`) replaces (label:parallel-predicate). In the same unit of things the word is a verb said of the same
 * thing (开工742个、完工548个; 提请审议地方性法规14部、废止11部): the earlier label without the verbs that open it and
 * the one that ends it. In another unit, right after it, it is another measure of the same thing
 * (医疗旅游人次86.5万、收入83.9亿元): the earlier label without its last noun.
 */
function parallelThing(sentence: LabelledSentence, at: number, clauseStart: number, unitType: UnitType, before: string): string | null {
  const { text, numbers, lastKept, lastLabel } = sentence;
  const last = numbers[lastKept];
  const number = numbers[at]!;
  if (!last) return null;
  // A figure with words after it (实施200个以上节能降碳改造…项目) counts those, read or not.
  const after = BOUND_AFTER.exec(text.slice(number.end, number.end + 3))?.[0].length ?? 0;
  if (!CLAUSE_BREAK.test(text[number.end + after] ?? '。')) return null;
  const gap = text.slice(last.end, clauseStart);
  const words = segmented(lastLabel);
  let first = 0;
  while (first < words.length && isVerb(words[first])) first++;
  let end = words.length;
  if (PARALLEL_UNITS.has(unitType) && last.unit === number.unit) {
    if (!PARALLEL_GAP.test(gap)) return null;
    if (end - first > 1 && isVerb(words.at(-1))) end--;
  } else {
    // After a classifier (维修农村供水工程1800处) the last noun is the thing counted, no measure of it.
    const measured = last.unit === undefined || !CLASSIFIER_WORDS.has(last.unit);
    if (!measured || !ADJACENT_GAP.test(gap) || segmented(before).length !== 1 || end - first < 2 || !NOUN_TAGS.has(words.at(-1)!.tag)) return null;
    end--;
  }
  // 城镇保障性住房基本/n 建成470万套、新开工630万套: an adverb jieba tags as a noun (a phrase stop) is no part of the thing.
  while (end > first && PHRASE_STOPS.has(words[end - 1]!.text)) end--;
  const thing = words.slice(first, end);
  const joined = thing.map((word) => word.text).join('');
  return thing.some((word) => NOUN_TAGS.has(word.tag)) && !lacksSubject(joined) ? joined : null;
}

const OBJECT_OF_EARLIER_VERB: LabelRule = 'label:object-of-earlier-verb';

/**
 * The noun phrase right after the same verb as the one that ends a clause of verbs alone (`before`), said earlier in
 * the sentence, before any figure (label:object-of-earlier-verb): 从今年开始拟连续几年发行超长期特别国债…，今年先发行1万亿元
 * counts 超长期特别国债 (state-council-gwr-2024).
 */
function objectOfEarlierVerb(sentence: LabelledSentence, tokens: Token[], clauseStart: number, before: string): Phrase {
  const verb = segmented(before).at(-1);
  if (!isVerb(verb) || verb!.text.length < 2) return NO_PHRASE;
  const { span, numbers, lastKept } = sentence;
  const end = lastKept === -1 ? clauseStart : Math.min(clauseStart, numbers[0]!.start);
  const said = tokensIn(tokens, { start: span.start, end }).find((token) => token.text === verb!.text);
  // Read as after an amount: the object opens with a noun (应用开发 is no object counted).
  return said ? phraseAfter(sentence.text, tokens, said.end, 'money') : NO_PHRASE;
}

const OBJECT_OF_CLAUSE_BEFORE: LabelRule = 'label:object-of-clause-before';

/** Whether a figure, past a qualifier (以上), ends its clause: a comma or a full stop follows, not a 、 of a list or words it counts. */
function endsItsClause(text: string, { end }: SentenceNumber): boolean {
  return LIST_CLAUSE_BREAK.test(text[end + (BOUND_AFTER.exec(text.slice(end, end + 3))?.[0].length ?? 0)] ?? '。');
}
const EFFORT_HEAD = new RegExp(`(?:${alternation(lexicon.objectOfClauseBefore.effortHeads)})$`);

/**
 * The object of the clause right before the clause at `clauseStart`, for a clause of one verb (`before`) that no figure of
 * the sentence precedes and whose figure ends it (label:object-of-clause-before): that clause is a verb, after adverbs
 * only, and a noun phrase up to its comma, what the bare verb is done to. Words after the figure (提升15分钟健身圈, 出台43条、
 * 16条具体举措) are what it counts, read or not. An effort word ending it (加大…建设力度) says how hard, not what: it goes,
 * with the activity it is of (加大保障性安居工程建设力度，今年新开工700万套以上 → 保障性安居工程新开工).
 */
function objectOfClauseBefore(sentence: LabelledSentence, tokens: Token[], at: number, clauseStart: number, before: string): Phrase {
  const { text, numbers, lastKept } = sentence;
  if (lastKept !== -1 || !/[，,]/.test(text[clauseStart - 1] ?? '') || segmented(before).length !== 1) return NO_PHRASE;
  if (!endsItsClause(text, numbers[at]!)) return NO_PHRASE;
  const from = sentence.starts!.clause(clauseStart - 1);
  const words = tokensIn(tokens, { start: from, end: clauseStart - 1 });
  const verb = words.findIndex((token) => token.tag !== 'd');
  if (verb === -1 || !isVerb(words[verb]) || words[0]!.start !== from) return NO_PHRASE;
  const object = phraseAfter(text, tokens, words[verb]!.end, 'money');
  if (object.end !== clauseStart - 1) return NO_PHRASE;
  const effort = EFFORT_HEAD.exec(object.text);
  if (!effort) return object;
  const kept = segmented(object.text.slice(0, effort.index));
  while (kept.length > 1 && kept.at(-1)!.tag === 'vn') kept.pop();
  return { ...object, text: kept.map((token) => token.text).join('') };
}

/** True when a figure kept earlier starts at or after `from`: figures are kept in text order, so the last one tells. */
function figureSince({ numbers, lastKept }: LabelledSentence, from: number): boolean {
  return lastKept !== -1 && numbers[lastKept]!.start >= from;
}

/** The list clause before a figure, or null when a figure kept earlier stands in it: it is that figure's. */
function listClause(sentence: LabelledSentence, start: number): ListClause | null {
  const from = sentence.starts!.list(start);
  return figureSince(sentence, from) ? null : { from, region: sentence.text.slice(from, start).replace(ASIDE, '') };
}

/** The run of figures from `first` joined only by 、 and 和: 5.6%和13.1%. */
function runFrom({ text, numbers }: LabelledSentence, first: number): number[] {
  const run = [first];
  for (let i = first + 1; i < numbers.length; i++) {
    if (!RUN_GAP.test(text.slice(numbers[i - 1]!.end, numbers[i]!.start))) break;
    run.push(i);
  }
  return run;
}

/** Labels for a run opened by 分别 in the list clause before `first`, or nothing when its list does not match the run. */
function respectively(sentence: LabelledSentence, first: number, { from, region }: ListClause): void {
  const word = RESPECTIVELY.exec(region);
  if (!word) return carriedInOrder(sentence, first, region);
  const run = runFrom(sentence, first);
  if (run.length < 2) return;
  const { subjects, assigned } = sentence;
  const verb = region.slice(word.index + word[0].length);
  const own = region.slice(0, word.index);
  // 较“十三五”时期分别增长: a basis alone names no thing either, and stays with the verb.
  const ownBasis = cleanBefore(own).text;
  if (lacksSubject(ownBasis) && subjects.length >= run.length) {
    const carried = subjects.slice(-run.length);
    run.forEach((at, k) => assigned.set(at, labelled(carried[k]! + ownBasis + verb, 'label:respectively-carried')));
    return;
  }
  const list = ownBasis === '' ? earlierList(sentence, from) : own;
  const paired = list === null ? null : pairItems(list, run.length);
  const items = list === null ? null : (paired ?? listItems(list, run.length));
  if (!items) return;
  // 其中城镇、农村居民收入: the list's first item without the words that open the clause, when it is more than those.
  items[0] = items[0]!.replace(LEADING_FILLER, '') || items[0]!;
  const tail = paired ? NO_TAIL : sharedTail(items);
  const rule = list === own ? 'label:respectively' : 'label:respectively-earlier-list';
  run.forEach((at, k) => assigned.set(at, k === run.length - 1 ? labelled(items[k]! + verb, rule) : labelled(items[k]! + tail.text + verb, rule, tail.rules)));
}

/**
 * A run of figures whose clause names no thing but a change (平均每年实际增长4.7%和5.7%) takes, as after 分别, the things of
 * as many different figures before it, in order (label:respectively-carried): 农村居民人均纯收入和城镇居民人均可支配收入，
 * 2000年分别达到2253元和6280元，平均每年实际增长4.7%和5.7% (state-council-gwr-2001), not the last thing for both.
 */
function carriedInOrder(sentence: LabelledSentence, first: number, region: string): void {
  const run = runFrom(sentence, first);
  const own = cleanBefore(region).text;
  const carried = sentence.subjects.slice(-run.length);
  if (run.length < 2 || own === '' || !lacksSubject(own) || carried.length < run.length || new Set(carried).size < run.length) return;
  // A figure before that names nothing leaves its figure of the run nothing either: the subject carried on is another's.
  run.forEach((at, k) => sentence.assigned.set(at, labelled(carried[k] ? carried[k] + own : '', 'label:respectively-carried')));
}

/** The clause before the list clause that starts at `from`, when a comma ends it, no figure kept stands in it and it ends on a noun: a list of things, not a clause of its own (…集群从无到有). */
function earlierList(sentence: LabelledSentence, from: number): string | null {
  const { text, span } = sentence;
  if (from <= span.start || !/[，,]/.test(text[from - 1]!)) return null;
  const start = sentence.starts!.list(from - 1);
  if (figureSince(sentence, start)) return null;
  const list = text.slice(start, from - 1).replace(ASIDE, '');
  // 全国研究与试验开发经费/vn，从1997年的509亿元…: a verbal noun ends a list of things too.
  return /^(?:n|vn)/.test(segmented(list).at(-1)?.tag ?? '') ? list : null;
}

/**
 * A list of two things joined by 和 alone (城镇和农村人均住房面积32.9平方米、37.1平方米): it opens on a thing, not on a
 * verb or a preposition (认真落实省第十一次党代会和省委十一届六次、七次全会 is no list of the two figures).
 */
function pairOfThings(region: string): boolean {
  return JOIN_IN_ITEM.test(region) && NOUN_TAGS.has(segmented(region.replace(LEADING_FILLER, ''))[0]?.tag ?? '');
}

/**
 * Labels for a run of as many figures as the list before it has things, with no 分别 (label:list-to-run):
 * 原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米 gives each figure its thing, in order.
 */
function listToRun(sentence: LabelledSentence, first: number, { region }: ListClause): void {
  if (!(region.includes('、') || pairOfThings(region)) || RESPECTIVELY.test(region) || SHARED_BY_LIST.test(region)) return;
  const run = runFrom(sentence, first);
  const items = run.length < 2 ? null : listItems(region, run.length);
  if (!items) return;
  items[0] = items[0]!.replace(LEADING_FILLER, '') || items[0]!;
  const tail = sharedTail(items);
  run.forEach((at, k) => sentence.assigned.set(at, k === run.length - 1 ? labelled(items[k]!, 'label:list-to-run') : labelled(items[k]! + tail.text, 'label:list-to-run', tail.rules)));
}

/** One figure for every thing of a list in the clause before it: 单位国内生产总值能耗、水耗均下降20%以上. */
function sharedByList({ region }: ListClause): ComposedLabel | null {
  const word = EACH_OF_LIST.exec(region) ?? SHARED_BY_LIST.exec(region);
  if (!word || !region.slice(0, word.index).includes('、')) return null;
  return labelled(region.slice(0, word.index) + region.slice(word.index + word[0].length), 'label:shared-by-list');
}

/** Where a list of words sharing what follows may start: a sentence's or a clause's start, not after an aside or a quote. */
const LIST_HEAD_START = new RegExp(`[${lexicon.listHead.startAfter}]`);

/**
 * A clause cleaned into a label, with the list of single words before it that share what follows (label:list-head):
 * 新建、改造高标准农田500万亩 builds and renovates the fields the figure counts, so its label is 新建、改造高标准农田, not
 * 改造高标准农田; 襄阳、宜昌经济总量突破6000亿元 is said of both. Every item of the list, back to a clause's start, is one
 * word, and the clause goes on past its first word; 建成A、改造B are phrases of their own. The cleaned clause must
 * keep its first word. A list whose first item is a verb and a word (新增黄石、咸宁、天门等全国文明城市) shares a thing:
 * the clause must not open on a verb, and the verb is left out.
 */
function withListHead(before: Cleaned, sentence: LabelledSentence, clauseStart: number): Cleaned {
  const { text, span } = sentence;
  if (text[clauseStart - 1] !== '、') return before;
  const from = sentence.starts!.list(clauseStart - 1);
  if ((from > span.start && !LIST_HEAD_START.test(text[from - 1]!)) || figureSince(sentence, from)) return before;
  const items = text.slice(from, clauseStart - 1).split('、');
  const words = (item: string) => (item.length <= lexicon.listHead.maxWord * 2 && CHINESE_WORD.test(item) ? segmented(item) : []);
  const oneWord = (item: string) => item.length <= lexicon.listHead.maxWord && words(item).length === 1;
  const first = segmented(before.text)[0];
  if (!first || first.text === before.text || !text.startsWith(before.text, clauseStart) || !items.slice(1).every(oneWord)) return before;
  const opening = words(items[0]!);
  // One verb of a word of its own, not a character jieba cut off a name (磨/v 憨); 开展留守/v 儿童 is no verb and a word.
  const verbThenWord = !isVerb(first) && opening.length === 2 && isVerb(opening[0]) && opening[0]!.text.length > 1 && oneWord(opening[1]!.text);
  if (!oneWord(items[0]!) && !verbThenWord) return before;
  // The verb stays out of the label, as it stayed out of the last item's (新增黄石、咸宁、天门等全国文明城市12个，总数达到22个).
  const list = verbThenWord ? [opening[1]!.text, ...items.slice(1)] : items;
  return { text: `${list.join('、')}、${before.text}`, rules: [...before.rules, lexicon.listHead.id] };
}

const EXISTENTIAL = new Set(lexicon.subjectBeforeVerb.existential);
const GOVERNING_TAGS: ReadonlySet<string> = new Set(['l', 'x']);
/**
 * A count no verb of its clause governs is the subject of the verb after its noun (label:subject-before-verb):
 * 34个项目进入全国5G工厂名录 counts 项目; 改造20个城中村改造项目 keeps the verb that modifies its noun.
 */
function countedSubject(after: Phrase, before: string): Phrase {
  if (!after.asSubject?.text) return after;
  // The word before the list's first count, adverbs and punctuation aside: a verb inside a name (绿色石化、智能制造/v
  // 4个集群) or an earlier item (2个矿山修复/v 项目、3个…成果入选) governs nothing. A verb governs, and so do a set
  // phrase and a word jieba does not know (全面完成/l, 获批/x), most often verbs.
  const words = segment(before);
  const firstCount = words.findIndex((token) => token.tag === 'm');
  const lead = words.slice(0, firstCount === -1 ? words.length : firstCount).filter((token) => token.tag !== 'd' && CHINESE_WORD.test(token.text)).at(-1);
  const governed = lead !== undefined && !EXISTENTIAL.has(lead.text) && (isVerb(lead) || STAGE_VERBS.has(lead.text) || GOVERNING_TAGS.has(lead.tag));
  if (governed) return after;
  return { ...after.asSubject, rules: [...after.asSubject.rules, lexicon.subjectBeforeVerb.id] };
}

/**
 * The labels one sentence gives its figures. Beyond what composeLabel reads around
 * each figure, a sentence hands a list of figures to a list of things with 分别
 * (诉求解决率、满意率分别达96.7%和97%), to the figures before it (城镇居民人均可支配收入11759元，
 * 农村居民人均纯收入3587元，分别增长10.4%和7.4%), or one figure to a whole list with 均.
 * `numbers` are every number read in the sentence, in text order; call the labeller
 * with the index of each number kept as a figure, in order.
 */
/** A sentence opening on its topic and 要 (包钢集团要全力突围，…): the plans of its later clauses are the topic's. */
const TOPIC_WANTS = /^([^，；：。、]{2,8}?)要(?![求素点闻件])/;

/**
 * A label the aim word was taken off (label:aim-opens) in a later clause of a sentence opening on its topic and 要
 * names what it counts of that topic (label:topic-of-aim): 蒙能集团要当好…，力争电力总装机超过4500万千瓦 → 蒙能集团电力总装机,
 * not the region's. The topic is nouns alone; one the label already opens with is not said twice (乳业要…，力争乳业产业链产值).
 */
function withTopicOfAim(before: Cleaned, { text, span }: LabelledSentence, clauseStart: number): Cleaned {
  if (!before.rules.includes(lexicon.aimOpens.id) || clauseStart <= span.start) return before;
  const topic = TOPIC_WANTS.exec(text.slice(span.start, clauseStart))?.[1];
  // A name jieba does not know (蒙能/x) is a noun too.
  const noun = (word: Token) => (NOUN_TAGS.has(word.tag) && word.tag !== 'vn') || (word.tag === 'x' && /^[\u4e00-\u9fff]+$/.test(word.text));
  if (!topic || before.text.startsWith(topic) || !segmented(topic).every(noun)) return before;
  return { text: topic + before.text, rules: [...before.rules, lexicon.topicOfAim.id] };
}

export function sentenceLabeller(text: string, tokens: Token[], span: Span, numbers: SentenceNumber[]) {
  const sentence: LabelledSentence = { text, span, numbers, starts: null, lastKept: -1, kept: [], inPhrase: -1, subjects: [], assigned: new Map(), lastLabel: '' };
  let previous: string | null = null;
  return (at: number, unitType: UnitType): Labelled => {
    const number = numbers[at]!;
    sentence.starts ??= clauseStarts(text, span);
    const clauseStart = sentence.starts.clause(number.start);
    const clause = clauseFrom(text, clauseStart, number.start, sentence.kept);
    const list = sentence.assigned.has(at) ? null : listClause(sentence, number.start);
    if (list) respectively(sentence, at, list);
    if (list && !sentence.assigned.has(at)) listToRun(sentence, at, list);
    const before = withTopicOfAim(withListHead(cleanBefore(clause), sentence, clauseStart), sentence, clauseStart);
    if (sentence.inPhrase >= clauseStart) before.rules.push(FIGURE_IN_PHRASE);
    // The verb of a 、 list's first item governs its every count (新建105家…中心、240个农村邻里互助养老服务点).
    const after = countedSubject(phraseAfter(text, tokens, number.end, unitType), text.slice(sentence.starts.list(number.start), number.start));
    const composedLabel = (): ComposedLabel => {
      // 1334万人参保: people counted at the start of a clause are the subject of the one verb after them.
      const act = before.text === '' && !after.text && PERSON_UNITS.has(unitType) ? actOfPersons(text, tokens, number.end) : NO_PHRASE;
      if (act.text) return composed(act.text, 'label:act-of-persons');
      const verbsAlone = isVerbPhrase(before.text);
      // A count opening its clause after its thing was named (项目20个，12个已经/d 完成验收) is the subject of the words after it:
      // they are its predicate, not a thing label:adverb-before-predicate or label:verb-ending-count may read. Not an item
      // of a list (推出三批政策清单、151项务实举措: the verb's objects).
      const opensClause = before.text === '' && previous !== null && sentence.starts!.list(number.start) === clauseStart;
      const predicate = opensClause && after.rules.some((rule) => PREDICATE_READINGS.has(rule));
      // Only a figure its clause gives by a verb (达到5379亿元) is the subject's; one that opens its clause is not.
      const subject = previous !== null && clause.trim() !== '' && lacksSubject(before.text) ? clauseSubject(sentence, clauseStart) : null;
      const own = composeLabel({
        before: before.text,
        beforeRules: before.rules,
        after: predicate ? NO_PHRASE : after,
        afterDe: nounAfterDe(text, tokens, number.end),
        previous: subject ?? previous,
        previousRule: subject === null ? 'label:carried-subject' : 'label:clause-subject',
        // Read only for a clause of verbs alone, the one that needs them.
        parallel: verbsAlone ? parallelThing(sentence, at, clauseStart, unitType, before.text) : null,
        purpose: verbsAlone && unitType === 'money' ? purposeAfter(text, tokens, number.end) : NO_PHRASE,
        act: verbsAlone && PERSON_UNITS.has(unitType) ? actAfterPersons(text, tokens, number.end) : NO_PHRASE,
        earlierObject: verbsAlone ? objectOfEarlierVerb(sentence, tokens, clauseStart, before.text) : NO_PHRASE,
        clauseObject: verbsAlone ? objectOfClauseBefore(sentence, tokens, at, clauseStart, before.text) : NO_PHRASE,
        endsClause: endsItsClause(text, number),
        completed: verbsAlone && clause.endsWith(before.text) && COMPLETED_ACTIVITY.test(clause.slice(0, clause.length - before.text.length)),
        unitType,
      });
      return (own.label === '' && previous === null ? subjectBeforeComma(sentence, clauseStart, clause) : null) ?? withStageVerb(own, before.text);
    };
    const label = sentence.assigned.get(at) ?? (list ? sharedByList(list) : null) ?? composedLabel();
    sentence.lastKept = at;
    const bounds = boundsNoun(text, number, after, unitType);
    if (bounds) sentence.inPhrase = number.start;
    else sentence.kept.push([number.start, number.end]);
    sentence.subjects.push(subjectOf(label.label));
    sentence.lastLabel = label.label;
    previous = label.label || previous;
    return { label: label.label, rule: bounds ? `${label.rule} ${BOUNDS_NOUN}` : label.rule, clause };
  };
}
