// Figures of two years that measure the same thing, paired one to one:
// same unit and kind (a level with a level, a change with a change), similar
// labels, and of one year with one year (a five-year total of a review is not
// paired with last year's figure). Money, percentages and counts are never
// compared with each other. A bound (突破3万亿元, 5%以内) says which way the
// year moved only when the values each side allows do not overlap.
import { APPROXIMATORS, alternation } from '../extract/lexicon.js';
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

/** Which way a figure's value is open: 突破3万亿元 may be any more, 5%以内 any less; a value (exact or about) neither. */
function openSide(figure: Figure): 'above' | 'below' | null {
  if (figure.qualifier === 'more-than' || figure.qualifier === 'at-least') return 'above';
  if (figure.qualifier === 'less-than' || figure.qualifier === 'at-most') return 'below';
  return null;
}

/** 多, 余 or 几 right after a numeral (1370多亿元, 7万余件, 十几万): more, but less than one more of its last digit. */
const A_LITTLE_MORE = new RegExp(`[\\d〇零一二三四五六七八九十百千万亿](?:${alternation(Object.keys(APPROXIMATORS).filter((word) => APPROXIMATORS[word] === 'more-than'))})`);

/** One step of a whole number's last non-zero digit: 10 for 1370, 1e10 for 100亿. */
function lastDigitStep(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0 && step < 1e15) step *= 10;
  return step;
}

/** The least and most a figure's words allow: 1370多亿元 is from 1370亿 up to, not including, 1380亿. */
function valuesOf(figure: Figure): [number, number] {
  const side = openSide(figure);
  if (side === 'below') return [-Infinity, figure.value];
  if (side === null) return [figure.value, figure.valueMax ?? figure.value];
  const capped = figure.qualifier === 'more-than' && Number.isInteger(figure.value) && figure.value > 0 && A_LITTLE_MORE.test(figure.surface);
  return [figure.value, capped ? figure.value + lastDigitStep(figure.value) : Infinity];
}

/**
 * The pair's direction. Two values, or two bounds open the same way (110多亿元 → 200多亿元: what
 * each report claims at least), go by their values; a bound beside a value or an opposite bound
 * only when the values they allow do not overlap (31534亿元 → 突破3万亿元 may be either:
 * unclear, not down).
 */
function statusOf(older: Figure, newer: Figure): FigureStatus {
  if (openSide(older) === openSide(newer)) return directionOf(newer.unitType, round(newer.value - older.value));
  const [olderLeast, olderMost] = valuesOf(older);
  const [newerLeast, newerMost] = valuesOf(newer);
  if (newerLeast > olderMost) return directionOf(newer.unitType, 1);
  if (newerMost < olderLeast) return directionOf(newer.unitType, -1);
  return 'unclear';
}

function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Two figures paired, with their change; none in numbers when the direction is unclear. */
function pairOf(older: Analysis, newer: Analysis, { older: o, newer: n, score }: Candidate): FigurePair {
  const status = statusOf(o, n);
  const delta = status === 'unclear' ? null : round(n.value - o.value);
  return {
    label: n.label,
    unit: n.unit,
    from: sideOf(older, o),
    to: sideOf(newer, n),
    delta,
    deltaPct: delta === null || o.value === 0 ? null : round((delta / Math.abs(o.value)) * 100),
    status,
    confidence: round(score),
  };
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
  // Best pairs first; on a tie, two figures bounded alike (a value with a value, not 突破3万亿元 with
  // 31534亿元), then the one nearer in its report's order.
  const alike = (c: Candidate) => (openSide(c.older) === openSide(c.newer) ? 0 : 1);
  candidates.sort((a, b) => b.score - a.score || alike(a) - alike(b) || Math.abs(a.older.start / older.text.length - a.newer.start / newer.text.length) - Math.abs(b.older.start / older.text.length - b.newer.start / newer.text.length));

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
    pairs.push(match ? pairOf(older, newer, match) : { label: o.label, unit: o.unit, from: sideOf(older, o), to: null, delta: null, deltaPct: null, status: 'dropped', confidence: 1 });
  }
  for (const n of newerFigures) {
    if (!taken.has(n)) pairs.push({ label: n.label, unit: n.unit, from: null, to: sideOf(newer, n), delta: null, deltaPct: null, status: 'new', confidence: 1 });
  }
  return pairs;
}
