// The measure catalogue: what reports measure year after year (GDP growth,
// CPI, surveyed unemployment …), each with its wordings, kind, unit and
// which side is good. A figure gets a measure id only when its label names
// the measure itself: not a share of it (占GDP比重) unless the share is the
// measure by its definition (研发经费支出占GDP比重 is R&D intensity), not a part
// of it (海洋生产总值, 城镇居民收入), not a level where a growth rate is meant.
import type { Change, MeasurePeriod, Token } from '../types.js';
import { alternation } from '../extract/lexicon.js';
import { memo } from '../memo.js';
import catalogue from './lexicon/measures.json' with { type: 'json' };

export type MeasureKind = 'growth' | 'total' | 'level' | 'ratio' | 'count';
/** Which side of a target is good: more, less, at most the target; for a projection (广义货币M2预期增长13%左右), neither. */
export type MeasureDirection = 'higher' | 'lower' | 'ceiling' | 'projection';

export interface MeasureEntry {
  id: string;
  name: string;
  kind: MeasureKind;
  /** The unit type of its figures: percent, money, persons, weight, days, concentration. */
  unit: string;
  /** The figure units it is stated in. */
  units: string[];
  /** true: the label must say it is a change (增长, 涨幅); false: it must not; null: either. */
  growth: boolean | null;
  direction: MeasureDirection;
  aliases: string[];
  /** Words in a label that make it measure something else (人均, 能耗, 单位 for GDP). */
  exclusions: string[];
  /** The measure is the size of a cut (单位生产总值能耗降低): its falls are stated as positive numbers. */
  cut?: boolean;
  /** A level at a moment (城镇化率, 森林覆盖率): a five-year review states it as it stands at the end of the year. */
  stock?: boolean;
  /** The measure is by definition its `of` words as a share of the measure `per` (an id): a label so worded names it (see `shareOf`). */
  definition?: { of: string[]; per: string };
}

export const MEASURES: readonly MeasureEntry[] = catalogue.measures as MeasureEntry[];

const BY_ID = new Map(MEASURES.map((m) => [m.id, m]));

export function measureById(id: string): MeasureEntry | undefined {
  return BY_ID.get(id);
}

/** Every alias with the entries that use it, longest first: 人均GDP before GDP. */
export const ALIASES: Array<[string, MeasureEntry[]]> = [...new Set(MEASURES.flatMap((m) => m.aliases))]
  .sort((a, b) => b.length - a.length)
  .map((alias) => [alias, MEASURES.filter((m) => m.aliases.includes(alias))]);

const words = (list: string[]) => new RegExp(alternation(list));
const GROWTH = words(catalogue.growthWords);
/** 提高到70% states a level, not a change. */
const LEVEL_REACHED = /(?:增长|提高|提升|上升|下降|降低|回落|增加|降)(?:到|至)/g;
const RELATIVE = words(catalogue.relativeWords);
const PERIOD_WORDS: Array<[MeasurePeriod, RegExp]> = [
  ['average', words(catalogue.periodWords.average)],
  ['cumulative', words(catalogue.periodWords.cumulative)],
];
const FROM = words(catalogue.periodWords.start);
/** 每人每年240元 is a yearly amount per person, not an average over years. */
const PER_HEAD = new RegExp(alternation(catalogue.perHeadWords), 'g');
/** What may stand before a measure's name in a label without changing what it measures. */
const SCOPE = new RegExp(alternation([...catalogue.scopeWords, ...catalogue.allCitiesWords.words, ...Object.values(catalogue.periodWords).flat()]), 'g');
/** Words that say where or when, not what (全国, 今年, 力争): no label's head. */
export const SCOPE_WORDS: ReadonlySet<string> = new Set(catalogue.scopeWords);
/**
 * Each measure defined as a share of another, with the pattern of a label stating its definition:
 * 研发经费支出占GDP比重, 研究与试验发展经费支出与国内生产总值之比, 全社会研发经费支出相当于全市生产总值的比例.
 */
