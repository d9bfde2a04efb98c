// Reports and the rows derived from them, in PostgreSQL. A report is written
// whole in one transaction; each derived table in one statement (arrays
// unnested), so saving a report costs a few round trips, not one per row.
import { InputError } from '../../errors.js';
import type { Analysis, RawDocument, ReportMeta } from '../../types.js';
import { analysisRows, DERIVED, REPORT_ROW, SOURCE_ROW, SUMMARY } from '../queries.js';
import {
  type DiagnosticRow,
  type ReportRow,
  type SectionRow,
  type StoredCommitmentRow,
  type StoredFigureRow,
  type StoredProblemRow,
  storedDiagnostics,
  storedReport,
} from '../rows.js';
import type { Segmenter } from '../terms.js';
import type { CutWords, ReportOrigin, ReportQuery, ReportSummary, SaveResult, SourceContent, StoredReport, StoredSource } from '../types.js';
import type { Issuers } from './issuers.js';
import { page, Params, type Queryable, reportClauses, SERIES_ORDER, where } from './sql.js';
import { labelVector, sentenceVector } from './text-search.js';

const ANALYSIS_ROWS = analysisRows('$1');

/** One INSERT … SELECT FROM unnest(…) per table: its columns after report_id and seq, with their array types. */
function bulkInsert(table: string, columns: Array<[name: string, type: string]>, cast: Record<string, string> = {}): string {
  const names = ['seq', ...columns.map(([name]) => name)];
  const types = ['integer', ...columns.map(([, type]) => type)];
  return `INSERT INTO ${table} (report_id, ${names.join(', ')})
    SELECT $1, ${names.map((name) => (cast[name] ? `t.${name}::${cast[name]}` : `t.${name}`)).join(', ')}
    FROM unnest(${types.map((type, i) => `$${i + 2}::${type}[]`).join(', ')}) AS t(${names.join(', ')})`;
}

const INSERT = {
  sections: bulkInsert('sections', [
    ['section_id', 'text'], ['heading', 'text'], ['level', 'integer'], ['role', 'text'], ['role_rule', 'text'], ['parent', 'text'],
    ['start_offset', 'integer'], ['end_offset', 'integer'],
  ]),
  sentences: bulkInsert(
    'sentences',
    [['section', 'text'], ['start_offset', 'integer'], ['end_offset', 'integer'], ['text', 'text'], ['words', 'text']],
    { words: 'tsvector' },
  ),
  figures: bulkInsert(
    'figures',
    [
      ['figure_id', 'text'], ['surface', 'text'], ['value', 'float8'], ['value_max', 'float8'], ['qualifier', 'text'], ['unit', 'text'],
      ['unit_type', 'text'], ['label', 'text'], ['change_direction', 'text'], ['change_basis', 'text'], ['modality', 'text'],
      ['start_offset', 'integer'], ['end_offset', 'integer'], ['sentence', 'integer'], ['section', 'text'], ['rule', 'text'],
      ['label_pairs', 'text'],
    ],
    { label_pairs: 'tsvector' },
  ),
  commitments: bulkInsert('commitments', [
    ['commitment_id', 'text'], ['text', 'text'], ['section', 'text'], ['topic', 'text'], ['keywords', 'text'], ['targets', 'text'],
    ['deadline', 'text'], ['start_offset', 'integer'], ['end_offset', 'integer'], ['rule', 'text'],
  ]),
  problems: bulkInsert('problems', [
    ['problem_id', 'text'], ['text', 'text'], ['section', 'text'], ['topic', 'text'], ['keywords', 'text'],
    ['start_offset', 'integer'], ['end_offset', 'integer'], ['rule', 'text'],
  ]),
  diagnostics: bulkInsert('diagnostics', [
    ['start_offset', 'integer'], ['end_offset', 'integer'], ['surface', 'text'], ['rule', 'text'], ['message', 'text'], ['more', 'integer'],
  ]),
};

/** Rows as columns: one array per column, the row's index first (its seq). */
function columns<T>(items: readonly T[], ...pick: Array<(item: T, seq: number) => unknown>): unknown[][] {
  return [items.map((_, seq) => seq), ...pick.map((get) => items.map(get))];
}

