// The schema as numbered, named steps. A database records the steps it has
// had, so a newer nianbao opens an older database and brings it up to date.
// Never edit a step that has shipped: add the next one.
import type Database from 'better-sqlite3';
import { InputError } from '../errors.js';
import { FTS_TOKENIZER } from './terms.js';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

// Offsets are UTF-16 code units into reports.text, as everywhere in nianbao.
const initial = `
CREATE TABLE issuers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
-- Other names of the same body (示范区管委会 for 许昌市城乡一体化示范区管委会).
CREATE TABLE issuer_aliases (
  alias TEXT PRIMARY KEY,
  issuer_id INTEGER NOT NULL REFERENCES issuers(id) ON DELETE CASCADE
);
CREATE INDEX issuer_aliases_issuer ON issuer_aliases(issuer_id);

-- The normalised text is the last column: SQLite reads a long value's overflow
-- pages only for the columns a query asks for and those before them.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  source_name TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT,
  title TEXT,
  issuer TEXT,
  issuer_id INTEGER REFERENCES issuers(id),
  year INTEGER,
  issued_date TEXT,
  kind TEXT,
  overrides TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  analyzed_at TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX reports_series ON reports(issuer_id, year);
CREATE INDEX reports_year ON reports(year);

-- The source as it arrived, kept apart from the rows that lists scan.
CREATE TABLE sources (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  bytes BLOB NOT NULL,
  text TEXT NOT NULL
);

CREATE TABLE sections (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section_id TEXT NOT NULL,
  heading TEXT,
  level INTEGER NOT NULL,
  role TEXT NOT NULL,
  parent TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (report_id, seq)
) WITHOUT ROWID;

CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (report_id, seq)
);

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  figure_id TEXT NOT NULL,
  surface TEXT NOT NULL,
  value REAL NOT NULL,
  value_max REAL,
  qualifier TEXT NOT NULL,
  unit TEXT NOT NULL,
  unit_type TEXT NOT NULL,
  label TEXT NOT NULL,
  change_direction TEXT,
  change_basis TEXT,
  modality TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  section TEXT,
  rule TEXT NOT NULL,
  UNIQUE (report_id, seq)
);
CREATE INDEX figures_unit ON figures(unit);

CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  commitment_id TEXT NOT NULL,
  text TEXT NOT NULL,
  section TEXT,
  topic TEXT NOT NULL,
  keywords TEXT NOT NULL,
  targets TEXT NOT NULL,
  deadline TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  UNIQUE (report_id, seq)
);

CREATE TABLE problems (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  problem_id TEXT NOT NULL,
  text TEXT NOT NULL,
  section TEXT,
  topic TEXT NOT NULL,
  keywords TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  UNIQUE (report_id, seq)
);
`;

// Contentless FTS5 tables: the text is already in sentences and figures. The
// store inserts index rows as it writes (calling back into JS from a trigger
// costs twice as much); deletes follow by trigger, cascades included. Rows
// already stored are indexed here through the functions the store registers.
const search = `
CREATE VIRTUAL TABLE sentence_words USING fts5(words, content='', contentless_delete=1, tokenize="${FTS_TOKENIZER}");
CREATE TRIGGER sentences_unindexed AFTER DELETE ON sentences BEGIN
  DELETE FROM sentence_words WHERE rowid = old.id;
END;
INSERT INTO sentence_words(rowid, words) SELECT id, nianbao_sentence_terms(text) FROM sentences;

CREATE VIRTUAL TABLE label_pairs USING fts5(pairs, content='', contentless_delete=1, tokenize="${FTS_TOKENIZER}");
CREATE TRIGGER figures_unindexed AFTER DELETE ON figures BEGIN
  DELETE FROM label_pairs WHERE rowid = old.id;
END;
INSERT INTO label_pairs(rowid, pairs) SELECT id, nianbao_label_terms(label) FROM figures;
`;