const DEFINED: Array<[RegExp, MeasureEntry]> = MEASURES.filter((m) => m.definition).map((m) => {
  const { of, per } = m.definition!;
  const { links, shares } = catalogue.shareOf;
  return [new RegExp(`(?:${alternation(of)})(?:${alternation(links)})(?:${SCOPE.source})*(?:${alternation(measureById(per)!.aliases)})的?(?:${alternation(shares)})`), m];
});
const NOISE = /[\d\s.,，、:：;；()（）“”"'‘’《》［］[\]]|年|的|了|^全./g;

export interface MeasureAssignment {
  measure: string | null;
  /** Set when the figure is not the year's own outcome: 年均, 累计/五年, 从 … (start), … 到 (end). */
  period: MeasurePeriod | null;
  /**
   * `measure:ID/alias`, or `measure:none/REASON` when a measure's name was there but did not apply;
   * no `measure:` part when none was named; then ` period:P` when a period is set.
   */
  rule: string;
}

export interface MeasuredFigure {
  label: string;
  /** null: any unit. */
  unit: string | null;
  change: Change | null;
  /**
   * What the figure's own text says it is in a move (从A增加到B: A the start, B the end), read by
   * `moveIn`; absent where there is only a label (a query, an older stored row), whose 从 is read instead.
   */
  moved?: MeasurePeriod | null;
}

/** No catalogue measure; a start or end value stays one all the same (能耗由前三年分别上升5.5％ is no outcome). */
const none = (reason: string, period: MeasurePeriod | null): MeasureAssignment => ({
  measure: null,
  period,
  rule: [`measure:none/${reason}`, period && `period:${period}`].filter(Boolean).join(' '),
});

/** 比2002年增长65.5%: a change over several years, against a base year. */
const BASE_YEAR = /[比较]\d{4}年/;

function periodOf(label: string, moved: MeasurePeriod | null | undefined): MeasurePeriod | null {
  const rest = label.replace(PER_HEAD, '');
  // 从5.6万元增至7.8万元、年均增长5.4%: the rate is an average, whatever it follows.
  const named = PERIOD_WORDS.find(([, pattern]) => pattern.test(rest))?.[0];
  if (named) return named;
  if (BASE_YEAR.test(rest)) return 'cumulative';
  if (moved !== undefined) return moved;
  if (FROM.test(rest)) return /[到至]/.test(rest.slice(rest.search(FROM))) ? 'end' : 'start';
  return null;
}

const START_WORDS = new Set(catalogue.periodWords.start);
const CLAUSE_END = /^[，,；;。：:！？]$/;
/** How far back a clause is read for its 从: further is another clause in all but name. */
export const MOVE_REACH = 40;

/** 从 or 由 as a word, or opening a word jieba does not know (由前/x): 从严/d and 由于/c are words of their own. */
const startsMove = (token: Token) => START_WORDS.has(token.text) || (token.tag === 'x' && START_WORDS.has(token.text[0]!));

/**
 * Whether the figure at `at` is where a move starts or ends: after a 从/由 of its clause it starts
 * (常住人口城镇化率从2020年的53.2%; 能耗由前三年分别上升4.9％、5.5％), and after that 从 and a 到 it ends.
 * Whole words only (`tokens` are jieba's, those of the sentence before `at`), so 从严 and 由于 move nothing.
 */
export function moveIn(tokens: readonly Token[], text: string, at: number): MeasurePeriod | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.end > at) continue;
    if (token.start < at - MOVE_REACH || CLAUSE_END.test(token.text)) return null;
    if (startsMove(token)) return /[到至]/.test(text.slice(token.end, at)) ? 'end' : 'start';
  }
  return null;
}

/**
 * A label without notes and quotes, and the first alias it holds (longest first), or null. Memoised:
 * a report's labels repeat, and each is otherwise searched for every alias.
 */
