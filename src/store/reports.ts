// Reports and the rows derived from them. A report is written whole in one
// transaction, so a crash leaves it complete or absent; derived rows can be
// replaced (reanalysis) while the source row and its id stay.
import type Database from 'better-sqlite3';
import { InputError } from '../errors.js';
import type { Analysis, Diagnostic, RawDocument, ReportMeta, Sentence } from '../types.js';
import type { Issuers } from './issuers.js';
import { analysisRows, DERIVED, REPORT_ROW, SOURCE_ROW, SUMMARY } from './queries.js';
import {
  type DiagnosticRow,
  type ReportRow,
  type SectionRow,
  type StoredCommitmentRow,
  type StoredFigureRow,
  type StoredProblemRow,
  storedDiagnostics,
  storedReport,
} from './rows.js';
import { type Params, reportClauses, SERIES_ORDER, where } from './sql.js';
import { labelTerms, type Segmenter, sentenceTerms, vocabularyWords } from './terms.js';

import type { CutWords, ReportOrigin, ReportQuery, ReportSummary, SaveResult, SourceContent, StoredReport, StoredSource } from './types.js';

export interface Reports {
  findBySha256(sha256: string): number | null;
  save(analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null): SaveResult;
  /** Writes a new report whole, with the id and times of `origin`; in a caller's transaction. */
  insert(analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null, origin: ReportOrigin): number;
  replace(id: number, analysis: Analysis, cut?: CutWords): void;
  get(id: number): StoredReport | null;
  diagnostics(id: number): Diagnostic[];
  summary(id: number): ReportSummary | null;
  source(id: number): StoredSource | null;
  list(query: ReportQuery): ReportSummary[];
  count(query: ReportQuery): number;
  chunks(query: Omit<ReportQuery, 'limit'>, size: number): Generator<ReportSummary[]>;
  delete(id: number): boolean;
  /** To be called after a write that failed (rolled back): the words it noted as stored may not be. */
  forgetWords(): void;
}

export function reports(db: Database.Database, issuers: Issuers, segment: Segmenter): Reports {
  const deleteReport = db.prepare('DELETE FROM reports WHERE id = ?');
  return {
    ...reportWriter(db, issuers, segment),
    ...reportReader(db),
    ...reportListing(db),
    delete: (id) => deleteReport.run(id).changes > 0,
  };
}

/** The report's own columns from its analysis, its issuer resolved (and added when new). */
function metaParams(analysis: Analysis, issuers: Issuers) {
  const { meta } = analysis;
  return {
    text: analysis.text,
    title: meta.title,
    issuer: meta.issuer,
    issuerId: issuers.resolve(meta.issuer),
    year: meta.year,
    issuedDate: meta.issuedDate,
    kind: meta.kind,
    now: new Date().toISOString(),
  };
}

/** A report written whole (new, or its derived rows replaced), each write in one transaction. */
function reportWriter(
  db: Database.Database,
  issuers: Issuers,
  segment: Segmenter,
): Pick<Reports, 'findBySha256' | 'insert' | 'save' | 'replace' | 'forgetWords'> {
  const bySha = db.prepare('SELECT id FROM reports WHERE sha256 = ?').pluck();
  const insertReport = db.prepare(`
    INSERT INTO reports (id, sha256, source_name, format, encoding, title, issuer, issuer_id, year, issued_date, kind,
      overrides, created_at, analyzed_at, text)
    VALUES (@id, @sha256, @name, @format, @encoding, @title, @issuer, @issuerId, @year, @issuedDate, @kind,
      @overrides, @createdAt, @analyzedAt, @text)`);
  const insertSource = db.prepare('INSERT INTO sources (report_id, bytes, text) VALUES (?, ?, ?)');
  const insertUpload = db.prepare('INSERT INTO uploads (report_id, uploader) VALUES (?, ?)');
  const updateReport = db.prepare(`
    UPDATE reports SET text = @text, title = @title, issuer = @issuer, issuer_id = @issuerId, year = @year,
      issued_date = @issuedDate, kind = @kind, analyzed_at = @now
    WHERE id = @id`);
  const deleteDerived = DERIVED.map((table) => db.prepare(`DELETE FROM ${table} WHERE report_id = ?`));

  const insertDerived = derivedWriter(db, segment);

  /** Writes a new report whole; in a transaction. */
  function insert(analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null, origin: ReportOrigin): number {
    const { name, format, encoding, sha256 } = analysis.source;
    const id = Number(
      insertReport.run({ ...metaParams(analysis, issuers), ...origin, sha256, name, format, encoding, overrides: JSON.stringify(overrides) })
        .lastInsertRowid,
    );
    insertSource.run(id, Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), source.text);
    if (uploader !== null) insertUpload.run(id, uploader);
    insertDerived(id, analysis, source);
    return id;
  }

  // Writes begin IMMEDIATE: a transaction that read first and then wrote
  // could not wait for another writer (SQLITE_BUSY at once); these wait.
  const save = db.transaction((analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null): SaveResult => {
    const existing = bySha.get(analysis.source.sha256) as number | undefined;
    if (existing !== undefined) return { id: existing, added: false };
    const now = new Date().toISOString();
    return { id: insert(analysis, source, overrides, uploader, { id: null, createdAt: now, analyzedAt: now }), added: true };
  });

  const replace = db.transaction((id: number, analysis: Analysis, cut: CutWords = {}) => {
    if (updateReport.run({ ...metaParams(analysis, issuers), id }).changes === 0) {
      throw new InputError('REPORT_NOT_FOUND', `report ${id}`, 'is not in the library');
    }
    for (const statement of deleteDerived) statement.run(id);
    insertDerived(id, analysis, cut);
  });

  return {
    findBySha256: (sha256) => (bySha.get(sha256) as number | undefined) ?? null,
    insert,
    save: (analysis, content, overrides, uploader) => save.immediate(analysis, content, overrides, uploader),
    replace: (id, analysis, cut) => replace.immediate(id, analysis, cut),
    forgetWords: insertDerived.forgetWords,
  };
}

