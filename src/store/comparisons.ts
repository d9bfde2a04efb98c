// The comparison cache, and what the reviews of a comparison are named by.
// A comparison is stored as the JSON it was computed as, deflated; a lookup
// answers it only for the same pair of sources and the same version.
import type Database from 'better-sqlite3';
import { analysisRows } from './queries.js';
import { packComparison, unpackComparison } from './rows.js';
import type { ComparisonKey, ReportAnchors } from './types.js';

export interface Comparisons {
  cached(key: ComparisonKey): string | null;
  cache(key: ComparisonKey, json: string): void;
  anchors(report: number): ReportAnchors;
}

export function comparisons(db: Database.Database): Comparisons {
  const select = db.prepare('SELECT body FROM comparisons WHERE from_sha256 = ? AND to_sha256 = ? AND version = ?').pluck();
  // One row a pair: a newer version replaces the older.
  const upsert = db.prepare('INSERT OR REPLACE INTO comparisons (from_sha256, to_sha256, version, body) VALUES (?, ?, ?, ?)');
  const { figureAnchors, commitmentAnchors } = analysisRows('?');
  const figures = db.prepare(figureAnchors);
  const commitments = db.prepare(commitmentAnchors);

  return {
    cached: ({ from, to, version }) => {
      const body = select.get(from, to, version) as Buffer | undefined;
      return body === undefined ? null : unpackComparison(body);
    },
    cache: ({ from, to, version }, json) => {
      // A cache write never waits for another writer: the answer is ready.
      const waits = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma('busy_timeout = 0');
      try {
        upsert.run(from, to, version, packComparison(json));
      } catch (error) {
        // A read must not fail for its cache: another process holds the
        // write lock, or the file is read-only. The next read computes again.
        if (!/^SQLITE_(?:BUSY|READONLY)/.test((error as { code?: string }).code ?? '')) throw error;
      } finally {
        db.pragma(`busy_timeout = ${waits}`);
      }
    },
    anchors: (report) => ({
      figures: figures.all(report) as ReportAnchors['figures'],
      commitments: commitments.all(report) as ReportAnchors['commitments'],
    }),
  };
}
