// One measure over the years of a series: for every reviewed year, the
// outcome the report on that year states and the target the report before it
// set. A catalogue measure (gdp-growth, or a label that names one, such as
// 国内生产总值增长) is found by the figures' measure ids, the year's own
// figure only (not a 年均, 累计, five-year or start-of-period value); any other
// label by the same label matching as figure pairs.
import { measureById, measureForLabel, onScale, type MeasureEntry } from '../measures/index.js';
import type { Analysis, Figure, FigureSide } from '../types.js';
import { changeOf } from '../extract/figures.js';
import { PAIRING_THRESHOLD } from './figures.js';
import { measureOf, similarity } from './measures.js';
import { sideOf } from './sides.js';
import { fiveYearPart } from './periods.js';
import { statesOutcome } from './targets.js';

/** A report of the series with the id callers know it by (stored id, file name). */
export interface SeriesReport<Id> {
  id: Id;
  analysis: Analysis;
}

export interface TrendSide<Id> extends FigureSide {
  unit: string;
  /** The report holding the sentence. */
  report: Id;
}

export interface TrendPoint<Id> {
  /** The year reviewed. */
  year: number;
  /** The report that reviews the year, or null when the series has none (the year after the newest). */
  report: Id | null;
  outcome: TrendSide<Id> | null;
  /** From the plans of the report on the year before. */
  target: TrendSide<Id> | null;
}

export interface Trend<Id> {
  measure: { id: string; name: string; kind: string; unit: string } | null;
  label: string;
  points: Array<TrendPoint<Id>>;
}

/** Targets due later or spanning years (到2020年, 十四五, 年均) are not the year's target. */
const NOT_THE_YEAR = /到20\d\d年|20\d\d年(?:底)?前|十[一二三四五]五|今后五年|五年|年均|累计/;

type Score = (figure: Figure) => number;

/** Scores a figure as the measure: 1 for its catalogue id, label similarity otherwise; 0 when it is not. */
function scorer(measure: MeasureEntry | null, label: string): Score {
  if (measure) return (figure) => (figure.measure === measure.id && figure.period === null ? 1 : 0);
  const wanted = measureOf(label);
  return (figure) => {
    const score = similarity(wanted, measureOf(figure.label));
    return score >= PAIRING_THRESHOLD ? score : 0;
  };
}

function best(figures: Figure[], score: Score): Figure | null {
  return (
    figures
      .map((figure) => ({ figure, score: score(figure) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || Number(!a.figure.rule.includes('modality:target-list')) - Number(!b.figure.rule.includes('modality:target-list')) || a.figure.start - b.figure.start)[0]?.figure ?? null
  );
}

function outcomeOf(analysis: Analysis, score: Score): Figure | null {
  const year = analysis.meta.year;
  const reported = analysis.figures.filter(
    (f) =>
      statesOutcome(analysis, f) && fiveYearPart(analysis, f, year) === null,
  );
  return best(reported, score);
}

function targetOf(analysis: Analysis, score: Score): Figure | null {
  const planned = analysis.figures.filter((f) => {
    if (f.modality !== 'target') return false;
    const sentence = analysis.sentences[f.sentence];
    return !NOT_THE_YEAR.test(sentence ? analysis.text.slice(sentence.start, f.start) : '');
  });
  return best(planned, score);
}

/** How values of the query are signed: the verdicts' rule, with the query's own wording for a label. */
interface Scale {
  measure: MeasureEntry | null;
  /** A label worded as a fall (二氧化硫排放量下降): its falls are the sizes of cuts. */
  wordedAsFall: boolean;
}

function sideIn<Id>(report: SeriesReport<Id>, figure: Figure | null, scale: Scale): TrendSide<Id> | null {
  if (!figure) return null;
  const side = onScale(sideOf(report.analysis, figure), figure.change?.direction === 'down', scale.measure, scale.wordedAsFall);
  return { ...side, unit: figure.unit, report: report.id };
}

/** The catalogue measure a query names: an id (gdp-growth) or a label that names one (国内生产总值增长). */
export function measureOfQuery(query: string): MeasureEntry | null {
  return measureById(query) ?? measureForLabel(query);
}

export function trend<Id>(query: string, series: Array<SeriesReport<Id>>): Trend<Id> {
  const measure = measureOfQuery(query);
  const scale: Scale = { measure, wordedAsFall: changeOf(query)?.direction === 'down' };
  const byLabel = scorer(measure, query);
  // A label matched by similarity keeps to the unit of the first year it is found in.
  let unit: string | null = null;
  const score: Score = (figure) => (unit !== null && figure.unit !== unit ? 0 : byLabel(figure));
  const byYear = new Map<number, SeriesReport<Id>>();
  for (const report of series) {
    const year = report.analysis.meta.year;
    if (year !== null && !byYear.has(year)) byYear.set(year, report);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length > 0) years.push(years.at(-1)! + 1);
  const points = years.map((year): TrendPoint<Id> => {
    const report = byYear.get(year) ?? null;
    const before = byYear.get(year - 1) ?? null;
    const outcome = report ? sideIn(report, outcomeOf(report.analysis, score), scale) : null;
    if (measure === null) unit ??= outcome?.unit ?? null;
    return {
      year,
      report: report?.id ?? null,
      outcome,
      target: before ? sideIn(before, targetOf(before.analysis, score), scale) : null,
    };
  });
  // The year after the newest report is listed only when that report sets a target for it.
  if (points.length > 0 && points.at(-1)!.target === null) points.pop();
  return {
    measure: measure && { id: measure.id, name: measure.name, kind: measure.kind, unit: measure.unit },
    label: query,
    points,
  };
}

/** A trend point as one flat row, as `trend` lists it in a table or CSV. */
export interface TrendRow {
  year: number;
  outcome: number | null;
  unit: string | null;
  outcomeSurface: string | null;
  target: string | null;
  outcomeSentence: string | null;
  targetSentence: string | null;
  report: string;
}

export function trendRows<Id>(result: Trend<Id>): TrendRow[] {
  return result.points.map((p) => ({
    year: p.year,
    outcome: p.outcome?.value ?? null,
    unit: p.outcome?.unit ?? p.target?.unit ?? null,
    outcomeSurface: p.outcome?.surface ?? null,
    target: p.target ? p.target.surface : null,
    outcomeSentence: p.outcome?.sentence ?? null,
    targetSentence: p.target?.sentence ?? null,
    report: p.report === null ? '' : String(p.report),
  }));
}
