// Targets against outcomes: each target figure of the older report is looked
// for in the newer report's review and judged as a careful analyst would:
// by which side of the measure is good and by the target's qualifier. When in
// doubt the verdict is unclear, never a guessed met or missed.
import type { Analysis, Commitment, Compared, Figure, FigureSide, Section, TargetCheck } from '../types.js';
import { sectionAt } from '../structure/sentences.js';
import { PAIRING_THRESHOLD } from './figures.js';
import { assignMeasure, levelOf, measureById, onScale, type MeasureEntry } from '../measures/index.js';
import { CHANGE_DOWN, CHANGE_UP, alternation } from '../extract/lexicon.js';
import { BOUNDS_NOUN } from '../extract/labels.js';
import { BELOW_WORDS, COMPLETION_WORDS, FLAT_WORDS, FULL_COVERAGE, NOT_A_TARGET, RESTATED_TARGET, OTHER_BASIS, PLAN_SHARE_WORDS, POINT_IN_TIME_WORDS, SHORTFALL_WORDS, WHOLE_YEAR_WORDS, WORDS_ONLY, SAME_COUNT_RULE, CONVERTED_COUNT_RULE, convertedCount, canonicalLabel, shortForm, labelTerms, lowerIsBetter, measureOf, namesOnlyPayer, sameUnit, similarity, countsAlike, recordedNamedUnit, otherStages } from './measures.js';
import { MULTI_YEAR, fiveYearPart } from './periods.js';
import { characterPairs, countHits, pairIndex } from './pairs.js';
import { sideOf } from './sides.js';
import verdictRules from './lexicon/verdicts.json' with { type: 'json' };
import { ADDED_WORDS, BRACKETS, MANNER, OBJECT_WORDS_RULE, SEVERAL_YEARS, TWO_BASES_RULE, clauseBefore, heldOverYears, labelHead, levelReached, missingIn, namesEveryWord, namesMore, namingRules, objectForm, shareForChange, placedSide, rateReached, scopeDifference, targetObject, wordsApart, WORDS_APART_RULE, SAME_NUMBER_RULE, LISTED_NAMES_RULE, namesListed, SAME_UNIT_OBJECT_RULE, JOINER_WORDS, sharedEnd, actOnObject, countsObject, countsHeadOf, labelObject, type PlacedSide } from './scope.js';

/** How far short of a target of about a value an outcome may fall and still reach it, and how far it is unclear (verdicts.json allowance: one definition for verdicts and follow-up). */
const ALLOWANCE = verdictRules.allowance;

/** Units of a rate or share: compared in points, and a narrower thing's says nothing of the whole's. */
const RATE_UNITS: ReadonlySet<string> = new Set(['%', '个百分点']);

/** Six significant digits: 7.5 − 7.4 is 0.1, not 0.09999999999999964. */
const rounded = (value: number) => Number.parseFloat(value.toPrecision(6));

/** A value as a Chinese reader writes it: 1310万人, 6121亿元, not 13100000 人. */
function format(value: number, unit: string): string {
  const size = Math.abs(value);
  const [scaled, magnitude] = RATE_UNITS.has(unit) ? [value, ''] : size >= 1e8 ? [value / 1e8, '亿'] : size >= 1e4 ? [value / 1e4, '万'] : [value, ''];
  return `${rounded(scaled)}${magnitude}${unit}`;
}

/** A verdict before the sides are put to it: the reason's numbers and quotes also as fields (TargetCheck). */
type Judgement = Pick<TargetCheck, 'verdict' | 'rule' | 'reason' | 'compared' | 'quote'>;

/** A label opening, after words of manner (再, 继续), on a change or an addition of two characters or more: 增 and 减 alone open 减税降费 too. */
const opening = (words: readonly string[]) => new RegExp(`^(?:${alternation(MANNER)})*(?:${alternation(words.filter((word) => word.length > 1))})`);
const OPENS_UP = opening([...CHANGE_UP, ...ADDED_WORDS]);
const OPENS_DOWN = opening(CHANGE_DOWN);

/**
 * The direction of a figure's change: stated at its number (增长5%), or the change or addition its label
 * opens with (新增成果转化企业1000家, 再减少农村贫困人口1000万以上): the number is what the year adds or cuts.
 */
function directionOf(figure: Figure): 'up' | 'down' | null {
  if (figure.change) return figure.change.direction;
  return OPENS_DOWN.test(figure.label) ? 'down' : OPENS_UP.test(figure.label) ? 'up' : null;
}

/** Whether lower is better for a target: from its catalogue measure when it has one, else from its label. */
function lowerFor(target: Figure): boolean {
  const statedAsDecrease = directionOf(target) === 'down';
  const measure = target.measure === null ? undefined : measureById(target.measure);
  if (measure) return measure.direction !== 'higher' && !statedAsDecrease;
  return lowerIsBetter(target.label, statedAsDecrease);
}

/** The numeric rule: qualifier first, then how far short of the good side the outcome is. */
export function judge(target: Figure, actual: number): Judgement {
  const lower = lowerFor(target);
  const [low, high] = [target.value, target.valueMax ?? target.value];
  const shown = `${format(actual, target.unit)} vs ${target.valueMax === null ? format(low, target.unit) : `${format(low, '')}–${format(high, target.unit)}`}`;
  const compared = (gap: number): Compared => ({ outcomeValue: rounded(actual), targetValue: low, targetValueMax: target.valueMax, unit: target.unit, gap: rounded(gap), better: lower ? 'lower' : 'higher' });
  if (target.qualifier === 'at-least' || target.qualifier === 'more-than') {
    const floor = { rule: 'verdict:floor', compared: compared(low - actual) };
    return actual >= low ? { ...floor, verdict: 'met', reason: `${shown}: at least reached` } : { ...floor, verdict: 'missed', reason: `${shown}: below the floor` };
  }
  // 近2万亿元 of a measure where more is better sets a size to reach, not a ceiling.
  if (target.qualifier === 'at-most' || (target.qualifier === 'less-than' && lower)) {
    const ceiling = { rule: 'verdict:ceiling', compared: compared(actual - high) };
    return actual <= high ? { ...ceiling, verdict: 'met', reason: `${shown}: within the ceiling` } : { ...ceiling, verdict: 'missed', reason: `${shown}: above the ceiling` };
  }
  const points = RATE_UNITS.has(target.unit);
  const within = (gap: number, bound: { points: number; share: number }) => gap <= (points ? bound.points : bound.share * low) + 1e-9;
  // Only about (左右; 近 of a size to reach, above) allows a shortfall: a bare value is a value to reach, a range a promise to land inside it.
  const about = target.qualifier === 'about' || target.qualifier === 'less-than';
  // 广义货币M2预期增长13%左右 against 11.3%: no side of a projection is the good one, so only landing on it (within
  // the allowance of about, on either side; inside a range) meets it, and no distance from it misses it.
  if (target.measure !== null && measureById(target.measure)?.direction === 'projection') {
    const off = rounded(actual < low ? low - actual : Math.max(0, actual - high));
    const projection = { rule: 'verdict:projection', compared: { ...compared(off), better: 'neither' as const } };
    if (off <= 1e-9 || (about && target.valueMax === null && within(off, ALLOWANCE))) return { ...projection, verdict: 'met', reason: `${shown}: on the projection` };
    return { ...projection, verdict: 'unclear', reason: `${shown}: off a projection by ${format(off, points ? ' points' : target.unit)}; neither side of it is better` };
  }
  const shortfall = lower ? actual - high : low - actual;
  const side = lower ? 'lower is better' : 'higher is better';
  if (shortfall <= 1e-9) return { verdict: 'met', rule: 'verdict:good-side', reason: `${shown}: on the good side (${side})`, compared: compared(shortfall) };
  const short = `short by ${format(shortfall, points ? (target.unit === '%' ? ' points' : target.unit) : target.unit)}`;
  if (about && target.valueMax === null && within(shortfall, ALLOWANCE)) return { verdict: 'met', rule: 'verdict:about', reason: `${shown}: ${short}, within the allowance of "about"`, compared: compared(shortfall) };
  if (within(shortfall, ALLOWANCE.nearly)) return { verdict: 'unclear', rule: 'verdict:nearly', reason: `${shown}: ${short}`, compared: compared(shortfall) };
  return { verdict: 'missed', rule: 'verdict:short', reason: `${shown}: ${short}`, compared: compared(shortfall) };
}