export interface Reports {
  findBySha256(db: Queryable, sha256: string): Promise<number | null>;
  save(db: Queryable, analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null): Promise<SaveResult>;
  /** Writes a new report whole under the id and times of `origin` (nothing when its sha256 is stored meanwhile); in a transaction. */
  insert(
    db: Queryable, analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null, origin: ReportOrigin,
  ): Promise<SaveResult>;
  replace(db: Queryable, id: number, analysis: Analysis, cut?: CutWords): Promise<void>;
  get(db: Queryable, id: number): Promise<StoredReport | null>;
  diagnostics(db: Queryable, id: number): Promise<ReturnType<typeof storedDiagnostics>>;
  summary(db: Queryable, id: number): Promise<ReportSummary | null>;
  source(db: Queryable, id: number): Promise<StoredSource | null>;
  list(db: Queryable, query: ReportQuery): Promise<ReportSummary[]>;
  count(db: Queryable, query: ReportQuery): Promise<number>;
  chunks(db: Queryable, query: Omit<ReportQuery, 'limit'>, size: number): AsyncGenerator<ReportSummary[]>;
  delete(db: Queryable, id: number): Promise<boolean>;
}

export function reports(issuers: Issuers, segment: Segmenter): Reports {
  return {
    findBySha256,
    ...reportInserter(issuers, segment),
    replace: reportReplacer(issuers, segment),
    get,
    diagnostics: async (db, id) =>
      storedDiagnostics((await db.query<DiagnosticRow>(ANALYSIS_ROWS.diagnostics, [id])).rows),
    summary,
    source,
    list,
    count,
    chunks,
    delete: async (db, id) => ((await db.query('DELETE FROM reports WHERE id = $1', [id])).rowCount ?? 0) > 0,
  };
}

