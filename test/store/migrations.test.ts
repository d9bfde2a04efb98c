import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline.js';
import { segment, tokensOf } from '../../src/segment/jieba.js';
import { openStore } from '../../src/store/index.js';
import { migrate, MIGRATIONS } from '../../src/store/migrations.js';
import { tempDir } from '../library/helpers.js';

// What nianbao at schema step 1 wrote: a report, its sentences and figures, no search index.
function writeStepOne(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db, path, 1);
  db.prepare("INSERT INTO issuers (id, name) VALUES (1, '许昌市城乡一体化示范区管委会')").run();
  db.prepare(
    `INSERT INTO reports (id, sha256, source_name, format, encoding, title, issuer, issuer_id, year, issued_date, kind,
       created_at, analyzed_at, text)
     VALUES (1, 'abc', 'old.txt', 'txt', 'utf-8', NULL, '许昌市城乡一体化示范区管委会', 1, 2021, '2022-02-16',
       '法治政府建设情况报告', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?)`,
  ).run('全年共提供法律咨询216人次。调解信访案件8起。');
  db.prepare("INSERT INTO sources (report_id, bytes, text) VALUES (1, x'e585a8', '全年共提供法律咨询216人次。调解信访案件8起。')").run();
  db.prepare(
    `INSERT INTO sentences (report_id, seq, section, start_offset, end_offset, text) VALUES
       (1, 0, NULL, 0, 14, '全年共提供法律咨询216人次。'), (1, 1, NULL, 14, 23, '调解信访案件8起。')`,
  ).run();
  db.prepare(
    `INSERT INTO figures (report_id, seq, figure_id, surface, value, value_max, qualifier, unit, unit_type, label,
       change_direction, change_basis, modality, start_offset, end_offset, sentence, section, rule) VALUES
       (1, 0, 'f1', '216人次', 216, NULL, 'exact', '人次', 'person-times', '提供法律咨询', NULL, NULL, 'actual', 9, 14, 0, NULL, 'arabic-numeral'),
       (1, 1, 'f2', '8起', 8, NULL, 'exact', '起', 'count', '调解信访案件', NULL, NULL, 'actual', 20, 22, 1, NULL, 'arabic-numeral')`,
  ).run();
  db.prepare(
    `INSERT INTO commitments (report_id, seq, commitment_id, text, section, topic, keywords, targets, deadline, start_offset, end_offset)
       VALUES (1, 0, 'c1', '调解信访案件8起', NULL, '调解信访案件', '["信访"]', '[]', NULL, 14, 22)`,
  ).run();
  db.close();
}

const dir = tempDir();

it('opens a database made at schema step 1, migrates it and keeps its data', () => {
  const path = join(dir, 'old.db');
  writeStepOne(path);

  const store = openStore(path);
  const report = store.getReport(1)!;
  expect(report).toMatchObject({ id: 1, issuer: '许昌市城乡一体化示范区管委会', year: 2021, source: 'old.txt', figures: 2 });
  expect(report.analysis.figures.map((f) => f.surface)).toEqual(['216人次', '8起']);
  // Step 2 indexed the rows that were already there.
  expect(store.queryFigures({ q: '法律咨询' }).map((f) => f.surface)).toEqual(['216人次']);
  expect(store.searchSentences('法律咨询').map((hit) => hit.snippet)).toEqual(['全年共提供【法律咨询】216人次。']);
  // Step 7 gave it the index's vocabulary: a text is found inside words.
  expect(store.searchSentences('咨询').map((hit) => hit.snippet)).toEqual(['全年共提供法律【咨询】216人次。']);
  // Step 10 keeps the tokens an analysis cut; a report stored before is cut again when compared.
  expect(tokensOf(report.analysis)).toEqual(segment(report.analysis.text));
  // Step 8 added the rule of commitments and problems, unknown for rows written before it.
  expect(report.analysis.commitments.map((c) => [c.text, c.rule])).toEqual([['调解信访案件8起', null]]);
  expect(store.listCommitments(1).map((c) => c.rule)).toEqual([null]);
  // A reanalysis names them.
  const text = '全年共提供法律咨询216人次。调解信访案件8起。区政府将于年底前完成全部审批事项清理。';
  store.replaceAnalysis(1, analyzeDocument({ name: 'old.txt', format: 'txt', encoding: 'utf-8', sha256: 'abc', bytes: 0, text }));
  expect(store.listCommitments(1).map((c) => c.rule)).toEqual(['commitment:promise-cue']);
  // And the store goes on writing and deleting with the index in step.
  expect(store.deleteReport(1)).toBe(true);
  expect(store.searchSentences('法律咨询')).toEqual([]);
  store.close();

  const db = new Database(path, { readonly: true });
  expect(db.prepare('SELECT id, name FROM migrations ORDER BY id').all()).toEqual(MIGRATIONS.map(({ id, name }) => ({ id, name })));
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  // Step 13 lets each full-text index gather 16 segments of a size before merging them.
  for (const index of ['sentence_words', 'label_pairs']) {
    expect(db.prepare(`SELECT v FROM ${index}_config WHERE k = 'automerge'`).pluck().get()).toBe(16);
  }
  db.close();
});

it('numbers its steps 1, 2, … without gaps', () => {
  expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
});