/**
 * What a numeric verdict on a commitment's target makes of the commitment (verdicts.json allowance): met, at or past
 * the value or within the allowance of about, addressed; missed, or short past the allowance but not by much
 * (verdict:nearly), or a projection off its value (verdict:projection: the value promised not kept, though no
 * side of it is worse), partly; any other unclear verdict, nothing. Follow-up asks this, never the numbers.
 */
export function commitmentStatus({ verdict, rule }: Pick<TargetCheck, 'verdict' | 'rule'>): 'addressed' | 'partly' | null {
  if (verdict === 'met') return 'addressed';
  return verdict === 'missed' || rule === 'verdict:nearly' || rule === 'verdict:projection' ? 'partly' : null;
}

interface ReviewSentence {
  text: string;
  canonical: string;
  /** The text as a target's object words are looked for in it (objectForm). */
  object: string;
  start: number;
  section: string | null;
}

/** What the newer report states outside its plans, prepared once per comparison. */
interface ReviewPart {
  analysis: Analysis;
  /** The year the newer report reviews, from its text or as the year after the older one's. */
  year: number | null;
  sentences: ReviewSentence[];
  /** For each character pair, the sentences whose canonical text holds it: a target's mentions are counted through it. */
  byPair: Map<string, number[]>;
  figures: Figure[];
}

/** Parts that never state the past year's outcomes: the plans, and what follows them (附件 2026年民生实事). */
const NOT_REVIEWED = new Set(['plans', 'closing']);

/** Whether the text at `start` can state what the reviewed year achieved. */
function inReview(analysis: Analysis, start: number): boolean {
  return !NOT_REVIEWED.has(sectionAt(analysis.sections, start)?.role ?? '') || reportedInPlans(analysis, start);
}

/** Whether a figure states an outcome of the reviewed year: reported in a review part, or in a plans part after 过去一年. */
export function statesOutcome(analysis: Analysis, figure: Figure): boolean {
  return (figure.modality === 'actual' && inReview(analysis, figure.start)) || reportedInPlans(analysis, figure.start);
}

function reviewPartOf(newer: Analysis, year: number | null): ReviewPart {
  const sentences = newer.sentences
    .filter((s) => inReview(newer, s.start))
    .map((s) => ({ text: newer.text.slice(s.start, s.end), start: s.start, section: s.section }))
    .map((sentence) => ({ ...sentence, canonical: canonicalLabel(sentence.text), object: objectForm(sentence.text) }));
  return {
    analysis: newer,
    year,
    sentences,
    byPair: pairIndex(sentences.map(({ canonical }) => characterPairs(canonical))),
    figures: newer.figures.filter((f) => statesOutcome(newer, f) && !qualifiesNoun(newer, f)),
  };
}

/**
 * Whether a plans part states, at `start`, what the past year achieved: its paragraph
 * opens a sentence with 过去一年 (or 去年，) before it, and says nothing about this year in
 * between (national 2011: 三、2011年的工作 … 过去一年 … 国内生产总值增长10.3%); 比去年增加
 * compares a plan with last year and is no such cue.
 */
export function reportedInPlans(analysis: Analysis, start: number): boolean {
  if (sectionAt(analysis.sections, start)?.role !== 'plans') return false;
  const before = analysis.text.slice(analysis.text.lastIndexOf('\n', start) + 1, start);
  const cues = [...before.matchAll(/(?:^|[。；！])\s*(?:过去一年|去年[，,])/g)];
  const past = cues.at(-1)?.index;
  return past !== undefined && !/今年|明年|要|将|拟/.test(before.slice(past));
}

/** Sentences of the review that speak of the measure. */
function mentions(review: ReviewPart, target: Figure): ReviewSentence[] {
  const { pairs } = measureOf(target.label);
  // A catalogue measure is spoken of in any of its wordings (物价, CPI, 居民消费价格).
  const aliases = target.measure === null ? [] : measureById(target.measure)!.aliases;
  // How many of the label's pairs each sentence holds (canonical.includes(pair) for each pair), through the index;
  // a one-character label is its own pair, which no index of pairs holds, and is looked for in each sentence.
  const held = new Map<number, number>();
  const indexed = [...pairs].every((pair) => pair.length === 2);
  if (indexed) countHits(review.byPair, pairs, (i, count) => held.set(i, count));
  const holds = (canonical: string, i: number) => (indexed ? (held.get(i) ?? 0) : [...pairs].filter((pair) => canonical.includes(pair)).length);
  const speaks = ({ text, canonical }: ReviewSentence, i: number) =>
    aliases.some((alias) => text.includes(alias)) || holds(canonical, i) >= Math.max(1, 0.6 * pairs.size);
  return review.sentences.filter(speaks);
}

/**
 * Which of a clause's listed subjects (城镇新增就业、新增发放创业担保贷款分别完成…) names the target's
 * measure, or -1: most of its label's character pairs or, of a catalogue measure, one of its
 * wordings, and no other catalogue measure (占国内生产总值比重没有完成 is not GDP growth).
 */
function namedAt(target: Figure, clause: string): number {
  const { pairs } = measureOf(target.label);
  const aliases = target.measure === null ? [] : measureById(target.measure)!.aliases;
  return clause.split(/[、和]/).findIndex((part) => {
    const spoken = aliases.some((alias) => part.includes(alias)) || [...pairs].filter((pair) => canonicalLabel(part).includes(pair)).length >= Math.max(1, 0.6 * pairs.size);
    if (!spoken || target.measure === null) return spoken;
    // 居民消费价格与上年持平: a change on the year before is what a rate is, not another measure.
    const named = assignMeasure({ label: part.replace(/(?:与|比|较)(?:上年|去年)(?:同期)?/g, ''), unit: null, change: null });
    // 单位国内生产总值能耗、水耗均下降: a name cut from its verb may not say which kind (rate or level) it is.
    return named.measure === target.measure || !named.rule.startsWith('measure:') || named.rule === 'measure:none/unit-or-kind';
  });
}

const clausesOf = (sentence: string) => sentence.split(/[，,；;：:]/);
/** A sentence's clauses (clausesOf) with where each starts in it: a clause may occur twice. */
function clauseSpans(sentence: string): { text: string; start: number }[] {
  let start = 0;
  return clausesOf(sentence).map((text) => {
    const span = { text, start };
    start += text.length + 1;
    return span;
  });
}
const CHANGE_WORDS: readonly string[] = [...CHANGE_UP, ...CHANGE_DOWN];
const says = (words: readonly string[], clause = '') => words.some((word) => clause.includes(word));

/** A label of a word or two (国家, 规模, 我国) names no measure a clause could be about. */
const namesNoMeasure = (target: Figure) => target.measure === null && measureOf(target.label).pairs.size < 3;

/**
 * A shortfall the report admits of this measure, in the clause naming it or the one after
 * (进出口总额出现下降，预期增长目标未能实现; 节能减排、物价调控目标没有完成), not in a general 部分指标未达预期.
 */
function admittedShortfall(spoken: ReviewSentence[], target: Figure): string | undefined {
  if (namesNoMeasure(target)) return undefined;
  return spoken.find(({ text }) => {
    const clauses = clausesOf(text);
    return clauses.some((clause, i) => namedAt(target, clause) >= 0 && (says(SHORTFALL_WORDS, clause) || says(SHORTFALL_WORDS, clauses[i + 1])));
  })?.text;
}

/**
 * The year's target reported done in words, in the clause naming the measure: 城镇新增就业超额完成全年任务
 * (met), as a share of the plan, 城镇新增就业、…分别完成年计划的118.2%、248.57% (judged as that share
 * of the target), or a rate that stayed flat (居民消费价格指数持平: 0%). Not in a five-year part; for a
 * ceiling neither completion nor a share of the plan says on which side the outcome is.
 */
