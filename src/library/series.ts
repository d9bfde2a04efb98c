// A stored series: the reports of one issuer with a year, oldest first, and
// what is read over it (one measure's trend, the catalogue's counts), as the
// compare commands and the HTTP service ask for them.
import { InputError } from '../errors.js';
import type { AsyncStore, ReportSummary } from '../store/index.js';
import { type SeriesReport, type Trend, trend } from '../compare/trend.js';
import { MEASURES } from '../measures/index.js';
import type { MeasureRow, TrendResult } from './shapes.js';

/** The stored reports of an issuer (part of its name or an alias) that have a year, oldest first. */
export async function seriesReports(store: AsyncStore, issuer: string): Promise<ReportSummary[]> {
  const reports = (await store.listReports({ issuer })).filter((r) => r.year !== null);
  if (reports.length === 0) throw new InputError('REPORT_NOT_FOUND', issuer, 'has no stored reports with a year');
  return reports.sort((a, b) => a.year! - b.year!);
}

/** The analyses of a stored series with their ids, oldest first, as `trend` takes them, and the issuer's name. */
export async function storedSeries(store: AsyncStore, issuer: string): Promise<{ issuer: string; series: Array<SeriesReport<number>> }> {
  const reports = await seriesReports(store, issuer);
  const series: Array<SeriesReport<number>> = [];
  for (const summary of reports) series.push({ id: summary.id, analysis: (await store.getReport(summary.id))!.analysis });
  return { issuer: reports[0]!.issuer ?? issuer, series };
}

/** One measure (a catalogue id) or label over the stored years of an issuer. */
export async function storedTrend(store: AsyncStore, query: string, issuer: string): Promise<Trend<number> & TrendResult> {
  const { issuer: name, series } = await storedSeries(store, issuer);
  return { ...trend(query, series), issuer: name };
}

/** The catalogue of measures with how many stored figures state each. */
export async function measureList(store: AsyncStore): Promise<MeasureRow[]> {
  const counts = new Map((await store.measureCounts()).map((row) => [row.measure, row.figures]));
  return MEASURES.map((m) => ({ id: m.id, name: m.name, kind: m.kind, unit: m.unit, direction: m.direction, figures: counts.get(m.id) ?? 0 }));
}
