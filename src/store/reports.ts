// Reports and the rows derived from them. A report is written whole in one
// transaction, so a crash leaves it complete or absent; derived rows can be
// replaced (reanalysis) while the source row and its id stay.
import type Database from 'better-sqlite3';
import { InputError } from '../errors.js';
import type { Analysis, Commitment, Diagnostic, Encoding, Figure, Problem, ReportMeta, Section, Sentence, SourceFormat } from '../types.js';
import type { Issuers } from './issuers.js';
import { type Params, reportClauses, SERIES_ORDER, where } from './sql.js';
import type { ReportQuery, ReportSummary, SaveResult, SourceContent, StoredReport, StoredSource } from './types.js';
import { labelTerms, type Segmenter, sentenceTerms } from './terms.js';
import { assignMeasure, measureFromRule } from '../measures/index.js';

/** Measures found from labels, by label, unit and whether a change is stated; cleared when full. */
const labelMeasures = new Map<string, Pick<Figure, 'measure' | 'period'>>();
const LABEL_MEASURES = 50_000;

/**
 * The measure is kept in the rule trace; a figure whose trace names none (no measure's name in
 * its label, or stored before measures existed) gets it from its label, as the extractor would.
 * That tries every alias, and the same labels recur in every report of a series, so it is done
 * once per label.
 */
function measureOfStored(label: string, unit: string, change: Figure['change'], rule: string): Pick<Figure, 'measure' | 'period'> {
  if (rule.includes('measure:')) return measureFromRule(rule);
  const key = `${label}\n${unit}\n${change === null ? '' : 'change'}`;
  let found = labelMeasures.get(key);
  if (!found) {
    if (labelMeasures.size >= LABEL_MEASURES) labelMeasures.clear();
    const { measure, period } = assignMeasure({ label, unit, change });
    labelMeasures.set(key, (found = { measure, period }));
  }
  return found;
}

const DERIVED = ['sections', 'sentences', 'figures', 'commitments', 'problems', 'diagnostics'] as const;

const SUMMARY = `
  SELECT r.id, i.name AS issuer, r.year, r.kind, r.title, r.issued_date AS issuedDate,
    r.source_name AS source, r.format, r.encoding, r.sha256,
    (SELECT count(*) FROM figures WHERE report_id = r.id) AS figures,
    (SELECT count(*) FROM commitments WHERE report_id = r.id) AS commitments,
    (SELECT count(*) FROM problems WHERE report_id = r.id) AS problems,
    r.created_at AS createdAt, r.analyzed_at AS analyzedAt, u.uploader AS uploadedBy
  FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id LEFT JOIN uploads u ON u.report_id = r.id`;

interface ReportRow {
  text: string;
  meta_title: string | null;
  meta_issuer: string | null;
  issued_date: string | null;
  overrides: string;
}

export interface Reports {
  findBySha256(sha256: string): number | null;
  save(analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null): SaveResult;
  replace(id: number, analysis: Analysis, terms?: readonly string[]): void;
  get(id: number): StoredReport | null;
  diagnostics(id: number): Diagnostic[];
  summary(id: number): ReportSummary | null;
  source(id: number): StoredSource | null;
  list(query: ReportQuery): ReportSummary[];
  count(query: ReportQuery): number;
  delete(id: number): boolean;
}

export function reports(db: Database.Database, issuers: Issuers, segment: Segmenter): Reports {
  const listed = reportListing(db);
  const read = reportReader(db, listed.summary);
  const written = reportWriter(db, issuers, segment, listed.findBySha256);
  return { ...listed, ...read, ...written };
}