function reportedDone(review: ReviewPart, spoken: ReviewSentence[], target: Figure): (Judgement & { sentence: string }) | null {
  if (namesNoMeasure(target)) return null;
  const measure = target.measure === null ? undefined : measureById(target.measure);
  for (const sentence of spoken) {
    const fiveYears = fiveYearPart(review.analysis, sentence, review.year) !== null;
    for (const clause of clausesOf(sentence.text)) {
      const at = namedAt(target, clause);
      // 提前完成“十四五”目标任务, 连续5年超额完成: goals of several years.
      if (at < 0 || MULTI_YEAR.test(clause) || SEVERAL_YEARS.test(clause)) continue;
      // 建制镇实现生活污水处理设施全覆盖: a rate of 100, and as a level reached, so at the end of five years too.
      if (target.unit === '%' && target.change === null && measure?.kind !== 'growth' && !lowerFor(target) && FULL_COVERAGE.test(clause)) return { ...judge(target, 100), rule: 'verdict:full-coverage', reason: `whole, 100% ("${clause}")`, quote: clause, sentence: sentence.text };
      if (fiveYears) continue;
      if (says(COMPLETION_WORDS, clause) && !lowerFor(target)) return { verdict: 'met', rule: 'verdict:completion-word', reason: `the report says so: "${clause}"`, quote: clause, sentence: sentence.text };
      // 居民消费价格与上年持平: a rate of 0.
      if (measure?.kind === 'growth' && says(FLAT_WORDS, clause)) return { ...judge(target, 0), rule: 'verdict:flat', reason: `flat, 0% ("${clause}")`, quote: clause, sentence: sentence.text };
      const cue = PLAN_SHARE_WORDS.find((word) => clause.includes(word));
      if (!cue || lowerFor(target)) continue;
      const shares = [...clause.slice(clause.indexOf(cue)).matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));
      const share = clause.includes('分别') ? shares[at] : shares[0];
      if (share === undefined) continue;
      const judged = judge(target, (target.value * share) / 100);
      const compared = judged.compared && { ...judged.compared, planShare: { share, rule: judged.rule } };
      return { ...judged, rule: 'verdict:plan-share', reason: `${share}% of the plan ("${clause}"): ${judged.reason}`, compared, quote: clause, sentence: sentence.text };
    }
  }
  return null;
}

/** Below this the outcome found may measure something else: no met or missed on it. */
export const SURE_MATCH = 0.75;

/** The outcome's value on the target's scale: 居民消费价格下降0.1% against a ceiling is -0.1. */
function signedValue(figure: Figure, target: Figure): Pick<Figure, 'value' | 'valueMax'> {
  const measure = target.measure === null ? null : (measureById(target.measure) ?? null);
  return onScale(figure, directionOf(figure) === 'down', measure, directionOf(target) === 'down');
}

/** A value of the year: stated for it, or where it ended (年末城镇调查失业率从上半年5.5%降到5.3%: 5.3%). */
const ofTheYear = (figure: Figure) => figure.period === null || figure.period === 'end';

/**
 * A level a five-year review states as it now stands (常住人口城镇化率60%, 研发投入强度达3.38%) is the
 * level at the end of the year reviewed: true of measures the catalogue marks as stocks.
 */
function stockAtEnd(figure: Figure): boolean {
  return figure.measure !== null && measureById(figure.measure)?.stock === true && ofTheYear(figure);
}

/** An outcome found for a target; `named` when found by the target's words alone, its label otherwise unlike. */
interface Outcome {
  figure: Figure;
  score: number;
  named?: boolean;
  /** The words its label and the target's differ by, when a loose word apart (wordsApart). */
  apart?: string[];
  /** When it states the target's own number and names its head (statesTargetNumber): naming differences do not count. Sure already, so never `apart`. */
  sameNumber?: boolean;
  /** When it is that number and names the things the target lists before it (scope:listed-names). */
  listed?: boolean;
  /** The acts the target does to what the outcome names (actedOn): naming differences do not count either. */
  actedOn?: string[];
}

/**
 * Whether a figure states the target's number: its value and bounds, in a unit that counts alike. Not in a count
 * converted (15家 for 15个): the unit is then all that tells 建成高价值专利培育中心15家 from 新建大学生就业创业赋能中心15个.
 */
const sameNumber = (target: Figure, figure: Figure) =>
  figure.value === target.value && figure.valueMax === target.valueMax && countsAlike(figure, target) && !convertedCount(figure.unit, target.unit);

/** The word a target's label ends on when it names a thing (利用硅石储量全国第一: 全国 says where, not what; 规模, 人数 how much). */
const headNamed = (target: Figure) => {
  const head = labelHead(target.label);
  return head !== undefined && head.length >= 2 ? head : null;
};

/** Below this a count recurs by chance (2项…成果, 1个…产业集群): the same number says nothing. */
const TELLING_NUMBER = 10;

/** Whether the target's number tells it from others: no rate (100% and round shares recur for unlike things), nor a count of a few. */
const tellingNumber = (target: Figure) => !RATE_UNITS.has(target.unit) && target.value > TELLING_NUMBER;

/**
 * Whether a figure is the target reported done however else it is worded (scope:same-number): its own
 * telling number, and the word the target's label ends on in its label (建成养老服务综合体30个 for
 * 建设社区型养老服务综合体30个, 吞吐量超2400万标准箱 for 集装箱吞吐量突破2400万标准箱).
 */
function statesTargetNumber(target: Figure, figure: Figure): boolean {
  // The head is looked for as the outcome's label is read: both with synonyms replaced (a head that is itself a synonym).
  const head = headNamed(target);
  return head !== null && tellingNumber(target) && sameNumber(target, figure) && canonicalLabel(figure.label).includes(canonicalLabel(head));
}

/** A fall stated for a rise of a growth rate that is no cut: negative on its scale (onScale), so below the target. */
const fallOfGrowth = (figure: Figure, target: Figure, measure: MeasureEntry) =>
  figure.change?.direction === 'down' && target.change?.direction === 'up' && measure.kind === 'growth' && measure.cut !== true;

/**
 * The outcome of a target's catalogue measure: the year's own figure first, then one in a
 * five-year part or on another basis (年均, 累计), which the caller makes unclear.
 */
function measuredOutcome(review: ReviewPart, target: Figure): Outcome | null {
  const measure = measureById(target.measure!)!;
  const candidates = review.figures
    .filter((f) => f.measure === target.measure && countsAlike(f, target))
    // A change against the target's direction is read on the measure's scale: below a ceiling, or a fall of a growth
    // rate where a rise was set (固定资产投资下降3.3% vs 增长5%: −3.3, onScale); a cut or a level stated by what fell is not.
    .filter((f) => !(f.change && target.change && f.change.direction !== target.change.direction) || measure.direction !== 'higher' || fallOfGrowth(f, target, measure))
    .map((f) => ({ figure: f, rank: Number(!ofTheYear(f)) + 2 * Number(fiveYearPart(review.analysis, f, review.year) !== null && !stockAtEnd(f)) }))
    .sort((a, b) => a.rank - b.rank || a.figure.start - b.figure.start);
  return candidates[0] ? { figure: candidates[0].figure, score: 1 } : null;
}

/** A single word of what is counted this long (农村公路, of 提质改造农村公路) names one thing; 项目, 企业 alone do not. */
const ONE_WORD_NAMES = 4;

/**
 * Whether an outcome names every word of what the target counts (namesEveryWord, two words at least), or ends
 * its label on the one word the target counts when that word is long enough to tell (改造提升农村公路 for
 * 提质改造农村公路; not 税收占一般公共预算收入比重 for 一般公共预算收入增长, nor a payer: 中央财政).
 */
function namesItsObject(target: PlacedSide, actual: PlacedSide): boolean {
  const terms = targetObject(target);
  if (terms.length !== 1) return namesEveryWord(target, actual);
  const [term] = terms as [string];
  return term.length >= ONE_WORD_NAMES && !namesOnlyPayer(target.label) && shortForm(actual.label).endsWith(term);
}

/**
 * A candidate outcome made a sure match: by every word of the target's object (namesItsObject), or by a label a
 * loose word apart (wordsApart); never one of another stage of building (新安排 vs 基本建成, measures:stages).
 */
function surer<C extends Outcome>(candidate: C, target: Figure, targetSide: PlacedSide, review: ReviewPart): C {
  if (otherStages(target.label, candidate.figure.label)) return candidate;
  if (namesItsObject(targetSide, placedSide(review.analysis, candidate.figure))) return { ...candidate, score: SURE_MATCH, named: true };
  // A similarity of 0 says two labels qualify a measure differently (登记 vs 调查): no word makes them one.
  const apart = candidate.score > 0 ? wordsApart(target.label, candidate.figure.label) : null;
  return apart ? { ...candidate, score: SURE_MATCH, apart } : candidate;
}

