// Reports: upload, list, read (metadata, text with spans, figures,
// commitments, problems, diagnostics) and delete.
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type TSchema, Type } from 'typebox';
import { InputError } from '../../errors.js';
import type { Limits } from '../../ingest/limits.js';
import { uploadReports } from '../../library/ingest.js';
import { allReports } from '../../library/listing.js';
import { type AnalysisQueue, submitUpload } from '../../library/jobs.js';
import type { AnalysisPool } from '../../library/pool.js';
import { COMMITMENT_COLUMNS, DIAGNOSTIC_COLUMNS, FIGURE_COLUMNS, PROBLEM_COLUMNS, REPORT_COLUMNS, REVIEW_COLUMNS, reviewCells } from '../../output/columns.js';
import type { Column } from '../../output/render.js';
import {
  deleteReports,
  reportCommitments,
  reportDetail,
  reportDiagnostics,
  reportFigures,
  reportPage,
  reportProblems,
  reportText,
} from '../../library/reports.js';
import { answers, type Api, listAnswers, sendAll, sendCsv } from '../http.js';
import {
  Deleted,
  FormatQuery,
  ReportCommitments,
  ReportDetail,
  ReportDiagnostics,
  ReportFigures,
  ReportList,
  ReportListQuery,
  ReportParams,
  ReportProblems,
  ReportText,
  Queued,
  Uploaded,
} from '../schemas.js';
import { OVERRIDE_FIELDS, readUpload, tooLarge } from '../upload.js';

export interface ReportsOptions {
  /** Largest upload request body, in bytes. */
  uploadLimit: number;
  /** Analyses uploads off the event loop. */
  pool: AnalysisPool;
  limits: Limits;
  /** Uploads a minute for one token (or one address, without a token). */
  uploadRate: number;
  /** Where uploads wait for the workers (PostgreSQL); without one they are analysed in the request. */
  queue: AnalysisQueue | null;
}

const TAGS = ['reports'];
const WRITE = [{ bearer: [] }];

/** Shown in the OpenAPI document only: Fastify does not parse the multipart body, the handler reads it. */
const UploadForm = Type.Object({
  file: Type.String({ format: 'binary', description: 'one or more files (txt, pdf, docx, html) under any field name' }),
  issuer: Type.Optional(Type.String({ description: 'overrides the detected issuer of every file' })),
  year: Type.Optional(Type.String({ pattern: '^[0-9]{4}$', description: 'the year the reports review' })),
  kind: Type.Optional(Type.String({ description: 'e.g. 政府工作报告' })),
});

export const reportRoutes: FastifyPluginAsyncTypebox<ReportsOptions> = async (app, options) => {
  // Its limits are set where the parts are read (upload.ts).
  await app.register(multipart);
  await app.register(rateLimit, { global: false });
  uploadRoute(app, options);
  listRoute(app);
  detailRoute(app);
  textRoute(app);
  figuresRoute(app);
  commitmentsRoute(app);
  problemsRoute(app);
  diagnosticsRoute(app);
  deleteRoute(app);
};

/** Upload: every file read and analysed before any is saved, here or by a worker. */
function uploadRoute(app: Api, { uploadLimit, pool, limits, uploadRate, queue }: ReportsOptions): void {
  const { store } = app;
  app.post(
    '/api/reports',
    {
      // Refused from its Content-Length before a byte of the body is read.
      onRequest: [
        app.requireWriter,
        async (request) => {
          if (Number(request.headers['content-length'] ?? 0) > uploadLimit) throw tooLarge(uploadLimit);
        },
      ],
      config: {
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: UploadForm }, url }),
        // Counted per write token (auth has named it by now), else per address.
        rateLimit: {
          max: uploadRate,
          timeWindow: 60_000,
          keyGenerator: (request) => (request.user === null ? `address ${request.ip}` : `token ${request.user}`),
          errorResponseBuilder: () => new InputError('RATE_LIMITED', 'upload', `is one more than the ${uploadRate} a minute this server takes from one token`),
        },
      },
      schema: {
        summary: 'Upload reports',
        description: `Multipart: one or more files under any field name; the fields ${OVERRIDE_FIELDS.join(', ')} override detection for every file. 201 when a report was added, 200 when every file was already stored (same sha256): the stored id is given. A file that cannot be read fails the whole upload and nothing is stored. A server with workers (PostgreSQL) answers a new file 202 with a job instead, at the Location GET /api/jobs/{id} answers.`,
        tags: TAGS,
        security: WRITE,
        consumes: ['multipart/form-data'],
        response: { ...answers(Uploaded, 201), 200: Uploaded, 202: Queued },
      },
    },
    async (request, reply) => {
      const { files, overrides } = await readUpload(request, uploadLimit);
      if (queue !== null) {
        const submitted = await submitUpload(store, queue, files, overrides, request.user);
        if (submitted.status === 'queued') {
          request.log.info({ job: submitted.job.id, files: files.length, user: request.user }, 'upload queued');
          return reply.status(202).header('location', `/api/jobs/${submitted.job.id}`).send({ job: submitted.job });
        }
        return reply.status(200).send({ reports: submitted.reports });
      }
      const reports = await uploadReports(store, files, overrides, request.user, { pool, limits });
      return reply.status(reports.some((r) => r.added) ? 201 : 200).send({ reports });
    },
  );
}