/** Writing: a report saved whole, or its derived rows replaced, each in one transaction. */
function reportWriter(
  db: Database.Database,
  issuers: Issuers,
  segment: Segmenter,
  findBySha256: (sha256: string) => number | null,
): Pick<Reports, 'save' | 'replace'> {
  const insertReport = db.prepare(`
    INSERT INTO reports (sha256, source_name, format, encoding, title, issuer, issuer_id, year, issued_date, kind,
      overrides, created_at, analyzed_at, text)
    VALUES (@sha256, @name, @format, @encoding, @title, @issuer, @issuerId, @year, @issuedDate, @kind,
      @overrides, @now, @now, @text)`);
  const insertSource = db.prepare('INSERT INTO sources (report_id, bytes, text) VALUES (?, ?, ?)');
  const insertUpload = db.prepare('INSERT INTO uploads (report_id, uploader) VALUES (?, ?)');
  const updateReport = db.prepare(`
    UPDATE reports SET text = @text, title = @title, issuer = @issuer, issuer_id = @issuerId, year = @year,
      issued_date = @issuedDate, kind = @kind, analyzed_at = @now
    WHERE id = @id`);
  const deleteDerived = DERIVED.map((table) => db.prepare(`DELETE FROM ${table} WHERE report_id = ?`));

  const insertDerived = derivedWriter(db, segment);

  function metaParams(analysis: Analysis) {
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

  // Writes begin IMMEDIATE: a transaction that read first and then wrote
  // could not wait for another writer (SQLITE_BUSY at once); these wait.
  const save = db.transaction((analysis: Analysis, source: SourceContent, overrides: Partial<ReportMeta>, uploader: string | null): SaveResult => {
    const existing = findBySha256(analysis.source.sha256);
    if (existing !== null) return { id: existing, added: false };
    const { name, format, encoding, sha256 } = analysis.source;
    const id = Number(
      insertReport.run({ ...metaParams(analysis), sha256, name, format, encoding, overrides: JSON.stringify(overrides) })
        .lastInsertRowid,
    );
    insertSource.run(id, Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), source.text);
    if (uploader !== null) insertUpload.run(id, uploader);
    insertDerived(id, analysis, source.terms);
    return { id, added: true };
  });

  const replace = db.transaction((id: number, analysis: Analysis, terms?: readonly string[]) => {
    if (updateReport.run({ ...metaParams(analysis), id }).changes === 0) {
      throw new InputError('REPORT_NOT_FOUND', `report ${id}`, 'is not in the library');
    }
    for (const statement of deleteDerived) statement.run(id);
    insertDerived(id, analysis, terms);
  });

  return {
    save: (analysis, content, overrides, uploader) => save.immediate(analysis, content, overrides, uploader),
    replace: (id, analysis, terms) => replace.immediate(id, analysis, terms),
  };
}

