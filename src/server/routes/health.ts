// Liveness for monitors: answers while the database answers; never needs a token.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { answers } from '../http.js';
import { Health } from '../schemas.js';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    { schema: { summary: 'Health', description: 'ok, the number of stored reports and who may write.', tags: ['service'], response: answers(Health) } },
    async () => ({ status: 'ok' as const, reports: app.store.countReports(), writes: app.writePolicy }),
  );
};
