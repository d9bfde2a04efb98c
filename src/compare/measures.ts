// What a figure measures, as comparable terms: labels are canonicalised
// through the synonym groups (地区生产总值 = 国内生产总值 = 经济增长), cut by jieba,
// and compared; labels that name distinct measures (登记 vs 调查失业率) never match.
import { segment } from '../segment/jieba.js';
import { CHANGE_DOWN, CHANGE_UP, UNIT_TYPES, alternation } from '../extract/lexicon.js';
import { NAMED_UNIT_RULES, NAMED_UNITS } from '../extract/labels.js';
import type { Figure } from '../types.js';
import measures from '../measures/lexicon/similarity.json' with { type: 'json' };
import wordings from './lexicon/followup.json' with { type: 'json' };
import scopeWords from './lexicon/scope.json' with { type: 'json' };
import { memo } from '../memo.js';
import { characterPairs, dice } from './pairs.js';

export const LOWER_IS_BETTER: readonly string[] = measures.lowerIsBetter;
export const SHORTFALL_WORDS: readonly string[] = measures.shortfallWords;
export const WORDS_ONLY: readonly string[] = measures.wordsOnly;
export const COMPLETION_WORDS: readonly string[] = measures.completionWords;
export const PLAN_SHARE_WORDS: readonly string[] = measures.planShareWords;
export const FLAT_WORDS: readonly string[] = measures.flatWords;
/** A rate said whole (实现…全覆盖), unless softened before it (基本实现全覆盖). */
export const FULL_COVERAGE = new RegExp(`^(?:(?!${alternation(measures.fullCoverage.softeners)}).)*(?:${alternation(measures.fullCoverage.words)})`);
export const BELOW_WORDS: readonly string[] = measures.belowWords;
export const OTHER_BASIS: readonly string[] = measures.otherBasis;
export const WHOLE_YEAR_WORDS: readonly string[] = measures.wholeYearWords;
export const POINT_IN_TIME_WORDS: readonly string[] = measures.pointInTimeWords;
/** How a target restating one listed before it names its goal (target:restated: 增长预期目标定 of 把增长预期目标定在7.5%左右). */
export const RESTATED_TARGET = measures.restatedTarget;
/** Words that make a figure of a plan no target: the past year, a present state, a part of another. */
export const NOT_A_TARGET: Readonly<Record<keyof typeof measures.notATarget, readonly string[]>> = measures.notATarget;

/** For a pair of units, the factor turning a value of the first into the second (亿斤 and 万吨: 2000 斤 a 吨), both ways (followup:head-figure). */
const CONVERSIONS = new Map(wordings.headFigure.conversions.flatMap(({ from, to, factor }) => [[`${from}>${to}`, factor], [`${to}>${from}`, 1 / factor]] as Array<[string, number]>));

/** A figure's value in another unit, when it is in that unit or one CONVERSIONS turns into it. */
export function valueIn(figure: Pick<Figure, 'unit' | 'value'>, unit: string): number | null {
  if (figure.unit === unit) return figure.value;
  const factor = CONVERSIONS.get(`${figure.unit}>${unit}`);
  return factor === undefined ? null : figure.value * factor;
}

/** The rule that lets a target and an outcome in two units of one count (件, 项) be compared. */
export const SAME_COUNT_RULE = measures.sameCount.id;
/** The rule that reads two count units follow-up converts one for one (个 and 家: 3家省实验室 and 5个省实验室) as one. */
export const CONVERTED_COUNT_RULE = measures.convertedCount.id;
const SAME_COUNT = new Map(measures.sameCount.groups.flatMap((group) => group.map((unit) => [unit, group[0]!] as const)));
/** Two count units a conversion of followup:head-figure turns one for one into each other (个 and 家, 所, 座, 项). */
export const convertedCount = (a: string, b: string) => UNIT_TYPES[a] === 'count' && UNIT_TYPES[b] === 'count' && CONVERSIONS.get(`${a}>${b}`) === 1;
/** Whether two figures' units count alike: the same unit, two of one sameCount group (件, 项), or a converted count (个, 家). */
export const sameUnit = (a: string, b: string) => a === b || (SAME_COUNT.has(a) && SAME_COUNT.get(a) === SAME_COUNT.get(b)) || convertedCount(a, b);

