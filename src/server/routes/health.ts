// Liveness for monitors: answers while the database answers; never needs a
// token. It also tells the page who may write, and whether its token can.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { answers } from '../http.js';
import { Health } from '../schemas.js';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    { schema: { summary: 'Health', description: 'ok, the number of stored reports, who may write, and whether this request (its token) could.', tags: ['service'], response: answers(Health) } },
    async (request) => ({
      status: 'ok' as const,
      reports: await app.store.countReports(),
      writes: app.writePolicy,
      canWrite: request.user !== null || app.writePolicy === 'local',
    }),
  );
};
