// Stored reports as a user asks for them: a page of the list, one report's
// metadata, text with spans, figures, commitments (with their latest review),
// problems and diagnostics, and deletion. The CLI's list, show and delete and
// the routes under /api/reports call these.
import { InputError } from '../errors.js';
import type { AsyncStore, ReportQuery, ReportSummary, StoredReport } from '../store/index.js';
import { commitmentKey, latestCommitments } from './reviews.js';
import type { ReportDetail, ReportText, ReviewedCommitmentRow } from './shapes.js';

export function notStored(id: number | string): InputError {
  return new InputError('REPORT_NOT_FOUND', `report ${id}`, 'is not in the library');
}

export async function reportOf(store: AsyncStore, id: number): Promise<StoredReport> {
  const report = await store.getReport(id);
  if (!report) throw notStored(id);
  return report;
}

/** A report's summary, without reading its analysis: for checking that it exists. */
export async function summaryOf(store: AsyncStore, id: number): Promise<ReportSummary> {
  const summary = await store.getSummary(id);
  if (!summary) throw notStored(id);
  return summary;
}

/** One page of the library's reports, and how many match in all. */
export async function reportPage(store: AsyncStore, query: ReportQuery): Promise<{ total: number; reports: ReportSummary[] }> {
  const { limit: _limit, offset: _offset, ...filter } = query;
  const [reports, total] = await Promise.all([store.listReports(query), store.countReports(filter)]);
  return { total, reports };
}

/** A report's metadata, counts and sections. */
export async function reportDetail(store: AsyncStore, id: number): Promise<ReportDetail> {
  const { analysis, overrides, ...summary } = await reportOf(store, id);
  return {
    ...summary,
    overrides,
    chars: analysis.text.length,
    counts: {
      sections: analysis.sections.length,
      sentences: analysis.sentences.length,
      figures: analysis.figures.length,
      commitments: analysis.commitments.length,
      problems: analysis.problems.length,
    },
    sections: analysis.sections,
  };
}

/** The normalised text with the spans of what was found in it. */
export async function reportText(store: AsyncStore, id: number): Promise<ReportText> {
  const report = await reportOf(store, id);
  const { text, sections, sentences, figures, commitments, problems } = report.analysis;
  const span = ({ id, start, end }: { id: string; start: number; end: number }) => ({ id, start, end });
  return {
    id: report.id,
    text,
    sections,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    figures: figures.map((f) => ({ ...span(f), label: f.label, modality: f.modality })),
    commitments: commitments.map((c) => ({ ...span(c), rule: c.rule })),
    problems: problems.map((p) => ({ ...span(p), rule: p.rule })),
  };
}

export async function reportFigures(store: AsyncStore, id: number) {
  return store.queryFigures({ report: (await summaryOf(store, id)).id });
}

/** A report's commitments, each with the id a review names it by and its latest review. */
export async function reportCommitments(store: AsyncStore, id: number): Promise<ReviewedCommitmentRow[]> {
  const report = (await summaryOf(store, id)).id;
  const reviews = latestCommitments(await store.commitmentReviews(report));
  return (await store.listCommitments(report)).map((row) => ({
    id: commitmentKey(report, row.commitment),
    ...row,
    review: reviews.get(String(row.start)) ?? null,
  }));
}

export async function reportProblems(store: AsyncStore, id: number) {
  return store.listProblems((await summaryOf(store, id)).id);
}

export async function reportDiagnostics(store: AsyncStore, id: number) {
  return store.listDiagnostics((await summaryOf(store, id)).id);
}

/** Deletes the reports `ids` (telling `onDeleted` of each), then fails naming those that were not stored. */
export async function deleteReports(store: AsyncStore, ids: number[], onDeleted?: (id: number) => void): Promise<void> {
  const missing: number[] = [];
  for (const id of ids) {
    if (await store.deleteReport(id)) onDeleted?.(id);
    else missing.push(id);
  }
  if (missing.length > 0) throw notStored(missing.join(', '));
}