/** Words the vocabulary is known to hold, at most (some 50 bytes each); past it they are forgotten and learnt again. */
const KNOWN_WORDS = 1_000_000;

/** What an analysis derives, written under a report's id; and the forgetting of what a failed write did not store. */
interface DerivedWriter {
  (id: number, analysis: Analysis, cut: CutWords): void;
  /** After a write that failed (rolled back): the words noted as added may not be stored. */
  forgetWords(): void;
}

/** The statements that write an analysis's derived rows, each table's insert by its name; prepared once per connection. */
function derivedInserts(db: Database.Database) {
  return {
    section: db.prepare(`
      INSERT INTO sections (report_id, seq, section_id, heading, level, role, role_rule, parent, start_offset, end_offset)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    sentence: db.prepare(`
      INSERT INTO sentences (report_id, seq, section, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)`),
    sentenceWords: db.prepare('INSERT INTO sentence_words (rowid, words) VALUES (?, ?)'),
    word: db.prepare('INSERT OR IGNORE INTO sentence_vocabulary (word) VALUES (?)'),
    labelPairs: db.prepare('INSERT INTO label_pairs (rowid, pairs) VALUES (?, ?)'),
    figure: db.prepare(`
      INSERT INTO figures (report_id, seq, figure_id, surface, value, value_max, qualifier, unit, unit_type, label,
        change_direction, change_basis, modality, start_offset, end_offset, sentence, section, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    commitment: db.prepare(`
      INSERT INTO commitments (report_id, seq, commitment_id, text, section, topic, keywords, targets, deadline,
        start_offset, end_offset, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    problem: db.prepare(`
      INSERT INTO problems (report_id, seq, problem_id, text, section, topic, keywords, start_offset, end_offset, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    diagnostic: db.prepare(`
      INSERT INTO diagnostics (report_id, seq, start_offset, end_offset, surface, rule, message, more) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    tokens: db.prepare('INSERT INTO report_tokens (report_id, tokens) VALUES (?, ?)'),
  };
}

/** Writes what an analysis derives (sections, sentences and their words, figures and their label pairs, commitments, problems, diagnostics) under a report's id. */
function derivedWriter(db: Database.Database, segment: Segmenter): DerivedWriter {
  const insert = derivedInserts(db);

  // The vocabulary only grows (nothing deletes a word): a word this connection
  // added, or skipped as there, need not be looked up again. A report's 2 700
  // words were as many look-ups; some 300 are new once a library has a few reports.
  let known = new Set<string>();

  function insertDerived(id: number, analysis: Analysis, { terms, words, tokens }: CutWords): void {
    analysis.sections.forEach((s, seq) =>
      insert.section.run(id, seq, s.id, s.heading, s.level, s.role, s.roleRule ?? null, s.parent, s.start, s.end),
    );
    const indexed = analysis.sentences.map((s, seq) => {
      const text = analysis.text.slice(s.start, s.end);
      const { lastInsertRowid } = insert.sentence.run(id, seq, s.section, s.start, s.end, text);
      const sentenceWords = terms?.[seq] ?? sentenceTerms(text, segment);
      insert.sentenceWords.run(lastInsertRowid, sentenceWords);
      return sentenceWords;
    });
    if (known.size > KNOWN_WORDS) known = new Set();
    for (const word of words ?? vocabularyWords(indexed.flatMap((terms) => terms.split(' ')))) {
      if (known.has(word)) continue;
      insert.word.run(word);
      known.add(word);
    }
    analysis.figures.forEach((f, seq) => {
      const { lastInsertRowid } = insert.figure.run(
        id, seq, f.id, f.surface, f.value, f.valueMax, f.qualifier, f.unit, f.unitType, f.label,
        f.change?.direction ?? null, f.change?.basis ?? null, f.modality, f.start, f.end, f.sentence, f.section, f.rule,
      );
      insert.labelPairs.run(lastInsertRowid, labelTerms(f.label));
    });
    analysis.commitments.forEach((c, seq) =>
      insert.commitment.run(
        id, seq, c.id, c.text, c.section, c.topic, JSON.stringify(c.keywords), JSON.stringify(c.targets), c.deadline,
        c.start, c.end, c.rule,
      ),
    );
    analysis.problems.forEach((p, seq) =>
      insert.problem.run(id, seq, p.id, p.text, p.section, p.topic, JSON.stringify(p.keywords), p.start, p.end, p.rule),
    );
    analysis.diagnostics.forEach((d, seq) => insert.diagnostic.run(id, seq, d.start, d.end, d.surface, d.rule, d.message ?? null, d.more ?? null));
    if (tokens) insert.tokens.run(id, Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength));
  }

  return Object.assign(insertDerived, { forgetWords: () => known.clear() });
}

/** A stored report read back: whole, as its summary, as its source, its diagnostics. */
function reportReader(db: Database.Database): Pick<Reports, 'get' | 'diagnostics' | 'summary' | 'source'> {
  const summary = db.prepare(`${SUMMARY} WHERE r.id = ?`);
  const reportRow = db.prepare(`${REPORT_ROW} WHERE id = ?`);
  const sourceRow = db.prepare(`${SOURCE_ROW} WHERE r.id = ?`);
  const rows = analysisRows('?');
  const sectionRows = db.prepare(rows.sections);
  const sentenceRows = db.prepare(rows.sentences);
  const figureRows = db.prepare(rows.figures);
  const commitmentRows = db.prepare(rows.commitments);
  const problemRows = db.prepare(rows.problems);
  const diagnosticRows = db.prepare(rows.diagnostics);
  const tokenRow = db.prepare(rows.tokens).pluck();

  function get(id: number): StoredReport | null {
    const head = summary.get(id) as ReportSummary | undefined;
    const row = reportRow.get(id) as ReportRow | undefined;
    if (!head || !row) return null;
    return storedReport(head, row, {
      sections: sectionRows.all(id) as SectionRow[],
      sentences: sentenceRows.all(id) as Sentence[],
      figures: figureRows.all(id) as StoredFigureRow[],
      commitments: commitmentRows.all(id) as StoredCommitmentRow[],
      problems: problemRows.all(id) as StoredProblemRow[],
      diagnostics: diagnosticRows.all(id) as DiagnosticRow[],
      tokens: (tokenRow.get(id) as Uint8Array | undefined) ?? null,
    });
  }

  const diagnostics = (id: number): Diagnostic[] => storedDiagnostics(diagnosticRows.all(id) as DiagnosticRow[]);

  function source(id: number): StoredSource | null {
    const row = sourceRow.get(id) as (RawDocument & { overrides: string }) | undefined;
    if (!row) return null;
    const { overrides, ...document } = row;
    return { document, overrides: JSON.parse(overrides) as Partial<ReportMeta> };
  }

  return { get, diagnostics, summary: (id) => (summary.get(id) as ReportSummary | undefined) ?? null, source };
}

/** Reports by series, year and kind, a page at a time, and how many there are. */
function reportListing(db: Database.Database): Pick<Reports, 'list' | 'count' | 'chunks'> {
  // Reports by id, in the order of the ids given.
  const chunk = db.prepare(`${SUMMARY} JOIN json_each(@ids) j ON j.value = r.id ORDER BY j.key`);
  function listClauses(query: ReportQuery, params: Params): string {
    const clauses = reportClauses({ issuer: query.issuer, year: query.year }, params);
    if (query.kind !== undefined) {
      clauses.push('r.kind = @kind');
      params.kind = query.kind;
    }
    return where(clauses);
  }

  function list(query: ReportQuery): ReportSummary[] {
    // LIMIT -1 is SQLite for no limit.
    const params: Params = { limit: query.limit ?? -1, offset: query.offset ?? 0 };
    return db
      .prepare(`${SUMMARY} ${listClauses(query, params)} ORDER BY ${SERIES_ORDER} LIMIT @limit OFFSET @offset`)
      .all(params) as ReportSummary[];
  }

  function count(query: ReportQuery): number {
    const params: Params = {};
    return db
      .prepare(`SELECT count(*) FROM reports r ${listClauses(query, params)}`)
      .pluck()
      .get(params) as number;
  }

  function* chunks(query: Omit<ReportQuery, 'limit'>, size: number): Generator<ReportSummary[]> {
    const params: Params = { offset: query.offset ?? 0 };
    const ids = db
      .prepare(`SELECT r.id FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id ${listClauses(query, params)} ORDER BY ${SERIES_ORDER} LIMIT -1 OFFSET @offset`)
      .pluck()
      .all(params) as number[];
    for (let start = 0; start < ids.length; start += size) yield chunk.all({ ids: JSON.stringify(ids.slice(start, start + size)) }) as ReportSummary[];
  }

  return { list, count, chunks };
}