function outcomeFor(review: ReviewPart, target: Figure, targetSide: PlacedSide): Outcome | null {
  if (target.measure !== null) {
    const measured = measuredOutcome(review, target);
    if (measured) return measured;
  }
  const key = measureOf(target.label);
  const alike = review.figures
    // 涨幅控制在2.6% states a change as a level: only opposite directions rule a figure out.
    .filter((f) => countsAlike(f, target) && !(directionOf(f) && directionOf(target) && directionOf(f) !== directionOf(target)))
    // A figure of another catalogue measure is never this target's outcome, nor a share one of a change.
    .filter((f) => (target.measure === null || f.measure === null || f.measure === target.measure) && !shareForChange(target, f, directionOf(target) !== null))
    // Outside percentages an increase (增加26亿元) and a level (安排219亿元) are different things; a label
    // opening on an addition (新增成果转化企业1000家) is an increase, and may also be read as a level.
    .filter((f) => f.unit === '%' || (f.change === null) === (target.change === null) || (directionOf(f) !== null && directionOf(target) !== null));
  const candidates = alike
    // closeness keeps the label similarity a sure match raises: of two, the closer label (接待游客 before 接待入境游客).
    .map((f) => ({ figure: f, score: similarity(key, measureOf(f.label)), fiveYears: fiveYearPart(review.analysis, f, review.year) !== null }))
    .map((c) => ({ ...c, closeness: c.score }))
    // The target's own number with its head named is the target reported done (scope:same-number); not across
    // measures a similarity of 0 keeps apart (农村 vs none, 开工 vs 建成).
    .map((c) => (c.score > 0 && statesTargetNumber(target, c.figure) ? { ...c, score: Math.max(c.score, SURE_MATCH), sameNumber: true } : c))
    // A count too small to tell is the target's when the outcome names the things the target lists (scope:listed-names).
    .map((c) => (c.score > 0 && !('sameNumber' in c) && sameNumber(target, c.figure) && namesListed(targetSide, placedSide(review.analysis, c.figure)) ? { ...c, score: Math.max(c.score, SURE_MATCH), sameNumber: true, listed: true } : c))
    // Every word of the target's object named is as sure as a close label (新开外贸航线, 新开辟外贸航线), and so is a
    // label a word of where or how much apart (接待国内外游客, 接待游客).
    .map((c) => (c.score < SURE_MATCH ? surer(c, target, targetSide, review) : c))
    .filter(({ score }) => score >= PAIRING_THRESHOLD);
  // The year's own outcome first; a five-year figure only when nothing else states the measure.
  // Of a span (从1795亿元增加到5260亿元), where it ended before where it started.
  candidates.sort((a, b) => Number(a.fiveYears) - Number(b.fiveYears) || Number(!ofTheYear(a.figure)) - Number(!ofTheYear(b.figure)) || b.score - a.score || b.closeness - a.closeness || a.figure.start - b.figure.start);
  const best = candidates[0];
  // What the target acts on, worded otherwise, before an outcome that may measure something else or is of five years;
  // a sure outcome worded otherwise that is that figure names it alike however its acts are worded (更新 of 更新改造).
  const acted = actedOn(review, target, alike);
  if (best && best.score >= SURE_MATCH && !best.fiveYears) return acted?.figure === best.figure && best.figure.label !== target.label ? { ...best, actedOn: acted.actedOn } : best;
  return acted ?? best ?? restated(review, target);
}

/**
 * The one figure of the year the review states of what the target acts on, worded otherwise (scope:same-unit-object:
 * 有序改造供热管网1287公里、燃气管网810公里 for 清单化项目化改造燃气管网650公里): its label the target's object
 * (actOnObject), in a unit that says what is counted, the target's act in its clause (but of visits, 医疗旅游人次86.5万),
 * of the year; none when two such figures differ, or the labels name measures kept apart (新增 vs none, 开工 vs 建成).
 */
function actedOn(review: ReviewPart, target: Figure, alike: readonly Figure[]): Outcome | null {
  if (target.measure !== null || !countsObject(recordedNamedUnit(target)?.unit ?? target.unit, target.unitType)) return null;
  const key = measureOf(target.label);
  const found = alike.flatMap((figure) => {
    const acts = actOnObject(target.label, figure.label);
    if (acts === null || figure.period !== null || key.qualifiers !== measureOf(figure.label).qualifiers) return [];
    const clause = clauseBefore(placedSide(review.analysis, figure));
    if (!(acts.length === 0 || says(acts, `${clause}${figure.label}`) || figure.unitType === 'person-times')) return [];
    const ofYear = !says(OTHER_BASIS, clause) && !MULTI_YEAR.test(clause) && !SEVERAL_YEARS.test(clause) && fiveYearPart(review.analysis, figure, review.year) === null;
    return ofYear ? [{ figure, acts }] : [];
  });
  const [first] = found;
  return first && new Set(found.map(({ figure }) => figure.value)).size === 1 ? { figure: first.figure, score: SURE_MATCH, actedOn: first.acts } : null;
}

/**
 * A review that repeats the target's figure with the label's last word (扩招100万人 for
 * 今年大规模扩招100万人) states its outcome in other words, though no label was close.
 */
function restated(review: ReviewPart, target: Figure): Outcome | null {
  const head = headNamed(target);
  if (head === null) return null;
  const figure = review.figures.find((f) => sameNumber(target, f) && labelHead(f.label) === head && fiveYearPart(review.analysis, f, review.year) === null);
  return figure ? { figure, score: SURE_MATCH, sameNumber: tellingNumber(target) } : null;
}

function onOtherBasis(side: PlacedSide, target: Figure): string | null {
  const clause = clauseBefore(side);
  const basis = OTHER_BASIS.find((word) => (clause.includes(word) || side.label.includes(word)) && !target.label.includes(word));
  return basis ?? null;
}

/** A value at one moment (年末5.5%) against a target for the whole year (全年控制在5.5%以内): the year may have been above it. */
function momentForWholeYear(actual: PlacedSide, target: PlacedSide): string | null {
  if (!says(WHOLE_YEAR_WORDS, clauseBefore(target))) return null;
  return POINT_IN_TIME_WORDS.find((word) => clauseBefore(actual).includes(word)) ?? null;
}

function checkTarget(review: ReviewPart, target: Figure, targetSide: PlacedSide): Omit<TargetCheck, 'commitment' | 'target'> {
  const spoken = mentions(review, target);
  const shortfall = admittedShortfall(spoken, target);
  const outcome = outcomeFor(review, target, targetSide);
  const actual = outcome ? sideOf(review.analysis, outcome.figure) : null;
  if (shortfall) {
    // CPI涨幅未达年初预期 says prices rose less than expected: below a ceiling, not a failure to keep under it.
    const below = lowerFor(target) && says(BELOW_WORDS, shortfall);
    return below
      ? { actual, verdict: 'unclear', rule: 'verdict:below-expectation', reason: `the report says it stayed below the expectation: "${shortfall}"`, quote: shortfall }
      : { actual, verdict: 'missed', rule: 'verdict:admitted-shortfall', reason: `the report says so: "${shortfall}"`, quote: shortfall };
  }
  const numeric = judgeOutcome(review, target, targetSide, outcome, actual);
  // A number of the year decides; words of the year beat a number on another basis or none.
  if (numeric.decided) return numeric.check;
  const done = reportedDone(review, spoken, target);
  if (!done) return numeric.check;
  const { sentence: _, ...judgement } = done;
  return { actual: numeric.check.actual, ...judgement };
}

type Check = Omit<TargetCheck, 'commitment' | 'target'>;

/**
 * A sentence stating the target in words only (全面完成, 如期实现). A label of a word or two (农村 of
 * 16万户农村户用卫生厕所, 国家 of 161个国家4A级以上旅游景区) is named by clauses on anything: the clause
 * names the words after the number too (厕所).
 */
function statedInWords(spoken: ReviewSentence[], target: Figure, targetSide: PlacedSide): ReviewSentence | undefined {
  const object = namesNoMeasure(target) ? targetObject(targetSide) : [];
  return spoken.find(({ text }) => clausesOf(text).some((clause) => namedAt(target, clause) >= 0 && says(WORDS_ONLY, clause) && missingIn(object, clause).length === 0));
}

