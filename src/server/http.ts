// What the route plugins share: response declarations (JSON, the CSV twin of
// lists, the error body) and the JSON text of large answers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { type Column, render } from '../output/render.js';
import { ErrorBody } from './schemas.js';

/** A route plugin's instance, with the store and auth decorations and TypeBox types: what one route's function takes. */
export type Api = Parameters<FastifyPluginAsyncTypebox>[0];

const errors = { '4xx': ErrorBody, '5xx': ErrorBody };

/** A JSON answer with `status`, and the error body for every failure. */
export function answers<S extends TSchema, N extends number = 200>(schema: S, status: N = 200 as N) {
  return { [status]: schema, ...errors } as { [K in N]: S } & typeof errors;
}

const Csv = Type.String({ description: 'CSV: UTF-8 with a byte-order mark, one header row, formulas escaped' });

/** A list answered as JSON, or as CSV with `?format=csv`. */
export function listAnswers<S extends TSchema>(schema: S) {
  return {
    200: { description: 'JSON, or CSV with ?format=csv', content: { 'application/json': { schema }, 'text/csv': { schema: Csv } } },
    ...errors,
  };
}

/** The CSV twin of a list: the rows through the CLI's renderer, so the file is the one the CLI writes. */
export function sendCsv<T extends object>(reply: FastifyReply, rows: Iterable<T>, columns: Column<T>[], name: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(render(rows, columns, 'csv'));
}

/**
 * Lets other requests in between steps of a long computation (a series of
 * comparisons, the files of an upload): analysis is synchronous, and one
 * request must not hold every other for seconds.
 */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A large JSON answer, already written as text (JSON.stringify is several
 * times faster than the serializer compiled from the route's schema on the
 * megabytes of a series); the schema still documents the answer.
 */
export function sendJson(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
