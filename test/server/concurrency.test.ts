// Uploads in parallel: twenty different reports all land once each, and
// twenty copies of one report land once, the database consistent after both.
import { readdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import type { ReportSummary } from '../../src/store/index.js';
import { appFor, file, multipart } from './helpers.js';

const { app, db } = await appFor();

// Twenty real reports of the corpus: the first work reports by name (anhui … hunan).
const REPORTS = readdirSync('corpus')
  .filter((name) => /-gwr-\d{4}\.txt$/.test(name))
  .sort()
  .slice(0, 20)
  .map((name) => `corpus/${name}`);

const upload = (path: string) => app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(path)]) });

it('stores 20 different reports uploaded at once, each once', async () => {
  expect(REPORTS).toHaveLength(20);
  const responses = await Promise.all(REPORTS.map(upload));
  expect(responses.map((r) => r.statusCode)).toEqual(REPORTS.map(() => 201));
  const ids = responses.map((r) => (r.json() as { reports: ReportSummary[] }).reports[0]!.id);
  expect(new Set(ids).size).toBe(20);
  const listed = (await app.inject('/api/reports?limit=0')).json() as { total: number; reports: ReportSummary[] };
  expect(listed.total).toBe(20);
  expect(listed.reports.map((r) => r.source).sort()).toEqual(REPORTS.map((path) => path.slice('corpus/'.length)).sort());
}, 60_000);

it('stores one report uploaded 20 times at once exactly once: one 201, nineteen 200 with its id', async () => {
  const responses = await Promise.all(Array.from({ length: 20 }, () => upload('corpus/xuchang-demo-zone-2021.txt')));
  const statuses = responses.map((r) => r.statusCode).sort();
  expect(statuses).toEqual([...Array(19).fill(200), 201]);
  const ids = new Set(responses.map((r) => (r.json() as { reports: ReportSummary[] }).reports[0]!.id));
  expect(ids.size).toBe(1);
  expect((await app.inject('/api/reports')).json().total).toBe(21);
}, 60_000);

it('leaves the database consistent', () => {
  const check = new Database(db, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(check.pragma('foreign_key_check')).toEqual([]);
  expect(check.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(21);
  expect(check.prepare('SELECT count(DISTINCT sha256) FROM reports').pluck().get()).toBe(21);
  expect(check.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(21);
  expect(check.prepare("SELECT count(*) FROM uploads WHERE uploader = 'local'").pluck().get()).toBe(21);
  check.close();
});
