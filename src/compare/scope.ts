// Whether an outcome counts what its target counts: an addition of the year or a total, the
// same object, one measure or several summed, the whole or a part, the year or several.
// A verdict of met or missed is given only when it does; otherwise the rule that saw the
// difference makes it unclear (ids in lexicon/scope.json).
import type { Analysis, Figure, FigureSide, Token } from '../types.js';
import { MEASURES, SCOPE_WORDS as CATALOGUE_SCOPE } from '../measures/index.js';
import { alternation } from '../extract/lexicon.js';
import { segment } from '../segment/jieba.js';
import { memo } from '../memo.js';
import { canonicalLabel, labelTerms, shortForm, withoutPayer } from './measures.js';
import { sideOf } from './sides.js';
import { MULTI_YEAR } from './periods.js';
import scope from './lexicon/scope.json' with { type: 'json' };

export interface ScopeDifference {
  rule: string;
  reason: string;
  /**
   * The verdict the difference cannot overturn where more is better: a part or a narrower set at or
   * past the target (met), a sum of several short of it (missed).
   */
  keeps: 'met' | 'missed' | null;
}

/** What a check finds: why the scopes differ, and the verdict that still holds. */
type Found = { reason: string; keeps: ScopeDifference['keeps'] } | null;
const found = (reason: string | null, keeps: ScopeDifference['keeps'] = null): Found => (reason === null ? null : { reason, keeps });

/** A side with where its figure stands in its sentence: a surface may stand there twice (GDP and retail sales 增长5.5%). */
export interface PlacedSide extends FigureSide {
  at: number;
}

export function placedSide(analysis: Analysis, figure: Figure): PlacedSide {
  const sentence = analysis.sentences[figure.sentence];
  return { ...sideOf(analysis, figure), at: sentence ? figure.start - sentence.start : 0 };
}

/** The words of a figure's sentence before its number. */
const textBefore = (side: PlacedSide) => side.sentence.slice(0, Math.max(0, side.at));

/** The words of a figure's clause before its number (年末城镇调查失业率降到 of …，年末城镇调查失业率降到5.5%). */
export function clauseBefore(side: PlacedSide): string {
  const before = textBefore(side);
  return before.slice(before.search(/[^，,；;]*$/));
}

/** The clause's words after the last figure listed before this one (累计建成…4397万亩、推广…面积超: 推广…面积超). */
const ownClause = (side: PlacedSide) => {
  const clause = clauseBefore(side);
  return clause.slice(clause.search(/[^\d、]*$/));
};

/** Catalogue names that hold a scope word (城镇新增就业): they name the measure, not its scope. */
const MEASURE_NAMES = new RegExp(alternation([...new Set(MEASURES.flatMap((m) => m.aliases))]), 'g');
const A_MEASURE_NAME = new RegExp(MEASURE_NAMES.source);
const OPENING_ADDITION = new RegExp(`^(?:${alternation(scope.added.added)})`);

/** What a side says of itself: its label and its own clause, without the names of catalogue measures but an addition they open with (新增减税降费). */
const wordsOf = (side: PlacedSide) => `${side.label}|${ownClause(side)}`.replace(MEASURE_NAMES, (name) => `${OPENING_ADDITION.exec(name)?.[0] ?? ''}|`);

const has = (words: readonly string[], text: string) => words.find((word) => text.includes(word));

const PERCENT = /^[-+]?[\d.]+(?:%|％|个百分点)/;

/** What a side counts: the year's addition, a total as it stands, or neither said. */
function countKind(side: PlacedSide): { kind: 'added' | 'total'; word: string } | null {
  const words = wordsOf(side);
  const added = has(scope.added.added, words);
  if (added) return { kind: 'added', word: added };
  const total = has(scope.added.total, words);
  return total ? { kind: 'total', word: total } : null;
}

/** A catalogue name that opens with an addition (新增减税降费): its plain name (减税降费, 为市场主体减负) counts the whole. */
const ADDED_NAME = new RegExp(`(?:${alternation(scope.added.added)})(?:${MEASURE_NAMES.source})`);

function addedVersusTotal(target: PlacedSide, actual: PlacedSide): Found {
  // A rate is neither an addition nor a total.
  if (PERCENT.test(target.surface) || PERCENT.test(actual.surface)) return null;
  const [wanted, stated] = [countKind(target), countKind(actual)];
  const addedName = ADDED_NAME.exec(`${target.label}|${ownClause(target)}`)?.[0];
  if (addedName && !stated && A_MEASURE_NAME.test(actual.label) && !ADDED_NAME.test(`${actual.label}|${ownClause(actual)}`)) {
    return found(`the target counts what is added (${addedName}), the outcome the whole ("${actual.label}")`);
  }
  if (!wanted || !stated || wanted.kind === stated.kind) return null;
  return found(`the target counts ${wanted.kind === 'added' ? 'what is added' : 'a total'} (${wanted.word}), the outcome ${stated.kind === 'added' ? 'what is added' : 'a total'} (${stated.word})`);
}

const NAME_TAGS = new Set(scope.object.nameTags);
/** jieba tags some words of scope as places (新建/ns): they are no names. */
const NOT_NAMES = new Set([...scope.object.notNames, ...scope.added.added, ...scope.added.total]);

