// Full-text search over the sentences of the library, matches in 【】.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allSentences, findSentences } from '../../library/listing.js';
import { SENTENCE_COLUMNS } from '../../output/columns.js';
import { listAnswers, pageJson, sendAll, sendCsv, sendJson } from '../http.js';
import { SearchQuery, SearchResult } from '../schemas.js';

export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app;

  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Search sentences',
        description: 'Sentences holding the words of q in a row, each match in 【】 in the snippet; parts separated by spaces must all occur.',
        tags: ['search'],
        querystring: SearchQuery,
        response: listAnswers(SearchResult),
      },
    },
    async (request, reply) => {
      const { q, format, limit = 100, offset = 0, ...filter } = request.query;
      if (limit === 0) return sendAll(reply, allSentences(store, q, { ...filter, offset }), format, { head: { query: q, limit, offset, more: false }, field: 'hits', columns: SENTENCE_COLUMNS, name: 'search' });
      const page = await findSentences(store, q, { ...filter, offset }, limit);
      if (format === 'csv') return sendCsv(reply, page.rows, SENTENCE_COLUMNS, 'search');
      return sendJson(reply, pageJson(page, { query: q, limit, offset }, 'hits'));
    },
  );
};