// Who uploaded a report, and what reviewers said about the automatic results.
// The uploader has a table of its own because a column added to reports would
// come after its text, and listings would then read the text's overflow pages.
// Reviews are appended, never updated: the latest row of a figure link or a
// commitment is shown, the earlier ones are its history. They name figures
// and commitments by offset, which a reanalysis keeps unless normalisation
// changes, and keep the ids and text they had for the record.
const reviews = `
CREATE TABLE uploads (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  uploader TEXT NOT NULL
);

CREATE TABLE link_reviews (
  id INTEGER PRIMARY KEY,
  from_report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  to_report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  from_start INTEGER NOT NULL,
  to_start INTEGER NOT NULL,
  from_figure TEXT NOT NULL,
  to_figure TEXT NOT NULL,
  from_surface TEXT NOT NULL,
  to_surface TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('confirm', 'reject', 'add')),
  note TEXT,
  reviewer TEXT NOT NULL,
  reviewed_at TEXT NOT NULL
);
CREATE INDEX link_reviews_pair ON link_reviews(from_report, to_report);
CREATE INDEX link_reviews_to ON link_reviews(to_report);

CREATE TABLE commitment_reviews (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  commitment_id TEXT NOT NULL,
  text TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('addressed', 'partly', 'no-evidence')),
  note TEXT,
  reviewer TEXT NOT NULL,
  reviewed_at TEXT NOT NULL
);
CREATE INDEX commitment_reviews_report ON commitment_reviews(report_id, start_offset);
`;

// Comparisons computed once: a pair of reports is named by the sha256 of each
// source, and `version` names the analyses and the code that compared them, so
// a row is only ever read back for the same inputs. A reanalysis or a delete
// drops the rows of the report, whoever (which process) makes it. The body is
// compressed JSON: a comparison of two long reports is some 250 KB of text.
const comparisons = `
CREATE TABLE comparisons (
  from_sha256 TEXT NOT NULL,
  to_sha256 TEXT NOT NULL,
  version TEXT NOT NULL,
  body BLOB NOT NULL,
  PRIMARY KEY (from_sha256, to_sha256)
) WITHOUT ROWID;
CREATE INDEX comparisons_to ON comparisons(to_sha256);
CREATE TRIGGER reports_reanalysed AFTER UPDATE OF analyzed_at ON reports BEGIN
  DELETE FROM comparisons WHERE from_sha256 = old.sha256 OR to_sha256 = old.sha256;
END;
CREATE TRIGGER reports_deleted AFTER DELETE ON reports BEGIN
  DELETE FROM comparisons WHERE from_sha256 = old.sha256 OR to_sha256 = old.sha256;
END;
`;

// The rule that decided each section's role; NULL for reports analysed before
// rules were named, until they are reanalysed.
const roleRules = `ALTER TABLE sections ADD COLUMN role_rule TEXT;`;

// Numbers the extractor saw and did not keep, or read by a guess, each with the
// rule that decided (src/extract/lexicon/diagnostics.json). Reports stored
// before this step have none until `nianbao reanalyze`.
const diagnostics = `
CREATE TABLE diagnostics (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  surface TEXT NOT NULL,
  rule TEXT NOT NULL,
  message TEXT,
  PRIMARY KEY (report_id, seq)
) WITHOUT ROWID;
`;

// The distinct words of the sentence index, which a search query's words are
// looked for inside (terms.ts, expandPhrases). A table the store adds to as it
// writes, not an fts5vocab table: that one reads every posting list of the
// index at each look-up (20 times slower on the corpus, and growing with the
// library). It is filled here from the index through one. A word whose last
// sentence is deleted stays, and matches nothing.
const sentenceVocabulary = `
CREATE TABLE sentence_vocabulary (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.sentence_index_terms USING fts5vocab(main, sentence_words, row);
INSERT INTO sentence_vocabulary SELECT term FROM temp.sentence_index_terms;
DROP TABLE temp.sentence_index_terms;
`;

// The rule that made each commitment and problem (src/extract/lexicon/items.json);
// NULL for reports analysed before these rules were named, until they are reanalysed.
const itemRules = `
ALTER TABLE commitments ADD COLUMN rule TEXT;
ALTER TABLE problems ADD COLUMN rule TEXT;
`;

