// A library moved whole: written as JSON lines (a header, then one line per
// report with its source, analysis and reviews), read back into either
// engine, or copied from one store into another. What is written is what the
// store holds, not what analysis would make today: a library analysed by an
// older nianbao moves with the same answers. Only the words are made again on
// the way in (search words and the tokens comparisons read, the way ingest
// makes them), from the stored text.
import { createHash } from 'node:crypto';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { InputError } from '../errors.js';
import type { AsyncStore, ReportRecord, RestoreResult } from '../store/index.js';
import { cutWords } from './analysis-task.js';
import { LIBRARY_FORMAT, LibraryHeader, ReportLine } from './shapes.js';

/** Report ids read from the store at a time. */
const ID_BATCH = 500;

async function* storedIds(store: AsyncStore): AsyncIterable<number> {
  for (let after = 0; ; ) {
    const ids = await store.reportIds(after, ID_BATCH);
    if (ids.length === 0) return;
    yield* ids;
    after = ids.at(-1)!;
  }
}

async function header(store: AsyncStore): Promise<LibraryHeader> {
  const issuers = (await store.listIssuers()).filter((issuer) => issuer.aliases.length > 0);
  return {
    format: LIBRARY_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    reports: await store.countReports(),
    issuers: issuers.map(({ name, aliases }) => ({ name, aliases })),
  };
}

/** The library as JSON lines, each ending in a newline, a report at a time. */
export async function* libraryLines(store: AsyncStore): AsyncIterable<string> {
  yield `${JSON.stringify(await header(store))}\n`;
  for await (const id of storedIds(store)) {
    // A report deleted since its id was read is left out.
    const record = await store.getRecord(id);
    if (record === null) continue;
    const source = { bytes: Buffer.from(record.source.bytes).toString('base64'), text: record.source.text };
    yield `${JSON.stringify({ ...record, source })}\n`;
  }
}

export type Moved = { status: 'added' | 'present'; id: number; source: string; reviews: number };

export interface MoveSummary {
  added: number;
  present: number;
  reviews: number;
}

/** What a move reports as it goes: each report, how many are done, how many there are in all. */
export type OnMoved = (moved: Moved, done: number, total: number) => void;

function bad(where: string, problem: string): InputError {
  return new InputError('BAD_LIBRARY_LINE', where, problem);
}

function parsed(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw bad(where, `is not JSON (${(error as Error).message})`);
  }
}

/** The first schema error, as `/report/analysis/text must be string`. */
function checked<T extends TSchema>(schema: T, value: unknown, where: string, what: string): Static<T> {
  if (Value.Check(schema, value)) return value;
  const [first] = Value.Errors(schema, value);
  throw bad(where, `is not ${what}: ${first ? `${first.instancePath || 'the line'} ${first.message}` : 'its shape is wrong'}`);
}

export function readHeader(text: string, where: string): LibraryHeader {
  const value = parsed(text, where);
  if ((value as { format?: unknown })?.format !== LIBRARY_FORMAT) {
    throw bad(where, `is not the header of a library export (it names no "format": "${LIBRARY_FORMAT}"; \`export --format jsonl\` writes one)`);
  }
  return checked(LibraryHeader, value, where, 'a version 1 library header');
}

export function readRecord(text: string, where: string): ReportRecord {
  const line = checked(ReportLine, parsed(text, where), where, 'a report of a library export');
  const bytes = Buffer.from(line.source.bytes, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== line.report.sha256 || line.report.analysis.source.sha256 !== line.report.sha256) {
    throw bad(where, `holds a source whose sha256 is ${sha256}, not the report's ${line.report.sha256} (the line was changed or cut)`);
  }
  // Checked as far as a restore relies on; the rest of the analysis is as the store wrote it.
  return { ...(line as unknown as ReportRecord), source: { bytes, text: line.source.text } };
}

/** Restores one report; its words are made only when the report is new. */
async function restore(store: AsyncStore, record: ReportRecord): Promise<Moved> {
  const present = (await store.findBySha256(record.report.sha256)) !== null;
  const result: RestoreResult = await store.restoreRecord(record, present ? {} : cutWords(record.report.analysis));
  return { status: result.added ? 'added' : 'present', id: result.id, source: record.report.source, reviews: result.reviews };
}

async function restoreIssuers(store: AsyncStore, issuers: LibraryHeader['issuers']): Promise<void> {
  for (const { name, aliases } of issuers) for (const alias of aliases) await store.addIssuerAlias(alias, name);
}

function tally(summary: MoveSummary, moved: Moved): void {
  summary[moved.status]++;
  summary.reviews += moved.reviews;
}

/**
 * Reads a library export (its lines, numbered from 1) into `store`, a report
 * at a time, each in its own transaction: a report already stored (same
 * sha256) gains only the reviews it lacks, so an import stopped half-way is
 * finished by importing again. A bad line stops the import with its number.
 */
export async function importLibrary(store: AsyncStore, lines: AsyncIterable<string>, name: string, onMoved?: OnMoved): Promise<MoveSummary> {
  const summary: MoveSummary = { added: 0, present: 0, reviews: 0 };
  let head: LibraryHeader | undefined;
  let number = 0;
  for await (const text of lines) {
    const where = `${name} line ${++number}`;
    if (text.trim() === '') continue;
    if (head === undefined) {
      head = readHeader(text, where);
      await restoreIssuers(store, head.issuers);
      continue;
    }
    const moved = await restore(store, readRecord(text, where));
    tally(summary, moved);
    onMoved?.(moved, summary.added + summary.present, Math.max(head.reports, summary.added + summary.present));
  }
  if (head === undefined) throw bad(name, 'is empty');
  return summary;
}

/**
 * Copies every report of `from` missing from `to` (by sha256), with its
 * reviews and the issuers' aliases: run again after an interruption, it
 * copies only what is missing. A report copied earlier is not read again, so
 * reviews added to it since are not copied (export and import merge them).
 */
export async function copyLibrary(from: AsyncStore, to: AsyncStore, onMoved?: OnMoved): Promise<MoveSummary> {
  const summary: MoveSummary = { added: 0, present: 0, reviews: 0 };
  const { reports: total, issuers } = await header(from);
  await restoreIssuers(to, issuers);
  for await (const id of storedIds(from)) {
    const head = await from.getSummary(id);
    if (head === null) continue;
    const there = await to.findBySha256(head.sha256);
    let moved: Moved | null = there === null ? null : { status: 'present', id: there, source: head.source, reviews: 0 };
    if (moved === null) {
      const record = await from.getRecord(id);
      if (record === null) continue;
      moved = await restore(to, record);
    }
    tally(summary, moved);
    onMoved?.(moved, summary.added + summary.present, Math.max(total, summary.added + summary.present));
  }
  return summary;
}
