// Issuers, each with its series: the years and reports held.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
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
      const series = new Map<string, Array<{ id: number; year: number | null; kind: string | null; source: string }>>();
      for (const { id, issuer, year, kind, source } of store.listReports()) {
        if (issuer === null) continue;
        if (!series.has(issuer)) series.set(issuer, []);
        series.get(issuer)!.push({ id, year, kind, source });
      }
      const issuers = store.listIssuers().map((issuer) => {
        const reports = series.get(issuer.name) ?? [];
        const years = [...new Set(reports.flatMap((r) => (r.year === null ? [] : [r.year])))];
        return { ...issuer, years, series: reports };
      });
      if (request.query.format === 'csv') return sendCsv(reply, issuers, ISSUER_COLUMNS, 'issuers');
      return { issuers };
    },
  );
};
