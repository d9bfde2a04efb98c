// Comparisons: two stored reports, a whole series, and one measure over a
// series. The compare JSON is the CLI's, with ids and the latest reviews.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { trend, trendRows } from '../../compare/trend.js';
import { comparisonKey, storedComparison } from '../../library/comparisons.js';
import { seriesReports } from '../../library/series.js';
import { TREND_COLUMNS } from '../../output/columns.js';
import type { ReportSummary, Store } from '../../store/index.js';
import { answers, breathe, listAnswers, reportOf, sendCsv, sendJson, summaryOf } from '../http.js';
import { withReviews } from '../reviews.js';
import { CompareQuery, Comparison, SeriesParams, SeriesResult, TrendQuery, TrendResult } from '../schemas.js';

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
  const { store } = app;
  const unreviewed = new Map<string, string>();

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

  app.get(
    '/api/trend',
    {
      schema: {
        summary: 'One measure over the years',
        description: 'In every stored year of the issuer, the actual figure whose label best names the measure.',
        tags: TAGS,
        querystring: TrendQuery,
        response: listAnswers(TrendResult),
      },
    },
    async (request, reply) => {
      const { label, issuer, format } = request.query;
      const reports = seriesReports(store, issuer);
      const points = trendRows(trend(label, reports.map((summary) => reportOf(store, summary.id).analysis)));
      if (format === 'csv') return sendCsv(reply, points, TREND_COLUMNS, 'trend');
      return { label, issuer: reports[0]!.issuer ?? issuer, points };
    },
  );
};
