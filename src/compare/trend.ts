// One measure over the years of a series: in each report, the actual figure
// whose label best names the measure (the same matching as figure pairs),
// keeping to the unit the series started with.
import type { Analysis, FigureSide } from '../types.js';
import { PAIRING_THRESHOLD } from './figures.js';
import { measureOf, similarity } from './measures.js';
import { sideOf } from './sides.js';

export interface TrendPoint {
  year: number | null;
  report: string;
  unit: string | null;
  figure: FigureSide | null;
  similarity: number;
}

export function trend(label: string, series: Analysis[]): TrendPoint[] {
  const wanted = measureOf(label);
  let unit: string | null = null;
  return series.map((analysis) => {
    const best = analysis.figures
      .filter((f) => f.modality === 'actual' && (unit === null || f.unit === unit))
      .map((f) => ({ figure: f, score: similarity(wanted, measureOf(f.label)) }))
      .filter(({ score }) => score >= PAIRING_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.figure.start - b.figure.start)[0];
    unit ??= best?.figure.unit ?? null;
    return {
      year: analysis.meta.year,
      report: analysis.source.name,
      unit: best?.figure.unit ?? null,
      figure: best ? sideOf(analysis, best.figure) : null,
      similarity: best ? Number(best.score.toFixed(3)) : 0,
    };
  });
}

/** A trend point as one flat row, as `trend` lists it. */
export interface TrendRow {
  year: number | null;
  value: number | null;
  unit: string | null;
  surface: string | null;
  label: string | null;
  sentence: string | null;
  report: string;
}

export function trendRows(points: TrendPoint[]): TrendRow[] {
  return points.map((p) => ({
    year: p.year,
    value: p.figure?.value ?? null,
    unit: p.unit,
    surface: p.figure?.surface ?? null,
    label: p.figure?.label ?? null,
    sentence: p.figure?.sentence ?? null,
    report: p.report,
  }));
}
