// Comparisons: two stored reports, a whole series, and one measure over a
// series. The compare JSON is the CLI's, with ids and the latest reviews.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { compare } from '../../compare/index.js';
import { trend, trendRows } from '../../compare/trend.js';
import { InputError } from '../../errors.js';
import { measureList, seriesReports, storedSeries } from '../../library/series.js';
import { measureById } from '../../measures/index.js';
import { MEASURE_COLUMNS, TREND_COLUMNS } from '../../output/columns.js';
import type { Store } from '../../store/index.js';
import { answers, breathe, listAnswers, reportOf, sendCsv } from '../http.js';
import { type ComparedReport, withReviews } from '../reviews.js';
import { CompareQuery, Comparison, MeasureList, MeasuresQuery, SeriesParams, SeriesResult, TrendQuery, TrendResult } from '../schemas.js';

const TAGS = ['compare'];

function stored(store: Store, id: number): ComparedReport {
  return { id, analysis: reportOf(store, id).analysis };
}

function comparisonOf(store: Store, older: ComparedReport, newer: ComparedReport) {
  return withReviews(
    compare(older.analysis, newer.analysis),
    older,
    newer,
    store.linkReviews(older.id, newer.id),
    store.commitmentReviews(older.id),
  );
}

export const compareRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app;

  app.get(
    '/api/compare',
    {
      schema: {
        summary: 'Compare two reports',
        description: "The older report (from) against the newer (to): figures paired with their change, targets judged, commitments followed up, sections aligned with their changed sentences, reuse; with the latest review of each figure link and commitment.",
        tags: TAGS,
        querystring: CompareQuery,
        response: answers(Comparison),
      },
    },
    async (request) => comparisonOf(store, stored(store, Number(request.query.from)), stored(store, Number(request.query.to))),
  );

  app.get(
    '/api/series/:issuer',
    {
      schema: {
        summary: "Compare an issuer's consecutive years",
        description: 'compare for every consecutive pair of stored years of the issuer, oldest first.',
        tags: TAGS,
        params: SeriesParams,
        response: answers(SeriesResult),
      },
    },
    async (request) => {
      const reports = seriesReports(store, request.params.issuer);
      // One report at a time, letting other requests in between: a long series takes seconds.
      let older = stored(store, reports[0]!.id);
      const comparisons = [];
      for (const summary of reports.slice(1)) {
        await breathe();
        const newer = stored(store, summary.id);
        comparisons.push(comparisonOf(store, older, newer));
        older = newer;
      }
      return { issuer: reports[0]!.issuer ?? request.params.issuer, comparisons };
    },
  );

  app.get(
    '/api/trend',
    {
      schema: {
        summary: 'One measure over the years',
        description: "For every year the issuer's stored reports review: the outcome the report states and the target the report before it set, found by catalogue measure (or, for another label, by label matching).",
        tags: TAGS,
        querystring: TrendQuery,
        response: listAnswers(TrendResult),
      },
    },
    async (request, reply) => {
      const { measure, label, issuer: name, format } = request.query;
      const query = measure ?? label;
      if (query === undefined) throw new InputError('VALIDATION', 'GET /api/trend', 'takes measure or label');
      if (measure !== undefined && !measureById(measure)) throw new InputError('VALIDATION', 'GET /api/trend', `has no measure "${measure}"; GET /api/measures lists them`);
      const { issuer, series } = storedSeries(store, name);
      const result = trend(query, series);
      if (format === 'csv') return sendCsv(reply, trendRows(result), TREND_COLUMNS, 'trend');
      return { ...result, issuer };
    },
  );

  app.get(
    '/api/measures',
    {
      schema: {
        summary: 'The catalogue of measures',
        description: 'Every measure figures are tied to (gdp-growth, cpi …), with how many stored figures state it.',
        tags: TAGS,
        querystring: MeasuresQuery,
        response: listAnswers(MeasureList),
      },
    },
    async (request, reply) => {
      const measures = measureList(store);
      if (request.query.format === 'csv') return sendCsv(reply, measures, MEASURE_COLUMNS, 'measures');
      return { measures };
    },
  );
};