const NAMED_RULES: readonly string[] = Object.values(NAMED_UNIT_RULES);
/** The named units by their unit type: a figure keeps its surface's unit and records the named one only as its type. */
const NAMED_BY_TYPE = new Map(Object.values(NAMED_UNITS).map((unit) => [UNIT_TYPES[unit], unit] as const));

/**
 * The unit extraction found named by a count's noun (近1400万农业转移人口 counts 人), read back from the figure's
 * rule and unit type, with that rule; null when its surface writes a unit or no noun named one.
 */
export function recordedNamedUnit(figure: Pick<Figure, 'unit' | 'unitType' | 'rule'>): { unit: string; rule: string } | null {
  const rule = figure.unit === '' ? figure.rule.split(' ').find((id) => NAMED_RULES.includes(id)) : undefined;
  const unit = rule && NAMED_BY_TYPE.get(figure.unitType);
  return rule && unit ? { unit, rule } : null;
}

type Counted = Pick<Figure, 'unit' | 'unitType' | 'rule'>;
/** Whether two figures count alike: by their units (sameUnit), or by the unit a noun names for one written without (recordedNamedUnit). */
export const countsAlike = (a: Counted, b: Counted) =>
  sameUnit(a.unit, b.unit) || sameUnit(recordedNamedUnit(a)?.unit ?? a.unit, recordedNamedUnit(b)?.unit ?? b.unit);

const PAYER = new RegExp(alternation(measures.payerWords), 'g');

/** A label without the words of who pays and how (中央财政拟安排). */
export const withoutPayer = (label: string) => label.replace(PAYER, '');

/** A label that names only who pays and how (中央财政拟安排), not for what: it measures nothing in particular. */
export function namesOnlyPayer(label: string): boolean {
  return label.length > 0 && withoutPayer(label).replace(/[\p{P}\s]/gu, '') === '';
}

/** The short forms reports use for long names (followup.json), the longest full form first. */
const ABBREVIATIONS = [...wordings.abbreviations.forms].sort((a, b) => b[0]!.length - a[0]!.length);
const A_FULL_FORM = new RegExp(alternation(ABBREVIATIONS.map(([full]) => full!)));
/**
 * A text in the short forms reports use (营业收入 → 营收, 国有企业 → 国企), so either wording names the same thing.
 * Most texts hold no full form and are returned after one search (a memo of every term and sentence overflowed, was cleared, and missed).
 */
export const shortForm = (text: string): string =>
  A_FULL_FORM.test(text) ? ABBREVIATIONS.reduce((out, [full, short]) => out.replaceAll(full!, short!), text) : text;

/** Each form of an official name (全运会, 能耗强度) with the full name it is read as (followup.json officialNames). */
const FULL_OF = new Map(wordings.officialNames.entries.flatMap(({ full, forms }) => forms.map((form) => [form, full] as const)));
const AN_OFFICIAL_FORM = new RegExp(alternation([...FULL_OF.keys()]), 'g');
/** Any text follow-up naming reads otherwise: a form of an official name, or a full form with a short one. */
const A_NAMING_FORM = new RegExp(alternation([...FULL_OF.keys(), ...ABBREVIATIONS.map(([full]) => full!)]));
/**
 * A text as follow-up naming reads it: official names written in full (新高考 → 高考综合改革), then the short forms of
 * long names (国有企业 → 国企), so either wording names the same thing. Most texts hold neither and are searched once.
 */
export const nameForm = (text: string): string =>
  A_NAMING_FORM.test(text) ? shortForm(text.replace(AN_OFFICIAL_FORM, (form) => FULL_OF.get(form)!)) : text;

