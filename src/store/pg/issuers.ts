// Issuers and their aliases in PostgreSQL (the rule of what is an alias is
// ../issuer-names.ts). Finding and placing a new name reads then writes
// several rows, so writers of issuers take one lock, to their commit.
import { type IssuerName, placeNewIssuer } from '../issuer-names.js';
import type { IssuerSummary } from '../types.js';
import type { Queryable } from './sql.js';

/** The lock that writers of issuers and aliases hold to their commit (an arbitrary constant of nianbao's). */
const ISSUER_LOCK = 7_244_002;

export interface Issuers {
  /** The issuer row for a report's issuer name, creating it or recording an alias when needed; in a transaction. */
  resolve(db: Queryable, name: string | null): Promise<number | null>;
  /** In a transaction. */
  addAlias(db: Queryable, alias: string, name: string): Promise<void>;
  list(db: Queryable): Promise<IssuerSummary[]>;
  /** How many names resolve has made an alias or a rename of, in this process (either changes what a listing's issuer filter or order holds). */
  renamed(): number;
}

async function one(db: Queryable, sql: string, values: unknown[]): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(sql, values);
  return rows[0]?.id ?? null;
}

const lock = (db: Queryable) => db.query('SELECT pg_advisory_xact_lock($1)', [ISSUER_LOCK]);
const byName = (db: Queryable, name: string) => one(db, 'SELECT id FROM issuers WHERE name = $1', [name]);
const known = async (db: Queryable, name: string) =>
  (await byName(db, name)) ?? (await one(db, 'SELECT issuer_id AS id FROM issuer_aliases WHERE alias = $1', [name]));
const insert = async (db: Queryable, name: string) => (await one(db, 'INSERT INTO issuers (name) VALUES ($1) RETURNING id', [name]))!;
const alias = (db: Queryable, name: string, id: number) =>
  db.query('INSERT INTO issuer_aliases (alias, issuer_id) VALUES ($1, $2) ON CONFLICT (alias) DO UPDATE SET issuer_id = excluded.issuer_id', [
    name,
    id,
  ]);

export function issuers(): Issuers {
  let renamed = 0;
  async function resolve(db: Queryable, name: string | null): Promise<number | null> {
    if (name === null) return null;
    await lock(db);
    const found = await known(db, name);
    if (found !== null) return found;
    // Suffix relations in both directions; placeNewIssuer applies the rest of the rule.
    const longer = await db.query<IssuerName>('SELECT id, name FROM issuers WHERE length(name) > length($1) AND right(name, length($1)) = $1', [name]);
    const shorter = await db.query<IssuerName>('SELECT id, name FROM issuers WHERE length($1) > length(name) AND right($1, length(name)) = name', [name]);
    const place = placeNewIssuer(name, longer.rows, shorter.rows);
    if (place.as !== 'issuer') renamed++;
    if (place.as === 'alias') {
      await alias(db, name, place.id);
      return place.id;
    }
    if (place.as === 'rename') {
      await db.query('UPDATE issuers SET name = $1 WHERE id = $2', [name, place.id]);
      await alias(db, place.short, place.id);
      return place.id;
    }
    return insert(db, name);
  }

  return {
    resolve,
    addAlias,
    renamed: () => renamed,
    list: async (db) =>
      (
        await db.query<IssuerSummary>(`
          SELECT i.id, i.name,
            ARRAY(SELECT alias FROM issuer_aliases WHERE issuer_id = i.id ORDER BY alias COLLATE "C") AS aliases,
            (SELECT count(*) FROM reports WHERE issuer_id = i.id) AS reports
          FROM issuers i ORDER BY i.name COLLATE "C"`)
      ).rows,
  };
}

async function addAlias(db: Queryable, aliasName: string, name: string): Promise<void> {
  await lock(db);
  const target = (await known(db, name)) ?? (await insert(db, name));
  const merged = await byName(db, aliasName);
  if (merged === target) return;
  if (merged !== null) {
    await db.query('UPDATE reports SET issuer_id = $1 WHERE issuer_id = $2', [target, merged]);
    await db.query('UPDATE issuer_aliases SET issuer_id = $1 WHERE issuer_id = $2', [target, merged]);
    await db.query('DELETE FROM issuers WHERE id = $1', [merged]);
  }
  await alias(db, aliasName, target);
}