/** A clause opening on a number of years (5年增长18.7%), not on a year (2025年增长5.5%). */
const OVER_YEARS = /^\d{1,2}年/;

/**
 * Whether a sentence gives the measure a number over several years only (年均, 累计, 连续7年, or in a
 * five-year review: 单位国内生产总值能耗、水耗均下降20%以上): the year's own outcome is not there, but
 * the report does not say nothing either.
 */
function statedOverYears(review: ReviewPart, sentence: ReviewSentence, target: Figure): boolean {
  const fiveYears = fiveYearPart(review.analysis, sentence, review.year) !== null;
  const clauses = clausesOf(sentence.text);
  const level = target.measure === null ? null : levelOf(target.measure);
  const levelTarget = level && { ...target, measure: level.id };
  // The level of a growth target's measure says of its growth over the years where it moved: from where to where
  // (居民人均可支配收入从27136元增长到36439元), or by how much over them (累计完成3.7万亿元，5年增长18.7%); not an end
  // level alone (社会消费品零售总额增至2.79万亿元).
  const moved = (clause: string, next: string) =>
    assignMeasure({ label: clause, unit: null, change: null }).period === 'end' || (OVER_YEARS.test(next) && says(CHANGE_WORDS, next));
  const names = (clause: string, next: string) => namedAt(target, clause) >= 0 || (levelTarget !== null && namedAt(levelTarget, clause) >= 0 && moved(clause, next));
  return clauses.some((clause, i) => {
    if (!names(clause, clauses[i + 1] ?? '')) return false;
    const told = [clause, clauses[i + 1] ?? ''].filter((part) => /\d/.test(part));
    return told.some((part) => fiveYears || MULTI_YEAR.test(part) || SEVERAL_YEARS.test(part));
  });
}

/**
 * A review sentence naming every word, two at least, of what the target counts (推进钢铁、煤炭行业市场化去产能
 * for 再压减钢铁产能3000万吨; 新增46家高新技术“精英行动”企业 for …企业达220家) where no figure of it was found: the
 * report speaks of it, in words, over five years or on another basis, and a reader cannot decide. One word
 * alone (项目, 企业) is named by too many sentences to tell.
 */
function objectNamed(review: ReviewPart, targetSide: PlacedSide): ReviewSentence | undefined {
  const terms = targetObject(targetSide);
  if (terms.length < 2) return undefined;
  return review.sentences.find(({ object }) => terms.every((term) => object.includes(term)));
}

/**
 * Of a catalogue measure, a figure of the same kind naming a part of it (跨境电商进出口增长16.3% for 进出口总额增长5%左右):
 * of no measure or another, a qualifier before the measure's name; not the measure itself in another form (固定资产投资下降
 * 3.3% for 增长5%: the catalogue's rules decide it), nor a level for a growth (verdict:over-years).
 */
const partOfMeasure = (target: Figure, figure: Figure) => figure.measure !== target.measure && countsAlike(figure, target) && figure.period === null;

/** Why a figure counting the target's object otherwise cannot answer it, as the rule that says so (verdicts.json). */
const OTHER_MEASURE = {
  'verdict:named-over-years': 'over several years',
  'verdict:named-other-kind': 'of another kind',
  'verdict:named-other-measure': 'another measure of it',
} as const;

/**
 * The first figure of the review, of the year or of five years, that counts what the target counts, measured otherwise
 * (countsHeadOf: 自治区重大项目开工390个 for 自治区层面统筹推进重大项目2200个), where no figure answering the target was
 * found: the review speaks of its object, and a reader cannot decide. Its verdict says why: over several years (a five-year
 * review, a span, a mean), of another kind (a count for a share), or another measure of it; of a catalogue measure, only a
 * part of it (partOfMeasure), its own rules deciding its levels and spans (verdict:over-years, direction-only).
 */
function otherMeasureOf(review: ReviewPart, target: Figure, targetSide: PlacedSide): Check | null {
  const head = headNamed(target);
  if (head === null || !targetObject(targetSide).includes(head)) return null;
  // A head alone (重大项目, 群众) must be long enough to tell, as one word of an object must (namesItsObject).
  const alone = labelObject(target.label).every((term) => head.includes(term));
  if (alone && head.length < ONE_WORD_NAMES) return null;
  const figure = review.figures.find((f) => (target.measure === null || partOfMeasure(target, f)) && countsHeadOf(target.label, head, f.label));
  if (!figure) return null;
  const clause = clauseBefore(placedSide(review.analysis, figure));
  const overYears = figure.period !== null || MULTI_YEAR.test(clause) || SEVERAL_YEARS.test(clause) || fiveYearPart(review.analysis, figure, review.year) !== null;
  const rule = overYears ? 'verdict:named-over-years' : countsAlike(figure, target) ? 'verdict:named-other-measure' : 'verdict:named-other-kind';
  const actual = sideOf(review.analysis, figure);
  return { actual, verdict: 'unclear', rule, reason: `the review counts what the target counts only ${OTHER_MEASURE[rule]} ("${actual.label}" ${actual.surface}): "${actual.sentence}"`, quote: actual.sentence };
}

/** The joiners of scope:single-vs-combined, each of one character (、, 和, 及, 与). */
const JOINER = new RegExp(`[${JOINER_WORDS.filter((word) => word.length === 1).join('')}]`);

/**
 * The first figure of the year counting one of the things a target's label joins, not the last (新建改建合作助老餐厅和助餐点1000个
 * by 建成助老餐厅413个, Jilin 2026), where nothing else answered: its label ends on that thing's name, four characters at least as
 * for a word of an object (ONE_WORD_NAMES), in a unit counting alike. A part of what the target counts: unclear, never a verdict.
 */
function joinedPartOf(review: ReviewPart, target: Figure): Check | null {
  // Split by characters: jieba may glue a joiner to the next word (和助/x of 和助餐点); a false join (和美乡村, 地级及以上) leaves
  // a part too short to share four characters with anything.
  const parts = target.label.split(JOINER).slice(0, -1);
  if (parts.length === 0) return null;
  const namesPart = (figure: Figure) => parts.some((part) => sharedEnd([part, figure.label]).length >= ONE_WORD_NAMES);
  const figure = review.figures.find((f) => f.period === null && countsAlike(f, target) && namesPart(f) && fiveYearPart(review.analysis, f, review.year) === null);
  if (!figure) return null;
  const actual = sideOf(review.analysis, figure);
  return { actual, verdict: 'unclear', rule: 'verdict:named-part', reason: `the review counts only one of the things the target joins ("${actual.label}" ${actual.surface}): "${actual.sentence}"`, quote: actual.sentence };
}

/**
 * The newer report's plan setting the measure as a change on last year's (今年拟安排地方政府专项债券2.15万亿元，
 * 比去年增加8000亿元; 拟发行长期建设国债800亿元，比上年减少300亿元): last year's amount is implied, as a budget,
 * not reported as an outcome; not on last year's budget (比去年预算赤字减少500亿元), which is the target again.
 * The words of the two figures, or null.
 */
function impliedByPlan(review: ReviewPart, target: Figure, targetSide: PlacedSide): string | null {
  const { analysis } = review;
  const key = measureOf(target.label);
  // Every object word named is as sure as a close label (拟发行长期建设国债, 拟安排长期建设国债), as for an outcome.
  const sameThing = (plan: Figure) => similarity(key, measureOf(plan.label)) >= SURE_MATCH || namesEveryWord(targetSide, placedSide(analysis, plan));
  for (const [i, plan] of analysis.figures.entries()) {
    if (plan.modality !== 'target' || plan.unit !== target.unit || inReview(analysis, plan.start)) continue;
    // The change on last year's follows in the sentence: asked first, it is cheap and most plan figures have none.
    const change = analysis.figures[i + 1];
    if (!change || change.sentence !== plan.sentence) continue;
    const same = target.measure !== null ? plan.measure === target.measure : sameThing(plan);
    if (!same || notATarget(analysis, change) !== 'on-last-year') continue;
    const words = analysis.text.slice(clauseStart(analysis.text, plan.start), change.end);
    // 比去年预算高0.2个百分点: a change on last year's budget restates last year's target, not what came of it.
    if (!says(lastYearBudget, analysis.text.slice(plan.end, change.start))) return words;
  }
  return null;
}

