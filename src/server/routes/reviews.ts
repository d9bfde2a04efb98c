// Reviews: a person confirms, rejects or adds a figure link between two
// reports, or sets a commitment's follow-up by hand (src/library/reviews.ts);
// the answer gives the link's or commitment's history.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { commitmentHistory, reviewCommitment, reviewLink } from '../../library/reviews.js';
import { answers, type Api } from '../http.js';
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
      const reports = { from: Number(request.params.from), to: Number(request.params.to) };
      return reviewLink(store, reports, request.body, request.user!);
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
      return reviewCommitment(store, request.params.id, request.body, request.user!);
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
      return commitmentHistory(store, request.params.id);
    },
  );
}
