// Figures of two years that measure the same thing, paired one to one:
// same unit and kind (a level with a level, a change with a change), similar
// labels, and of one year with one year (a five-year total of a review is not
// paired with last year's figure). Money, percentages and counts are never
// compared with each other.
import type { Analysis, Figure, FigurePair, FigureStatus, UnitType } from '../types.js';
import { measureOf, similarity, type Measure } from './measures.js';
import { ofSeveralYears } from './periods.js';
import { sideOf } from './sides.js';

/** Below this, two labels are not taken to name the same measure. */
export const PAIRING_THRESHOLD = 0.6;

interface Candidate {
  older: Figure;
  newer: Figure;
  score: number;
}

/** What two figures must share to be compared, as one key: years (one or several), unit, unit type, and a change's direction ('' for a level). */
function comparableKey(figure: Figure, severalYears: Set<Figure>): string {
  return [severalYears.has(figure), figure.unit, figure.unitType, figure.change?.direction ?? ''].join('\u0000');
}

/**
 * The one place a pair's direction is decided. A place in a ranking (an
 * ordinal, 居全国第2位: unit type rank, which pairs only with a rank) is better
 * the smaller it is: 第2位 → 第5位 fell behind, it did not rise.
 */
export function directionOf(unitType: UnitType, delta: number): FigureStatus {
  if (delta === 0) return 'same';
  if (unitType === 'rank') return delta < 0 ? 'ahead' : 'behind';
  return delta > 0 ? 'up' : 'down';
}

function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

export function alignFigures(older: Analysis, newer: Analysis): FigurePair[] {
  const actual = (analysis: Analysis) => analysis.figures.filter((f) => f.modality === 'actual' && f.label.length > 0);
  const olderFigures = actual(older);
  const newerFigures = actual(newer);
  const severalYears = new Set([...olderFigures.filter((f) => ofSeveralYears(older, f)), ...newerFigures.filter((f) => ofSeveralYears(newer, f))]);
  const measures = new Map<Figure, Measure>();
  for (const figure of [...olderFigures, ...newerFigures]) measures.set(figure, measureOf(figure.label));

  // The newer figures by what they may be compared on, in their order: each older figure meets only its own kind.
  const newerByKey = new Map<string, Figure[]>();
  for (const n of newerFigures) {
    const key = comparableKey(n, severalYears);
    const kind = newerByKey.get(key);
    if (kind) kind.push(n);
    else newerByKey.set(key, [n]);
  }
  const candidates: Candidate[] = [];
  for (const o of olderFigures) {
    for (const n of newerByKey.get(comparableKey(o, severalYears)) ?? []) {
      const score = similarity(measures.get(o)!, measures.get(n)!);
      if (score >= PAIRING_THRESHOLD) candidates.push({ older: o, newer: n, score });
    }
  }
  // Best pairs first; on a tie, the one nearer in its report's order.
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.older.start / older.text.length - a.newer.start / newer.text.length) - Math.abs(b.older.start / older.text.length - b.newer.start / newer.text.length));

  const paired = new Map<Figure, Candidate>();
  const taken = new Set<Figure>();
  for (const candidate of candidates) {
    if (paired.has(candidate.older) || taken.has(candidate.newer)) continue;
    paired.set(candidate.older, candidate);
    taken.add(candidate.newer);
  }

  const pairs: FigurePair[] = [];
  for (const o of olderFigures) {
    const match = paired.get(o);
    if (!match) {
      pairs.push({ label: o.label, unit: o.unit, from: sideOf(older, o), to: null, delta: null, deltaPct: null, status: 'dropped', confidence: 1 });
      continue;
    }
    const n = match.newer;
    const delta = round(n.value - o.value);
    pairs.push({
      label: n.label,
      unit: n.unit,
      from: sideOf(older, o),
      to: sideOf(newer, n),
      delta,
      deltaPct: o.value === 0 ? null : round((delta / Math.abs(o.value)) * 100),
      status: directionOf(n.unitType, delta),
      confidence: round(match.score),
    });
  }
  for (const n of newerFigures) {
    if (!taken.has(n)) pairs.push({ label: n.label, unit: n.unit, from: null, to: sideOf(newer, n), delta: null, deltaPct: null, status: 'new', confidence: 1 });
  }
  return pairs;
}