/** How the units were taken as one: 20项 for 20件 (one count), 1400万 of 农业转移人口 for 人 (the unit its noun names). */
function unitsNote(outcome: Figure, target: Figure): string {
  if (outcome.unit === target.unit) return '';
  if (sameUnit(outcome.unit, target.unit)) return ` (${outcome.unit} counted as ${target.unit}: ${convertedCount(outcome.unit, target.unit) ? CONVERTED_COUNT_RULE : SAME_COUNT_RULE})`;
  const named = recordedNamedUnit(outcome) ?? recordedNamedUnit(target);
  return named ? ` (${named.unit}, as the noun of the count names it: ${named.rule})` : '';
}

const MOVED_RULE = verdictRules.rules.find((rule) => rule.id === 'verdict:moved-in-words') as { notMoves: string[] };
/** Change words that say a quantity moved, and are not inside other words (增 of 增强). */
const movesOf = (words: readonly string[]) => words.filter((word) => word.length > 1 && !MOVED_RULE.notMoves.includes(word));
const [MOVES_UP, MOVES_DOWN] = [movesOf(CHANGE_UP), movesOf(CHANGE_DOWN)];

/**
 * Of no catalogue measure, a clause of the year without a number that names the target's label and the change it sets, in its
 * direction (提高居民基本医保补助标准 for 居民基本医保人均财政补助标准再增加40元): the change was made, by how much is not said.
 * Not in a five-year review, whose changes are of the five years.
 */
function movedInWords(review: ReviewPart, spoken: ReviewSentence[], target: Figure): ReviewSentence | undefined {
  const direction = target.measure === null && !namesNoMeasure(target) ? directionOf(target) : null;
  if (direction === null) return undefined;
  const words = direction === 'up' ? MOVES_UP : MOVES_DOWN;
  const { analysis } = review;
  // A number in words is a figure too (货物通关时间压缩一半以上): the clause must hold none.
  const numbered = (sentence: ReviewSentence, clause: string, start: number) => {
    const at = sentence.start + start;
    return /\d/.test(clause) || analysis.figures.some((f) => f.start >= at && f.start < at + clause.length);
  };
  const moved = (sentence: ReviewSentence) =>
    clauseSpans(sentence.text).some(({ text, start }) => namedAt(target, text) >= 0 && says(words, text) && !numbered(sentence, text, start));
  return spoken.find((sentence) => fiveYearPart(analysis, sentence, review.year) === null && moved(sentence));
}

/** What the review says of a target no figure answers: in words, as a direction, over years, in the newer plan, of its object, or nothing. */
function unanswered(review: ReviewPart, target: Figure, targetSide: PlacedSide): Check {
  const spoken = mentions(review, target);
  const inWords = statedInWords(spoken, target, targetSide);
  if (inWords) return { actual: null, verdict: 'unclear', rule: 'verdict:words-only', reason: `stated only in words: "${inWords.text}"`, quote: inWords.text };
  // 财政赤字率和宏观杠杆率下降: of a catalogue measure, a direction without a number is an outcome in words.
  const direction = target.measure !== null && spoken.find(({ text }) => clausesOf(text).some((clause) => namedAt(target, clause) >= 0 && !/\d/.test(clause) && says(CHANGE_WORDS, clause)));
  if (direction) return { actual: null, verdict: 'unclear', rule: 'verdict:direction-only', reason: `stated only as a direction, without a number: "${direction.text}"`, quote: direction.text };
  const moved = movedInWords(review, spoken, target);
  if (moved) return { actual: null, verdict: 'unclear', rule: 'verdict:moved-in-words', reason: `the change the target sets is said without a number: "${moved.text}"`, quote: moved.text };
  // Of a catalogue measure only: a label's words alone may name something beside it.
  const overYears = target.measure !== null && spoken.find((sentence) => statedOverYears(review, sentence, target));
  if (overYears) return { actual: null, verdict: 'unclear', rule: 'verdict:over-years', reason: `stated only over several years: "${overYears.text}"`, quote: overYears.text };
  const implied = impliedByPlan(review, target, targetSide);
  if (implied) return { actual: null, verdict: 'unclear', rule: 'verdict:implied-by-plan', reason: `not in the review; the newer plan gives this year's amount on last year's: "${implied}"`, quote: implied };
  const named = objectNamed(review, targetSide);
  if (named) return { actual: null, verdict: 'unclear', rule: 'verdict:object-named', reason: `the review names what the target counts but gives no figure of it to compare: "${named.text}"`, quote: named.text };
  return otherMeasureOf(review, target, targetSide) ?? joinedPartOf(review, target) ?? { actual: null, verdict: 'no-data', rule: 'verdict:no-data', reason: 'the newer report does not state this measure' };
}

/** The verdict on the outcome found; `decided` when it is the year's own figure of the same measure. */
function judgeOutcome(
  review: ReviewPart,
  target: Figure,
  targetSide: PlacedSide,
  outcome: Outcome | null,
  actual: FigureSide | null,
): { decided: boolean; check: Check } {
  const open = (check: Check) => ({ decided: false, check });
  if (!actual || !outcome) return open(unanswered(review, target, targetSide));
  const placed = placedSide(review.analysis, outcome.figure);
  const basis = onOtherBasis(placed, target);
  if (basis) return open({ actual, verdict: 'unclear', rule: 'verdict:other-basis', reason: `the outcome is on another basis (${basis})`, quote: basis });
  const moment = momentForWholeYear(placed, targetSide);
  if (moment) return open({ actual, verdict: 'unclear', rule: 'verdict:moment', reason: `a value at one moment (${moment}) does not say the whole year held`, quote: moment });
  // A stock a five-year review states as it stands, or the end of its span, is the year's; one it says was held over the years (稳定在…以上) is not.
  const levelAtEnd =
    stockAtEnd(outcome.figure) ||
    outcome.figure.period === 'end' ||
    (ofTheYear(outcome.figure) && outcome.figure.change === null && (rateReached(placed) || levelReached(targetSide, placed)));
  const fiveYears = levelAtEnd && !heldOverYears(placed) ? null : fiveYearPart(review.analysis, outcome.figure, review.year);
  if (fiveYears) return open({ actual, verdict: 'unclear', rule: 'verdict:five-year-review', reason: `the outcome found, ${actual.label} ${actual.surface}, is in a five-year review ("${fiveYears}")`, quote: fiveYears });
  if (outcome.score < SURE_MATCH) return open({ actual, verdict: 'unclear', rule: 'verdict:unsure-match', reason: `the closest outcome, "${actual.label}", may measure something else` });
  if (!ofTheYear(outcome.figure)) return open({ actual, verdict: 'unclear', rule: 'verdict:period', reason: `the outcome is on another basis (${outcome.figure.period})` });
  // 中央财政拟安排832亿元 and 中央财政安排423亿元 may fund different things; the same 2.8万亿元 the same funds.
  if (namesOnlyPayer(target.label) && !outcome.sameNumber) return open({ actual, verdict: 'unclear', rule: 'verdict:payer-only', reason: `"${target.label}" names who pays, not for what` });
  const judged = judge(target, signedValue(outcome.figure, target).value);
  // A part past the target says the whole is too; a sum short of it, that the part is.
  const holds = lowerFor(target) || (judged.verdict !== 'met' && judged.verdict !== 'missed') ? undefined : judged.verdict;
  // The same names listed say the same things are counted: no scope rule asks what the outcome counts (scope:listed-names).
  const passes = outcome.listed ? 'counting' : outcome.sameNumber === true || outcome.actedOn !== undefined ? 'naming' : undefined;
  const scope = scopeDifference(targetSide, placed, holds, passes);
  if (scope) return open({ actual, verdict: 'unclear', rule: scope.rule, reason: scope.reason });
  // Found by the target's words alone, an outcome naming more may count a narrower thing: an amount of it past
  // the target says the target is, where more is better; short of it, or as a rate, nothing.
  const narrowerKeeps = judged.verdict === 'met' && !lowerFor(target) && !RATE_UNITS.has(target.unit);
  const more = outcome.named && (judged.verdict === 'met' || judged.verdict === 'missed') && !narrowerKeeps ? namesMore(targetSide, placed) : [];
  if (more.length > 0) {
    return open({ actual, verdict: 'unclear', rule: OBJECT_WORDS_RULE, reason: `${OBJECT_WORDS_RULE}: the outcome names more than the target (${more.join('、')}): it may count a narrower thing` });
  }
  const other = onSecondBasis(review, outcome.figure);
  const second = other && judge(target, signedValue(other, target).value);
  if (other && second && second.verdict !== judged.verdict) {
    return open({ actual, verdict: 'unclear', rule: TWO_BASES_RULE, reason: `${TWO_BASES_RULE}: ${judged.reason}; on another basis ("${other.label}") ${second.reason}` });
  }
  return { decided: true, check: { actual, ...judged, reason: `${judged.reason}${unitsNote(outcome.figure, target)}${matchNote(outcome, targetSide, placed)}` } };
}