/**
 * The places, persons and quoted names a side names in its label and own clause (兰州中川机场: 兰州;
 * “湘商回归”); not those of earlier clauses, which set the scene (深入实施“人工智能+”行动，…).
 */
function namesOf(side: PlacedSide): Set<string> {
  const text = `${side.label}|${ownClause(side)}`;
  const quoted = [...text.matchAll(/[“"「]([^”"」]+)[”"」]/g)].map((m) => m[1]!);
  const tagged = segment(text.replace(/[“"「][^”"」]+[”"」]/g, '|'))
    .filter((token) => NAME_TAGS.has(token.tag) && token.text.length > 1 && !NOT_NAMES.has(token.text))
    .map((token) => token.text);
  return new Set([...quoted, ...tagged]);
}

/** Words that say where or when, not what: the catalogue's (全国, 今年, 力争) and the whole of a place or of origins (国内外: words:whole). */
const SCOPE_WORDS: ReadonlySet<string> = new Set([...CATALOGUE_SCOPE, ...scope.words.whole.words]);

/** A term that can narrow a name: a noun or a distinguishing word (标杆, 大型), not 以上 of 规模以上. */
const QUALIFIER_TAG = /^(?:n|b)/;

/**
 * The target's name with a word inside it the outcome's lacks (智能制造[标杆]企业), or the other way
 * round: the outcome's terms, in order, within the target's, and a qualifier left between the first and last;
 * not one the wider side's sentence says before its number (`said`), which its label left out.
 */
function narrowedBy(wider: string[], narrower: string[], said = ''): string | null {
  let at = -1;
  const positions: number[] = [];
  for (const term of wider) {
    at = narrower.indexOf(term, at + 1);
    if (at < 0) return null;
    positions.push(at);
  }
  if (positions.length < 2) return null;
  return qualifierIn(narrower.slice(positions[0], positions.at(-1)! + 1), wider, said);
}

/** The terms that narrow a name, joined, which the wider side's terms and `said` lack; null when none. */
function qualifierIn(terms: string[], wider: string[], said = ''): string | null {
  // A single character is what is left of a cut word (值 of 增加值), no qualifier; a word of scope says where the
  // whole is (占全省比重), not a narrower kind.
  const narrowing = terms.filter((term) => !wider.includes(term) && !said.includes(term) && term.length > 1 && !SCOPE_WORDS.has(term) && segment(term).every((token) => QUALIFIER_TAG.test(token.tag)));
  return narrowing.length > 0 ? narrowing.join('') : null;
}

/**
 * A catalogue measure the outcome names that the target's label names after a qualifier the outcome's lacks
 * (海洋生产总值增长 for 生产总值增长): the target counts a part of what the measure counts.
 */
function measureNarrowed(target: string, actual: string): string | null {
  if (!actual.match(MEASURE_NAMES)?.some((alias) => target.includes(alias))) return null;
  // The word right before the target's first catalogue name: 地区 of 全省地区生产总值 is in one (地区生产总值), and
  // a name after 占 is the whole a share is of (教育经费支出占国内生产总值), no word narrowing it.
  return qualifierIn(labelTerms(target.slice(0, A_MEASURE_NAME.exec(target)!.index)).slice(-1), labelTerms(actual));
}

/**
 * The qualifier a target's label names that an outcome's, otherwise the same, leaves out (智能制造[标杆]企业 for 新增智能制造企业):
 * the outcome counts a wider kind, whose count past the target says nothing of the narrower one asked; null when none.
 */
export const countsWider = (target: PlacedSide, actual: PlacedSide) => narrowedBy(labelTerms(actual.label), labelTerms(target.label));

const NOUN_TAG = /^n/;

/** Whether a label names what is counted (老旧小区, 城镇新增就业), not only an act (投资, 实施, 遴选打造). */
const namesObject = (label: string) =>
  A_MEASURE_NAME.test(label) || segment(label).some((token) => NOUN_TAG.test(token.tag) && !NOT_NAMES.has(token.text));

/** The words after a figure up to the clause's next break (250亿元建设现代煤化工…: 建设现代煤化工). */
const textAfter = (side: PlacedSide) => {
  const after = side.sentence.slice(side.at + side.surface.length);
  return after.slice(0, after.search(/[，,；;。、]|$/));
};

/** What a target counts when its label names only an act: the first noun after its number (实施1000个项目: 项目). */
function objectAfter(side: PlacedSide): string | null {
  return segment(textAfter(side)).find((token) => NOUN_TAG.test(token.tag) && !NOT_NAMES.has(token.text))?.text ?? null;
}

/** Words that say how (继续, 稳步) or how much (规模, 水平), not what is counted: lexicon words.manner and words.measure. */
export const MANNER: readonly string[] = scope.words.manner.words;
/** Words that count what a year adds (新增, 新建): lexicon scope:added-vs-total. */
export const ADDED_WORDS: readonly string[] = scope.added.added;
const HOW_MUCH: readonly string[] = scope.words.measure.words;
const NOT_HEADS = new Set([...scope.object.notHeads.words, ...MANNER, ...HOW_MUCH, ...SCOPE_WORDS]);
// A single character is what is left of a cut word (值 of 增加值), no head.
const namesThing = (term: string) => !NOT_HEADS.has(term) && term.length > 1;
/** The last term of a label that names a thing (绿电园区项目: 项目; 经济增长预期目标: not 目标; 参保人数: not 人数). */
const headOf = (terms: string[]) => terms.filter(namesThing).at(-1);
/** A label's head, read in its terms. */
export const labelHead = (label: string) => headOf(labelTerms(label));

export const WORDS_APART_RULE = scope.words.apart.id;
/** Words that may stand anywhere in one label and not the other: where the whole is (全省, 国内外), how (继续). */
const LOOSE: ReadonlySet<string> = new Set([...scope.words.whole.words, ...MANNER]);

/** Words of how much that end a label (高新技术企业总量, 电力装机容量), read as characters: jieba keeps 装机容量 one word. */
const HOW_MUCH_AT_END = new RegExp(`(?:${alternation(HOW_MUCH)})+$`);

/** A label's terms without the words of how much that end it and its loose words (电力装机容量: 电力 装机), and the words left out. */
function coreOf(label: string): { core: string[]; left: string[] } {
  const end = HOW_MUCH_AT_END.exec(label)?.[0] ?? '';
  const terms = labelTerms(label.slice(0, label.length - end.length));
  const left = terms.filter((term) => LOOSE.has(term));
  return { core: terms.filter((term) => !LOOSE.has(term)), left: end === '' ? left : [...left, end] };
}

/**
 * The words two labels differ by when they name the same thing a word apart (接待国内外游客, 接待游客: 国内外;
 * 高新技术企业总量, 高新技术企业数量: 总量、数量), lexicon words:apart; null when they differ by another word,
 * or by none, or what remains names no thing (建设规模, 建设).
 */
export function wordsApart(a: string, b: string): string[] | null {
  const [one, other] = [coreOf(a), coreOf(b)];
  if (one.core.join('|') !== other.core.join('|') || !one.core.some((term) => namesThing(term) && !NOT_OBJECT.has(term))) return null;
  const apart = [...one.left.filter((word) => !other.left.includes(word)), ...other.left.filter((word) => !one.left.includes(word))];
  return apart.length > 0 ? apart : null;
}

export const SAME_UNIT_OBJECT_RULE = scope.sameUnitObject.id;
const OBJECT_UNIT_TYPES: ReadonlySet<string> = new Set(scope.sameUnitObject.unitTypes);
const GENERIC_UNITS: ReadonlySet<string> = new Set(scope.sameUnitObject.genericUnits);
/** Whether a unit says what is counted (公里, 万亩, 套, 人次): not a rate, money, nor a count any object has (个, 项, 家). */
export const countsObject = (unit: string, unitType: string) => unit !== '' && OBJECT_UNIT_TYPES.has(unitType) && !GENERIC_UNITS.has(unit);
/** Words of manner made of a noun and 化 that open a label, said before an act (清单化项目化 of 清单化项目化改造). */
const MANNER_BY_ENDING = new RegExp(`^(?:\\p{Script=Han}{2}${scope.sameUnitObject.mannerEnding})+`, 'u');
/** Words of doing and of manner as jieba tags them (verbs, adverbs, set phrases: 更新改造/l); a noun or a distinguishing word (新型/b) makes a kind. */
const ACT_TAG = /^(?:v|d|ad|l)/;
const ACT_WORDS: ReadonlySet<string> = new Set([...MANNER, ...scope.added.added, ...scope.objectWords.ignored]);
const isAct = (token: Token) => ACT_TAG.test(token.tag) || ACT_WORDS.has(token.text);

/** The words of doing of a part of a label, manner left out, or null when it holds a word of another kind (选派企业: 企业). */
export function actsOf(part: string): string[] | null {
  const tokens = segment(part.replace(MANNER_BY_ENDING, ''));
  return tokens.every(isAct) ? tokens.map((token) => token.text).filter((word) => !MANNER.includes(word)) : null;
}

/**
 * Whether an outcome's label names what a target's label acts on (scope:same-unit-object): the outcome's label,
 * without the words of how much that end it and the target's acts that open it, is inside the target's
 * (燃气管网 of 清单化项目化改造燃气管网; 医疗旅游人次 of 接待医疗旅游; 更新住宅老旧电梯 of 更新改造住宅老旧电梯), and the
 * target's other words are of manner and doing, no noun of a narrower kind (选派企业 of 选派企业科技特派员). The
 * target's acts the outcome's clause is still to say (改造 of 清单化项目化改造; none when the outcome's label opened
 * on one), or null when the outcome's label is not the target's object so.
 */
export function actOnObject(targetLabel: string, actualLabel: string): string[] | null {
  const counted = actualLabel.replace(HOW_MUCH_AT_END, '');
  // Most labels end on words the target's lacks: asked first, before the label is cut (targets ask it of every figure alike).
  if (!targetLabel.includes(counted.slice(-2))) return null;
  const tokens = segment(counted);
  // The outcome's own words of manner (有序) open it as the target's may not.
  const opening = tokens.findIndex((token) => !MANNER.includes(token.text) && !(isAct(token) && targetLabel.includes(token.text)));
  const object = opening < 0 ? '' : actualLabel.slice(tokens[opening]!.start, tokens.at(-1)!.end);
  const at = targetLabel.indexOf(object);
  if (object.length < 2 || at < 0 || !namesObject(object)) return null;
  const [before, after] = [actsOf(targetLabel.slice(0, at)), actsOf(targetLabel.slice(at + object.length))];
  if (!before || !after) return null;
  // An outcome opening on an act of the target's says it itself (更新 of 更新改造).
  return tokens.slice(0, opening).some((token) => !MANNER.includes(token.text)) ? [] : [...before, ...after];
}

/** The administrative levels a side names (国家级, 省级), in the lexicon's order. */
const levelsOf = (side: PlacedSide) => scope.object.levels.filter((level) => wordsOf(side).includes(level)).join('、');

function otherObject(target: PlacedSide, actual: PlacedSide): Found {
  if (!namesObject(target.label)) {
    const object = objectAfter(target);
    // With nothing after its number either (大规模扩招100万人), the act is all there is to compare.
    if (object !== null && !`${actual.label}|${textAfter(actual)}`.includes(object)) {
      return found(`the target's label names no object ("${target.label}"), and what follows its number (${object}) is not the outcome's`);
    }
  }
  const [wanted, stated] = [namesOf(target), namesOf(actual)];
  if (wanted.size > 0 && stated.size > 0 && ![...wanted].some((name) => stated.has(name))) {
    return found(`the target names ${[...wanted].join('、')}, the outcome ${[...stated].join('、')}`);
  }
  const [wantedLevels, statedLevels] = [levelsOf(target), levelsOf(actual)];
  if (wantedLevels && statedLevels && wantedLevels !== statedLevels) return found(`the target is of ${wantedLevels}, the outcome of ${statedLevels}`);
  if (A_MEASURE_NAME.test(target.label) && A_MEASURE_NAME.test(actual.label)) {
    // Two names of measures count alike unless the target's qualifies the outcome's (海洋生产总值 for 生产总值).
    const part = measureNarrowed(target.label, actual.label);
    return found(part && `the target counts only ${part} ones ("${target.label}"), the outcome all ("${actual.label}")`, 'missed');
  }
  const [targetTerms, actualTerms] = [labelTerms(target.label), labelTerms(actual.label)];
  // 绿电园区 vs 绿电园区项目: the outcome counts a thing of the target's, named right after it (not 小区改造惠及群众).
  const [targetHead, actualHead] = [headOf(targetTerms), headOf(actualTerms)];
  const named = actualTerms.filter(namesThing);
  // Not an act the target names too, said after the object (“高效办成一件事”上线 for 上线“高效办成一件事”).
  if (targetHead && actualHead && targetHead !== actualHead && named.at(-2) === targetHead && !targetTerms.includes(actualHead)) {
    return found(`the outcome counts ${actualHead} of ${targetHead} ("${actual.label}"), the target ${targetHead}`);
  }
  const narrower = narrowedBy(actualTerms, targetTerms);
  if (narrower) return found(`the target counts only ${narrower} ones ("${target.label}"), the outcome all ("${actual.label}")`, 'missed');
  // 延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%: the plan named 研发费用 once, before its label (scope:said-before).
  const part = narrowedBy(targetTerms, actualTerms, textBefore(target));
  return found(part && `the outcome counts only ${part} ones ("${actual.label}"), the target all ("${target.label}")`, 'met');
}

/** Words that do not say what is counted: acts, manner, how much, scope, additions and totals. */
const NOT_OBJECT = new Set([...scope.objectWords.ignored, ...MANNER, ...HOW_MUCH, ...SCOPE_WORDS, ...scope.added.added, ...scope.added.total]);
/** …nor, for a scope check, what ends a label without naming a thing (目标, 比重): object.notHeads. */
const NOT_OBJECT_NOR_HEAD = new Set([...NOT_OBJECT, ...NOT_HEADS]);
/** Punctuation and quotes, which a label drops and a clause keeps (“两通工程”项目). */
const MARKS = /[\p{P}\s]/gu;

/**
 * The words of what a target counts: its label's terms and those after its number up to the clause break
 * (4000家企业提档升级: 企业 提档 升级; 城市建成区50%以上面积达到海绵城市建设标准: … 海绵城市 标准), not
 * past a number or the 为 of 以…为 (以办好10件民生实事为牵引: 民生实事); the words of how much that end the label are
 * cut as characters, since jieba keeps some in one word with what they measure (电力装机容量: 电力 装机).
 */
function objectTerms(side: PlacedSide, left: ReadonlySet<string>): string[] {
  const terms = (text: string) => labelTerms(shortForm(text)).filter((term) => !left.has(term) && term.length > 1);
  const after = textAfter(side);
  return [...new Set([...terms(countedPart(side.label).replace(HOW_MUCH_AT_END, '')), ...terms(after.slice(0, after.search(/\d|为|$/)))])];
}

const EXAMPLES_END = new Set(scope.objectWords.examplesEnd.words);

/** The part of a label after a list of examples (智能终端等数字经济核心产业增长: 数字经济核心产业增长); cut once per label, as labelTerms is: a target's label is read against every candidate outcome. */
const countedPart = memo((label: string): string => {
  const tokens = segment(label);
  const end = tokens.findLastIndex((token) => EXAMPLES_END.has(token.text));
  return end < 0 ? label : label.slice(tokens[end]!.end);
});

/** A text as object terms are looked for in it: canonical and short forms, without punctuation. */
export const objectForm = (text: string) => shortForm(canonicalLabel(text)).replace(MARKS, '');

const FIRST_CHARACTERS_RULE = scope.words.firstCharacters.id;

/**
 * Two words a text names by their first characters, a word of its own (户用、厕所 by 卫生户厕普及率: 户厕), as
 * reports shorten a name of two words (words:first-characters): those of `missing` next to each other so named.
 */
function namedByFirstCharacters(missing: string[], stated: string): Set<string> {
  const named = new Set<string>();
  // Segmenting is asked for only when the text holds a pair of first characters at all (seldom).
  const pairs = missing.slice(1).map((next, i) => [missing[i]!, next, `${missing[i]![0]}${next[0]}`] as const).filter(([, , short]) => stated.includes(short));
  if (pairs.length === 0) return named;
  const words = jiebaWords(stated);
  for (const [word, next, short] of pairs) if (words.has(short)) [word, next].forEach((w) => named.add(w));
  return named;
}

/** The words of a text as jieba cuts it. */
const jiebaWords = memo((text: string): ReadonlySet<string> => new Set(segment(text).map((token) => token.text)));

/** The target's object terms that a text does not hold, read in canonical and short forms. */
export function missingIn(terms: string[], text: string): string[] {
  const stated = objectForm(text);
  const missing = terms.filter((term) => !stated.includes(term));
  const shortened = namedByFirstCharacters(missing, stated);
  return missing.filter((term) => !shortened.has(term));
}

const targetObjects = new WeakMap<PlacedSide, string[]>();

/**
 * The words of what a target counts (再压减钢铁产能: 钢铁 产能), with the word that ends its label: where a review
 * speaks of it. Read once per side: a target's are asked for each candidate outcome.
 */
export function targetObject(target: PlacedSide): string[] {
  let terms = targetObjects.get(target);
  if (!terms) targetObjects.set(target, (terms = objectTerms(target, NOT_OBJECT)));
  return terms;
}

/**
 * Whether an outcome's own label names every word, two at least, of what the target counts, what ends
 * its label included (新开外贸航线: 外贸 航线 in 新开辟外贸航线; not 数字经济规模 by 数字经济核心产业增加值,
 * whose 规模 says how much, not what; not 占比 by 增长):
 * it answers the target however else the label is worded. Not its clause, which may name the words
 * for other figures (新能源产业、装备制造业增加值分别增长…).
 */
export function namesEveryWord(target: PlacedSide, actual: PlacedSide): boolean {
  const terms = targetObject(target);
  if (terms.length < 2) return false;
  const missing = missingIn(terms, `${actual.label}|${textAfter(actual)}`);
  // A word of the kind of count (天然气产量) is named by its kind anywhere in the clause (生产原油…、天然气);
  // the clause's kinds are read only when such a word is missing (the outcome's clause is read for each target).
  if (!missing.some((term) => KIND_WORDS.has(term))) return missing.length === 0;
  const kinds = kindsOf(actual);
  const unsaid = missing.filter((term) => !scope.countKind.kinds.some(({ kind, words }) => kinds.has(kind) && words.includes(term)));
  return unsaid.length === 0;
}

/** Words that make what follows them in a label the whole a share is of (税收占一般公共预算收入比重): lexicon object.headCounted. */
const WHOLE_OF = new RegExp(`(?:${alternation(scope.object.headCounted.wholeOf)})[^、，,]*$`);

/** The words of what a label counts, without who pays (中央财政: a payer qualifies no thing) nor what says how much. */
export const labelObject = (label: string) => labelTerms(shortForm(withoutPayer(countedPart(label)).replace(HOW_MUCH_AT_END, ''))).filter((term) => !NOT_OBJECT_NOR_HEAD.has(term) && term.length > 1);

/**
 * Whether an outcome's label counts the thing a target's label counts, measured otherwise (verdict:named-other-measure
 * and kin): it names the target's head as what it counts, with no noun of its own after it (养老机构护理型床位 counts
 * 床位, not 机构) and not as the whole a share is of (税收占一般公共预算收入比重); where the target's label has other words
 * of its object, the word right before the head is one of them, a qualifier of it (自治区重大项目开工 for 自治区层面统筹推进
 * 重大项目; not 新增国家级临床重点专科项目 for 省重点技改项目), and at least half of them are named (每万人高价值发明专利拥有量
 * for 每万人口高价值发明专利拥有量). Whether a head alone tells is the caller's to say.
 */
export function countsHeadOf(targetLabel: string, head: string, actualLabel: string): boolean {
  // Read as the head is, with synonyms replaced (跨境电商进出口: 进出口总额); asked first, as most labels do not hold the head.
  const label = canonicalLabel(actualLabel);
  const at = label.indexOf(head);
  if (at < 0 || WHOLE_OF.test(label.slice(0, at))) return false;
  const nouns = labelObject(actualLabel);
  if (!nouns.includes(head)) return false;
  if (segment(label.slice(at + head.length)).some((token) => NOUN_TAG.test(token.tag) && nouns.includes(token.text))) return false;
  const others = labelObject(targetLabel).filter((term) => !head.includes(term));
  const qualifier = nouns[nouns.indexOf(head) - 1];
  const named = others.filter((term) => nouns.includes(term)).length;
  return others.length === 0 || (qualifier !== undefined && others.includes(qualifier) && named >= others.length / 2);
}

const SHARE_WORDS = new RegExp(alternation(scope.shareVsChange.words));

/**
 * Whether a figure is a share of a whole (工业投资占固定资产投资比重) where the target, not a share, states a change
 * (工业投资增长10%以上): scope:share-vs-change, another figure than the target's.
 */
export function shareForChange(target: Figure, figure: Figure, targetChanges: boolean): boolean {
  const share = (label: string) => SHARE_WORDS.test(canonicalLabel(label));
  return targetChanges && figure.change === null && share(figure.label) && !share(target.label);
}

export const OBJECT_WORDS_RULE = scope.objectWords.id;

/**
 * The words of what an outcome counts that the target does not say (清洁能源发电装机规模 for 清洁能源装机: 发电):
 * an outcome matched by the target's words alone may count a narrower thing, whose shortfall says nothing.
 */
export function namesMore(target: PlacedSide, actual: PlacedSide): string[] {
  return missingIn(objectTerms(actual, NOT_OBJECT_NOR_HEAD), `${target.label}|${ownClause(target)}|${textAfter(target)}`);
}

/** What an outcome says of what it counts, for scope:object-words: a word named earlier in its sentence is the scene its figure stands in (陵水黎安国际教育创新试验区初具规模，…在园师生达1万人). */
const sceneOf = (actual: PlacedSide) => `${actual.label}|${textBefore(actual)}|${textAfter(actual)}`;

function objectWords(target: PlacedSide, actual: PlacedSide): Found {
  if (A_MEASURE_NAME.test(target.label) && A_MEASURE_NAME.test(actual.label)) return null;
  const missing = missingIn(objectTerms(target, NOT_OBJECT_NOR_HEAD), sceneOf(actual));
  return found(missing.length > 0 ? `the outcome ("${actual.label}") does not name ${missing.join('、')} of the target ("${target.label}")` : null);
}

const SAID_BEFORE_RULE = scope.object.saidBefore.id;

/**
 * The rules of naming that made two sides count the same where their words differ, for the reason of the verdict
 * they let stand: a name shortened to first characters (words:first-characters), a qualifier the plan said before
 * its label (scope:said-before).
 */
export function namingRules(target: PlacedSide, actual: PlacedSide): string[] {
  const stated = objectForm(sceneOf(actual));
  const shortened = namedByFirstCharacters(objectTerms(target, NOT_OBJECT_NOR_HEAD).filter((term) => !stated.includes(term)), stated).size > 0;
  const [targetTerms, actualTerms] = [labelTerms(target.label), labelTerms(actual.label)];
  const saidBefore = narrowedBy(targetTerms, actualTerms) !== null && narrowedBy(targetTerms, actualTerms, textBefore(target)) === null;
  return [...(shortened ? [FIRST_CHARACTERS_RULE] : []), ...(saidBefore ? [SAID_BEFORE_RULE] : [])];
}

/** The kinds of count a side names in its label and whole clause (勘探新增…储量: reserves; 生产: output). */
/** Every word of a kind of count (scope:count-kind). */
const KIND_WORDS = new Set(scope.countKind.kinds.flatMap(({ words }) => words));

function kindsOf(side: PlacedSide): Set<string> {
  const text = `${side.label}|${clauseBefore(side)}`;
  return new Set(scope.countKind.kinds.filter(({ words }) => has(words, text)).map(({ kind }) => kind));
}

function countKindDiffers(target: PlacedSide, actual: PlacedSide): Found {
  const [wanted, stated] = [kindsOf(target), kindsOf(actual)];
  if (wanted.size === 0 || stated.size === 0 || [...wanted].some((kind) => stated.has(kind))) return null;
  return found(`the target counts ${[...wanted].join('、')}, the outcome ${[...stated].join('、')}`);
}

const EXCLUDING = new RegExp(scope.excluding.pattern);

/** The outcome leaves a part out (扣除房地产开发投资后) that the target keeps. */
function excluding(target: PlacedSide, actual: PlacedSide): Found {
  // The words leaving out open the sentence, a clause of their own (扣除房地产开发投资后，固定资产投资增长2.7%).
  const left = EXCLUDING.exec(textBefore(actual))?.[0];
  return found(left && !textBefore(target).includes(left) ? `the outcome is stated ${left}` : null);
}

/** Words joining two names (煤炭和天然气, 国家级及省级). */
export const JOINER_WORDS: readonly string[] = scope.combined.joiners;
const JOINERS = new Set(JOINER_WORDS);

/** The end every text shares, when it leaves each two characters of its own (集团 of 四川能源发展集团、数据集团), else none. */
export function sharedEnd(texts: string[]): string {
  let end = '';
  for (let n = 1; texts.every((text) => text.length >= n + 2 && text.endsWith(texts[0]!.slice(-n))); n++) end = texts[0]!.slice(-n);
  return end;
}
/** What after a joiner makes a level and those above or below it (地级及以上城市): one thing, no second name. */
const NOT_JOINED = new Set(scope.combined.notJoined.words);

/**
 * Two names joined in a label (煤炭和天然气, 国家级和省级), by whole words: 惠及 joins nothing, nor 和 of 和美乡村;
 * nor names the other side joins alike (为企业和个人减税 and 为企业和个人减税降费: who gains, on both sides), nor a level
 * and those above it (地级及以上城市).
 */
function joinedIn(label: string, other: string): string | null {
  const tokens = segment(label);
  const named = (i: number) => (tokens[i]?.text.length ?? 0) >= 2 && !NOT_JOINED.has(tokens[i]!.text);
  const joins = tokens.flatMap((token, i) => (JOINERS.has(token.text) && named(i - 1) && named(i + 1) ? [tokens.slice(i - 1, i + 2).map((t) => t.text).join('')] : []));
  return joins.find((join) => !other.includes(join)) ?? null;
}

function singleVersusCombined(target: PlacedSide, actual: PlacedSide): Found {
  const stated = `${actual.label}|${ownClause(actual)}`;
  if (has(scope.combined.each, stated)) return null;
  const wanted = `${target.label}|${ownClause(target)}`;
  // The target is combined too (减轻企业税收和社保缴费负担).
  if (joinedIn(target.label, stated) || scope.combined.compounds.some(({ whole }) => wanted.includes(whole))) return null;
  // 交通、能源、水利完成投资5400多亿元: the names may be listed in a clause of one figure, the label keeping
  // the last; not names given as examples (西部矿业、能源发展集团等6家企业), nor items listed before the
  // figure's own (五大道公园、设计公园和85个口袋公园: the clause ends on the joiner, the number counts what follows it).
  const clause = clauseBefore(actual);
  const ownItem = [...JOINERS].some((joiner) => clause.endsWith(joiner));
  const joined = joinedIn(actual.label, wanted) ?? (/\d|等/.test(clause) || ownItem ? null : joinedIn(clause, wanted));
  const compound = scope.combined.compounds.find(({ whole, parts }) => stated.includes(whole) && !parts.every((part) => wanted.includes(part)));
  const sum = joined ?? compound?.whole;
  return found(sum === undefined || sum === null ? null : `the outcome sums several (${sum}), the target names one`, 'missed');
}

const PART_OPENER = new RegExp(`(?:${alternation(scope.part.openers)})$|\\d[^\\d，,；;]{0,8}中$`);

const PART_START = new RegExp(`^(?:${alternation(scope.part.openers)})`);

function partOfWhole(target: PlacedSide, actual: PlacedSide): Found {
  const clause = clauseBefore(actual).replace(/[有共约近超达]+$/, '');
  if (PART_OPENER.test(clause)) return found(`the outcome counts a part of what precedes it ("${clause.slice(-12)}")`, 'met');
  // 新增公路通车里程1.2万公里，其中高速公路3358公里: a part named after 其中 with words the target lacks (not
  // 其中规模工业增加值增长6.2% for a target of 规模工业增加值).
  if (!PART_START.test(clause) || PART_START.test(clauseBefore(target))) return null;
  const narrower = missingIn(objectTerms(actual, NOT_OBJECT_NOR_HEAD), `${target.label}|${ownClause(target)}`);
  return found(narrower.length > 0 ? `the outcome counts a part after 其中 (${narrower.join('、')}), the target the whole` : null, 'met');
}

/** A span of several years said in the clause (连续6年, 两年来, 近三年). */
export const SEVERAL_YEARS = new RegExp(scope.multiYear.severalYears);

/**
 * A rate a five-year review says reached (水土保持率提高到66.26%, 农村卫生厕所普及率达87%): the level at the
 * end of the span, which is the end of the year reviewed.
 */
export function rateReached(side: PlacedSide): boolean {
  const clause = clauseBefore(side);
  return PERCENT.test(side.surface) && scope.multiYear.rateEnds.some((end) => side.label.endsWith(end)) && scope.added.total.some((word) => clause.endsWith(word));
}

/**
 * A level the target says is to be reached (全省高速公路通车里程突破9500公里, 基本养老保险参保达763万人), which a
 * five-year review states as it stands (…突破9500公里; 托位数达4.59个; 基本养老保险参保778万人): the level at the
 * end of the span, the end of the year reviewed; so is a rate (装配式建筑面积占新建建筑比重超80%). Not an addition
 * (新增…达) nor a sum or a span (五年累计…达, 连续5年), which count the years between.
 */
export function levelReached(target: PlacedSide, actual: PlacedSide): boolean {
  // A rate is no addition (as in addedVersusTotal): 新建 of 装配式建筑面积占新建建筑比重 says what the share is of.
  const level = (side: PlacedSide, clause = clauseBefore(side)) =>
    (PERCENT.test(side.surface) || countKind(side)?.kind !== 'added') && !MULTI_YEAR.test(clause) && !SEVERAL_YEARS.test(clause);
  const clause = clauseBefore(target);
  return level(target, clause) && scope.multiYear.reached.some((word) => clause.endsWith(word)) && level(actual);
}

/** A value held over several years (连续5年, 稳定在…以上 of a five-year review), not the year's own. */
export function heldOverYears(side: PlacedSide): string | null {
  const clause = clauseBefore(side);
  return SEVERAL_YEARS.exec(clause)?.[0] ?? has(scope.multiYear.held, ownClause(side)) ?? null;
}

const OPENS_ON_YEARS = new RegExp(scope.multiYear.sentenceOpener);

function multiYear(target: PlacedSide, actual: PlacedSide): Found {
  const opener = OPENS_ON_YEARS.exec(actual.sentence)?.[0];
  if (opener && !OPENS_ON_YEARS.test(target.sentence)) return found(`the outcome's sentence opens on several years (${opener})`);
  const several = SEVERAL_YEARS.exec(clauseBefore(actual))?.[0];
  return found(several && !clauseBefore(target).includes(several) ? `the outcome is over several years (${several})` : null);
}

/** An amount or count far from the target's size: of something else. */
function magnitude(target: PlacedSide, actual: PlacedSide): Found {
  if (PERCENT.test(target.surface) || target.value <= 0 || actual.value <= 0) return null;
  const ratio = actual.value / target.value;
  if (ratio < scope.magnitude.ratio && ratio > 1 / scope.magnitude.ratio) return null;
  return found(`the outcome (${actual.surface}) is ${ratio >= 1 ? `${Math.round(ratio)} times` : `1/${Math.round(1 / ratio)} of`} the target (${target.surface})`);
}

export const SAME_NUMBER_RULE = scope.sameNumber.id;
export const LISTED_NAMES_RULE = scope.listedNames.id;

/** A name listed before a number: Han characters only, two to six (凌绥, 台黑; not 有序改造供热管网1287公里). */
const LISTED_NAME = /^\p{Script=Han}{2,6}$/u;

/** The names a list before a figure's number gives, after its first 、 (本桓、凌绥、台黑4条: 凌绥, 台黑), or none. */
function listedNames(side: PlacedSide): string[] {
  const items = clauseBefore(side).split('、').slice(1);
  const last = items.length - 1;
  const names = items.map((item, i) => (i === last && item.endsWith(scope.listedNames.etc) ? item.slice(0, -scope.listedNames.etc.length) : item));
  return names.every((name) => LISTED_NAME.test(name)) ? names : [];
}

/** Whether an outcome's clause names, before its number, every one of two names or more the target lists before its own (scope:listed-names). */
export function namesListed(target: PlacedSide, actual: PlacedSide): boolean {
  const names = listedNames(target);
  const clause = clauseBefore(actual);
  return names.length >= 2 && names.every((name) => clause.includes(name));
}
/**
 * The checks an outcome passes (`passes` of scopeDifference): how two sides name their object, when it states the target's
 * own number (scope:same-number); what they count, when it also names the things the target lists (scope:listed-names).
 * Those of the years and the basis (scope:multi-year, scope:excluding) are never passed.
 */
const PASSED: Readonly<Record<'naming' | 'counting', ReadonlySet<string>>> = {
  naming: new Set([scope.object.id, scope.objectWords.id]),
  counting: new Set([scope.added.id, scope.combined.id, scope.part.id, scope.object.id, scope.magnitude.id, scope.objectWords.id, scope.countKind.id]),
};

/**
 * The first difference of scope between a target and the outcome found for it, or null when they count
 * the same; passing over a difference that cannot overturn the verdict `holds` (a part past the target),
 * and over those the outcome `passes` (PASSED).
 */
export function scopeDifference(target: PlacedSide, actual: PlacedSide, holds?: ScopeDifference['keeps'], passes?: keyof typeof PASSED): ScopeDifference | null {
  const checks: Array<[string, (t: PlacedSide, a: PlacedSide) => Found]> = [
    [scope.added.id, addedVersusTotal],
    [scope.combined.id, singleVersusCombined],
    [scope.part.id, partOfWhole],
    [scope.multiYear.id, multiYear],
    [scope.object.id, otherObject],
    [scope.magnitude.id, magnitude],
    [scope.objectWords.id, objectWords],
    [scope.countKind.id, countKindDiffers],
    [scope.excluding.id, excluding],
  ];
  // A part's rate or a sum's says nothing of the whole's or of one's: only amounts and counts keep a verdict.
  const rate = PERCENT.test(target.surface) || PERCENT.test(actual.surface);
  for (const [rule, check] of checks) {
    if (passes && PASSED[passes].has(rule)) continue;
    const difference = check(target, actual);
    const keeps = rate ? null : (difference?.keeps ?? null);
    if (difference && (holds === undefined || keeps !== holds)) return { rule, reason: `${rule}: ${difference.reason}`, keeps };
  }
  return null;
}

export const TWO_BASES_RULE = scope.bases.id;
export const BRACKETS: readonly string[] = scope.bases.brackets;
