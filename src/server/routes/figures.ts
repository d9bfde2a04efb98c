// Figures across the library, as `nianbao figures` finds them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { InputError } from '../../errors.js';
import { allFigures, findFigures } from '../../library/listing.js';
import { FIGURE_COLUMNS } from '../../output/columns.js';
import { listAnswers, pageJson, sendAll, sendCsv, sendJson } from '../http.js';
import { FigureList, FigureQuery } from '../schemas.js';

export const figureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app;

  app.get(
    '/api/figures',
    {
      schema: {
        summary: 'Find figures',
        description: 'Figures across the library: q matches part of the label, unit the unit exactly, kind is target or actual; year, or from and to, bound the years.',
        tags: ['figures'],
        querystring: FigureQuery,
        response: listAnswers(FigureList),
      },
    },
    async (request, reply) => {
      const { format, limit = 100, offset = 0, kind, ...filter } = request.query;
      if (filter.year !== undefined && (filter.from !== undefined || filter.to !== undefined)) {
        throw new InputError('VALIDATION', 'GET /api/figures', 'takes year, or from and to, not both');
      }
      if (limit === 0) return sendAll(reply, allFigures(store, { ...filter, modality: kind, offset }), format, { head: { limit, offset, more: false }, field: 'figures', columns: FIGURE_COLUMNS, name: 'figures' });
      const page = await findFigures(store, { ...filter, modality: kind, offset }, limit);
      if (format === 'csv') return sendCsv(reply, page.rows, FIGURE_COLUMNS, 'figures');
      return sendJson(reply, pageJson(page, { limit, offset }, 'figures'));
    },
  );
};
