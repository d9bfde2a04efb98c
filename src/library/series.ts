// A stored series: the reports of one issuer with a year, oldest first, as the
// compare commands and the HTTP service read them.
import { InputError } from '../errors.js';
import type { ReportSummary, Store } from '../store/index.js';
import type { Analysis } from '../types.js';

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
