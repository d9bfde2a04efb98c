// Precision, recall and label accuracy of extracted figures against gold.
import type { Figure } from '../types.js';
import { canonical, type GoldFigure, type GoldFile } from './gold.js';

/** How far apart a gold and an extracted figure may start and still match. */
const WINDOW = 200;

export interface FigureScore {
  gold: number;
  extracted: number;
  matched: number;
  labelled: number;
  missed: GoldFigure[];
  spurious: Figure[];
  mislabelled: Array<{ figure: Figure; keys: string[] }>;
}

function same(figure: Figure, gold: GoldFigure): boolean {
  const want = canonical(gold.value, gold.unit);
  const wantMax = gold.valueMax == null ? null : canonical(gold.valueMax, gold.unit).value;
  const unit = canonical(1, figure.unit).unit;
  return (
    Math.abs(figure.value - want.value) <= 1e-9 * Math.max(1, Math.abs(want.value)) &&
    unit === want.unit &&
    (figure.valueMax ?? null) === wantMax &&
    (gold.start === undefined || Math.abs(figure.start - gold.start) <= WINDOW)
  );
}

function inSpans(gold: GoldFile, start: number): boolean {
  return !gold.spans || gold.spans.some((span) => start >= span.start && start < span.end);
}

export function scoreFigures(figures: Figure[], gold: GoldFile): FigureScore {
  const candidates = figures.filter((figure) => inSpans(gold, figure.start));
  const unmatched = new Set(candidates);
  const score: FigureScore = { gold: gold.metrics.length, extracted: 0, matched: 0, labelled: 0, missed: [], spurious: [], mislabelled: [] };
  for (const want of gold.metrics) {
    const found = [...unmatched]
      .filter((figure) => same(figure, want))
      .sort((a, b) => Math.abs(a.start - (want.start ?? 0)) - Math.abs(b.start - (want.start ?? 0)))[0];
    if (!found) {
      score.missed.push(want);
      continue;
    }
    unmatched.delete(found);
    score.matched++;
    const keys = want.labelKeys ?? [];
    if (keys.every((key) => found.label.includes(key))) score.labelled++;
    else score.mislabelled.push({ figure: found, keys });
  }
  for (const figure of unmatched) {
    if ((gold.optional ?? []).some((optional) => same(figure, optional))) continue;
    score.spurious.push(figure);
  }
  score.extracted = score.matched + score.spurious.length;
  return score;
}

export function ratios(score: Pick<FigureScore, 'gold' | 'extracted' | 'matched' | 'labelled'>) {
  const precision = score.extracted === 0 ? 1 : score.matched / score.extracted;
  const recall = score.gold === 0 ? 1 : score.matched / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const labels = score.matched === 0 ? 1 : score.labelled / score.matched;
  return { precision, recall, f1, labels };
}
