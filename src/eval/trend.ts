// Trend points against hand-made gold (corpus/verdicts/trend.gold.json): for each
// issuer, measure and reviewed year, the outcome the report states and the target
// set for the year, each scored right, wrong or missing.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { trend, type TrendSide } from '../compare/trend.js';
import { InputError } from '../errors.js';
import { openCorpus, type Corpus } from './corpus.js';
import { canonical } from './gold.js';

interface GoldPoint {
  issuer: string;
  measure: string;
  year: number;
  outcome: number | null;
  target: number | null;
  targetMax: number | null;
  /** The unit the gold values are written in (万人, %), magnitudes folded before comparing. */
  unit?: string;
}

export type PointScore = 'right' | 'wrong' | 'missing';

export interface TrendRow {
  issuer: string;
  measure: string;
  year: number;
  outcome: PointScore;
  target: PointScore;
  want: string;
  got: string;
}

const GOLD = join('verdicts', 'trend.gold.json');

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function fold(value: number | null, unit: string): number | null {
  return value === null ? null : canonical(value, unit).value;
}

/** Right when both say the same (or both say nothing), missing when only the gold has a value. */
function scoreSide(want: [number | null, number | null], got: TrendSide<string> | null): PointScore {
  const [value, max] = want;
  if (value === null) return got === null ? 'right' : 'wrong';
  if (got === null) return 'missing';
  const sameMax = max === null ? got.valueMax === null : got.valueMax !== null && close(got.valueMax, max);
  return close(got.value, value) && sameMax ? 'right' : 'wrong';
}

const shown = (value: number | null, max: number | null = null) => (value === null ? '—' : max === null ? `${value}` : `${value}–${max}`);

export async function evaluateTrend(folder: string, corpus?: Corpus): Promise<TrendRow[]> {
  const path = join(folder, GOLD);
  if (!existsSync(path)) return [];
  const gold = JSON.parse(await readFile(path, 'utf8')) as GoldPoint[];
  if (!Array.isArray(gold)) throw new InputError('BAD_GOLD', path, 'is not an array of trend points');
  const reports = corpus ?? (await openCorpus(folder));
  const rows: TrendRow[] = [];
  const series = new Map<string, Array<{ id: string; analysis: Awaited<ReturnType<Corpus['analysisOf']>> }>>();
  for (const want of gold) {
    if (!series.has(want.issuer)) {
      const names = [...reports.manifest].filter(([, meta]) => meta.issuer === want.issuer).map(([name]) => name);
      series.set(want.issuer, await Promise.all(names.map(async (id) => ({ id, analysis: await reports.analysisOf(id) }))));
    }
    const point = trend(want.measure, series.get(want.issuer)!).points.find((p) => p.year === want.year);
    const unit = want.unit ?? '';
    const outcome: [number | null, number | null] = [fold(want.outcome, unit), null];
    const target: [number | null, number | null] = [fold(want.target, unit), fold(want.targetMax, unit)];
    rows.push({
      issuer: want.issuer,
      measure: want.measure,
      year: want.year,
      outcome: scoreSide(outcome, point?.outcome ?? null),
      target: scoreSide(target, point?.target ?? null),
      want: `${shown(...outcome)} / ${shown(...target)}`,
      got: `${shown(point?.outcome?.value ?? null)} / ${shown(point?.target?.value ?? null, point?.target?.valueMax ?? null)}`,
    });
  }
  return rows;
}

export function formatTrend(rows: TrendRow[], verbose: boolean): string {
  if (rows.length === 0) return '';
  const count = (side: 'outcome' | 'target', score: PointScore) => rows.filter((row) => row[side] === score).length;
  const pct = (a: number) => `${((a / rows.length) * 100).toFixed(1)}%`;
  const line = (side: 'outcome' | 'target') =>
    `  ${`${side}s`.padEnd(18)} ${count(side, 'right')}/${rows.length} right (${pct(count(side, 'right'))}), ${count(side, 'wrong')} wrong, ${count(side, 'missing')} missing`;
  const both = rows.filter((row) => row.outcome === 'right' && row.target === 'right').length;
  const lines = [`\ntrend points (gold: corpus/${GOLD})`, line('outcome'), line('target'), `  whole points       ${both}/${rows.length} right (${pct(both)})`];
  if (verbose) {
    for (const row of rows.filter((r) => r.outcome !== 'right' || r.target !== 'right')) {
      lines.push(`    ${row.issuer} ${row.measure} ${row.year}: outcome ${row.outcome}, target ${row.target} — want ${row.want}, got ${row.got}`);
    }
  }
  return lines.join('\n');
}