/** How an outcome worded otherwise was taken as the target's, for the reason: the rule that let it stand. */
function matchNote(outcome: Outcome, targetSide: PlacedSide, placed: PlacedSide): string {
  if (outcome.apart) return ` (labels ${outcome.apart.join('、')} apart: ${WORDS_APART_RULE})`;
  if (outcome.listed) return ` (the target's number, of the things it lists: ${LISTED_NAMES_RULE})`;
  if (outcome.sameNumber) return ` (the target's own number restated: ${SAME_NUMBER_RULE})`;
  if (outcome.actedOn) return ` (the outcome names what the target acts on${outcome.actedOn.length > 0 ? ` (${outcome.actedOn.join('、')})` : ''}: ${SAME_UNIT_OBJECT_RULE})`;
  const naming = namingRules(targetSide, placed);
  return naming.length > 0 ? ` (named alike: ${naming.join(', ')})` : '';
}

/** The same outcome restated on another basis in brackets right after it (增长1.7%（同口径增长2.5%以上）). */
function onSecondBasis(review: ReviewPart, figure: Figure): Figure | undefined {
  const between = (other: Figure) => review.analysis.text.slice(figure.end, other.start);
  return review.figures.find(
    (other) =>
      other.sentence === figure.sentence &&
      other.start > figure.end &&
      other.unit === figure.unit &&
      between(other).length <= 12 &&
      says(BRACKETS, between(other)) &&
      says(OTHER_BASIS, `${between(other)}${other.label}`),
  );
}

/** The headings above a commitment: a part on the five-year plan sets five-year goals. */
function headingsOf(analysis: Analysis, commitment: Commitment): string {
  const byId = new Map(analysis.sections.map((s) => [s.id, s]));
  const headings: string[] = [];
  for (let id = commitment.section; id !== null; ) {
    const section = byId.get(id);
    if (!section) break;
    headings.push(section.heading ?? '');
    id = section.parent;
  }
  return headings.join(' ');
}

/** The year a commitment is due, when it names one (到2020年, 2025年底前). */
function dueYear(commitment: Commitment): number | null {
  const year = /(20\d\d)/.exec(commitment.deadline ?? '');
  return year ? Number(year[1]) : null;
}

const { pastYear, plannedWords, ourPlace, presentState, changeTo, partWords, lastYearBudget } = NOT_A_TARGET;
/** A clause telling the year before (去年居民消费价格涨幅回落到2.6%), with nothing planned after it. */
const PAST_YEAR = new RegExp(`(?:^|[，,；;：:])(?:${alternation(pastYear)})(?!.*(?:${alternation(plannedWords)}))`, 'su');
/** What is, not what will be (现行16%的税率, 人口已达2.5亿); unless a change to the figure follows (现行…的税率降至13%). */
const PRESENT_STATE = new RegExp(`(?:${alternation(presentState)})(?![^，,；;：:]*(?:${alternation(changeTo)}))`);
/** Nothing planned (今年, 将, 力争, 届时 …) in the words before a figure. */
const PLANNED = new RegExp(alternation(plannedWords));
/** A clause that opens on our country or region (我区每年接待游客近3亿人次, 我国有2.9亿在校学生): it tells what it is or does, unless a plan is said before. */
const OUR_PLACE = new RegExp(`^(?:${alternation(ourPlace)})`);
/** A change on last year's figure in money or points (比去年预算增加4000亿元, 比去年预算高0.2个百分点). */
const ON_LAST_YEAR = new RegExp(`^[^，,；;：:]{0,4}[比较](?:${alternation(pastYear)})`);

/**
 * Whether a figure after 其中 splits the measure of the target before it (财政赤字2.76万亿元，其中中央财政赤字
 * 1.83万亿元) rather than naming a measure of its own (其中留抵退税…): its label holds that measure's name.
 */
function partOf(whole: Figure, part: Figure): boolean {
  const names = whole.measure === null ? labelTerms(whole.label).slice(-1) : measureById(whole.measure)!.aliases;
  return whole.unit === part.unit && names.some((name) => part.label.includes(name));
}

/**
 * Whether a figure qualifies the noun after it (近14亿中国人的饭碗, 年销售收入超10亿元的龙头企业), with or without
 * 的 (超10亿元农业产业化龙头企业100家: extraction's label:bounds-noun): it sets which things are counted, and is
 * neither a target nor an outcome. A share before its noun (扩大到全国50%以上的城市, 八成以上工作时间) is the share to reach.
 */
function qualifiesNoun(analysis: Analysis, figure: Figure): boolean {
  if (figure.unitType === 'percent') return false;
  if (figure.rule.split(' ').includes(BOUNDS_NOUN)) return true;
  return /^[\p{Script=Han}]{0,3}的(?!目标|预期|水平|增长|增速)/u.test(analysis.text.slice(figure.end, figure.end + 8));
}

/** Why a figure of a plan is not a target (notATarget), as an id that callers compare (impliedByPlan: on-last-year). */
export type NotATarget = 'age' | 'enumeration' | 'achieved-told-in-plans' | 'change-start' | 'past-year' | 'present-state' | 'qualifies-noun' | 'on-last-year' | 'part-of-target';

/**
 * Why a figure of a plan is not a target: it tells the past year (去年…回落到2.6%) or what is
 * (现行16%的税率, 人口已达2.5亿, 我区每年接待游客近3亿人次, the 由25元 a change starts from), qualifies a noun (近14亿中国人的饭碗),
 * is an age (60岁以上) or counts the items of a list; or, after a target of its sentence, it
 * restates that target on last year (比去年增加4000亿元) or breaks it into parts (其中中央财政赤字8500亿元).
 */
export function notATarget(analysis: Analysis, figure: Figure): NotATarget | null {
  if (figure.unit === '岁') return 'age';
  // 八项主张, 三个方面, 三件事, 十一届六次全会: a few things listed or an ordinal, in words.
  if (figure.rule.startsWith('chinese-numeral') && figure.unitType === 'count' && Number.isInteger(figure.value) && figure.value <= 10) return 'enumeration';
  if (reportedInPlans(analysis, figure.start)) return 'achieved-told-in-plans';
  if (figure.period === 'start') return 'change-start';
  const sentence = analysis.sentences[figure.sentence];
  const sentenceStart = sentence?.start ?? figure.start;
  const before = analysis.text.slice(sentenceStart, figure.start);
  const clause = before.slice(before.search(/[^，,；;：:]*$/));
  if (PAST_YEAR.test(before)) return 'past-year';
  if (PRESENT_STATE.test(clause) || (OUR_PLACE.test(clause) && !PLANNED.test(before))) return 'present-state';
  if (qualifiesNoun(analysis, figure)) return 'qualifies-noun';
  const earlier = analysis.figures.findLast((f) => f.sentence === figure.sentence && f.start < figure.start && f.modality === 'target');
  if (!earlier) return null;
  const sameScale = earlier.unit === figure.unit || (earlier.unit === '%' && figure.unit === '个百分点');
  // 赤字规模5.66万亿元、比上年增加1.6万亿元: an item of a list may be the change.
  if (sameScale && ON_LAST_YEAR.test(clause.slice(clause.search(/[^、]*$/)))) return 'on-last-year';
  if (says(partWords, analysis.text.slice(earlier.end, figure.start)) && partOf(earlier, figure)) return 'part-of-target';
  return null;
}

/**
 * The same target stated twice (the 预期目标 list, then 经济增长预期目标定为7.5%左右，主要基于…) is judged
 * once: of a catalogue measure, the same value on its scale, whether or not the wording says 增长.
 */
function targetKey(figure: Figure): string {
  if (figure.measure === null) return [canonicalLabel(figure.label), figure.value, figure.valueMax, figure.unit, figure.change?.direction].join('|');
  const { value, valueMax } = signedValue(figure, figure);
  return [figure.measure, value, valueMax, figure.unit].join('|');
}

