// Issuers, each with its series: the years and reports held.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { issuerSeries } from '../../library/listing.js';
import { ISSUER_COLUMNS } from '../../output/columns.js';
import { listAnswers, sendCsv } from '../http.js';
import { FormatQuery, IssuerList } from '../schemas.js';

export const issuerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app;

  app.get(
    '/api/issuers',
    {
      schema: {
        summary: 'List issuers and their series',
        description: 'Every issuer with its aliases and the reports it has in the library, by year.',
        tags: ['issuers'],
        querystring: FormatQuery,
        response: listAnswers(IssuerList),
      },
    },
    async (request, reply) => {
      const issuers = await issuerSeries(store);
      if (request.query.format === 'csv') return sendCsv(reply, issuers, ISSUER_COLUMNS, 'issuers');
      return { issuers };
    },
  );
};
