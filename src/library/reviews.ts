// Reviews: a person confirms, rejects or adds a figure link between two
// reports, or sets a commitment's follow-up by hand. Each review is a new row
// with who and when; the latest review of each link and commitment is shown
// beside what compare found, earlier ones are its history.
import { InputError } from '../errors.js';
import type { AsyncStore, CommitmentReview, FollowUpStatus, LinkDecision, LinkReview, ReportAnchors, ReviewedFigure } from '../store/index.js';
import type { Comparison, FigureSide } from '../types.js';
import { reportOf } from './reports.js';
import type { CommitmentReviewHistory, CommitmentReviewResult, LinkReviewResult, ReviewedComparison } from './shapes.js';

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
): ReviewedComparison {
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

/** A figure as a review names it: by its id in its report (f12), its start offset, or both. */
export interface FigurePick {
  figure?: string;
  start?: number;
}

/** The figure a review names (both id and offset, when given, must name the same one). */
async function figureOf(store: AsyncStore, report: number, pick: FigurePick, side: string): Promise<ReviewedFigure> {
  const figure = (await reportOf(store, report)).analysis.figures.find(
    (f) => (pick.figure === undefined || f.id === pick.figure) && (pick.start === undefined || f.start === pick.start),
  );
  if (!figure) {
    const named = [pick.figure && `id ${pick.figure}`, pick.start !== undefined && `offset ${pick.start}`].filter(Boolean).join(' and ');
    throw new InputError('FIGURE_NOT_FOUND', `${side} figure`, `report ${report} has no figure with ${named}`);
  }
  return { report, start: figure.start, figure: figure.id, surface: figure.surface };
}

export interface LinkDecisionInput {
  from: FigurePick;
  to: FigurePick;
  decision: LinkDecision;
  note?: string | null;
}

/** Records a reviewer's decision on a figure link from report `from` to report `to`; gives it with the link's history. */
export async function reviewLink(store: AsyncStore, reports: { from: number; to: number }, input: LinkDecisionInput, reviewer: string): Promise<LinkReviewResult> {
  const from = await figureOf(store, reports.from, input.from, 'from');
  const to = await figureOf(store, reports.to, input.to, 'to');
  const review = await store.addLinkReview({ from, to, decision: input.decision, note: input.note ?? null, reviewer });
  const key = linkKey(from.start, to.start);
  const history = (await store.linkReviews(from.report, to.report)).filter((r) => linkKey(r.from.start, r.to.start) === key);
  return { review, history };
}

/** A commitment named as the API names it (12-c3), from the library. */
async function commitmentOf(store: AsyncStore, key: string) {
  const { report, commitment: id } = parseCommitmentKey(key);
  const commitment = (await store.listCommitments(report)).find((c) => c.commitment === id);
  if (!commitment) throw new InputError('COMMITMENT_NOT_FOUND', `commitment ${key}`, 'is not in the library');
  return { report, id, commitment };
}

/** Every review of a commitment, oldest first. */
async function historyOf(store: AsyncStore, report: number, start: number): Promise<CommitmentReview[]> {
  return (await store.commitmentReviews(report)).filter((r) => r.start === start);
}

/** Records a reviewer's follow-up status for a commitment (12-c3); gives it with the commitment's history. */
export async function reviewCommitment(store: AsyncStore, key: string, input: { status: FollowUpStatus; note?: string | null }, reviewer: string): Promise<CommitmentReviewResult> {
  const { report, id, commitment } = await commitmentOf(store, key);
  const review = await store.addCommitmentReview({
    report,
    start: commitment.start,
    commitment: id,
    text: commitment.text,
    status: input.status,
    note: input.note ?? null,
    reviewer,
  });
  return { review, history: await historyOf(store, report, commitment.start) };
}

/** Every review of a commitment (12-c3), oldest first. */
export async function commitmentHistory(store: AsyncStore, key: string): Promise<CommitmentReviewHistory> {
  const { report, commitment } = await commitmentOf(store, key);
  return { history: await historyOf(store, report, commitment.start) };
}
