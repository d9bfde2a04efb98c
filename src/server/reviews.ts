// Reviews beside the automatic results: the latest review of each figure link
// and commitment is shown with what compare found; earlier ones are history.
import type { CommitmentReview, LinkReview, ReportAnchors } from '../store/index.js';
import type { Comparison, FigureSide } from '../types.js';
import type { ComparisonBody } from './schemas.js';

/** The API's id of a commitment: its report's id and its id in the report (12-c3). */
export function commitmentKey(report: number, commitment: string): string {
  return `${report}-${commitment}`;
}

export function parseCommitmentKey(key: string): { report: number; commitment: string } {
  const [report, commitment] = key.split('-') as [string, string];
  return { report: Number(report), commitment };
}

/** A link is named by the offsets of its two figures, which a reanalysis keeps. */
export function linkKey(fromStart: number, toStart: number): string {
  return `${fromStart}>${toStart}`;
}

/** The last row of each key, rows given oldest first. */
export function latest<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  const found = new Map<string, T>();
  for (const row of rows) found.set(key(row), row);
  return found;
}

export const latestLinks = (reviews: LinkReview[]) => latest(reviews, (r) => linkKey(r.from.start, r.to.start));
export const latestCommitments = (reviews: CommitmentReview[]) => latest(reviews, (r) => String(r.start));

export interface ComparedReport {
  id: number;
  anchors: ReportAnchors;
}

/**
 * The compare JSON with the reports' ids, each side's figure id (so that a
 * review can name it), each commitment's id, and the latest reviews.
 */
export function withReviews(
  comparison: Comparison,
  older: ComparedReport,
  newer: ComparedReport,
  linkReviews: LinkReview[],
  commitmentReviews: CommitmentReview[],
): ComparisonBody {
  const links = latestLinks(linkReviews);
  const followed = latestCommitments(commitmentReviews);
  const figureAt = (anchors: ReportAnchors) => {
    const ids = new Map(anchors.figures.map((f) => [f.start, f.id]));
    return (side: FigureSide | null) => (side === null ? null : { ...side, figure: ids.get(side.start) ?? '' });
  };
  const fromSide = figureAt(older.anchors);
  const toSide = figureAt(newer.anchors);
  // compare follows up every commitment of the older report, in order.
  const commitments = older.anchors.commitments;
  return {
    ...comparison,
    from: { id: older.id, ...comparison.from },
    to: { id: newer.id, ...comparison.to },
    figures: comparison.figures.map((pair) => ({
      ...pair,
      from: fromSide(pair.from),
      to: toSide(pair.to),
      review: pair.from && pair.to ? (links.get(linkKey(pair.from.start, pair.to.start)) ?? null) : null,
    })),
    targets: comparison.targets.map((check) => ({ ...check, target: fromSide(check.target)!, actual: toSide(check.actual) })),
    commitments: comparison.commitments.map((followUp, i) => {
      const commitment = commitments[i]?.text === followUp.text ? commitments[i]! : commitments.find((c) => c.text === followUp.text)!;
      return { ...followUp, id: commitmentKey(older.id, commitment.id), review: followed.get(String(commitment.start)) ?? null };
    }),
    links: [...links.values()],
  };
}
