// What the route plugins share: response declarations (JSON, the CSV twin of
// lists, the error body) and the JSON text of large answers.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { type TSchema, Type } from 'typebox';
import type { Page } from '../library/listing.js';
import { type Column, render, rowTexts } from '../output/render.js';
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
  return csvReply(reply, name).send(render(rows, columns, 'csv'));
}

/** A CSV answer's headers: a file named `name`.csv. */
function csvReply(reply: FastifyReply, name: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
}

/**
 * Every row of a listing (limit 0), written as it is read, a chunk at a time,
 * so that a whole library's listing is never held: JSON as the route writes
 * a page (`head`, then the rows under `field`), or CSV as `sendCsv`.
 * The first chunk is read before the answer starts, so that a query refused
 * (a bad filter) is still answered with the error body.
 */
export async function sendAll<T extends object>(
  reply: FastifyReply,
  chunks: AsyncIterable<T[]>,
  format: 'json' | 'csv' | undefined,
  list: { head: Record<string, unknown>; field: string; columns: Column<T>[]; name: string },
): Promise<FastifyReply> {
  const texts = (format === 'csv' ? rowTexts(chunks, list.columns, 'csv') : jsonTexts(chunks, list.head, list.field))[Symbol.asyncIterator]();
  const first = await texts.next();
  async function* rest(): AsyncGenerator<string> {
    if (!first.done) yield first.value;
    for (let next = await texts.next(); !next.done; next = await texts.next()) if (next.value !== '') yield next.value;
  }
  const body = Readable.from(rest());
  return format === 'csv' ? csvReply(reply, list.name).send(body) : sendJson(reply, body);
}

async function* jsonTexts(chunks: AsyncIterable<object[]>, head: Record<string, unknown>, field: string): AsyncGenerator<string> {
  let text = `${JSON.stringify(head).slice(0, -1)},${JSON.stringify(field)}:[`;
  let rows = 0;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    // JSON.stringify of the array without its brackets: the rows as the page's text has them.
    text += `${rows > 0 ? ',' : ''}${JSON.stringify(chunk).slice(1, -1)}`;
    rows += chunk.length;
    yield text;
    text = '';
  }
  yield `${text}]}`;
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
 * A large JSON answer, already written as text or as a stream of it
 * (JSON.stringify is several times faster than the serializer compiled from
 * the route's schema on the megabytes of a series); the schema still
 * documents the answer.
 */
export function sendJson(reply: FastifyReply, json: string | Buffer | Readable): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

const pageTexts = new WeakMap<Page<unknown>, Map<string, Buffer>>();
/** Texts kept for one page at most: one for each way of asking for it that the answer's head tells apart. */
const PAGE_TEXTS = 4;

/**
 * The JSON text of a page of a listing, `head` then `more` and the rows under
 * `field`, written once for as long as the page is unchanged (library/listing.ts
 * gives the same page for the same rows, as the store keeps them): a repeated
 * request is bytes written out, not a page serialised again. Kept as UTF-8
 * bytes: a string was measured in its length and encoded again at every
 * answer, a third of the thread's time under load, and the garbage of those
 * copies (tens of kilobytes each) its longest pauses.
 */
export function pageJson(page: Page<unknown>, head: Record<string, unknown>, field: string): Buffer {
  let texts = pageTexts.get(page);
  if (!texts) pageTexts.set(page, (texts = new Map()));
  const key = JSON.stringify(head);
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= PAGE_TEXTS) texts.clear();
    texts.set(key, (text = Buffer.from(JSON.stringify({ ...head, more: page.more, [field]: page.rows }))));
  }
  return text;
}
