// SELECTs that both engines run as they are: portable SQL, camelCase names
// quoted (PostgreSQL folds unquoted names to lower case). Their columns come
// in the order of the shapes in types.ts, so that a stored analysis prints as
// `nianbao analyze --json` does (see rows.ts). WHERE, ORDER BY and paging
// differ by engine (parameters, collations) and are added by each.

/** The tables of rows derived from a report's analysis: what a reanalysis replaces. */
export const DERIVED = ['sections', 'sentences', 'figures', 'commitments', 'problems', 'diagnostics', 'report_tokens'] as const;

/** Joins the report (alias r) and its issuer (alias i) to a table aliased `alias`. */
export function reportJoin(alias: string): string {
  return `JOIN reports r ON r.id = ${alias}.report_id LEFT JOIN issuers i ON i.id = r.issuer_id`;
}

export const REPORT_COLUMNS = 'r.id AS report, i.name AS issuer, r.year AS year, r.source_name AS source';

export const SUMMARY = `
  SELECT r.id, i.name AS issuer, r.year, r.kind, r.title, r.issued_date AS "issuedDate",
    r.source_name AS source, r.format, r.encoding, r.sha256,
    (SELECT count(*) FROM figures WHERE report_id = r.id) AS figures,
    (SELECT count(*) FROM commitments WHERE report_id = r.id) AS commitments,
    (SELECT count(*) FROM problems WHERE report_id = r.id) AS problems,
    r.created_at AS "createdAt", r.analyzed_at AS "analyzedAt", u.uploader AS "uploadedBy"
  FROM reports r LEFT JOIN issuers i ON i.id = r.issuer_id LEFT JOIN uploads u ON u.report_id = r.id`;

/** The report's own columns that its summary does not hold (rows.ts's ReportRow). */
export const REPORT_ROW = 'SELECT text, title AS meta_title, issuer AS meta_issuer, issued_date, overrides FROM reports';

/** What reanalysis reads of a report: its source document and overrides. */
export const SOURCE_ROW = `
  SELECT r.source_name AS name, r.format, r.encoding, r.sha256, length(s.bytes) AS bytes, s.text, r.overrides
  FROM reports r JOIN sources s ON s.report_id = r.id`;

/** The derived rows of one report, each table's in order; `param` is the engine's placeholder for its id. */
export function analysisRows(param: string) {
  return {
    sections: `SELECT section_id AS id, heading, level, role, role_rule AS "roleRule", parent, start_offset AS start, end_offset AS "end"
      FROM sections WHERE report_id = ${param} ORDER BY seq`,
    sentences: `SELECT start_offset AS start, end_offset AS "end", section FROM sentences WHERE report_id = ${param} ORDER BY seq`,
    // `change` is filled in from direction and basis, measure and period from the rule (rows.ts).
    figures: `SELECT figure_id AS id, surface, value, value_max AS "valueMax", qualifier, unit, unit_type AS "unitType", label,
        NULL AS change, modality, NULL AS measure, NULL AS period, start_offset AS start, end_offset AS "end", sentence, section, rule,
        change_direction AS direction, change_basis AS basis
      FROM figures WHERE report_id = ${param} ORDER BY seq`,
    commitments: `SELECT commitment_id AS id, text, start_offset AS start, end_offset AS "end", section, topic, keywords, targets, deadline, rule
      FROM commitments WHERE report_id = ${param} ORDER BY seq`,
    problems: `SELECT problem_id AS id, text, start_offset AS start, end_offset AS "end", section, topic, keywords, rule
      FROM problems WHERE report_id = ${param} ORDER BY seq`,
    diagnostics: `SELECT surface, start_offset AS start, end_offset AS "end", rule, message, more
      FROM diagnostics WHERE report_id = ${param} ORDER BY seq`,
    tokens: `SELECT tokens FROM report_tokens WHERE report_id = ${param}`,
    figureAnchors: `SELECT figure_id AS id, start_offset AS start FROM figures WHERE report_id = ${param} ORDER BY seq`,
    commitmentAnchors: `SELECT commitment_id AS id, start_offset AS start, text FROM commitments WHERE report_id = ${param} ORDER BY seq`,
  };
}

/** Figures with their report and sentence (FigureRow). */
export const FIGURES = `
  SELECT ${REPORT_COLUMNS}, f.figure_id AS figure, f.label, f.surface, f.value, f.value_max AS "valueMax",
    f.qualifier, f.unit, f.unit_type AS "unitType", f.modality, f.change_direction AS "changeDirection",
    f.change_basis AS "changeBasis", f.section, f.rule, f.start_offset AS start, f.end_offset AS "end", s.text AS sentence
  FROM figures f ${reportJoin('f')}
  LEFT JOIN sentences s ON s.report_id = f.report_id AND s.seq = f.sentence`;

export const COMMITMENTS = `
  SELECT ${REPORT_COLUMNS}, c.commitment_id AS commitment, c.text, c.section, c.topic, c.keywords, c.targets,
    c.deadline, c.start_offset AS start, c.end_offset AS "end", c.rule
  FROM commitments c ${reportJoin('c')}`;

export const PROBLEMS = `
  SELECT ${REPORT_COLUMNS}, p.problem_id AS problem, p.text, p.section, p.topic, p.keywords,
    p.start_offset AS start, p.end_offset AS "end", p.rule
  FROM problems p ${reportJoin('p')}`;

/** Sentence hits before their highlights (SentenceHit). */
export const SENTENCE_HITS = `SELECT ${REPORT_COLUMNS}, s.seq AS sentence, s.section, s.start_offset AS start, s.end_offset AS "end", s.text
  FROM sentences s ${reportJoin('s')}`;

/** Commitment reviews as CommitmentReview. */
export const COMMITMENT_REVIEW = `id, report_id AS report, start_offset AS start, commitment_id AS commitment, text, status, note,
  reviewer, reviewed_at AS "reviewedAt"`;

/** The link reviews an export carries on report `param`: those whose later report it is, each side with its sha256. */
export function recordLinkReviews(param: string): string {
  return `SELECT l.*, f.sha256 AS from_sha256, t.sha256 AS to_sha256
    FROM link_reviews l JOIN reports f ON f.id = l.from_report JOIN reports t ON t.id = l.to_report
    WHERE (l.from_report = ${param} AND l.to_report <= ${param}) OR (l.to_report = ${param} AND l.from_report < ${param})
    ORDER BY l.id`;
}

/** A stored review the same as one being restored: same place, decision or status, reviewer and time. */
export function sameLinkReview(p: (name: string) => string): string {
  return `SELECT id FROM link_reviews WHERE from_report = ${p('fromReport')} AND to_report = ${p('toReport')}
    AND from_start = ${p('fromStart')} AND to_start = ${p('toStart')} AND decision = ${p('decision')}
    AND reviewer = ${p('reviewer')} AND reviewed_at = ${p('reviewedAt')}`;
}
