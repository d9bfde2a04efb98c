// A stored series: the reports of one issuer with a year, oldest first, as the
// compare commands and the HTTP service read them.
import { InputError } from '../errors.js';
import type { ReportSummary, Store } from '../store/index.js';
import type { SeriesReport } from '../compare/trend.js';
import { MEASURES, type MeasureEntry } from '../measures/index.js';
import type { Analysis } from '../types.js';

export type MeasureRow = Pick<MeasureEntry, 'id' | 'name' | 'kind' | 'unit' | 'direction'> & { figures: number };

/** The stored reports of an issuer (part of its name or an alias) that have a year, oldest first. */
export function seriesReports(store: Store, issuer: string): ReportSummary[] {
  const reports = store.listReports({ issuer }).filter((r) => r.year !== null);
  if (reports.length === 0) throw new InputError('REPORT_NOT_FOUND', issuer, 'has no stored reports with a year');
  return reports.sort((a, b) => a.year! - b.year!);
}

/** The analyses of a stored series, oldest first. */
export function seriesOf(store: Store, issuer: string): Analysis[] {
  return seriesReports(store, issuer).map((summary) => store.getReport(summary.id)!.analysis);
}

/** The analyses of a stored series with their ids, oldest first, as `trend` takes them, and the issuer's name. */
export function storedSeries(store: Store, issuer: string): { issuer: string; series: Array<SeriesReport<number>> } {
  const reports = seriesReports(store, issuer);
  return {
    issuer: reports[0]!.issuer ?? issuer,
    series: reports.map((summary) => ({ id: summary.id, analysis: store.getReport(summary.id)!.analysis })),
  };
}

/** The catalogue of measures with how many stored figures state each. */
export function measureList(store: Store): MeasureRow[] {
  const counts = new Map(store.measureCounts().map((row) => [row.measure, row.figures]));
  return MEASURES.map((m) => ({ id: m.id, name: m.name, kind: m.kind, unit: m.unit, direction: m.direction, figures: counts.get(m.id) ?? 0 }));
}
