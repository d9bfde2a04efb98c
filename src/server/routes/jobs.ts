// Jobs: where an upload queued for the workers (PostgreSQL) is. A library
// without a queue has no jobs: every id is unknown there.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type AnalysisQueue, jobOf } from '../../library/jobs.js';
import { answers } from '../http.js';
import { JobParams, Queued } from '../schemas.js';

export interface JobsOptions {
  queue: AnalysisQueue | null;
}

export const jobRoutes: FastifyPluginAsyncTypebox<JobsOptions> = async (app, { queue }) => {
  app.get(
    '/api/jobs/:id',
    {
      schema: {
        summary: 'An upload job',
        description:
          'queued, running, done (with the stored report of each file, and whether the upload added it) or failed (with the error code and the problem, one line). 404 for an id that names no job.',
        tags: ['reports'],
        params: JobParams,
        response: answers(Queued),
      },
    },
    async (request) => ({ job: await jobOf(queue, request.params.id) }),
  );
};
