// Reviews: a person confirms, rejects or adds a figure link between two
// reports, or sets a commitment's follow-up by hand. Each review is a new row
// with who and when; the answer gives the link's or commitment's history.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { InputError } from '../../errors.js';
import type { Static } from 'typebox';
import type { ReviewedFigure, Store } from '../../store/index.js';
import { answers, type Api, reportOf } from '../http.js';
import { linkKey, parseCommitmentKey } from '../reviews.js';
import {
  CommitmentParams,
  CommitmentReviewBody,
  CommitmentReviewHistory,
  CommitmentReviewResult,
  LinkBody,
  LinkParams,
  LinkReviewResult,
} from '../schemas.js';

const TAGS = ['reviews'];
const WRITE = [{ bearer: [] }];

type FigurePick = Static<typeof LinkBody>['from'];

/** The figure a review names, by id or offset (both, when given, must name the same one). */
function figureOf(store: Store, report: number, pick: FigurePick, side: string): ReviewedFigure {
  const figure = reportOf(store, report).analysis.figures.find(
    (f) => (pick.figure === undefined || f.id === pick.figure) && (pick.start === undefined || f.start === pick.start),
  );
  if (!figure) {
    const named = [pick.figure && `id ${pick.figure}`, pick.start !== undefined && `offset ${pick.start}`].filter(Boolean).join(' and ');
    throw new InputError('FIGURE_NOT_FOUND', `${side} figure`, `report ${report} has no figure with ${named}`);
  }
  return { report, start: figure.start, figure: figure.id, surface: figure.surface };
}

/** A commitment named as the API names it (12-c3), from the library. */
function commitmentOf(store: Store, key: string) {
  const { report, commitment: id } = parseCommitmentKey(key);
  const commitment = store.listCommitments(report).find((c) => c.commitment === id);
  if (!commitment) throw new InputError('COMMITMENT_NOT_FOUND', `commitment ${key}`, 'is not in the library');
  return { report, id, commitment };
}

/** Every review of a commitment, oldest first. */
const historyOf = (store: Store, report: number, start: number) => store.commitmentReviews(report).filter((r) => r.start === start);

export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  linkReviewRoute(app);
  commitmentReviewRoute(app);
  commitmentHistoryRoute(app);
};

/** A person's decision on a figure link of a comparison. */
function linkReviewRoute(app: Api): void {
  const { store } = app;
  app.put(
    '/api/compare/:from/:to/links',
    {
      onRequest: [app.requireWriter],
      schema: {
        summary: 'Review a figure link',
        description: 'Confirm or reject a pairing that compare made between a figure of report `from` and one of report `to`, or add one it missed. Figures are named by id (f12) or start offset, as GET /api/compare gives them.',
        tags: TAGS,
        security: WRITE,
        params: LinkParams,
        body: LinkBody,
        response: answers(LinkReviewResult),
      },
    },
    async (request) => {
      const { decision, note } = request.body;
      const from = figureOf(store, Number(request.params.from), request.body.from, 'from');
      const to = figureOf(store, Number(request.params.to), request.body.to, 'to');
      const review = store.addLinkReview({ from, to, decision, note: note ?? null, reviewer: request.user! });
      const key = linkKey(from.start, to.start);
      const history = store.linkReviews(from.report, to.report).filter((r) => linkKey(r.from.start, r.to.start) === key);
      return { review, history };
    },
  );
}

/** A person's follow-up status for a commitment. */
function commitmentReviewRoute(app: Api): void {
  const { store } = app;
  app.put(
    '/api/commitments/:id/review',
    {
      onRequest: [app.requireWriter],
      schema: {
        summary: "Review a commitment's follow-up",
        description: 'Sets the follow-up status of a commitment by hand (addressed, partly, no-evidence), with a note. The id is the report id and the commitment id, as GET /api/reports/{id}/commitments gives it.',
        tags: TAGS,
        security: WRITE,
        params: CommitmentParams,
        body: CommitmentReviewBody,
        response: answers(CommitmentReviewResult),
      },
    },
    async (request) => {
      const { report, id, commitment } = commitmentOf(store, request.params.id);
      const review = store.addCommitmentReview({
        report,
        start: commitment.start,
        commitment: id,
        text: commitment.text,
        status: request.body.status,
        note: request.body.note ?? null,
        reviewer: request.user!,
      });
      return { review, history: historyOf(store, report, commitment.start) };
    },
  );
}

/** Every review of a commitment. */
function commitmentHistoryRoute(app: Api): void {
  const { store } = app;
  app.get(
    '/api/commitments/:id/reviews',
    {
      schema: {
        summary: "A commitment's review history",
        description: 'Every review of the commitment, oldest first; the last is the one shown beside the automatic follow-up.',
        tags: TAGS,
        params: CommitmentParams,
        response: answers(CommitmentReviewHistory),
      },
    },
    async (request) => {
      const { report, commitment } = commitmentOf(store, request.params.id);
      return { history: historyOf(store, report, commitment.start) };
    },
  );
}