/** A new report written whole, with its source, upload and derived rows. */
function reportInserter(issuers: Issuers, segment: Segmenter): Pick<Reports, 'save' | 'insert'> {
  // Runs in a transaction (see index.ts).
  async function save(
    db: Queryable,
    analysis: Analysis,
    source: SourceContent,
    overrides: Partial<ReportMeta>,
    uploader: string | null,
  ): Promise<SaveResult> {
    const existing = await findBySha256(db, analysis.source.sha256);
    if (existing !== null) return { id: existing, added: false };
    const now = new Date().toISOString();
    return insert(db, analysis, source, overrides, uploader, { id: null, createdAt: now, analyzedAt: now });
  }

  // Runs in a transaction. The issuer is resolved last: that takes the
  // issuers' lock, held to the commit, so it is held briefly.
  async function insert(
    db: Queryable,
    analysis: Analysis,
    source: SourceContent,
    overrides: Partial<ReportMeta>,
    uploader: string | null,
    origin: ReportOrigin,
  ): Promise<SaveResult> {
    const { name, format, encoding, sha256 } = analysis.source;
    const m = metaValues(analysis);
    // A save of the same file in another transaction makes this one wait for
    // it, then insert nothing: the other's row is the report.
    const inserted = await db.query<{ id: number }>(
      `INSERT INTO reports (id, sha256, source_name, format, encoding, title, issuer, year, issued_date, kind,
        overrides, created_at, analyzed_at, text)
       VALUES (COALESCE($1::bigint, nextval(pg_get_serial_sequence('reports', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [origin.id, sha256, name, format, encoding, m.title, m.issuer, m.year, m.issuedDate, m.kind, JSON.stringify(overrides),
        origin.createdAt, origin.analyzedAt, m.text],
    );
    const id = inserted.rows[0]?.id;
    if (id === undefined) return { id: (await findBySha256(db, sha256))!, added: false };
    if (origin.id !== null) await keepSequenceAbove(db, 'reports', origin.id);
    await db.query('INSERT INTO sources (report_id, bytes, text) VALUES ($1, $2, $3)', [
      id,
      Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength),
      source.text,
    ]);
    if (uploader !== null) await db.query('INSERT INTO uploads (report_id, uploader) VALUES ($1, $2)', [id, uploader]);
    await insertDerived(db, id, analysis, source, segment);
    const issuerId = await issuers.resolve(db, m.issuer);
    if (issuerId !== null) await db.query('UPDATE reports SET issuer_id = $1 WHERE id = $2', [issuerId, id]);
    return { id, added: true };
  }

  return { save, insert };
}

/** A stored report's own columns and derived rows replaced by a new analysis; its source and id stay. */
function reportReplacer(issuers: Issuers, segment: Segmenter): Reports['replace'] {
  // Runs in a transaction.
  return async function replace(db: Queryable, id: number, analysis: Analysis, cut: CutWords = {}): Promise<void> {
    const m = metaValues(analysis);
    const issuerId = await issuers.resolve(db, m.issuer);
    const updated = await db.query(
      `UPDATE reports SET text = $1, title = $2, issuer = $3, issuer_id = $4, year = $5, issued_date = $6, kind = $7, analyzed_at = $8
       WHERE id = $9`,
      [m.text, m.title, m.issuer, issuerId, m.year, m.issuedDate, m.kind, new Date().toISOString(), id],
    );
    if (updated.rowCount === 0) throw new InputError('REPORT_NOT_FOUND', `report ${id}`, 'is not in the library');
    for (const table of DERIVED) await db.query(`DELETE FROM ${table} WHERE report_id = $1`, [id]);
    await insertDerived(db, id, analysis, cut, segment);
  };
}

/**
 * After a row written under an id of its own, the table's identity sequence
 * is moved past it, so that the next row another writer adds does not take it.
 */
export async function keepSequenceAbove(db: Queryable, table: string, id: number): Promise<void> {
  const sequence = `pg_get_serial_sequence('${table}', 'id')`;
  await db.query(`SELECT setval(${sequence}, GREATEST($1::bigint, COALESCE(pg_sequence_last_value(${sequence}::regclass), 0)))`, [id]);
}

export async function findBySha256(db: Queryable, sha256: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM reports WHERE sha256 = $1', [sha256]);
  return rows[0]?.id ?? null;
}

/** Every derived table of an analysis, one statement each. */
async function insertDerived(db: Queryable, id: number, analysis: Analysis, { terms, tokens }: CutWords, segment: Segmenter): Promise<void> {
  const { text } = analysis;
  const tables: Array<[keyof typeof INSERT, unknown[][]]> = [
    ['sections', columns(analysis.sections, (s) => s.id, (s) => s.heading, (s) => s.level, (s) => s.role, (s) => s.roleRule ?? null,
      (s) => s.parent, (s) => s.start, (s) => s.end)],
    ['sentences', columns(analysis.sentences, (s) => s.section, (s) => s.start, (s) => s.end, (s) => text.slice(s.start, s.end),
      (_, seq) => sentenceVector(analysis, seq, terms, segment))],
    ['figures', columns(analysis.figures, (f) => f.id, (f) => f.surface, (f) => f.value, (f) => f.valueMax, (f) => f.qualifier,
      (f) => f.unit, (f) => f.unitType, (f) => f.label, (f) => f.change?.direction ?? null, (f) => f.change?.basis ?? null,
      (f) => f.modality, (f) => f.start, (f) => f.end, (f) => f.sentence, (f) => f.section, (f) => f.rule, (f) => labelVector(f.label))],
    ['commitments', columns(analysis.commitments, (c) => c.id, (c) => c.text, (c) => c.section, (c) => c.topic,
      (c) => JSON.stringify(c.keywords), (c) => JSON.stringify(c.targets), (c) => c.deadline, (c) => c.start, (c) => c.end,
      (c) => c.rule)],
    ['problems', columns(analysis.problems, (p) => p.id, (p) => p.text, (p) => p.section, (p) => p.topic,
      (p) => JSON.stringify(p.keywords), (p) => p.start, (p) => p.end, (p) => p.rule)],
    ['diagnostics', columns(analysis.diagnostics, (d) => d.start, (d) => d.end, (d) => d.surface, (d) => d.rule, (d) => d.message ?? null,
      (d) => d.more ?? null)],
  ];
  for (const [table, values] of tables) {
    if (values[0]!.length > 0) await db.query(INSERT[table], [id, ...values]);
  }
  if (tokens) {
    await db.query('INSERT INTO report_tokens (report_id, tokens) VALUES ($1, $2)', [id, Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength)]);
  }
  // In one order, so that two reports stored at once never wait on each other's words crosswise.
  await db.query(`INSERT INTO sentence_vocabulary
    SELECT DISTINCT unnest(tsvector_to_array(words)) COLLATE "C" AS word FROM sentences WHERE report_id = $1 ORDER BY word
    ON CONFLICT DO NOTHING`, [id]);
}

function metaValues(analysis: Analysis) {
  const { meta } = analysis;
  return { text: analysis.text, title: meta.title, issuer: meta.issuer, year: meta.year, issuedDate: meta.issuedDate, kind: meta.kind };
}

async function summary(db: Queryable, id: number): Promise<ReportSummary | null> {
  const { rows } = await db.query<ReportSummary>(`${SUMMARY} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

// Runs in a snapshot, so that a reanalysis meanwhile is seen whole or not at all.
async function get(db: Queryable, id: number): Promise<StoredReport | null> {
  const head = await summary(db, id);
  if (!head) return null;
  const { rows } = await db.query<ReportRow>(`${REPORT_ROW} WHERE id = $1`, [id]);
  const all = async <T>(sql: string) => (await db.query(sql, [id])).rows as T[];
  return storedReport(head, rows[0]!, {
    sections: await all<SectionRow>(ANALYSIS_ROWS.sections),
    sentences: await all(ANALYSIS_ROWS.sentences),
    figures: await all<StoredFigureRow>(ANALYSIS_ROWS.figures),
    commitments: await all<StoredCommitmentRow>(ANALYSIS_ROWS.commitments),
    problems: await all<StoredProblemRow>(ANALYSIS_ROWS.problems),
    diagnostics: await all<DiagnosticRow>(ANALYSIS_ROWS.diagnostics),
    tokens: (await all<{ tokens: Uint8Array }>(ANALYSIS_ROWS.tokens))[0]?.tokens ?? null,
  });
}

async function source(db: Queryable, id: number): Promise<StoredSource | null> {
  const { rows } = await db.query<RawDocument & { overrides: string }>(`${SOURCE_ROW} WHERE r.id = $1`, [id]);
  if (!rows[0]) return null;
  const { overrides, ...document } = rows[0];
  return { document, overrides: JSON.parse(overrides) as Partial<ReportMeta> };
}

function listClauses(query: ReportQuery, params: Params): string {
  const clauses = reportClauses({ issuer: query.issuer, year: query.year }, params);
  if (query.kind !== undefined) clauses.push(`r.kind = ${params.add(query.kind)}`);
  return where(clauses);
}

async function list(db: Queryable, query: ReportQuery): Promise<ReportSummary[]> {
  const params = new Params();
  const clauses = listClauses(query, params);
  const sql = `${SUMMARY} ${clauses} ORDER BY ${SERIES_ORDER} ${page(params, query.limit, query.offset)}`;
  return (await db.query<ReportSummary>(sql, params.values)).rows;
}

/** As SQLite's (../reports.ts): the ids in order at the start, each chunk read by them. */
async function* chunks(db: Queryable, query: Omit<ReportQuery, 'limit'>, size: number): AsyncGenerator<ReportSummary[]> {
  const params = new Params();
  const clauses = listClauses(query, params);
  const sql = `SELECT r.id FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id ${clauses} ORDER BY ${SERIES_ORDER} ${page(params, undefined, query.offset)}`;
  const ids = (await db.query<{ id: number }>(sql, params.values)).rows.map((row) => row.id);
  const read = `${SUMMARY} JOIN unnest($1::bigint[]) WITH ORDINALITY AS j(id, n) ON j.id = r.id ORDER BY j.n`;
  for (let start = 0; start < ids.length; start += size) yield (await db.query<ReportSummary>(read, [ids.slice(start, start + size)])).rows;
}

async function count(db: Queryable, query: ReportQuery): Promise<number> {
  const params = new Params();
  const sql = `SELECT count(*) AS n FROM reports r ${listClauses(query, params)}`;
  return (await db.query<{ n: number }>(sql, params.values)).rows[0]!.n;
}