/** Each synonym, longest first, with the canonical name of its group. */
const SYNONYMS: Array<[string, string]> = measures.synonyms
  .flatMap((group) => group.map((word) => [word, group[0]!] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

const IGNORED = new Set([...CHANGE_UP, ...CHANGE_DOWN, '平均值', '平均', '达到', '达', '为', '实现', '完成', '全年', '比', '上年', '同比', '保持', '控制', '在', '以内', '左右', '以上', '实际', '分别', '和', '的', '了', '年']);

/** Words of manner right before a change (再 of 补助标准再增加, 进一步 of …进一步压缩): said of the change, ignored with it. */
const MANNER_OF_CHANGE = `(?:${alternation(scopeWords.words.manner.words)})+(?=${alternation([...CHANGE_UP, ...CHANGE_DOWN])})`;
const IGNORED_PATTERN = new RegExp(`${MANNER_OF_CHANGE}|${alternation([...IGNORED].filter((w) => w.length > 1))}`, 'g');

/** The synonyms by their first character's code, in SYNONYMS' order: a position is tried against those only. */
const SYNONYMS_BY_FIRST = new Map<number, Array<[string, string]>>();
for (const synonym of SYNONYMS) {
  const list = SYNONYMS_BY_FIRST.get(synonym[0].charCodeAt(0));
  if (list) list.push(synonym);
  else SYNONYMS_BY_FIRST.set(synonym[0].charCodeAt(0), [synonym]);
}

/**
 * A label (or a whole sentence: targets read every sentence of a review) with each synonym
 * replaced by its group's name; the text between synonyms is copied in one slice, not a
 * character at a time, and a text without one is returned as it is.
 */
export function canonicalLabel(label: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < label.length; ) {
    const hit = SYNONYMS_BY_FIRST.get(label.charCodeAt(i))?.find(([word]) => label.startsWith(word, i));
    if (hit) {
      out += label.slice(copied, i) + hit[1];
      i += hit[0].length;
      copied = i;
    } else i++;
  }
  return copied === 0 ? label : out + label.slice(copied);
}

/** The terms of a label that say what is measured (segmented once per label: targets read the same labels again and again). */
export const labelTerms = memo((label: string): string[] => {
  const canonical = canonicalLabel(label).replace(IGNORED_PATTERN, '');
  return segment(canonical)
    .map((token) => token.text)
    .filter((word) => !IGNORED.has(word) && !/^[\p{P}\s\d.%]+$/u.test(word));
});

/** The words of a group a canonical label names, as one key ('' for none). */
const namedOf = (group: readonly string[], label: string) => group.filter((word) => label.includes(word)).join();
/** The stages of building a canonical label names (lexicon measures:stages), as one key ('' for none; the groups' indexes comma-separated, so 1,0 is never 10). */
const stagesOf = (label: string) => measures.stages.groups.flatMap((group, i) => (namedOf(group, label) ? [i] : [])).join(',');

/**
 * What qualifies a canonical label's measure (农村 vs none, 登记 vs 调查, 开工 vs 建成), as one key:
 * labels whose keys differ measure different things.
 */
const qualifiersOf = (label: string, stages: string) => [stages, ...measures.distinct.map((group) => namedOf(group, label))].join('\u0000');

/** Whether two labels both name a stage of building and not the same (新安排 vs 基本建成), lexicon measures:stages. */
export function otherStages(a: string, b: string): boolean {
  // From each label's measure (its stages read once per label): targets ask it of a target and each candidate outcome, both measured.
  const [one, other] = [measureOf(a).stages, measureOf(b).stages];
  return one !== '' && other !== '' && one !== other;
}

/** A label prepared for comparison: computed once per figure, compared many times. */
export interface Measure {
  canonical: string;
  /** qualifiersOf the canonical label: read once, not for each pair of labels. */
  qualifiers: string;
  /** stagesOf the canonical label (otherStages). */
  stages: string;
  terms: Set<string>;
  pairs: Set<string>;
}

export const measureOf = memo((label: string): Measure => {
  const canonical = canonicalLabel(label);
  const stages = stagesOf(canonical);
  return { canonical, qualifiers: qualifiersOf(canonical, stages), stages, terms: new Set(labelTerms(label)), pairs: characterPairs(canonical.replace(IGNORED_PATTERN, '')) };
});

/**
 * How likely two labels name the same measure, 0..1: the mean of term and
 * character-pair overlap of their canonical forms; 0 for distinct measures.
 */
export function similarity(a: Measure, b: Measure): number {
  if (a.qualifiers !== b.qualifiers) return 0;
  return (dice(a.terms, b.terms) + dice(a.pairs, b.pairs)) / 2;
}


/** Whether a measure is better when it is lower (CPI, unemployment), given how it is stated. */
export function lowerIsBetter(label: string, statedAsDecrease: boolean): boolean {
  // 单位GDP能耗下降3%: the figure is the size of a cut, and a bigger cut is better.
  if (statedAsDecrease) return false;
  return LOWER_IS_BETTER.some((word) => label.includes(word));
}
