// Comparisons: two stored reports, a whole series, and one measure over a
// series. The compare JSON is the CLI's, with ids and the latest reviews.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { trend, trendRows } from '../../compare/trend.js';
import { InputError } from '../../errors.js';
import { comparisonKey, storedComparison } from '../../library/comparisons.js';
import { measureList, seriesReports, storedSeries } from '../../library/series.js';
import { measureById } from '../../measures/index.js';
import { MEASURE_COLUMNS, TREND_COLUMNS } from '../../output/columns.js';
import type { ReportSummary, Store } from '../../store/index.js';
import { answers, type Api, breathe, listAnswers, reportOf, sendCsv, sendJson, summaryOf } from '../http.js';
import { type ComparedReport, withReviews } from '../reviews.js';
import { CompareQuery, Comparison, MeasureList, MeasuresQuery, SeriesParams, SeriesResult, TrendQuery, TrendResult } from '../schemas.js';

const TAGS = ['compare'];

/** The compare JSON of two stored reports (cached by the library) with the latest reviews. */
function comparisonOf(store: Store, older: ReportSummary, newer: ReportSummary) {
  return withReviews(
    storedComparison(store, older, newer),
    { id: older.id, anchors: store.getAnchors(older.id) },
    { id: newer.id, anchors: store.getAnchors(newer.id) },
    store.linkReviews(older.id, newer.id),
    store.commitmentReviews(older.id),
  );
}

const UNREVIEWED_PAIRS = 64;

/**
 * comparisonOf as JSON text. The answers for pairs nobody has reviewed are
 * kept as sent (`unreviewed`, a few dozen, by the library's cache key and the
 * reports' ids): a series asked again is then mostly joined strings, not
 * megabytes parsed and written again.
 */
function comparisonJson(store: Store, unreviewed: Map<string, string>, older: ReportSummary, newer: ReportSummary): string {
  const reviewed = store.linkReviews(older.id, newer.id).length > 0 || store.commitmentReviews(older.id).length > 0;
  if (reviewed) return JSON.stringify(comparisonOf(store, older, newer));
  const { from, to, version } = comparisonKey(older, newer);
  const key = `${from} ${to} ${version} ${older.id} ${newer.id}`;
  let json = unreviewed.get(key);
  if (json === undefined) {
    json = JSON.stringify(comparisonOf(store, older, newer));
    if (unreviewed.size >= UNREVIEWED_PAIRS) unreviewed.delete(unreviewed.keys().next().value!);
    unreviewed.set(key, json);
  }
  return json;
}

export const compareRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Comparisons nobody has reviewed yet, as sent, shared by compare and series.
  const unreviewed = new Map<string, string>();
  compareRoute(app, unreviewed);
  seriesRoute(app, unreviewed);
  trendRoute(app);
  measuresRoute(app);
};

/** Two reports compared, from the cache of unreviewed pairs when it holds them. */
function compareRoute(app: Api, unreviewed: Map<string, string>): void {
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
    async (request, reply) =>
      sendJson(reply, comparisonJson(store, unreviewed, summaryOf(store, Number(request.query.from)), summaryOf(store, Number(request.query.to)))),
  );
}

/** Every consecutive pair of an issuer's years compared, one pair at a time. */
function seriesRoute(app: Api, unreviewed: Map<string, string>): void {
  const { store } = app;
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
    async (request, reply) => {
      const reports = seriesReports(store, request.params.issuer);
      // One pair at a time, letting other requests in between: a long series not yet compared takes seconds.
      const comparisons: string[] = [];
      for (const [i, newer] of reports.slice(1).entries()) {
        await breathe();
        comparisons.push(comparisonJson(store, unreviewed, reports[i]!, newer));
      }
      const issuer = JSON.stringify(reports[0]!.issuer ?? request.params.issuer);
      return sendJson(reply, `{"issuer":${issuer},"comparisons":[${comparisons.join(',')}]}`);
    },
  );
}

/** One measure or label over an issuer's years. */
function trendRoute(app: Api): void {
  const { store } = app;
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
}

/** The measure catalogue with the counts of stored figures. */
function measuresRoute(app: Api): void {
  const { store } = app;
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
}