/** The library's reports, a page at a time, as JSON or CSV. */
function listRoute(app: Api): void {
  const { store } = app;
  app.get(
    '/api/reports',
    {
      schema: {
        summary: 'List reports',
        description: 'Reports by issuer and year, a page at a time (limit 0 for all).',
        tags: TAGS,
        querystring: ReportListQuery,
        response: listAnswers(ReportList),
      },
    },
    async (request, reply) => {
      const { format, limit = 100, offset = 0, ...filter } = request.query;
      if (limit === 0) {
        // The count is the library's as the request came; the rows, its reports as the listing starts.
        const head = { total: await store.countReports(filter), limit, offset };
        return sendAll(reply, allReports(store, { ...filter, offset }), format, { head, field: 'reports', columns: REPORT_COLUMNS, name: 'reports' });
      }
      const { total, reports } = await reportPage(store, { ...filter, limit, offset });
      if (format === 'csv') return sendCsv(reply, reports, REPORT_COLUMNS, 'reports');
      return { total, limit, offset, reports };
    },
  );
}

/** One report's metadata, counts and sections. */
function detailRoute(app: Api): void {
  const { store } = app;
  app.get(
    '/api/reports/:id',
    {
      schema: {
        summary: 'One report',
        description: 'Metadata, counts and sections of a stored report.',
        tags: TAGS,
        params: ReportParams,
        response: answers(ReportDetail),
      },
    },
    async (request) => reportDetail(store, Number(request.params.id)),
  );
}

/** The normalised text with the spans of what was found in it. */
function textRoute(app: Api): void {
  const { store } = app;
  app.get(
    '/api/reports/:id/text',
    {
      schema: {
        summary: 'The normalised text',
        description: 'The text with the spans of its sections, sentences, figures, commitments and problems, as JSON data: offsets are UTF-16 code units. Show it with textContent, never as HTML.',
        tags: TAGS,
        params: ReportParams,
        response: answers(ReportText),
      },
    },
    async (request) => reportText(store, Number(request.params.id)),
  );
}

/** A report's figures, as JSON or CSV. */
function figuresRoute(app: Api): void {
  const { store } = app;
  app.get(
    '/api/reports/:id/figures',
    {
      schema: {
        summary: "A report's figures",
        description: 'Every figure with its label, value, unit and sentence: the rows of `nianbao figures`.',
        tags: TAGS,
        params: ReportParams,
        querystring: FormatQuery,
        response: listAnswers(ReportFigures),
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const figures = await reportFigures(store, id);
      if (request.query.format === 'csv') return sendCsv(reply, figures, FIGURE_COLUMNS, `report-${id}-figures`);
      return { report: id, figures };
    },
  );
}

/** A report's commitments with the latest review of each, as JSON or CSV. */
function commitmentsRoute(app: Api): void {
  const { store } = app;
  app.get(
    '/api/reports/:id/commitments',
    {
      schema: {
        summary: "A report's commitments",
        description: 'Every commitment with its topic, keywords, targets and deadline, and the latest review of its follow-up.',
        tags: TAGS,
        params: ReportParams,
        querystring: FormatQuery,
        response: listAnswers(ReportCommitments),
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const commitments = await reportCommitments(store, id);
      if (request.query.format === 'csv') {
        const rows = commitments.map(({ review, ...row }) => ({ ...row, ...reviewCells(review) }));
        return sendCsv(reply, rows, [...COMMITMENT_COLUMNS, ...REVIEW_COLUMNS], `report-${id}-commitments`);
      }
      return { report: id, commitments };
    },
  );
}

/**
 * A list derived from one report, as JSON (`{report, NAME: rows}`) or its CSV
 * twin: problems and diagnostics share everything but what they list.
 */
function derivedListRoute<Row extends object>(
  app: Api,
  name: 'problems' | 'diagnostics',
  doc: { summary: string; description: string; response: TSchema },
  list: (id: number) => Promise<Row[]>,
  columns: Column<Row>[],
): void {
  app.get(
    `/api/reports/:id/${name}`,
    {
      schema: {
        summary: doc.summary,
        description: doc.description,
        tags: TAGS,
        params: ReportParams,
        querystring: FormatQuery,
        response: listAnswers(doc.response),
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const rows = await list(id);
      if (request.query.format === 'csv') return sendCsv(reply, rows, columns, `report-${id}-${name}`);
      return { report: id, [name]: rows };
    },
  );
}

/** A report's problems, as JSON or CSV. */
function problemsRoute(app: Api): void {
  derivedListRoute(
    app,
    'problems',
    { summary: "A report's problems", description: 'The shortcomings the report admits, with topic and keywords.', response: ReportProblems },
    (id) => reportProblems(app.store, id),
    PROBLEM_COLUMNS,
  );
}

/** A report's numbers not kept as figures, and figures read by a guess. */
function diagnosticsRoute(app: Api): void {
  derivedListRoute(
    app,
    'diagnostics',
    {
      summary: "A report's diagnostics",
      description:
        'Every number seen in the text and not kept as a figure, and every figure read by a guess, with the rule that decided and its place in the text; past 200 of a rule, the next one counts the rest (`more`).',
      response: ReportDiagnostics,
    },
    (id) => reportDiagnostics(app.store, id),
    DIAGNOSTIC_COLUMNS,
  );
}

/** Deletes a report and what was derived from it. */
function deleteRoute(app: Api): void {
  const { store } = app;
  app.delete(
    '/api/reports/:id',
    {
      onRequest: [app.requireWriter],
      schema: {
        summary: 'Delete a report',
        description: 'Removes the report, everything derived from it and the reviews that name it.',
        tags: TAGS,
        security: WRITE,
        params: ReportParams,
        response: answers(Deleted, 204),
      },
    },
    async (request, reply) => {
      await deleteReports(store, [Number(request.params.id)]);
      request.log.info({ report: Number(request.params.id), user: request.user }, 'report deleted');
      return reply.status(204).send(null);
    },
  );
}
