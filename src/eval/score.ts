// Precision, recall and label accuracy of extracted figures against gold.
import type { Commitment, Figure, Span } from '../types.js';
import { canonical, type GoldFigure, type GoldItem, type GoldSpan, type PlacedGold } from './gold.js';

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

/** A fraction's value (1/3) is written in gold to a few places: compare at the gold's precision. */
function fractionAsWritten(figure: Figure, gold: number): number {
  if (!figure.rule.includes('numeral:fraction')) return figure.value;
  const places = (String(gold).split('.')[1] ?? '').length;
  return Number(figure.value.toFixed(places));
}

export function same(figure: Figure, gold: GoldFigure): boolean {
  const want = canonical(gold.value, gold.unit);
  const wantMax = gold.valueMax == null ? null : canonical(gold.valueMax, gold.unit).value;
  const unit = canonical(1, figure.unit).unit;
  return (
    Math.abs(fractionAsWritten(figure, want.value) - want.value) <= 1e-9 * Math.max(1, Math.abs(want.value)) &&
    unit === want.unit &&
    (figure.valueMax ?? null) === wantMax &&
    (gold.start === undefined || Math.abs(figure.start - gold.start) <= WINDOW)
  );
}

function within(spans: GoldSpan[] | undefined, start: number): boolean {
  return !spans || spans.some((span) => start >= span.start && start < span.end);
}

export function scoreFigures(figures: Figure[], gold: PlacedGold): FigureScore {
  const candidates = figures.filter((figure) => within(gold.spans, figure.start));
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

export function ratios(score: Counts & { labelled?: number }) {
  const precision = score.extracted === 0 ? 1 : score.matched / score.extracted;
  const recall = score.gold === 0 ? 1 : score.matched / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const labels = score.matched === 0 ? 1 : (score.labelled ?? score.matched) / score.matched;
  return { precision, recall, f1, labels };
}

export interface Counts {
  gold: number;
  extracted: number;
  matched: number;
}

export interface ItemScore extends Counts {
  missed: string[];
  spurious: string[];
}

/** How many characters two spans share (zero or less when they do not meet). */
export const sharedLength = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Shared characters of two spans as a share of the shorter one. */
export function overlap(a: Span, b: Span): number {
  const shared = sharedLength(a, b);
  return shared <= 0 ? 0 : shared / Math.min(a.end - a.start, b.end - b.start);
}

/** Commitments or problems: a match shares at least 70% of the shorter text. */
export function scoreItems(found: Array<Span & { text: string }>, gold: GoldItem[], spans: GoldSpan[] | undefined): ItemScore {
  const candidates = found.filter((item) => !spans || spans.some((span) => overlap(item, span) > 0));
  const unmatched = new Set(candidates);
  const missed: string[] = [];
  let matched = 0;
  for (const want of gold) {
    const best = [...unmatched].filter((item) => overlap(item, want) >= 0.7).sort((a, b) => overlap(b, want) - overlap(a, want))[0];
    if (best) {
      unmatched.delete(best);
      matched++;
    } else {
      missed.push(want.text);
    }
  }
  const spurious = [...unmatched].map((item) => item.text);
  return { gold: gold.length, extracted: matched + spurious.length, matched, missed, spurious };
}

/**
 * Targets of a 预期目标 paragraph: each gold target must be a target figure of
 * some commitment, with the same value, unit, range and qualifier.
 */
export function scoreTargets(commitments: Commitment[], figures: Figure[], gold: PlacedGold): ItemScore {
  const list = gold.spans?.filter((span) => span.what === '预期目标');
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const linked = commitments.flatMap((c) => c.targets.map((id) => byId.get(id)!)).filter((f) => within(list, f.start));
  const unmatched = new Set(linked);
  const missed: string[] = [];
  let matched = 0;
  for (const want of gold.targets ?? []) {
    const found = [...unmatched].find((f) => same(f, want) && f.qualifier === (want.qualifier ?? 'exact'));
    if (found) {
      unmatched.delete(found);
      matched++;
    } else {
      missed.push(`${want.text} (${want.value}${want.unit} ${want.qualifier ?? 'exact'})`);
    }
  }
  const spurious = [...unmatched].map((f) => `${f.surface} ${f.qualifier} [${f.label}]`);
  return { gold: (gold.targets ?? []).length, extracted: matched + spurious.length, matched, missed, spurious };
}

/**
 * Whether `--verbose` lists a set's misses: never a blind set's, whose items nobody writing rules
 * may read (only its aggregates are printed).
 */
export const listsItems = (set: string | undefined, verbose: boolean): boolean => verbose && set !== 'blind';
