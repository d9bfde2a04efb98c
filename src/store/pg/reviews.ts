// Reviews (appended, never updated), the comparison cache and the anchors
// reviews name, in PostgreSQL; the same rows as SQLite's (../reviews.ts,
// ../comparisons.ts).
import { analysisRows, COMMITMENT_REVIEW } from '../queries.js';
import { type LinkRow, linkReview, packComparison, unpackComparison } from '../rows.js';
import type { CommitmentReview, CommitmentReviewInput, ComparisonKey, LinkReview, LinkReviewInput, ReportAnchors } from '../types.js';
import type { Queryable } from './sql.js';

const { figureAnchors, commitmentAnchors } = analysisRows('$1');

export async function addLinkReview(db: Queryable, { from, to, decision, note, reviewer }: LinkReviewInput): Promise<LinkReview> {
  const { rows } = await db.query<LinkRow>(
    `INSERT INTO link_reviews (from_report, to_report, from_start, to_start, from_figure, to_figure, from_surface, to_surface,
      decision, note, reviewer, reviewed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
    [from.report, to.report, from.start, to.start, from.figure, to.figure, from.surface, to.surface, decision, note, reviewer,
      new Date().toISOString()],
  );
  return linkReview(rows[0]!);
}

export async function linkReviews(db: Queryable, from: number, to: number): Promise<LinkReview[]> {
  const { rows } = await db.query<LinkRow>('SELECT * FROM link_reviews WHERE from_report = $1 AND to_report = $2 ORDER BY id', [from, to]);
  return rows.map(linkReview);
}

export async function addCommitmentReview(db: Queryable, review: CommitmentReviewInput): Promise<CommitmentReview> {
  const { rows } = await db.query<CommitmentReview>(
    `INSERT INTO commitment_reviews (report_id, start_offset, commitment_id, text, status, note, reviewer, reviewed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COMMITMENT_REVIEW}`,
    [review.report, review.start, review.commitment, review.text, review.status, review.note, review.reviewer, new Date().toISOString()],
  );
  return rows[0]!;
}

export async function commitmentReviews(db: Queryable, report: number): Promise<CommitmentReview[]> {
  return (await db.query<CommitmentReview>(`SELECT ${COMMITMENT_REVIEW} FROM commitment_reviews WHERE report_id = $1 ORDER BY id`, [report]))
    .rows;
}

export async function anchors(db: Queryable, report: number): Promise<ReportAnchors> {
  const figures = await db.query(figureAnchors, [report]);
  const commitments = await db.query(commitmentAnchors, [report]);
  return { figures: figures.rows as ReportAnchors['figures'], commitments: commitments.rows as ReportAnchors['commitments'] };
}

export async function cachedComparison(db: Queryable, { from, to, version }: ComparisonKey): Promise<string | null> {
  const { rows } = await db.query<{ body: Buffer }>(
    'SELECT body FROM comparisons WHERE from_sha256 = $1 AND to_sha256 = $2 AND version = $3',
    [from, to, version],
  );
  return rows[0] ? unpackComparison(rows[0].body) : null;
}

/** SQLSTATE of a write to a read-only database (a standby, or default_transaction_read_only). */
const READ_ONLY = '25006';

/** One row a pair: a newer version replaces the older. */
export async function cacheComparison(db: Queryable, { from, to, version }: ComparisonKey, json: string): Promise<void> {
  try {
    await db.query(
      `INSERT INTO comparisons (from_sha256, to_sha256, version, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT (from_sha256, to_sha256) DO UPDATE SET version = excluded.version, body = excluded.body`,
      [from, to, version, packComparison(json)],
    );
  } catch (error) {
    // A read must not fail for its cache; the next read computes again.
    if ((error as { code?: string }).code !== READ_ONLY) throw error;
  }
}