/** The words a label names before its goal word, a lead word (预期) left out: 增长 of 增长预期目标定. */
const GOAL_NAMED = new RegExp(`^(.+?)(?:${alternation(RESTATED_TARGET.leadWords)})?(?:${alternation(RESTATED_TARGET.goalWords)})`);

/**
 * Whether a target of no catalogue measure restates one listed before it (target:restated): 把增长预期目标定在7.5%左右
 * after the list's 国内生产总值增长7.5%左右. Its label names a goal, and the words before the goal word are words of
 * that target's label, whose value, range and unit are its own; a label naming a measure is keyed by it (targetKey).
 */
function restatesListed(target: Figure, listed: readonly Figure[]): boolean {
  const named = target.measure === null ? GOAL_NAMED.exec(target.label)?.[1] : undefined;
  return named !== undefined && listed.some((f) => f.value === target.value && f.valueMax === target.valueMax && f.unit === target.unit && f.label.includes(named));
}

/** Every target's check, and the same with a target stated twice listed once. */
export interface TargetChecks {
  /** One per target figure of each commitment: follow-up looks up a commitment's own. */
  all: TargetCheck[];
  /** What a comparison lists: a target restated later (经济增长预期目标定为7.5%) only where first stated. */
  distinct: TargetCheck[];
}

export function judgeTargets(older: Analysis, newer: Analysis): TargetChecks {
  const byId = new Map(older.figures.map((f) => [f.id, f]));
  const reviewed = newer.meta.year ?? (older.meta.year === null ? null : older.meta.year + 1);
  const review = reviewPartOf(newer, reviewed);
  const seen = new Set<string>();
  const listed: Figure[] = [];
  const all: TargetCheck[] = [];
  const distinct: TargetCheck[] = [];
  for (const commitment of older.commitments) {
    for (const id of commitment.targets) {
      const target = byId.get(id)!;
      if (notATarget(older, target) !== null) continue;
      const later = laterYears(review, older, commitment, target);
      const check = checkOf(review, older, commitment, target, later);
      all.push(check);
      const key = targetKey(target);
      if (!seen.has(key) && !restatesListed(target, listed)) distinct.push(check);
      // A five-year goal (城镇调查失业率控制在5.5%以内 of 十四五) does not stand for the year's same figure.
      if (later !== null) continue;
      seen.add(key);
      listed.push(target);
    }
  }
  return { all, distinct };
}

/** Every target of every commitment judged, a restated one again under its own commitment. */
export function checkTargets(older: Analysis, newer: Analysis): TargetCheck[] {
  return judgeTargets(older, newer).all;
}

/** Why a commitment is for later or several years, not the year reviewed: a five-year goal is not judged on one year's outcome. */
function laterYears(review: ReviewPart, older: Analysis, commitment: Commitment, target: Figure): Pick<TargetCheck, 'reason' | 'due'> | null {
  const due = dueYear(commitment);
  if (due !== null && review.year !== null && due > review.year) return { reason: `due in ${due}; the newer report reviews ${review.year}`, due: { year: due, reviewed: review.year } };
  // Up to the figure: 今年拟安排地方政府专项债券3.8万亿元，加快实施“十四五”重大工程 sets this year's amount.
  const upToFigure = older.text.slice(commitment.start, Math.max(commitment.start, target.end));
  if (MULTI_YEAR.test(upToFigure) || MULTI_YEAR.test(headingsOf(older, commitment))) return { reason: 'a multi-year target' };
  return null;
}

/** Where the clause holding a figure starts: after the last break before it (、 lists, it does not break). */
const clauseStart = (text: string, at: number) => Math.max(...[...'，,；;：:。\n'].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;

/**
 * Whether a figure is one of several a 分别 clause sets that the labels do not tell apart (粮肉奶产量 分别
 * 800亿斤、60亿斤、160亿斤): which is whose the label cannot say. Where 分别 handed each its own label
 * (城镇、农村居民人均可支配收入分别增长5%、6.5%: 城镇居民…, 农村居民…), each is judged; and a target of
 * another clause of the same sentence (城镇调查失业率5%左右 of the 预期目标 list) is not concerned.
 */
function sharedRespectively(older: Analysis, commitment: Commitment, target: Figure): boolean {
  const start = clauseStart(older.text, target.start);
  if (!older.text.slice(start, target.start).includes('分别')) return false;
  const label = canonicalLabel(target.label);
  return commitment.targets.some((id) => {
    const other = older.figures.find((f) => f.id === id);
    return other !== undefined && other.id !== target.id && clauseStart(older.text, other.start) === start && canonicalLabel(other.label) === label;
  });
}

const STRETCH_RULE = verdictRules.rules.find((rule) => rule.id === 'verdict:stretch')!;
const AIM_WORD = new RegExp(alternation((STRETCH_RULE as { words: string[] }).words));

/**
 * The floor a target is an aim above (verdict:stretch): a target of the same commitment and sentence before it, at
 * least a lower value of the same thing in the same unit, with an aim word between them (增长7%以上、力争达到8%).
 */
function floorBelow(older: Analysis, commitment: Commitment, target: Figure): Figure | undefined {
  const label = canonicalLabel(target.label);
  return commitment.targets
    .map((id) => older.figures.find((f) => f.id === id))
    .find((f) => f !== undefined && f.sentence === target.sentence && f.end <= target.start && f.qualifier === 'at-least' && f.unit === target.unit &&
      f.value < target.value && canonicalLabel(f.label) === label && AIM_WORD.test(older.text.slice(f.end, target.start)));
}

function checkOf(review: ReviewPart, older: Analysis, commitment: Commitment, target: Figure, later: Pick<TargetCheck, 'reason' | 'due'> | null): TargetCheck {
  const side = sideOf(older, target);
  if (later !== null) return { commitment: commitment.text, target: side, actual: null, verdict: 'unclear', rule: 'verdict:later-years', ...later };
  if (sharedRespectively(older, commitment, target)) {
    return { commitment: commitment.text, target: side, actual: null, verdict: 'unclear', rule: 'verdict:respectively', reason: 'one of several measures set at once (分别)' };
  }
  const placed = placedSide(older, target);
  const check = checkTarget(review, target, placed);
  const focus = quoteFocus(review, check, target, placed);
  const floor = check.verdict === 'missed' ? floorBelow(older, commitment, target) : undefined;
  if (floor) return { commitment: commitment.text, target: side, ...check, ...focus, verdict: 'unclear', rule: 'verdict:stretch', reason: `an aim above the floor of ${floor.surface}: ${check.reason}` };
  return { commitment: commitment.text, target: side, ...check, ...focus };
}

/**
 * Where, in the words a verdict quotes, is the clause a reader looks for (a long sentence is cut to it on the page): that of the
 * outcome figure when the quote is its sentence; else the first naming the target's measure (namedAt), else the one holding most
 * of the words of what it counts. None in a quote of one clause, or when no clause names it.
 */
function quoteFocus(review: ReviewPart, { quote, actual, rule }: Check, target: Figure, targetSide: PlacedSide): Pick<TargetCheck, 'quoteFocus'> {
  // A five-year review's quote is what marks it, not words on the target.
  const clauses = quote === undefined || rule === 'verdict:five-year-review' ? [] : clauseSpans(quote);
  if (clauses.length < 2) return {};
  const sentence = actual && actual.sentence === quote ? review.analysis.sentences.find((s) => s.start <= actual.start && actual.start < s.end) : undefined;
  const focus = actual && sentence ? clauses.findLast(({ start }) => start <= actual.start - sentence.start) : namingClause(clauses, target, targetSide);
  return focus ? { quoteFocus: { start: focus.start, end: focus.start + focus.text.length } } : {};
}

/** The first clause naming the target's measure (namedAt), else the first holding most of the words of what it counts, if any. */
function namingClause<T extends { text: string }>(clauses: T[], target: Figure, targetSide: PlacedSide): T | undefined {
  const named = clauses.find(({ text }) => namedAt(target, text) >= 0);
  if (named) return named;
  const terms = targetObject(targetSide);
  const held = clauses.map(({ text }) => terms.filter((term) => objectForm(text).includes(term)).length);
  const most = Math.max(...held);
  return most > 0 ? clauses[held.indexOf(most)] : undefined;
}