/** The rows derived from an analysis (sections, sentences and their words, figures and their label terms, commitments, problems, diagnostics), written for report `id`. */
function derivedWriter(db: Database.Database, segment: Segmenter): (id: number, analysis: Analysis, terms: readonly string[] | undefined) => void {
  const insertSection = db.prepare(`
    INSERT INTO sections (report_id, seq, section_id, heading, level, role, role_rule, parent, start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertSentence = db.prepare(`
    INSERT INTO sentences (report_id, seq, section, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)`);
  const indexSentence = db.prepare('INSERT INTO sentence_words (rowid, words) VALUES (?, ?)');
  const indexLabel = db.prepare('INSERT INTO label_pairs (rowid, pairs) VALUES (?, ?)');
  const insertFigure = db.prepare(`
    INSERT INTO figures (report_id, seq, figure_id, surface, value, value_max, qualifier, unit, unit_type, label,
      change_direction, change_basis, modality, start_offset, end_offset, sentence, section, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCommitment = db.prepare(`
    INSERT INTO commitments (report_id, seq, commitment_id, text, section, topic, keywords, targets, deadline,
      start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertProblem = db.prepare(`
    INSERT INTO problems (report_id, seq, problem_id, text, section, topic, keywords, start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertDiagnostic = db.prepare(`
    INSERT INTO diagnostics (report_id, seq, start_offset, end_offset, surface, rule, message) VALUES (?, ?, ?, ?, ?, ?, ?)`);

  return function insertDerived(id: number, analysis: Analysis, terms: readonly string[] | undefined): void {
    analysis.sections.forEach((s, seq) =>
      insertSection.run(id, seq, s.id, s.heading, s.level, s.role, s.roleRule ?? null, s.parent, s.start, s.end),
    );
    analysis.sentences.forEach((s, seq) => {
      const text = analysis.text.slice(s.start, s.end);
      const { lastInsertRowid } = insertSentence.run(id, seq, s.section, s.start, s.end, text);
      indexSentence.run(lastInsertRowid, terms?.[seq] ?? sentenceTerms(text, segment));
    });
    analysis.figures.forEach((f, seq) => {
      const { lastInsertRowid } = insertFigure.run(
        id, seq, f.id, f.surface, f.value, f.valueMax, f.qualifier, f.unit, f.unitType, f.label,
        f.change?.direction ?? null, f.change?.basis ?? null, f.modality, f.start, f.end, f.sentence, f.section, f.rule,
      );
      indexLabel.run(lastInsertRowid, labelTerms(f.label));
    });
    analysis.commitments.forEach((c, seq) =>
      insertCommitment.run(
        id, seq, c.id, c.text, c.section, c.topic, JSON.stringify(c.keywords), JSON.stringify(c.targets), c.deadline,
        c.start, c.end,
      ),
    );
    analysis.problems.forEach((p, seq) =>
      insertProblem.run(id, seq, p.id, p.text, p.section, p.topic, JSON.stringify(p.keywords), p.start, p.end),
    );
    analysis.diagnostics.forEach((d, seq) => insertDiagnostic.run(id, seq, d.start, d.end, d.surface, d.rule, d.message ?? null));
  };
}

// Rows as SQLite gives them, and the shapes of the analysis made from them.
type SectionRow = Omit<Section, 'roleRule'> & { roleRule?: string | null };
type FigureRow = Omit<Figure, 'change'> & { direction: 'up' | 'down' | null; basis: string | null };
type CommitmentRow = Commitment & { keywords: string; targets: string };
type ProblemRow = Problem & { keywords: string };

function sectionOf(section: SectionRow): Section {
  if (section.roleRule === null) delete section.roleRule;
  return section as Section;
}

function figureOf({ direction, basis, ...figure }: FigureRow): Figure {
  const change = direction ? { direction, basis } : null;
  return { ...figure, change, ...measureOfStored(figure.label, figure.unit, change, figure.rule) };
}

function commitmentOf(c: CommitmentRow): Commitment {
  return { ...c, keywords: JSON.parse(c.keywords) as string[], targets: JSON.parse(c.targets) as string[] };
}

function problemOf(p: ProblemRow): Problem {
  return { ...p, keywords: JSON.parse(p.keywords) as string[] };
}

/** Reading: a stored analysis as the pipeline made it, its diagnostics, and its source for reanalysis. */
function reportReader(db: Database.Database, summaryOf: (id: number) => ReportSummary | null): Pick<Reports, 'get' | 'diagnostics' | 'source'> {
  const reportRow = db.prepare(
    'SELECT text, title AS meta_title, issuer AS meta_issuer, issued_date, overrides FROM reports WHERE id = ?',
  );
  const sourceRow = db.prepare(`
    SELECT r.source_name AS name, r.format, r.encoding, r.sha256, length(s.bytes) AS bytes, s.text, r.overrides
    FROM reports r JOIN sources s ON s.report_id = r.id WHERE r.id = ?`);
  const sectionRows = db.prepare(`
    SELECT section_id AS id, heading, level, role, role_rule AS roleRule, parent, start_offset AS start, end_offset AS "end"
    FROM sections WHERE report_id = ? ORDER BY seq`);
  const sentenceRows = db.prepare(`
    SELECT start_offset AS start, end_offset AS "end", section FROM sentences WHERE report_id = ? ORDER BY seq`);
  // Columns in the order of the shapes in types.ts, so that a stored analysis
  // prints as `nianbao analyze --json` does; `change` is filled in below.
  const figureRows = db.prepare(`
    SELECT figure_id AS id, surface, value, value_max AS valueMax, qualifier, unit, unit_type AS unitType, label,
      NULL AS change, modality, NULL AS measure, NULL AS period, start_offset AS start, end_offset AS "end", sentence, section, rule,
      change_direction AS direction, change_basis AS basis
    FROM figures WHERE report_id = ? ORDER BY seq`);
  const commitmentRows = db.prepare(`
    SELECT commitment_id AS id, text, start_offset AS start, end_offset AS "end", section, topic, keywords, targets, deadline
    FROM commitments WHERE report_id = ? ORDER BY seq`);
  const problemRows = db.prepare(`
    SELECT problem_id AS id, text, start_offset AS start, end_offset AS "end", section, topic, keywords
    FROM problems WHERE report_id = ? ORDER BY seq`);
  const diagnosticRows = db.prepare(`
    SELECT surface, start_offset AS start, end_offset AS "end", rule, message
    FROM diagnostics WHERE report_id = ? ORDER BY seq`);

  function get(id: number): StoredReport | null {
    const head = summaryOf(id);
    const row = reportRow.get(id) as ReportRow | undefined;
    if (!head || !row) return null;
    const meta: ReportMeta = {
      title: row.meta_title,
      issuer: row.meta_issuer,
      year: head.year,
      issuedDate: row.issued_date,
      kind: head.kind,
    };
    const analysis: Analysis = {
      source: { name: head.source, format: head.format, encoding: head.encoding, sha256: head.sha256, chars: row.text.length },
      meta,
      text: row.text,
      sections: (sectionRows.all(id) as SectionRow[]).map(sectionOf),
      sentences: sentenceRows.all(id) as Sentence[],
      figures: (figureRows.all(id) as FigureRow[]).map(figureOf),
      commitments: (commitmentRows.all(id) as CommitmentRow[]).map(commitmentOf),
      problems: (problemRows.all(id) as ProblemRow[]).map(problemOf),
      diagnostics: diagnosticsOf(id),
    };
    return { ...head, overrides: JSON.parse(row.overrides) as Partial<ReportMeta>, analysis };
  }

  function diagnosticsOf(id: number): Diagnostic[] {
    return (diagnosticRows.all(id) as Array<Diagnostic & { message: string | null }>).map(({ message, ...d }) =>
      message === null ? d : { ...d, message },
    );
  }

  function source(id: number): StoredSource | null {
    const row = sourceRow.get(id) as
      | { name: string; format: SourceFormat; encoding: Encoding | null; sha256: string; bytes: number; text: string; overrides: string }
      | undefined;
    if (!row) return null;
    const { overrides, ...document } = row;
    return { document, overrides: JSON.parse(overrides) as Partial<ReportMeta> };
  }

  return { get, diagnostics: diagnosticsOf, source };
}

/** Finding reports: by content, by id, a page of the list and its count; and deleting one. */
function reportListing(db: Database.Database): Pick<Reports, 'findBySha256' | 'summary' | 'list' | 'count' | 'delete'> {
  const bySha = db.prepare('SELECT id FROM reports WHERE sha256 = ?').pluck();
  const summary = db.prepare(`${SUMMARY} WHERE r.id = ?`);
  const deleteReport = db.prepare('DELETE FROM reports WHERE id = ?');

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

  return {
    findBySha256: (sha256) => (bySha.get(sha256) as number | undefined) ?? null,
    summary: (id) => (summary.get(id) as ReportSummary | undefined) ?? null,
    list,
    count,
    delete: (id) => deleteReport.run(id).changes > 0,
  };
}
