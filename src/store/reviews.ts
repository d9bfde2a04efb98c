// Reviews of the automatic results: figure links between two reports and the
// follow-up of commitments. Rows are only ever appended; a reader takes the
// latest row of each link or commitment and may show the earlier ones.
import type Database from 'better-sqlite3';
import { COMMITMENT_REVIEW } from './queries.js';
import { type LinkRow, linkReview } from './rows.js';
import type { CommitmentReview, CommitmentReviewInput, LinkReview, LinkReviewInput } from './types.js';

export interface Reviews {
  addLink(review: LinkReviewInput): LinkReview;
  links(from: number, to: number): LinkReview[];
  addCommitment(review: CommitmentReviewInput): CommitmentReview;
  commitments(report: number): CommitmentReview[];
}

export function reviews(db: Database.Database): Reviews {
  const insertLink = db.prepare(`
    INSERT INTO link_reviews (from_report, to_report, from_start, to_start, from_figure, to_figure, from_surface, to_surface,
      decision, note, reviewer, reviewed_at)
    VALUES (@fromReport, @toReport, @fromStart, @toStart, @fromFigure, @toFigure, @fromSurface, @toSurface,
      @decision, @note, @reviewer, @reviewedAt)`);
  const linkById = db.prepare('SELECT * FROM link_reviews WHERE id = ?');
  const linksOf = db.prepare('SELECT * FROM link_reviews WHERE from_report = ? AND to_report = ? ORDER BY id');
  const insertCommitment = db.prepare(`
    INSERT INTO commitment_reviews (report_id, start_offset, commitment_id, text, status, note, reviewer, reviewed_at)
    VALUES (@report, @start, @commitment, @text, @status, @note, @reviewer, @reviewedAt)`);
  const commitmentColumns = `SELECT ${COMMITMENT_REVIEW} FROM commitment_reviews`;
  const commitmentById = db.prepare(`${commitmentColumns} WHERE id = ?`);
  const commitmentsOf = db.prepare(`${commitmentColumns} WHERE report_id = ? ORDER BY id`);

  return {
    addLink({ from, to, decision, note, reviewer }) {
      const { lastInsertRowid } = insertLink.run({
        fromReport: from.report,
        toReport: to.report,
        fromStart: from.start,
        toStart: to.start,
        fromFigure: from.figure,
        toFigure: to.figure,
        fromSurface: from.surface,
        toSurface: to.surface,
        decision,
        note,
        reviewer,
        reviewedAt: new Date().toISOString(),
      });
      return linkReview(linkById.get(lastInsertRowid) as LinkRow);
    },
    links: (from, to) => (linksOf.all(from, to) as LinkRow[]).map(linkReview),
    addCommitment(review) {
      const { lastInsertRowid } = insertCommitment.run({ ...review, reviewedAt: new Date().toISOString() });
      return commitmentById.get(lastInsertRowid) as CommitmentReview;
    },
    commitments: (report) => commitmentsOf.all(report) as CommitmentReview[],
  };
}
