// Reviews of the automatic results: figure links between two reports and the
// follow-up of commitments. Rows are only ever appended; a reader takes the
// latest row of each link or commitment and may show the earlier ones.
import type Database from 'better-sqlite3';
import { COMMITMENT_REVIEW } from './queries.js';
import { type LinkRow, linkReview, linkValues } from './rows.js';
import type { CommitmentReview, CommitmentReviewInput, LinkReview, LinkReviewInput } from './types.js';

export interface Reviews {
  addLink(review: LinkReviewInput): LinkReview;
  links(from: number, to: number): LinkReview[];
  addCommitment(review: CommitmentReviewInput): CommitmentReview;
  commitments(report: number): CommitmentReview[];
  /** Writes a link review as exported (linkValues), under its id when not null. */
  restoreLink(values: ReturnType<typeof linkValues>): void;
  restoreCommitment(review: Omit<CommitmentReview, 'id'>, id: number | null): void;
}

export function reviews(db: Database.Database): Reviews {
  const insertLink = db.prepare(`
    INSERT INTO link_reviews (id, from_report, to_report, from_start, to_start, from_figure, to_figure, from_surface, to_surface,
      decision, note, reviewer, reviewed_at)
    VALUES (@id, @fromReport, @toReport, @fromStart, @toStart, @fromFigure, @toFigure, @fromSurface, @toSurface,
      @decision, @note, @reviewer, @reviewedAt)`);
  const linkById = db.prepare('SELECT * FROM link_reviews WHERE id = ?');
  const linksOf = db.prepare('SELECT * FROM link_reviews WHERE from_report = ? AND to_report = ? ORDER BY id');
  const insertCommitment = db.prepare(`
    INSERT INTO commitment_reviews (id, report_id, start_offset, commitment_id, text, status, note, reviewer, reviewed_at)
    VALUES (@id, @report, @start, @commitment, @text, @status, @note, @reviewer, @reviewedAt)`);
  const commitmentColumns = `SELECT ${COMMITMENT_REVIEW} FROM commitment_reviews`;
  const commitmentById = db.prepare(`${commitmentColumns} WHERE id = ?`);
  const commitmentsOf = db.prepare(`${commitmentColumns} WHERE report_id = ? ORDER BY id`);

  return {
    addLink(review) {
      const { lastInsertRowid } = insertLink.run(linkValues({ ...review, reviewedAt: new Date().toISOString() }, null));
      return linkReview(linkById.get(lastInsertRowid) as LinkRow);
    },
    links: (from, to) => (linksOf.all(from, to) as LinkRow[]).map(linkReview),
    addCommitment(review) {
      const { lastInsertRowid } = insertCommitment.run({ ...review, id: null, reviewedAt: new Date().toISOString() });
      return commitmentById.get(lastInsertRowid) as CommitmentReview;
    },
    commitments: (report) => commitmentsOf.all(report) as CommitmentReview[],
    restoreLink: (values) => insertLink.run(values),
    restoreCommitment: (review, id) => insertCommitment.run({ ...review, id }),
  };
}