const namedIn = memo((raw: string) => {
  const label = raw.replace(/［\d+］|\[\d+\]|[“”"《》]/g, '');
  // A definition holds the name of another measure (GDP): it is read first.
  for (const [pattern, entry] of DEFINED) {
    const stated = pattern.exec(label)?.[0];
    if (stated) return { label, hit: [stated, [entry]] as [string, MeasureEntry[]] };
  }
  return { label, hit: ALIASES.find(([alias]) => label.includes(alias)) ?? null };
});

/** The measure a figure states, from its label, unit and change. */
export function assignMeasure(figure: MeasuredFigure): MeasureAssignment {
  const { label, hit } = namedIn(figure.label);
  // 从1795亿元增加到5260亿元: a start value is no outcome, whether or not a measure is named.
  if (!hit) {
    const period = periodOf(label, figure.moved);
    return { measure: null, period, rule: period ? `period:${period}` : '' };
  }
  const [alias, entries] = hit;
  const at = label.indexOf(alias);
  const before = label.slice(0, at);
  const after = label.slice(at + alias.length);
  const rest = before + after;
  const growth = GROWTH.test(alias + rest.replace(LEVEL_REACHED, '')) || (figure.change !== null && figure.unit === '%');
  // Without a unit (a label typed by a person) the entry with the right kind is meant.
  const fits = entries.filter((m) => (figure.unit === null || m.units.includes(figure.unit)) && (m.growth === null || m.growth === growth));
  const entry = fits[0];
  if (!entry) return none('unit-or-kind', figure.moved ?? null);
  if (entry.exclusions.some((word) => rest.includes(word))) return none('excluded', figure.moved ?? null);
  if (RELATIVE.test(rest)) return none('relative', figure.moved ?? null);
  // 海洋生产总值, 泸州经济总量, 城镇居民人均可支配收入: a part, not the whole.
  if (before.replace(SCOPE, '').replace(NOISE, '').length > 0) return none('qualified', figure.moved ?? null);
  const period = periodOf(rest, figure.moved);
  return { measure: entry.id, period, rule: `measure:${entry.id}/alias${period ? ` period:${period}` : ''}` };
}

/** Each growth measure's level or total, the measure it is the growth of (income-growth → income), by a wording they share. */
const LEVELS = new Map(
  MEASURES.filter((growth) => growth.kind === 'growth').map((growth) => [growth.id, MEASURES.find((m) => m.kind !== 'growth' && m.aliases.some((alias) => growth.aliases.includes(alias))) ?? null]),
);

/** The level or total a growth measure is the growth of (income-growth → income). */
export const levelOf = (id: string): MeasureEntry | null => LEVELS.get(id) ?? null;

/**
 * A stated value on its measure's scale, one rule for verdicts and trends: a fall of a growth rate
 * (居民消费价格下降0.1%) is negative; a measure that is itself a cut (单位GDP能耗下降3%) or a count or level
 * stated by what fell (农村贫困人口减少1109万) keeps it positive. Without a catalogue measure a fall is
 * negative unless the measure is worded as a fall (二氧化硫排放量下降3%). A negated range keeps its low end first.
 */
export function onScale<T extends { value: number; valueMax: number | null }>(stated: T, fell: boolean, measure: MeasureEntry | null, wordedAsFall: boolean): T {
  const negative = fell && (measure ? measure.kind === 'growth' && measure.cut !== true : !wordedAsFall);
  if (!negative) return stated;
  return stated.valueMax === null ? { ...stated, value: -stated.value } : { ...stated, value: -stated.valueMax, valueMax: -stated.value };
}

/** The catalogue measure a label names (国内生产总值增长 → gdp-growth), whatever its unit. */
export function measureForLabel(label: string): MeasureEntry | null {
  const { measure } = assignMeasure({ label, unit: null, change: null });
  return measure === null ? null : measureById(measure)!;
}

/** The measure and period recorded in a figure's rule trace (for figures read back from the store). */
export function measureFromRule(rule: string): { measure: string | null; period: MeasurePeriod | null } {
  const measure = /(?:^| )measure:([a-z0-9-]+)\/alias/.exec(rule)?.[1];
  const period = /(?:^| )period:([a-z]+)/.exec(rule)?.[1] as MeasurePeriod | undefined;
  return { measure: measure && measure !== 'none' ? measure : null, period: period ?? null };
}
