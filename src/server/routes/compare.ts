// Comparisons: two stored reports, a whole series, and one measure over a
// series. The compare JSON is the CLI's, with ids and the latest reviews.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { trendRows } from '../../compare/trend.js';
import { InputError } from '../../errors.js';
import { compareSeries, comparisonKey, isReviewed, reviewedComparison } from '../../library/comparisons.js';
import type { ComparePool } from '../../library/pool.js';
import { summaryOf } from '../../library/reports.js';
import { measureList, seriesPair, storedTrend } from '../../library/series.js';
import type { ReviewedComparison } from '../../library/shapes.js';
import { measureById } from '../../measures/index.js';
import { MEASURE_COLUMNS, TREND_COLUMNS } from '../../output/columns.js';
import type { AsyncStore, ReportSummary } from '../../store/index.js';
import { answers, type Api, breathe, listAnswers, sendCsv, sendJson } from '../http.js';
import { CompareQuery, Comparison, MeasureList, MeasuresQuery, SeriesAnswer, SeriesParams, SeriesQuery, TrendQuery, TrendResult } from '../schemas.js';

const TAGS = ['compare'];

const UNREVIEWED_PAIRS = 64;

/** A comparison whole (compare, a series with ?full=true) or as a series pair (shapes.ts SeriesPair). */
type Shape = 'whole' | 'series';

export interface CompareOptions {
  /** Computes comparisons not cached yet, off the event loop; null: in the request (NIANBAO_COMPARE_WORKERS=0). */
  pool: ComparePool | null;
}

/** What the compare and series routes share: the library, the compare threads, and the answers kept for pairs nobody has reviewed. */
interface Comparing {
  store: AsyncStore;
  pool: ComparePool | null;
  unreviewed: Map<string, string>;
}

/**
 * The reviewed comparison as JSON text, whole or in the shape a series answers
 * by default. The answers for pairs nobody has reviewed are kept as sent
 * (`unreviewed`, a few dozen, by the library's cache key, the reports' ids and
 * the shape): a series asked again is then mostly joined strings, not
 * megabytes parsed and written again.
 */
async function comparisonJson({ store, pool, unreviewed }: Comparing, older: ReportSummary, newer: ReportSummary, shape: Shape = 'whole'): Promise<string> {
  const write = (c: ReviewedComparison) => JSON.stringify(shape === 'whole' ? c : seriesPair(c));
  if (await isReviewed(store, older, newer)) return write(await reviewedComparison(store, older, newer, pool));
  const { from, to, version } = comparisonKey(older, newer);
  const key = `${from} ${to} ${version} ${older.id} ${newer.id} ${shape}`;
  let json = unreviewed.get(key);
  if (json === undefined) {
    json = write(await reviewedComparison(store, older, newer, pool));
    if (unreviewed.size >= UNREVIEWED_PAIRS) unreviewed.delete(unreviewed.keys().next().value!);
    unreviewed.set(key, json);
  }
  return json;
}

export const compareRoutes: FastifyPluginAsyncTypebox<CompareOptions> = async (app, { pool }) => {
  // Comparisons nobody has reviewed yet, as sent, shared by compare and series.
  const comparing = { store: app.store, pool, unreviewed: new Map<string, string>() };
  compareRoute(app, comparing);
  seriesRoute(app, comparing);
  trendRoute(app);
  measuresRoute(app);
};

/** Two reports compared, from the cache of unreviewed pairs when it holds them. */
function compareRoute(app: Api, comparing: Comparing): void {
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
    async (request, reply) => {
      const older = await summaryOf(store, Number(request.query.from));
      const newer = await summaryOf(store, Number(request.query.to));
      return sendJson(reply, await comparisonJson(comparing, older, newer));
    },
  );
}

/** Every consecutive pair of an issuer's years compared, one pair at a time. */
function seriesRoute(app: Api, comparing: Comparing): void {
  const { store } = app;
  app.get(
    '/api/series/:issuer',
    {
      schema: {
        summary: "Compare an issuer's consecutive years",
        description:
          'For every consecutive pair of stored years of the issuer, oldest first: its figures, verdicts and the commitments the newer report answers, each cited sentence once; with full=true, the whole comparison of each pair (what GET /api/compare answers).',
        tags: TAGS,
        params: SeriesParams,
        querystring: SeriesQuery,
        response: answers(SeriesAnswer),
      },
    },
    async (request, reply) => {
      // Letting other requests in between pairs: a long series not yet compared takes seconds.
      const { issuer, comparisons } = await compareSeries(store, request.params.issuer, async (older, newer) => {
        await breathe();
        return comparisonJson(comparing, older, newer, request.query.full === true ? 'whole' : 'series');
      });
      return sendJson(reply, `{"issuer":${JSON.stringify(issuer)},"comparisons":[${comparisons.join(',')}]}`);
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
      const result = await storedTrend(store, query, name);
      if (format === 'csv') return sendCsv(reply, trendRows(result), TREND_COLUMNS, 'trend');
      return result;
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
      const measures = await measureList(store);
      if (request.query.format === 'csv') return sendCsv(reply, measures, MEASURE_COLUMNS, 'measures');
      return { measures };
    },
  );
}