// How many writes have changed the library otherwise than by adding reports
// (a delete, a reanalysis, an issuer renamed or given an alias, a restore),
// counted in each write's own transaction by whichever connection makes it. A
// reader's kept listings (pages.ts) merge the reports another connection added
// (the server's writer thread, a CLI ingest beside it) and are dropped only
// when this count moved: data_version says that something changed, not what.
const listingChanges = `
CREATE TABLE listing_changes (id INTEGER PRIMARY KEY CHECK (id = 1), writes INTEGER NOT NULL);
INSERT INTO listing_changes (id, writes) VALUES (1, 0);
`;

// Each report's tokens as its analysis cut them (segment/packed.ts), read with its
// analysis so that comparing it does not cut its text again: a table of its own,
// as uploads, so that listings do not read past the text. Reports stored before
// this step have none, and are cut again when compared, until they are reanalysed.
const reportTokens = `
CREATE TABLE report_tokens (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  tokens BLOB NOT NULL
);
`;

// Which report (and where in it) each sentence is, by its id, in a small index:
// search's hits come from the full-text index as sentence ids, and putting them
// in series order needs their reports. Read from the sentences table, each hit
// cost a page of sentence text; from this index, a few bytes (on 10 000 reports,
// load 8: the 81 414 hits of 环境* ordered in 257 → 185 ms of CPU, medians of 5;
// the step costs 1.8 s of CPU and 83 MB there).
const sentenceReports = `
CREATE INDEX sentences_report_of ON sentences(id, report_id, seq);
`;

// How many more diagnostics of its rule a report's fold stands for (src/extract/figures.ts, LISTED_PER_RULE);
// NULL for every other diagnostic.
const diagnosticFolds = `ALTER TABLE diagnostics ADD COLUMN more INTEGER;`;

// How many segments of one size the full-text indexes gather before merging
// them (FTS5's automerge, 4 by default; kept in each index's config). A save
// writes its words as a new segment, and each merge writes them again: four
// at a time, a word is rewritten at some log4(n) levels, sixteen at a time at
// half as many. The corpus saved 890 times over: 11.2–11.8 → 10.3–10.9 ms of
// CPU a save (paired, load 3–4); searches and figure queries on 10 000 reports
// answer as fast (README, #13).
const ftsMerge = `
INSERT INTO sentence_words(sentence_words, rank) VALUES('automerge', 16);
INSERT INTO label_pairs(label_pairs, rank) VALUES('automerge', 16);
`;

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'initial', sql: initial },
  { id: 2, name: 'full-text search', sql: search },
  { id: 3, name: 'uploads and reviews', sql: reviews },
  { id: 4, name: 'comparison cache', sql: comparisons },
  { id: 5, name: 'section role rules', sql: roleRules },
  { id: 6, name: 'diagnostics', sql: diagnostics },
  { id: 7, name: 'sentence vocabulary', sql: sentenceVocabulary },
  { id: 8, name: 'commitment and problem rules', sql: itemRules },
  { id: 9, name: 'listing changes', sql: listingChanges },
  { id: 10, name: 'report tokens', sql: reportTokens },
  { id: 11, name: 'sentence reports', sql: sentenceReports },
  { id: 12, name: 'diagnostic folds', sql: diagnosticFolds },
  { id: 13, name: 'full-text merge factor', sql: ftsMerge },
];

/** Applies the steps the database lacks, each with its record in one transaction, up to `target`. */
export function migrate(db: Database.Database, path: string, target = MIGRATIONS.length): void {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = (db.prepare('SELECT max(id) FROM migrations').pluck().get() as number | null) ?? 0;
  const latest = MIGRATIONS.at(-1)!.id;
  if (applied > latest) {
    throw new InputError('DATABASE_TOO_NEW', path, `has schema step ${applied}, this nianbao knows steps up to ${latest}`);
  }
  const record = db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const done = db.prepare('SELECT 1 FROM migrations WHERE id = ?');
  for (const migration of MIGRATIONS.filter((m) => m.id > applied && m.id <= target)) {
    // Two processes opening one new library at once (two ingests) both see the step missing:
    // taking the write lock first makes the check and the step one, so the second skips it.
    db.transaction(() => {
      if (done.get(migration.id)) return;
      db.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
    }).immediate();
  }
}
