// A stored report whole, as a library export writes it and an import restores
// it (see types.ts, ReportRecord). A restore keeps the report's id, times and
// review ids where they are free, so that a library moved to an empty one
// answers every URL as before.
import type Database from 'better-sqlite3';
import { InputError } from '../errors.js';
import { recordLinkReviews, sameLinkReview } from './queries.js';
import type { Reports } from './reports.js';
import type { Reviews } from './reviews.js';
import { linkValues, type RecordLinkRow, recordLinkReview } from './rows.js';
import type { CommitmentReview, CutWords, RecordLinkReview, ReportRecord, RestoreResult } from './types.js';

export interface Records {
  ids(after: number, limit: number): number[];
  get(id: number): ReportRecord | null;
  restore(record: ReportRecord, cut: CutWords): RestoreResult;
}

/** The report a restored link review names on one side: this record's, else another already restored. */
export function sideOf(side: RecordLinkReview['from'], record: ReportRecord, id: number, found: number | null): number {
  if (side.sha256 === record.report.sha256) return id;
  if (found === null) {
    throw new InputError('BAD_ARGUMENT', `report ${record.report.sha256}`,
      `has a link review naming report ${side.sha256}, which is not in the library nor earlier in the export`);
  }
  return found;
}

export function records(db: Database.Database, reports: Reports, reviews: Reviews): Records {
  const ids = db.prepare('SELECT id FROM reports WHERE id > ? ORDER BY id LIMIT ?').pluck();
  const sourceOf = db.prepare('SELECT bytes, text FROM sources WHERE report_id = ?');
  const linksOf = db.prepare(recordLinkReviews('@id'));
  const taken = (table: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  const reportTaken = taken('reports');
  const linkTaken = taken('link_reviews');
  const commitmentTaken = taken('commitment_reviews');
  const sameLink = db.prepare(sameLinkReview((name) => `@${name}`)).pluck();
  const sameCommitment = db
    .prepare(`SELECT id FROM commitment_reviews WHERE report_id = ? AND start_offset = ? AND status = ? AND reviewer = ? AND reviewed_at = ?`)
    .pluck();
  const free = (statement: Database.Statement, id: number) => (statement.get(id) === undefined ? id : null);

  function get(id: number): ReportRecord | null {
    const report = reports.get(id);
    const source = sourceOf.get(id) as { bytes: Buffer; text: string } | undefined;
    if (!report || !source) return null;
    return {
      report,
      source: { bytes: source.bytes, text: source.text },
      linkReviews: (linksOf.all({ id }) as RecordLinkRow[]).map(recordLinkReview),
      commitmentReviews: reviews.commitments(id),
    };
  }

  const restore = db.transaction((record: ReportRecord, cut: CutWords): RestoreResult => {
    const { report, source } = record;
    const existing = reports.findBySha256(report.sha256);
    const id =
      existing ??
      reports.insert(report.analysis, { ...source, ...cut }, report.overrides, report.uploadedBy, {
        id: free(reportTaken, report.id),
        createdAt: report.createdAt,
        analyzedAt: report.analyzedAt,
      });
    let added = 0;
    for (const review of record.commitmentReviews) {
      const { id: kept, ...rest } = { ...review, report: id } satisfies CommitmentReview;
      if (sameCommitment.get(id, rest.start, rest.status, rest.reviewer, rest.reviewedAt) !== undefined) continue;
      reviews.restoreCommitment(rest, free(commitmentTaken, kept));
      added++;
    }
    for (const review of record.linkReviews) {
      const from = sideOf(review.from, record, id, reports.findBySha256(review.from.sha256));
      const to = sideOf(review.to, record, id, reports.findBySha256(review.to.sha256));
      const values = linkValues({ ...review, from: { ...review.from, report: from }, to: { ...review.to, report: to } }, free(linkTaken, review.id));
      if (sameLink.get(values) !== undefined) continue;
      reviews.restoreLink(values);
      added++;
    }
    return { id, added: existing === null, reviews: added };
  });

  return {
    ids: (after, limit) => ids.all(after, limit) as number[],
    get,
    restore: (record, cut) => restore.immediate(record, cut),
  };
}
