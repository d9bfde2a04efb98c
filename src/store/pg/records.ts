// A stored report whole, as a library export writes it and an import restores
// it, in PostgreSQL; the same rules as SQLite's (../records.ts): ids and
// times kept where free, a stored sha256 only gains the reviews it lacks.
import { recordLinkReviews, sameLinkReview } from '../queries.js';
import { sideOf } from '../records.js';
import { linkValues, type RecordLinkRow, recordLinkReview } from '../rows.js';
import type { CutWords, ReportRecord, RestoreResult } from '../types.js';
import { findBySha256, keepSequenceAbove, type Reports } from './reports.js';
import { commitmentReviews } from './reviews.js';
import type { Queryable } from './sql.js';

export async function reportIds(db: Queryable, after: number, limit: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM reports WHERE id > $1 ORDER BY id LIMIT $2', [after, limit]);
  return rows.map((row) => Number(row.id));
}

// Runs in a snapshot.
export async function getRecord(db: Queryable, reports: Reports, id: number): Promise<ReportRecord | null> {
  const report = await reports.get(db, id);
  const { rows } = await db.query<{ bytes: Buffer; text: string }>('SELECT bytes, text FROM sources WHERE report_id = $1', [id]);
  if (!report || !rows[0]) return null;
  const links = await db.query<RecordLinkRow>(recordLinkReviews('$1'), [id]);
  return {
    report,
    source: rows[0],
    linkReviews: links.rows.map(recordLinkReview),
    commitmentReviews: await commitmentReviews(db, id),
  };
}

/** The id a restored row keeps: its own when free, else a new one (null). */
async function free(db: Queryable, table: string, id: number): Promise<number | null> {
  const { rows } = await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  return rows.length > 0 ? null : id;
}

/** Inserts a review under its own id when free, and moves the table's sequence past it. */
async function insertReview(db: Queryable, table: string, sql: string, id: number, values: unknown[]): Promise<void> {
  const kept = await free(db, table, id);
  await db.query(sql, [kept, ...values]);
  if (kept !== null) await keepSequenceAbove(db, table, kept);
}

const SAME_LINK_NAMES = ['fromReport', 'toReport', 'fromStart', 'toStart', 'decision', 'reviewer', 'reviewedAt'];
const SAME_LINK = sameLinkReview((name) => `$${SAME_LINK_NAMES.indexOf(name) + 1}`);

// Runs in a transaction.
export async function restoreRecord(db: Queryable, reports: Reports, record: ReportRecord, cut: CutWords): Promise<RestoreResult> {
  const { report, source } = record;
  let id = await findBySha256(db, report.sha256);
  let added = false;
  if (id === null) {
    ({ id, added } = await reports.insert(db, report.analysis, { ...source, ...cut }, report.overrides, report.uploadedBy, {
      id: await free(db, 'reports', report.id),
      createdAt: report.createdAt,
      analyzedAt: report.analyzedAt,
    }));
  }
  let reviews = 0;
  for (const review of record.commitmentReviews) {
    const same = await db.query(
      'SELECT id FROM commitment_reviews WHERE report_id = $1 AND start_offset = $2 AND status = $3 AND reviewer = $4 AND reviewed_at = $5',
      [id, review.start, review.status, review.reviewer, review.reviewedAt],
    );
    if (same.rows.length > 0) continue;
    await insertReview(
      db,
      'commitment_reviews',
      `INSERT INTO commitment_reviews (id, report_id, start_offset, commitment_id, text, status, note, reviewer, reviewed_at)
       VALUES (COALESCE($1::integer, nextval(pg_get_serial_sequence('commitment_reviews', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9)`,
      review.id,
      [id, review.start, review.commitment, review.text, review.status, review.note, review.reviewer, review.reviewedAt],
    );
    reviews++;
  }
  for (const review of record.linkReviews) {
    const from = sideOf(review.from, record, id, await findBySha256(db, review.from.sha256));
    const to = sideOf(review.to, record, id, await findBySha256(db, review.to.sha256));
    const values = linkValues({ ...review, from: { ...review.from, report: from }, to: { ...review.to, report: to } }, null);
    const same = await db.query(SAME_LINK, SAME_LINK_NAMES.map((name) => values[name as keyof typeof values]));
    if (same.rows.length > 0) continue;
    const { id: _, ...columns } = values;
    await insertReview(
      db,
      'link_reviews',
      `INSERT INTO link_reviews (id, from_report, to_report, from_start, to_start, from_figure, to_figure, from_surface, to_surface,
        decision, note, reviewer, reviewed_at)
       VALUES (COALESCE($1::integer, nextval(pg_get_serial_sequence('link_reviews', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      review.id,
      Object.values(columns),
    );
    reviews++;
  }
  return { id, added, reviews };
}
